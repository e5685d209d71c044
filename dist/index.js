import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5555);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5585:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ Inputs),
/* harmony export */   H: () => (/* binding */ Defaults)
/* harmony export */ });
/** Input names as action.yml spells them. */
const Inputs = {
    Instance: 'instance',
    Token: 'token',
    RequiredScopes: 'required-scopes',
    OnExcess: 'on-excess',
    OnMissing: 'on-missing',
    OnUnreachable: 'on-unreachable',
    MaxTokenAgeDays: 'max-token-age-days',
    Comment: 'comment',
    Issue: 'issue',
    GithubToken: 'github-token',
    TimeoutSeconds: 'timeout-seconds',
    Probe: 'probe',
};
/** Defaults, the same as action.yml's (a test keeps the two equal). */
const Defaults = {
    [Inputs.RequiredScopes]: '',
    [Inputs.OnExcess]: 'warn',
    [Inputs.OnMissing]: 'fail',
    [Inputs.OnUnreachable]: 'fail',
    [Inputs.MaxTokenAgeDays]: '',
    [Inputs.Comment]: 'auto',
    [Inputs.Issue]: 'auto',
    [Inputs.TimeoutSeconds]: '30',
    [Inputs.Probe]: 'auto',
};


/***/ }),

/***/ 5555:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: secretForms

;// CONCATENATED MODULE: ./src/mastodon/scopes.ts
/**
 * Mastodon's OAuth scopes and how a granted set compares with a declared one.
 *
 * Doorkeeper matches scope strings exactly and any-of; a "parent" scope works only because each controller lists
 * it next to the granular one (reference/mastodon-server-behaviour.md §1.2). So `read` satisfies `read:statuses`,
 * but `follow` satisfies only `follow`: the endpoints that accept it are a partial, odd set.
 */
const granular = (parent, since, names) => Object.entries(names).map(([name, version]) => ({
    name: `${parent}:${name}`,
    parent,
    since: version || since,
}));
const adminResources = (since41) => ({
    accounts: '2.9.1',
    reports: '2.9.1',
    domain_allows: since41,
    domain_blocks: since41,
    ip_blocks: since41,
    email_domain_blocks: since41,
    canonical_email_blocks: since41,
});
/** Every scope Mastodon accepts (config/initializers/doorkeeper.rb), with the version that introduced it. */
const SCOPES = [
    { name: 'read', since: '0.0.0' },
    { name: 'write', since: '0.0.0' },
    {
        name: 'follow',
        since: '0.0.0',
        deprecated: '`follow` is deprecated since Mastodon 3.5 and only some endpoints accept it; declare the granular scopes ' +
            'the bot uses instead (`read:follows`, `write:follows`, `read:blocks`, `write:blocks`, `read:mutes`, `write:mutes`).',
    },
    { name: 'push', since: '2.4.0' },
    { name: 'profile', since: '4.3.0' },
    ...granular('read', '2.4.3', {
        accounts: '',
        blocks: '',
        bookmarks: '3.1.0',
        collections: '4.6.0',
        favourites: '',
        filters: '',
        follows: '',
        lists: '',
        mutes: '',
        notifications: '',
        search: '',
        statuses: '',
    }),
    ...granular('write', '2.4.3', {
        accounts: '',
        blocks: '',
        bookmarks: '3.1.0',
        collections: '4.6.0',
        conversations: '2.6.0',
        favourites: '',
        filters: '',
        follows: '',
        lists: '',
        media: '',
        mutes: '',
        notifications: '',
        reports: '',
        statuses: '',
    }),
    { name: 'admin:read', since: '2.9.1' },
    ...granular('admin:read', '2.9.1', adminResources('4.1.0')),
    { name: 'admin:write', since: '2.9.1' },
    ...granular('admin:write', '2.9.1', adminResources('4.1.0')),
];
const BY_NAME = new Map(SCOPES.map((s) => [s.name, s]));
/** Names people write that are not scopes, with what they most likely meant. */
const KNOWN_MISTAKES = {
    admin: 'admin:read',
    'read:me': 'profile',
    'read:reports': 'write:reports',
};
function scopeInfo(name) {
    return BY_NAME.get(name);
}
function parentOf(name) {
    return BY_NAME.get(name)?.parent;
}
/** Is `required` satisfied by `granted`: the same string, or its parent. */
function satisfies(granted, required) {
    return granted === required || parentOf(required) === granted;
}
function compareScopes(granted, required) {
    const requiredSet = new Set(required);
    return {
        missing: sortScopes(required.filter((r) => !granted.some((g) => satisfies(g, r)))),
        excess: sortScopes(granted.filter((g) => !requiredSet.has(g))),
    };
}
/** Sorted, de-duplicated: the form every output and report uses. */
function sortScopes(scopes) {
    return [...new Set(scopes)].sort();
}
/** Splits a declaration on spaces, commas and newlines; keeps the order of first appearance. */
function parseScopeList(text) {
    const seen = new Set();
    const duplicates = new Set();
    const unknown = [];
    const scopes = [];
    for (const raw of text.split(/[\s,]+/)) {
        const name = raw.trim();
        if (!name)
            continue;
        if (seen.has(name)) {
            duplicates.add(name);
            continue;
        }
        seen.add(name);
        if (BY_NAME.has(name)) {
            scopes.push(name);
        }
        else {
            const suggestion = suggestScope(name);
            unknown.push(suggestion ? { name, suggestion } : { name });
        }
    }
    return {
        scopes,
        unknown,
        deprecated: scopes.filter((s) => BY_NAME.get(s)?.deprecated),
        duplicates: [...duplicates],
    };
}
/** The nearest real scope (or list of scopes) to a mistyped one, or undefined when nothing is close. */
function suggestScope(name) {
    const lower = name.toLowerCase();
    if (BY_NAME.has(lower))
        return lower;
    const known = KNOWN_MISTAKES[lower];
    if (known)
        return known;
    // Scopes joined by a separator the list does not take (`write:statuses;write:media`): suggest the list itself.
    const parts = lower.split(/[^a-z0-9:_]+/).filter(Boolean);
    if (parts.length > 1 && parts.every((part) => BY_NAME.has(part)))
        return parts.join(' ');
    let best;
    let bestDistance = Infinity;
    for (const scope of BY_NAME.keys()) {
        const distance = editDistance(lower, scope);
        if (distance < bestDistance) {
            best = scope;
            bestDistance = distance;
        }
    }
    // Beyond a third of the name it is a different word, not a typo.
    return bestDistance <= Math.max(2, Math.floor(lower.length / 3)) ? best : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** Compares dotted versions numerically; pre-release and build suffixes are ignored. */
function versionAtLeast(version, minimum) {
    const parse = (v) => (v.match(/^\d+(?:\.\d+)*/)?.[0] ?? '0').split('.').map(Number);
    const a = parse(version);
    const b = parse(minimum);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const difference = (a[i] ?? 0) - (b[i] ?? 0);
        if (difference !== 0)
            return difference > 0;
    }
    return true;
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(9997);
;// CONCATENATED MODULE: ./src/evaluate/findings/fix.ts


function newTokenSteps(links, required, declared) {
    const scopes = declared ? `only ${required.map((s) => (0,util_text/* code */.aY)(s)).join(' ')}` : 'only the scopes the bot uses';
    return [
        `Make a new token: Preferences → Development → New application (${links.newApplication}), tick ${scopes}, save, open the app and copy "Your access token".`,
        'Store it in the repository secret this step reads (Settings → Secrets and variables → Actions).',
        `Revoke the old app under Authorized apps (${links.authorizedApps}).`,
    ];
}
function broadAdvice(excess, required) {
    const broad = excess.filter((e) => required.some((r) => scopeInfo(r)?.parent === e));
    return broad.length > 0
        ? ` ${broad.map((s) => (0,util_text/* code */.aY)(s)).join(', ')} covers what is needed but grants far more than ${required
            .filter((r) => broad.includes(scopeInfo(r)?.parent ?? ''))
            .map((s) => (0,util_text/* code */.aY)(s))
            .join(' ')}.`
        : '';
}

;// CONCATENATED MODULE: ./src/evaluate/findings/scopes.ts



/** Exact from token info, exact by probing, or the app's registered scopes as an upper bound. */
function resolveScopes({ tokenInfo, app, probing }, settings, required) {
    let granted = [];
    let source = '';
    let undetermined = [];
    if (probing && settings.probe !== 'never' && (tokenInfo.kind !== 'ok' || settings.probe === 'always')) {
        granted = probing.solution.granted;
        undetermined = probing.solution.undetermined;
        source = 'probe';
    }
    else if (tokenInfo.kind === 'ok') {
        granted = sortScopes(tokenInfo.scopes);
        source = 'token-info';
    }
    else if (app?.scopes) {
        granted = sortScopes(app.scopes);
        source = 'app';
    }
    const compared = source && settings.scopesDeclared ? compareScopes(granted, required) : { missing: [], excess: [] };
    // An undetermined scope may be held: it is not known to be missing.
    const missing = compared.missing.filter((m) => !undetermined.some((u) => u === m || scopeInfo(m)?.parent === u));
    return { granted, source, undetermined, missing, excess: compared.excess };
}
function scopeFindings(scopes, context) {
    const { settings, required, newToken, unreachableSeverity } = context;
    const { probing, server } = context.inspection;
    const { granted, source, undetermined, missing, excess } = scopes;
    const version = server?.software === 'mastodon' ? server.version : undefined;
    const findings = [];
    const add = (finding) => findings.push(finding);
    if (!source) {
        const why = settings.probe === 'never'
            ? "token info is not available and probing is off ('probe: never')"
            : "neither token info nor the app's registered scopes could be read";
        if (settings.scopesDeclared) {
            add({
                id: 'scopes-unknown',
                severity: unreachableSeverity,
                status: 'unreachable',
                title: 'Scopes unknown',
                message: `The token works, but its scopes could not be established: ${why}. The declared scopes (${required.map((s) => (0,util_text/* code */.aY)(s)).join(' ')}) were not checked.`,
                fix: [
                    'Set `probe: auto` (the default) so that harmless requests can establish the scopes.',
                    'If a proxy blocks `/oauth/token/info`, allow it for GET requests.',
                ],
            });
        }
    }
    if (source === 'probe' && probing) {
        if (probing.solution.unexplained) {
            add({
                id: 'probe-unexplained',
                severity: 'notice',
                title: 'Scopes beyond those probed',
                message: `The token holds a scope outside those probed (${probing.candidates.map((s) => (0,util_text/* code */.aY)(s)).join(' ')}); granted scopes may be incomplete.`,
                fix: [],
            });
        }
        if (!probing.candidatesFromApp) {
            add({
                id: 'probe-bounded',
                severity: 'notice',
                title: 'Scopes probed from the declaration',
                message: `Token info is not available and this server does not tell the app's registered scopes, so only the declared scopes, their parents and the broad scopes were probed (${probing.candidates.map((s) => (0,util_text/* code */.aY)(s)).join(' ')}). Granular scopes outside the declaration were not looked for.`,
                fix: [],
            });
        }
    }
    // Probes that got no answer (timeout, 5xx, 429) leave scopes open for a reason that is no fact about the token.
    const probed = source === 'probe' ? (probing?.results ?? []) : [];
    const unanswered = probed.filter(({ result }) => result.failure !== undefined);
    if (unanswered.length > 0 && undetermined.length > 0) {
        // Like `scopes-unknown` above: it decides the status only when there is a declaration to check.
        add({
            id: 'scopes-unknown',
            ...(settings.scopesDeclared
                ? { severity: unreachableSeverity, status: 'unreachable' }
                : { severity: 'notice' }),
            title: 'Scopes unknown',
            message: `The token works, but ${unanswered.length} of the ${probed.length} harmless requests that establish its scopes got no usable answer (${unanswered[0]?.result.failure}), so whether it holds ${undetermined.map((s) => (0,util_text/* code */.aY)(s)).join(', ')} is not known${settings.scopesDeclared ? ' and the declared scopes were not fully checked' : ''}. This says nothing about the token itself.`,
            fix: [
                'Run the check again later; a scheduled run will notice when the server answers again.',
                'If a proxy blocks `/oauth/token/info`, allow it for GET requests: the scopes are then read, not probed.',
                'To let the run pass while the scopes cannot be established, set `on-unreachable: warn`.',
            ],
        });
    }
    else if (undetermined.length > 0) {
        add({
            id: 'undetermined-scopes',
            severity: 'notice',
            title: 'Scopes not told apart',
            message: `Probing could not tell whether the token holds ${undetermined.map((s) => (0,util_text/* code */.aY)(s)).join(', ')}: every harmless request that would show it also accepts a scope the token has.`,
            fix: [],
        });
    }
    if (missing.length > 0) {
        const unsupported = version ? missing.filter((m) => !versionAtLeast(version, scopeInfo(m)?.since ?? '0.0.0')) : [];
        add({
            id: 'missing-scopes',
            severity: settings.onMissing === 'fail' ? 'failure' : 'warning',
            status: 'under-scoped',
            title: 'Missing scopes',
            message: `The token lacks ${missing.map((s) => (0,util_text/* code */.aY)(s)).join(', ')}, which the bot declares it needs` +
                (source === 'app' ? ' (the app itself is not registered for them, so no token of it can hold them)' : '') +
                '.' +
                (unsupported.length > 0
                    ? ` ${unsupported.map((s) => `${(0,util_text/* code */.aY)(s)} needs Mastodon ${scopeInfo(s)?.since ?? '?'} or later`).join('; ')}; this server runs ${(0,util_text/* code */.aY)(version ?? '')}.`
                    : ''),
            fix: [...newToken],
        });
    }
    if (excess.length > 0 && settings.scopesDeclared && settings.onExcess !== 'ignore') {
        const upperBound = source === 'app';
        add({
            id: 'excess-scopes',
            severity: settings.onExcess === 'fail' ? 'failure' : 'warning',
            status: 'over-scoped',
            title: 'Excess scopes',
            message: `The token ${upperBound ? 'may hold (its app is registered for)' : 'holds'} ${excess.map((s) => (0,util_text/* code */.aY)(s)).join(', ')}, which the bot does not declare. ` +
                `A leaked token can do everything its scopes allow; grant exactly: ${required.map((s) => (0,util_text/* code */.aY)(s)).join(' ')}.` +
                broadAdvice(excess, required),
            fix: [...newToken],
        });
    }
    if (!settings.scopesDeclared) {
        add({
            id: 'no-declaration',
            severity: 'notice',
            title: 'No scopes declared',
            message: `No \`required-scopes\` were given, so the granted scopes${granted.length ? ` (${granted.map((s) => (0,util_text/* code */.aY)(s)).join(' ')})` : ''} were reported but not compared with the bot's needs.`,
            fix: ['Declare what the bot uses, e.g. `required-scopes: write:statuses write:media`.'],
        });
    }
    if (source === 'app') {
        add({
            id: 'scopes-upper-bound',
            severity: 'notice',
            title: 'Scopes from the app',
            message: "The token's own scopes could not be read; the scopes shown are the app's registered scopes, an upper bound on the token's.",
            fix: [],
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/evaluate/findings/token.ts

/**
 * verify_credentials decides; token info adds what it alone knows: no user behind the token, and a revoked token
 * behind a suspension, because Mastodon checks suspension before the token (reference §3).
 */
function tokenStateOf({ credentials, tokenInfo, probing }) {
    let state = stateOf(credentials);
    if (state === 'account-unusable' && tokenInfo.kind === 'inaccessible')
        state = 'invalid';
    // A narrow app-only token is refused on scope before Mastodon looks for a user; token info still shows no owner.
    const appOnly = credentials.kind === 'app-only' ||
        (credentials.kind === 'narrow' && tokenInfo.kind === 'ok' && tokenInfo.resourceOwnerId === null) ||
        (probing?.appOnly ?? false);
    return appOnly && state === 'active' ? 'app-only' : state;
}
function tokenFindings(tokenState, context) {
    const { credentials, instance, links, newToken, unreachableSeverity } = context;
    const findings = [];
    const add = (finding) => findings.push(finding);
    switch (tokenState) {
        case 'revoked':
            add({
                id: 'revoked',
                severity: 'failure',
                status: 'revoked',
                title: 'Token revoked',
                message: 'The instance says this access token was revoked. Someone revoked its app under Authorized apps, or the password was reset (by e-mail or by an admin), which revokes every token of the account.',
                fix: [...newToken],
            });
            break;
        case 'invalid':
        case 'expired':
            add({
                id: tokenState,
                severity: 'failure',
                status: 'invalid',
                title: tokenState === 'expired' ? 'Token expired' : 'Token invalid',
                message: tokenState === 'expired'
                    ? 'The instance says this access token expired.'
                    : credentials.kind === 'account-unusable'
                        ? `The account is unusable (${(0,util_text/* code */.aY)(credentials.detail)}) and the token itself is no longer valid: it was revoked or deleted.`
                        : `The instance does not know this token: it was regenerated or deleted with its app, revoked long enough ago to be purged, mistyped, or it belongs to another instance than ${instance.host}.`,
                fix: [`Check that \`instance\` is the server the token was made on (${instance.host}).`, ...newToken],
            });
            break;
        case 'account-unusable':
            if (credentials.kind === 'account-unusable')
                add(accountFinding(credentials.problem, credentials.detail, instance.host));
            break;
        case 'app-only':
            add({
                id: 'app-only',
                severity: 'failure',
                status: 'app-only',
                title: 'App-only token',
                message: 'This token was obtained with client credentials: no user stands behind it, so it cannot post or read as an account.',
                fix: [
                    `Use the account's own access token: open the app under Development (${links.development}) and copy "Your access token".`,
                    ...newToken.slice(1),
                ],
            });
            break;
        case 'unknown':
            add({
                id: 'unreachable',
                severity: unreachableSeverity,
                status: 'unreachable',
                title: 'Token state unknown',
                message: `The token's state could not be established: ${credentials.kind === 'unreachable' ? credentials.detail : 'no usable answer'}. This says nothing about the token itself.`,
                fix: [
                    `Check that \`instance\` (${instance.origin}) is the Mastodon server's address and that it is up.`,
                    'Run the check again later; a scheduled run will notice when the server answers again.',
                    `To let the run pass while the server cannot be reached, set \`on-unreachable: warn\`.`,
                ],
            });
            break;
        case 'active':
            break;
    }
    return findings;
}
function stateOf(credentials) {
    switch (credentials.kind) {
        case 'account':
        case 'narrow':
            return 'active';
        case 'app-only':
            return 'app-only';
        case 'rejected':
            return credentials.state;
        case 'account-unusable':
            return 'account-unusable';
        case 'unreachable':
            return 'unknown';
    }
}
function accountFinding(problem, detail, host) {
    const base = { id: `account-${problem}`, severity: 'failure', status: 'account-unusable' };
    switch (problem) {
        case 'suspended-or-disabled':
            return {
                ...base,
                title: 'Account disabled',
                message: `The instance refuses the account (${(0,util_text/* code */.aY)(detail)}): it is suspended, disabled by a moderator, set to be deleted, moved to another account, or a memorial. Suspension does not revoke tokens, but none of them works.`,
                fix: [
                    `Log in to ${host} in a browser to see why; appeal a moderation decision there or contact the instance's staff.`,
                    'If the bot moved to another account, make a token on the new account and update the secret.',
                ],
            };
        case 'unconfirmed':
            return {
                ...base,
                title: 'E-mail not confirmed',
                message: `The account has not confirmed its e-mail address (${(0,util_text/* code */.aY)(detail)}).`,
                fix: [`Open the confirmation link that ${host} sent, or log in and resend it.`],
            };
        case 'pending-approval':
            return {
                ...base,
                title: 'Account pending approval',
                message: `The instance's staff have not approved the account yet (${(0,util_text/* code */.aY)(detail)}).`,
                fix: [`Wait for approval on ${host}, or contact its staff.`],
            };
        case 'server-closing':
            return {
                ...base,
                title: 'Instance shutting down',
                message: `The instance is in self-destruct mode (${(0,util_text/* code */.aY)(detail)}): it is going away, and no token on it will work again.`,
                fix: ['Move the bot to another instance and make a token there.'],
            };
        case 'other':
            return { ...base, title: 'Account unusable', message: (0,util_text/* code */.aY)(detail), fix: [] };
    }
}

;// CONCATENATED MODULE: ./src/report/model.ts
/** The report: plain data that every sink renders (outputs, summary, annotations, comment, issue, CLI). */
/** Worst first (DESIGN.md): the status of a run is its worst finding's. */
const STATUS_ORDER = [
    'input-error',
    'skipped',
    'unreachable',
    'revoked',
    'invalid',
    'account-unusable',
    'app-only',
    'under-scoped',
    'over-scoped',
    'healthy',
];
function worstStatus(statuses) {
    let worst = 'healthy';
    for (const status of statuses)
        if (STATUS_ORDER.indexOf(status) < STATUS_ORDER.indexOf(worst))
            worst = status;
    return worst;
}

;// CONCATENATED MODULE: ./src/evaluate/evaluate.ts






const DAY_MS = 86_400_000;
function linksFor(origin) {
    return {
        authorizedApps: `${origin}/oauth/authorized_applications`,
        development: `${origin}/settings/applications`,
        newApplication: `${origin}/settings/applications/new`,
    };
}
function evaluate(settings, inspection, now) {
    const { instance } = settings;
    const links = linksFor(instance.origin);
    const { credentials, tokenInfo, app, server } = inspection;
    const required = sortScopes(settings.requiredScopes);
    const unreachableSeverity = settings.onUnreachable === 'fail' ? 'failure' : 'warning';
    const newToken = newTokenSteps(links, required, settings.scopesDeclared);
    const tokenState = tokenStateOf(inspection);
    const findings = tokenFindings(tokenState, {
        credentials,
        instance,
        links,
        newToken,
        unreachableSeverity,
    });
    const add = (finding) => findings.push(finding);
    const scopesReadable = tokenState !== 'revoked' && tokenState !== 'invalid' && tokenState !== 'expired' && tokenState !== 'unknown';
    const none = { granted: [], source: '', undetermined: [], missing: [], excess: [] };
    const scopes = scopesReadable ? resolveScopes(inspection, settings, required) : none;
    if (tokenState === 'active') {
        findings.push(...scopeFindings(scopes, { settings, required, inspection, newToken, unreachableSeverity }));
    }
    const { granted, source, undetermined, missing, excess } = scopes;
    // Age: a rotation policy, when the instance tells when the token was made.
    const createdAt = tokenInfo.kind === 'ok' ? tokenInfo.createdAt : undefined;
    const ageDays = createdAt ? Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS) : undefined;
    if (settings.maxTokenAgeDays !== undefined && scopesReadable) {
        if (ageDays === undefined) {
            add({
                id: 'age-unknown',
                severity: 'notice',
                title: 'Token age unknown',
                message: `\`max-token-age-days\` is ${settings.maxTokenAgeDays}, but the instance does not tell when this token was created.`,
                fix: [],
            });
        }
        else if (ageDays > settings.maxTokenAgeDays) {
            add({
                id: 'token-old',
                severity: 'warning',
                title: 'Token due for rotation',
                message: `The token is ${ageDays} days old, older than \`max-token-age-days\` (${settings.maxTokenAgeDays}).`,
                fix: newToken,
            });
        }
    }
    const rateLimit = inspection.rateLimit;
    if (rateLimit && rateLimit.remaining < rateLimit.limit / 10) {
        add({
            id: 'rate-limit-low',
            severity: 'warning',
            title: 'Rate limit nearly spent',
            message: `The token has ${rateLimit.remaining} of ${rateLimit.limit} API requests left in this window (it resets at ${rateLimit.reset ? (0,util_text/* code */.aY)(rateLimit.reset) : 'an unknown time'}): the bot, or something else using this token, is close to being throttled.`,
            fix: [
                "Spread the bot's requests out, or give each tool its own token: Mastodon limits each token to 300 requests per 5 minutes.",
            ],
        });
    }
    for (const warning of settings.inputWarnings) {
        add({ id: `input-warning:${warning}`, severity: 'warning', title: 'Input', message: warning, fix: [] });
    }
    const account = credentials.kind === 'account'
        ? {
            handle: credentials.account.acct.includes('@')
                ? `@${credentials.account.acct}`
                : `@${credentials.account.username}@${server?.domain ?? instance.host.replace(/:\d+$/, '')}`,
            id: credentials.account.id,
            url: credentials.account.url ?? '',
        }
        : undefined;
    const accountNote = account !== undefined
        ? ''
        : credentials.kind === 'narrow' && tokenState === 'active'
            ? 'The token may not read its owner (it holds none of profile, read, read:accounts); with `profile` the report would show the account.'
            : tokenState === 'app-only'
                ? 'No account: the token belongs to the app alone.'
                : 'The account could not be read.';
    const status = worstStatus(findings.flatMap((f) => (f.status ? [f.status] : [])));
    return {
        status,
        tokenState,
        failed: findings.some((f) => f.severity === 'failure'),
        instance: {
            origin: instance.origin,
            host: instance.host,
            software: server?.software ?? '',
            version: server?.version ?? '',
        },
        account,
        accountNote,
        app: app ? { name: app.name, website: app.website ?? '' } : undefined,
        scopes: { granted, required, excess, missing, source, undetermined, declared: settings.scopesDeclared },
        token: { createdAt: createdAt?.toISOString() ?? '', ageDays },
        findings,
        links,
        checkedAt: now.toISOString(),
    };
}

;// CONCATENATED MODULE: ./src/inputs/errors.ts
/** A bad input: the run fails before any request, with a message that names the input. */
class InputError extends Error {
    name = 'InputError';
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
/** Several input errors at once, so a user fixes them in one go rather than one run each. */
class InputErrors extends Error {
    name = 'InputErrors';
    errors;
    constructor(errors) {
        super(errors.map((e) => e.message).join('\n'));
        this.errors = errors;
    }
}

// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __nccwpck_require__(17);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./src/mastodon/errors.ts
/** The HTTP boundary's typed errors. */

/**
 * A request that got no usable HTTP answer. The message names method and URL (in a code span: after a redirect, its
 * path is the server's choice), never the token.
 */
class RequestError extends Error {
    name = 'RequestError';
    kind;
    method;
    url;
    constructor(kind, method, url, detail, options) {
        super(`${method} ${(0,util_text/* code */.aY)(url, { max: 300 })}: ${detail}`, options);
        this.kind = kind;
        this.method = method;
        this.url = url;
    }
}

;// CONCATENATED MODULE: ./src/util/redact.ts
function createRedactor(secrets) {
    // The forms a secret takes in what we write: as is, URL-encoded (a query string), JSON-escaped (the `report`
    // output, a server's JSON echo). Matched in any case: a host name made of the token comes back lower-cased.
    const needles = [
        ...new Set(secrets.flatMap((s) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)])),
    ].filter((s) => s.length >= 4);
    if (needles.length === 0)
        return (text) => text;
    // Longest first, so that a form that contains another is removed whole.
    const pattern = new RegExp(needles
        .sort((a, b) => b.length - a.length)
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'), 'gi');
    return (text) => text.replace(pattern, '***');
}

;// CONCATENATED MODULE: ./src/mastodon/http.ts
/**
 * The one HTTP client: the token only to the instance's origin, every request bounded by the check's deadline,
 * transient faults retried. Built on node:http and node:https, which Node has compiled in: undici as a bundled
 * dependency was most of dist/index.js and a large part of the start-up time (npm run bench).
 */






/** What is read of a body at most: every answer we use is a few kB; a larger one is not Mastodon's. */
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 3;
const MAX_ATTEMPTS = 3;
const USER_AGENT = 'mastodon-token-health (+https://github.com/marketplace/actions/mastodon-token-health)';
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function createHttpClient(options) {
    const { origin, token, deadline } = options;
    const sleep = options.sleep ?? defaultSleep;
    // A proxy, an echo service or a debug page may send the Authorization header back. What the server sent is
    // cleaned of the token here, before anything reads it: later code clips server texts to a length, and a token cut
    // in two would slip past the redaction of what the program writes.
    const scrub = createRedactor([token]);
    const secure = new URL(origin).protocol === 'https:';
    // Keep-alive: a second wave (probes) reuses the first wave's connections instead of new TCP and TLS handshakes.
    // A proxy from the environment (HTTPS_PROXY, NO_PROXY: self-hosted runners) is honoured for real instances, by
    // Node's built-in proxy support (`proxyEnv`, Node 24.5+; the runner's node24 is newer); loopback never goes through one.
    const agentOptions = { keepAlive: true, ...(options.isLoopback ? {} : { proxyEnv: process.env }) };
    const agent = secure ? new external_node_https_namespaceObject.Agent(agentOptions) : new external_node_http_.Agent(agentOptions);
    const send = secure ? external_node_https_namespaceObject.request : external_node_http_.request;
    /** Resolves once the status line and headers are in; the body is read by the caller. */
    function exchange(url, method, auth, signal) {
        return new Promise((resolve, reject) => {
            const request = send(url, {
                method,
                agent,
                signal,
                headers: {
                    accept: 'application/json',
                    'user-agent': USER_AGENT,
                    ...(auth ? { authorization: `Bearer ${token}` } : {}),
                },
            });
            request.once('response', resolve);
            request.once('error', reject);
            if (options.onSent)
                whenWritten(request, options.onSent);
            // Ended before any write: Node sends Content-Length: 0, so a probe's POST or PUT carries no body.
            request.end();
        });
    }
    async function once(method, path, auth) {
        let current = path;
        for (let hop = 0;; hop++) {
            const url = new URL(current, origin);
            const shownUrl = `${url.origin}${url.pathname}${url.search}`;
            const remaining = deadline - Date.now();
            if (remaining <= 0)
                throw new RequestError('timeout', method, shownUrl, 'no time left within timeout-seconds');
            // One signal bounds the connection, the headers and the body alike.
            const signal = AbortSignal.timeout(remaining);
            let answer;
            try {
                answer = await exchange(url, method, auth, signal);
            }
            catch (error) {
                throw toRequestError(signal.aborted ? signal.reason : error, method, shownUrl);
            }
            const status = answer.statusCode ?? 0;
            const headers = flattenHeaders(answer.headers, scrub);
            const location = headers['location'];
            if (status >= 300 && status < 400 && location !== undefined) {
                answer.resume();
                const target = safeUrl(location, url);
                if (!target || target.origin !== new URL(origin).origin) {
                    // The token never follows a redirect to another origin (DESIGN.md, safety promises).
                    throw new RequestError('redirect', method, shownUrl, `the server redirected to ${target ? (0,util_text/* code */.aY)(target.origin) : 'an invalid address'}, another origin; the request was not repeated there, so the token was not sent`);
                }
                if (method !== 'GET' || hop >= MAX_REDIRECTS) {
                    throw new RequestError('redirect', method, shownUrl, `too many redirects or a redirect of a ${method} request`);
                }
                current = `${target.pathname}${target.search}`;
                continue;
            }
            const text = scrub(await readCapped(answer, method, shownUrl, signal));
            return { method, path: current, status, headers, text, json: parseJson(text, headers) };
        }
    }
    return {
        async request(path, { method = 'GET', auth = true } = {}) {
            for (let attempt = 1;; attempt++) {
                let response;
                try {
                    response = await once(method, path, auth);
                }
                catch (error) {
                    options.debug?.(`${method} ${path} -> ${(0,util_errors/* messageOf */.b)(error)} (attempt ${attempt})`);
                    const retryable = error instanceof RequestError && error.kind === 'network';
                    if (!retryable || !(await backoff(attempt, undefined)))
                        throw error;
                    continue;
                }
                options.debug?.(`${method} ${response.path} -> ${response.status} (attempt ${attempt})`);
                if (isTransient(response.status) && (await backoff(attempt, response)))
                    continue;
                return { ...response, attempts: attempt };
            }
        },
        async close() {
            agent.destroy();
        },
    };
    /** Sleeps before another attempt when one is allowed and fits in the time left; says whether to retry. */
    async function backoff(attempt, response) {
        if (attempt >= MAX_ATTEMPTS)
            return false;
        let wait = 250 * 2 ** (attempt - 1);
        if (response?.status === 429) {
            // Mastodon sends no Retry-After on 429, only X-RateLimit-Reset as ISO 8601 (reference §6).
            const reset = Date.parse(response.headers['x-ratelimit-reset'] ?? '');
            const retryAfter = Number(response.headers['retry-after']);
            if (Number.isFinite(reset))
                wait = Math.max(wait, reset - Date.now() + 100);
            else if (Number.isFinite(retryAfter))
                wait = Math.max(wait, retryAfter * 1000);
        }
        // Keep time for the retried request itself to answer.
        if (Date.now() + wait + 500 > deadline)
            return false;
        await sleep(wait);
        return true;
    }
}
function isTransient(status) {
    return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}
function flattenHeaders(raw, scrub) {
    const headers = {};
    for (const [name, value] of Object.entries(raw)) {
        if (value !== undefined)
            headers[name.toLowerCase()] = scrub(Array.isArray(value) ? value.join(', ') : value);
    }
    return headers;
}
function safeUrl(location, base) {
    try {
        return new URL(location, base);
    }
    catch {
        return undefined;
    }
}
async function readCapped(body, method, url, signal) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of body) {
            const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            size += buffer.length;
            if (size > MAX_BODY_BYTES) {
                body.destroy();
                throw new RequestError('too-large', method, url, `the answer is larger than ${MAX_BODY_BYTES} bytes; not Mastodon's`);
            }
            chunks.push(buffer);
        }
    }
    catch (error) {
        if (error instanceof RequestError)
            throw error;
        // An abort mid-body surfaces as the socket's reset: the deadline is the cause.
        throw toRequestError(signal.aborted ? signal.reason : error, method, url);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function parseJson(text, headers) {
    const type = headers['content-type'] ?? '';
    if (!/\bjson\b/i.test(type) && !/^\s*[[{]/.test(text))
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** TLS failures that are about the certificate: the server speaks TLS, but cannot prove it is the host. */
const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME_MISMATCH|ALTNAME/;
/** TLS failures of the protocol itself: typically plain http on the port, or not a web server at all. */
const TLS_PROTOCOL_CODES = /^ERR_SSL_|^EPROTO$|TLS/;
/** What a socket error means, in words a user can act on (the code stays in the message for a search). */
const NETWORK_MEANINGS = {
    ECONNREFUSED: 'the host refused it: nothing listens at this address and port',
    ECONNRESET: 'the server closed the connection before it answered in full',
    UND_ERR_SOCKET: 'the server closed the connection before it answered in full',
    EPIPE: 'the server closed the connection before it answered in full',
    EHOSTUNREACH: 'the host cannot be reached from this network',
    ENETUNREACH: 'the network is unreachable from this machine',
};
function toRequestError(error, method, url) {
    const code = errorCode(error);
    const name = error instanceof Error ? error.name : '';
    let kind = 'network';
    let detail;
    if (name === 'TimeoutError' || name === 'AbortError' || /TIMEOUT/.test(code)) {
        kind = 'timeout';
        detail = 'no answer within timeout-seconds';
    }
    else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
        kind = 'dns';
        detail = `the host name could not be resolved (${code})`;
    }
    else if (CERTIFICATE_CODES.test(code)) {
        kind = 'tls';
        detail = `the TLS connection failed (${code}): the certificate is not valid for this host or not trusted`;
    }
    else if (TLS_PROTOCOL_CODES.test(code)) {
        kind = 'tls';
        detail = `the TLS connection failed (${code}): the server does not speak https on this port (is it plain http, or another port?)`;
    }
    else {
        const meaning = NETWORK_MEANINGS[code];
        detail = `the connection failed (${code || (0,util_errors/* messageOf */.b)(error)})${meaning ? `: ${meaning}` : ''}`;
    }
    return new RequestError(kind, method, url, detail, { cause: error });
}
/** The code that tells what happened may sit on a wrapped error's cause (an AbortSignal's reason, a TLS socket's). */
function errorCode(error) {
    for (let current = error, depth = 0; current && depth < 4; depth++) {
        const code = current.code;
        if (typeof code === 'string' && code !== 'UND_ERR_SOCKET' && code !== 'UND_ERR_CONNECT')
            return code;
        current = current.cause;
    }
    return error?.code ?? '';
}
/**
 * Calls back once the request's bytes can have left: its socket is connected (TLS included), so the queued request
 * has been written. 'finish' alone fires while a new socket is still connecting, with the bytes still in memory.
 */
function whenWritten(request, callback) {
    request.once('socket', (socket) => {
        const event = 'encrypted' in socket ? 'secureConnect' : 'connect';
        if (socket.connecting)
            socket.once(event, () => setImmediate(callback));
        else
            setImmediate(callback);
    });
}

// EXTERNAL MODULE: ./src/mastodon/answers.ts
var answers = __nccwpck_require__(1244);
;// CONCATENATED MODULE: ./src/mastodon/probes.ts
/**
 * Harmless requests that tell whether a token holds a scope, for servers whose token info cannot be read
 * (reference/mastodon-server-behaviour.md §4). Every probe either reads, or targets id 0, which no record has, so
 * the lookup fails before any action runs: none changes application data, granted or not. Each lists the scopes its
 * endpoint accepts (any-of), as the endpoint-scope table says; a test keeps the two equal.
 */


const probe = (scope, method, path, route, accepts, since, granted, before) => ({ scope, method, path, route, accepts, since, granted, ...(before ? { before } : {}) });
const RNF = ['record-not-found'];
const OK = ['ok'];
const adminRead = (resource, since) => probe(`admin:read:${resource}`, 'GET', `/api/v1/admin/${resource}/0`, `/api/v1/admin/${resource}/:id`, ['admin:read', `admin:read:${resource}`], since, RNF);
const PROBES = [
    probe('read:accounts', 'GET', '/api/v1/preferences', '/api/v1/preferences', ['read', 'read:accounts'], '2.8.0', OK),
    probe('read:blocks', 'GET', '/api/v1/blocks?limit=1', '/api/v1/blocks', ['follow', 'read', 'read:blocks'], '0.0.0', OK),
    probe('read:bookmarks', 'GET', '/api/v1/bookmarks?limit=1', '/api/v1/bookmarks', ['read', 'read:bookmarks'], '3.1.0', OK),
    probe('read:collections', 'GET', '/api/v1/collections/0', '/api/v1/collections/:id', ['read', 'read:collections'], '4.6.0', RNF),
    probe('read:favourites', 'GET', '/api/v1/favourites?limit=1', '/api/v1/favourites', ['read', 'read:favourites'], '0.0.0', OK),
    probe('read:filters', 'GET', '/api/v2/filters', '/api/v2/filters', ['read', 'read:filters'], '4.0.0', OK),
    probe('read:filters', 'GET', '/api/v1/filters', '/api/v1/filters', ['read', 'read:filters'], '0.0.0', OK, '4.0.0'),
    // relationships does not accept `follow`, which is how `read:follows` is told from `follow`.
    probe('read:follows', 'GET', '/api/v1/accounts/relationships', '/api/v1/accounts/relationships', ['read', 'read:follows'], '0.0.0', OK),
    probe('read:lists', 'GET', '/api/v1/lists', '/api/v1/lists', ['read', 'read:lists'], '0.0.0', OK),
    probe('read:mutes', 'GET', '/api/v1/mutes?limit=1', '/api/v1/mutes', ['follow', 'read', 'read:mutes'], '0.0.0', OK),
    probe('read:notifications', 'GET', '/api/v1/notifications?limit=1', '/api/v1/notifications', ['read', 'read:notifications'], '0.0.0', OK),
    // Without `q` the scope check passes and parameter validation answers 400: no search runs.
    probe('read:search', 'GET', '/api/v2/search', '/api/v2/search', ['read', 'read:search'], '2.4.1', ['bad-request']),
    // Not timelines/home, which can answer 206 while a feed regenerates.
    probe('read:statuses', 'GET', '/api/v1/markers', '/api/v1/markers', ['read', 'read:statuses'], '3.0.0', OK),
    probe('follow', 'GET', '/api/v1/follow_requests?limit=1', '/api/v1/follow_requests', ['follow', 'read', 'read:follows'], '0.0.0', OK),
    probe('profile', 'GET', '/oauth/userinfo', '/oauth/userinfo', ['profile'], '4.4.0', OK),
    // 404 "Not Found" means no subscription exists for this token: still granted.
    probe('push', 'GET', '/api/v1/push/subscription', '/api/v1/push/subscription', ['push'], '2.4.0', [
        'ok',
        'not-found',
    ]),
    probe('write:accounts', 'POST', '/api/v1/accounts/0/note', '/api/v1/accounts/:account_id/note', ['write', 'write:accounts'], '3.2.0', RNF),
    probe('write:blocks', 'POST', '/api/v1/accounts/0/unblock', '/api/v1/accounts/:id/unblock', ['follow', 'write', 'write:blocks'], '0.0.0', RNF),
    // The un- actions: bookmark/favourite look the status up before the scope check (§4.1).
    probe('write:bookmarks', 'POST', '/api/v1/statuses/0/unbookmark', '/api/v1/statuses/:status_id/unbookmark', ['write', 'write:bookmarks'], '3.1.0', ['not-found', 'record-not-found']),
    probe('write:collections', 'PATCH', '/api/v1/collections/0', '/api/v1/collections/:id', ['write', 'write:collections'], '4.6.0', RNF),
    probe('write:conversations', 'POST', '/api/v1/conversations/0/read', '/api/v1/conversations/:id/read', ['write', 'write:conversations'], '2.6.0', RNF),
    probe('write:favourites', 'POST', '/api/v1/statuses/0/unfavourite', '/api/v1/statuses/:status_id/unfavourite', ['write', 'write:favourites'], '0.0.0', ['not-found', 'record-not-found']),
    probe('write:filters', 'PUT', '/api/v2/filters/0', '/api/v2/filters/:id', ['write', 'write:filters'], '4.0.0', RNF),
    probe('write:filters', 'PUT', '/api/v1/filters/0', '/api/v1/filters/:id', ['write', 'write:filters'], '0.0.0', RNF, '4.0.0'),
    probe('write:follows', 'POST', '/api/v1/accounts/0/unfollow', '/api/v1/accounts/:id/unfollow', ['follow', 'write', 'write:follows'], '0.0.0', RNF),
    probe('write:lists', 'PUT', '/api/v1/lists/0', '/api/v1/lists/:id', ['write', 'write:lists'], '0.0.0', RNF),
    // This GET needs a write scope.
    probe('write:media', 'GET', '/api/v1/media/0', '/api/v1/media/:id', ['write', 'write:media'], '3.1.3', RNF),
    probe('write:mutes', 'POST', '/api/v1/accounts/0/unmute', '/api/v1/accounts/:id/unmute', ['follow', 'write', 'write:mutes'], '0.0.0', RNF),
    probe('write:notifications', 'POST', '/api/v1/notifications/0/dismiss', '/api/v1/notifications/:id/dismiss', ['write', 'write:notifications'], '0.0.0', RNF),
    // Empty body: Account.find(nil) raises before ReportService. Never send account_id.
    probe('write:reports', 'POST', '/api/v1/reports', '/api/v1/reports', ['write', 'write:reports'], '0.0.0', RNF),
    // Edit of status 0; not DELETE or unreblog, which count toward the 30-per-30-minutes delete throttle.
    probe('write:statuses', 'PUT', '/api/v1/statuses/0', '/api/v1/statuses/:id', ['write', 'write:statuses'], '3.5.0', RNF),
    probe('admin:read', 'GET', '/api/v1/admin/tags/0', '/api/v1/admin/tags/:id', ['admin:read'], '4.2.0', RNF),
    probe('admin:read', 'GET', '/api/v1/admin/trends/tags?limit=1', '/api/v1/admin/trends/tags', ['admin:read'], '3.5.0', OK, '4.2.0'),
    adminRead('accounts', '2.9.1'),
    adminRead('reports', '2.9.1'),
    adminRead('domain_allows', '4.0.0'),
    adminRead('domain_blocks', '4.0.0'),
    adminRead('ip_blocks', '4.0.0'),
    adminRead('email_domain_blocks', '4.0.0'),
    adminRead('canonical_email_blocks', '4.0.0'),
    probe('admin:write', 'PUT', '/api/v1/admin/tags/0', '/api/v1/admin/tags/:id', ['admin:write'], '4.2.0', RNF),
    probe('admin:write:accounts', 'POST', '/api/v1/admin/accounts/0/unsensitive', '/api/v1/admin/accounts/:id/unsensitive', ['admin:write', 'admin:write:accounts'], '3.5.0', RNF),
    probe('admin:write:reports', 'PUT', '/api/v1/admin/reports/0', '/api/v1/admin/reports/:id', ['admin:write', 'admin:write:reports'], '3.5.0', RNF),
    probe('admin:write:domain_allows', 'DELETE', '/api/v1/admin/domain_allows/0', '/api/v1/admin/domain_allows/:id', ['admin:write', 'admin:write:domain_allows'], '4.0.0', RNF),
    probe('admin:write:domain_blocks', 'PUT', '/api/v1/admin/domain_blocks/0', '/api/v1/admin/domain_blocks/:id', ['admin:write', 'admin:write:domain_blocks'], '4.0.0', RNF),
    probe('admin:write:ip_blocks', 'PUT', '/api/v1/admin/ip_blocks/0', '/api/v1/admin/ip_blocks/:id', ['admin:write', 'admin:write:ip_blocks'], '4.0.0', RNF),
    probe('admin:write:email_domain_blocks', 'DELETE', '/api/v1/admin/email_domain_blocks/0', '/api/v1/admin/email_domain_blocks/:id', ['admin:write', 'admin:write:email_domain_blocks'], '4.0.0', RNF),
    probe('admin:write:canonical_email_blocks', 'DELETE', '/api/v1/admin/canonical_email_blocks/0', '/api/v1/admin/canonical_email_blocks/:id', ['admin:write', 'admin:write:canonical_email_blocks'], '4.0.0', RNF),
];
/** Probes that exist on this server version. An unknown version gets those whose answers no missing route can fake. */
function availableProbes(version) {
    return PROBES.filter((p) => version === undefined
        ? !p.before && !p.granted.includes('not-found') && p.since === '0.0.0'
        : versionAtLeast(version, p.since) && !(p.before && versionAtLeast(version, p.before)));
}
/** Reads one probe's answer by reference §4.1's decision rule. */
function judgeProbe(p, outcome) {
    if (!outcome.ok)
        return { verdict: 'inconclusive', appOnly: false, answer: outcome.error.kind, failure: outcome.error.message };
    const r = outcome.response;
    // A server error or a rate limit is no answer about the scope: told apart from an ambiguous answer, so that a
    // server fault is not read as "the scopes could not be told apart" (or, worse, as healthy).
    if (r.status >= 500 || r.status === 429)
        return { verdict: 'inconclusive', appOnly: false, answer: String(r.status), failure: (0,answers/* describeFailure */.Ic)(r) };
    const error = (0,answers/* errorText */.kc)(r);
    const answer = `${r.status}${error ? ` ${error}` : ''}`;
    const verdict = (v, appOnly = false) => ({ verdict: v, appOnly, answer });
    if (r.json === undefined && r.status !== 200)
        return verdict('inconclusive');
    switch (r.status) {
        case 200:
        case 206:
            return verdict(p.granted.includes('ok') && r.json !== undefined ? 'granted' : 'inconclusive');
        case 400:
            return verdict(p.granted.includes('bad-request') ? 'granted' : 'inconclusive');
        case 404:
            if (error === 'Record not found')
                return verdict(p.granted.includes('record-not-found') ? 'granted' : 'inconclusive');
            return verdict(error === 'Not Found' && p.granted.includes('not-found') ? 'granted' : 'inconclusive');
        case 403:
            if ((0,answers/* isScopeRefusal */.r5)(r))
                return verdict('denied');
            // A role check (Pundit) runs after the scope check: the scope passed.
            return verdict(error === 'This action is not allowed' ? 'granted' : 'inconclusive');
        case 422:
            return error !== undefined && /requires an authenticated user/i.test(error)
                ? verdict('granted', true)
                : verdict('inconclusive');
        default:
            return verdict('inconclusive');
    }
}
/**
 * Works out which candidates the token holds, assuming it holds no scope outside `candidates` (the app's registered
 * scopes bound the token's; without them, the declared scopes, their parents and the broad ones). A denied answer
 * rules out every scope it accepts; a granted one whose accepted candidates are all ruled out but one proves that one.
 */
function solveScopes(candidates, observations) {
    const denied = new Set();
    const granted = new Set();
    for (const o of observations)
        if (!o.granted)
            for (const s of o.accepts)
                denied.add(s);
    let unexplained = false;
    for (let changed = true; changed;) {
        changed = false;
        for (const o of observations) {
            if (!o.granted)
                continue;
            const open = o.accepts.filter((s) => candidates.has(s) && !denied.has(s));
            if (open.length === 0)
                unexplained = true;
            if (open.length === 1 && !granted.has(open[0])) {
                granted.add(open[0]);
                changed = true;
            }
        }
    }
    const undetermined = [...candidates].filter((s) => !granted.has(s) && !denied.has(s));
    return { granted: [...granted].sort(), undetermined: undetermined.sort(), unexplained };
}
/**
 * The probes to send, all at once. For each candidate, of the probes whose endpoint accepts it, the one that accepts
 * the fewest other candidates (its own first, reads first): a parent scope has no endpoint of its own, and a child's
 * probe whose siblings are not candidates isolates it.
 */
function planProbes(candidates, version) {
    const available = availableProbes(version);
    const chosen = new Set();
    for (const scope of [...candidates].sort()) {
        const overlap = (p) => p.accepts.filter((s) => s !== scope && candidates.has(s)).length;
        const rank = (p) => overlap(p) * 4 + (p.scope === scope ? 0 : 2) + (p.method === 'GET' ? 0 : 1);
        const best = available.filter((p) => p.accepts.includes(scope)).sort((a, b) => rank(a) - rank(b))[0];
        if (best)
            chosen.add(best);
    }
    return [...chosen];
}

;// CONCATENATED MODULE: ./src/mastodon/inspect.ts
/**
 * The network phase: asks the instance what it knows of the token, in as few sequential waves as the facts allow.
 * Wave 1 sends every request that needs no earlier answer; wave 2 (probes) runs only when token info is missing.
 */




/**
 * Probes in flight at once: enough for one wave in every usual case (an app registered with the broad scopes, or
 * with the granular scopes a bot needs; a declaration of up to 10 scopes when the app's scopes are unknown), few
 * enough to be polite to the instance: over HTTP/1.1 each one in flight is a connection. Only an app registered
 * with more than 16 probe-worthy scopes takes another wave per 16. __tests__/round-trips.test.ts keeps this true.
 */
const PROBE_CONCURRENCY = 16;
/** Broad scopes that a token may hold beyond a declaration: probed when the app's scopes are unknown. */
const BROAD_SCOPES = ['read', 'write', 'follow', 'push', 'profile', 'admin:read', 'admin:write'];
/** verify_credentials, sent in wave 1 anyway, answers as a probe of these (reference §3). */
const VERIFY_CREDENTIALS_ACCEPTS = ['profile', 'read', 'read:accounts'];
async function inspectToken(client, options) {
    const ask = (path, auth = true, method = 'GET') => client.request(path, { auth, method }).then((response) => ({ ok: true, response }), (error) => {
        if (error instanceof RequestError)
            return { ok: false, error };
        throw error;
    });
    // `lang=en` keeps Mastodon's descriptions English whatever the owner's locale (reference §3).
    const [credentialsOutcome, tokenInfoOutcome, appOutcome, instanceOutcome] = await Promise.all([
        ask('/api/v1/accounts/verify_credentials?lang=en'),
        ask('/oauth/token/info'),
        ask('/api/v1/apps/verify_credentials?lang=en'),
        ask('/api/v2/instance', false),
    ]);
    const credentials = (0,answers/* readCredentials */.L1)(credentialsOutcome);
    const tokenInfo = (0,answers/* readTokenInfo */.ep)(tokenInfoOutcome);
    const app = (0,answers/* readApp */.uW)(appOutcome);
    let server = (0,answers/* readServer */.Wb)(instanceOutcome);
    const tokenWorks = credentials.kind === 'account' || credentials.kind === 'narrow' || credentials.kind === 'app-only';
    const wantProbes = tokenWorks && (options.probe === 'always' || (options.probe === 'auto' && tokenInfo.kind !== 'ok'));
    const olderServer = !server && instanceOutcome.ok && instanceOutcome.response.status === 404;
    const [probing, v1Instance] = await Promise.all([
        wantProbes ? runProbes(ask, credentials, app, server, options.requiredScopes) : undefined,
        // Before 4.0 there is no v2 instance endpoint; v1 still tells the version, for the report only.
        olderServer ? ask('/api/v1/instance', false) : undefined,
    ]);
    server ??= (0,answers/* readServer */.Wb)(v1Instance);
    return { credentials, tokenInfo, app, server, probing, rateLimit: (0,answers/* readRateLimit */.y9)(credentialsOutcome) };
}
/**
 * The probes for wave 2: the candidates are the declared scopes and their parents, with the app's registered scopes
 * when the server tells them, else the broad ones; a candidate that verify_credentials already ruled out gets no
 * probe of its own, each one spending the token's rate limit.
 */
function planProbing(credentials, appScopes, version, requiredScopes) {
    const exists = (scope) => version === undefined || versionAtLeast(version, scopeInfo(scope)?.since ?? '0.0.0');
    const candidatesFromApp = appScopes !== undefined;
    // The app's registered scopes bound the token's (Doorkeeper grants a subset). The declaration and its parents are
    // probed as well: they decide the findings, and a server that let a token outgrow its app must not hide them.
    const declared = [...requiredScopes, ...requiredScopes.map((s) => parentOf(s) ?? s)];
    const candidates = new Set([...declared, ...(appScopes ?? BROAD_SCOPES)].filter((s) => scopeInfo(s) !== undefined && exists(s)));
    const known = [];
    if (credentials === 'account' || credentials === 'app-only') {
        known.push({ accepts: VERIFY_CREDENTIALS_ACCEPTS, granted: true });
    }
    else if (credentials === 'narrow') {
        known.push({ accepts: VERIFY_CREDENTIALS_ACCEPTS, granted: false });
    }
    // A refusal rules out every scope it accepts, for certain: none of them needs a probe. An acceptance is not used
    // to skip one: it proves its scope only if the token holds nothing outside the candidates, and a server that let a
    // token outgrow its app would then show a declared scope as granted.
    const open = solveScopes(candidates, known.filter((o) => !o.granted)).undetermined;
    return { candidates, candidatesFromApp, known, probes: planProbes(new Set(open), version) };
}
async function runProbes(ask, credentials, app, server, requiredScopes) {
    const version = server?.software === 'mastodon' ? server.version : undefined;
    const plan = planProbing(credentials.kind, app?.scopes, version, requiredScopes);
    const results = await mapLimited(plan.probes, PROBE_CONCURRENCY, async (probe) => ({
        probe,
        // English answers whatever the owner's locale, as for verify_credentials.
        result: judgeProbe(probe, await ask(`${probe.path}${probe.path.includes('?') ? '&' : '?'}lang=en`, true, probe.method)),
    }));
    const observations = results
        .filter(({ result }) => result.verdict !== 'inconclusive')
        .map(({ probe, result }) => ({ accepts: probe.accepts, granted: result.verdict === 'granted' }));
    return {
        candidates: [...plan.candidates].sort(),
        candidatesFromApp: plan.candidatesFromApp,
        results,
        solution: solveScopes(plan.candidates, [...observations, ...plan.known]),
        appOnly: results.some(({ result }) => result.appOnly),
    };
}
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/check.ts
/** The engine shared by the action and the CLI: settings in, report out. */





async function checkToken(settings, deps = {}) {
    const now = deps.now ?? (() => new Date());
    if (settings.skipReason !== undefined)
        return skippedReport(settings.instance, settings.skipReason, now());
    const started = now();
    const client = (deps.createClient ?? createHttpClient)({
        origin: settings.instance.origin,
        token: settings.token,
        deadline: started.getTime() + settings.timeoutSeconds * 1000,
        isLoopback: settings.instance.isLoopback,
        ...(deps.debug ? { debug: deps.debug } : {}),
        ...(deps.onRequestSent ? { onSent: deps.onRequestSent } : {}),
    });
    try {
        const inspection = await inspectToken(client, { requiredScopes: settings.requiredScopes, probe: settings.probe });
        return evaluate(settings, inspection, now());
    }
    finally {
        await client.close();
    }
}
const emptyReport = (instance, now) => ({
    tokenState: 'unknown',
    instance: { origin: instance?.origin ?? '', host: instance?.host ?? '', software: '', version: '' },
    account: undefined,
    accountNote: '',
    app: undefined,
    scopes: {
        granted: [],
        required: [],
        excess: [],
        missing: [],
        source: '',
        undetermined: [],
        declared: false,
    },
    token: { createdAt: '', ageDays: undefined },
    links: linksFor(instance?.origin ?? ''),
    checkedAt: now.toISOString(),
});
function skippedReport(instance, reason, now) {
    const finding = {
        id: 'skipped',
        severity: 'notice',
        status: 'skipped',
        title: 'Check skipped',
        message: `${reason} The token was not checked on this run: that is expected, not a failure.`,
        fix: [
            'The token is checked on runs that receive secrets: a scheduled run (`on: schedule`) or `workflow_dispatch` keeps watch, and pull requests from this repository’s own branches are checked as usual.',
            'To check fork pull requests, use `pull_request_target` only with a job that does not check out or run the pull request’s code: this action needs no checkout.',
        ],
    };
    return { ...emptyReport(instance, now), status: 'skipped', failed: false, findings: [finding] };
}
function inputErrorReport(error, now) {
    const errors = error instanceof InputErrors ? error.errors : [];
    const findings = (errors.length
        ? errors.map((e) => ({ input: e.input, message: e.message }))
        : [{ input: 'inputs', message: (0,util_errors/* messageOf */.b)(error) }]).map(({ input, message }) => ({
        id: `input-error:${input}`,
        severity: 'failure',
        status: 'input-error',
        title: `Input '${input}'`,
        message,
        fix: [],
    }));
    return { ...emptyReport(undefined, now), status: 'input-error', failed: true, findings };
}

// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __nccwpck_require__(5585);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/inputs/runner.ts
/**
 * The three workflow commands the action needs before its first request: reading inputs, masking the token, and
 * debug lines. Byte for byte what @actions/core 3 writes (lib/core.js, command.js; __tests__/runner.test.ts compares
 * them). Everything after the first wave goes through @actions/core itself, which loads its OIDC client, and with it
 * undici, at import time: most of a megabyte that would otherwise stand before the first request (npm run bench).
 */

function getInput(name, options = {}) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    return options.trimWhitespace === false ? value : value.trim();
}
function setSecret(secret) {
    issueCommand('add-mask', secret);
}
function debug(message) {
    issueCommand('debug', message);
}
function issueCommand(command, message) {
    process.stdout.write(`::${command}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/inputs/instance.ts


const INPUT = 'instance';
/**
 * Normalises `mastodon.social`, `https://Mastodon.Social/`, `https://host:8443/some/path` to one origin.
 * `http://` is refused unless the host is loopback: a token sent in clear text to a real instance is a token lost.
 */
function parseInstance(raw) {
    const value = raw.trim();
    const fail = (why) => new InputError(INPUT, `Input '${INPUT}' ${why} Expected the instance's address, e.g. 'mastodon.social' or 'https://mastodon.social'.`);
    if (!value)
        throw fail('is empty.');
    if (/^@?[^@\s/]+@[^@\s/]+$/.test(value)) {
        // A handle's domain can differ from the server's web address (LOCAL_DOMAIN vs WEB_DOMAIN), and sending the token
        // to a guessed host could hand it to a web site that is not the instance.
        const domain = value.slice(value.lastIndexOf('@') + 1);
        throw fail(`is an account handle ('${value}'), not a server address. Give the address you log in at, e.g. '${domain}' if that is the server.`);
    }
    if (/\s/.test(value))
        throw fail(`contains white space ('${value}').`);
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw fail(`is not a valid address ('${value}').`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw fail(`uses the scheme '${url.protocol.slice(0, -1)}' ('${value}'); only https:// is supported.`);
    }
    if (url.username || url.password)
        throw fail('contains a user name or password; give the address alone.');
    if (!url.hostname ||
        !/^[a-z0-9.\-[\]:]+$/i.test(url.hostname) ||
        url.hostname.startsWith('.') ||
        url.hostname.endsWith('..')) {
        throw fail(`has no valid host name ('${value}').`);
    }
    if (!url.hostname.includes('.') && !isLoopbackHost(url.hostname)) {
        throw fail(`has no valid host name ('${value}'): a public instance's name has a dot, like 'mastodon.social'.`);
    }
    const isLoopback = isLoopbackHost(url.hostname);
    if (url.protocol === 'http:' && !isLoopback) {
        throw fail(`is '${value}': http:// is refused for anything but loopback hosts (127.0.0.0/8, ::1, localhost), because the token would cross the network in clear text. Use https://${url.host}.`);
    }
    const host = url.port ? `${toUnicode(url.hostname)}:${url.port}` : toUnicode(url.hostname);
    return { origin: url.origin, host, isLoopback };
}
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    // Only the names DESIGN.md lists. Not `*.localhost`: RFC 6761 reserves it, but the system resolver may still send
    // it to DNS (glibc without nss-myhostname does), and an answer there would take the token off the machine in clear.
    if (host === 'localhost')
        return true;
    if (host === '::1' || host === '0:0:0:0:0:0:0:1')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function toUnicode(hostname) {
    return hostname.includes('xn--') ? (0,external_node_url_.domainToUnicode)(hostname) || hostname : hostname;
}

;// CONCATENATED MODULE: ./src/inputs/settings.ts




const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
function parseSettings(raw, context) {
    const errors = [];
    const inputWarnings = [];
    const get = (name) => raw[name]?.trim() || names/* Defaults */.H[name] || '';
    const attempt = (fn) => {
        try {
            return fn();
        }
        catch (error) {
            if (error instanceof InputError)
                errors.push(error);
            else
                throw error;
            return undefined;
        }
    };
    const instance = attempt(() => parseInstance(get(names/* Inputs */.G.Instance)));
    const token = attempt(() => parseToken(raw[names/* Inputs */.G.Token] ?? '', inputWarnings)) ?? '';
    const scopeText = get(names/* Inputs */.G.RequiredScopes);
    const scopes = parseScopeList(scopeText);
    for (const unknown of scopes.unknown) {
        errors.push(new InputError(names/* Inputs */.G.RequiredScopes, `Input '${names/* Inputs */.G.RequiredScopes}' has an unknown scope '${unknown.name}'` +
            (unknown.suggestion ? `: did you mean '${unknown.suggestion}'?` : '.') +
            (unknown.suggestion?.includes(' ') ? ' Scopes are separated by spaces, commas or newlines.' : '') +
            ` Mastodon's scopes are read, write, push, profile, read:*, write:*, admin:read:* and admin:write:* (https://docs.joinmastodon.org/api/oauth-scopes/).`));
    }
    if (scopes.duplicates.length > 0) {
        inputWarnings.push(`Input '${names/* Inputs */.G.RequiredScopes}' lists ${scopes.duplicates.map((s) => `'${s}'`).join(', ')} more than once; each counts once.`);
    }
    for (const name of scopes.deprecated) {
        inputWarnings.push(`Input '${names/* Inputs */.G.RequiredScopes}': ${scopeInfo(name)?.deprecated ?? `'${name}' is deprecated.`}`);
    }
    const onExcess = attempt(() => oneOf(names/* Inputs */.G.OnExcess, get(names/* Inputs */.G.OnExcess), ['fail', 'warn', 'ignore']));
    const onMissing = attempt(() => oneOf(names/* Inputs */.G.OnMissing, get(names/* Inputs */.G.OnMissing), ['fail', 'warn']));
    const onUnreachable = attempt(() => oneOf(names/* Inputs */.G.OnUnreachable, get(names/* Inputs */.G.OnUnreachable), ['fail', 'warn']));
    const comment = attempt(() => oneOf(names/* Inputs */.G.Comment, get(names/* Inputs */.G.Comment), ['auto', 'always', 'never']));
    const issue = attempt(() => oneOf(names/* Inputs */.G.Issue, get(names/* Inputs */.G.Issue), ['auto', 'never']));
    const probe = attempt(() => oneOf(names/* Inputs */.G.Probe, get(names/* Inputs */.G.Probe), ['auto', 'always', 'never']));
    const maxTokenAgeDays = attempt(() => optionalNumber(names/* Inputs */.G.MaxTokenAgeDays, get(names/* Inputs */.G.MaxTokenAgeDays), { min: 1, max: 36500, integer: true }));
    const timeoutSeconds = attempt(() => optionalNumber(names/* Inputs */.G.TimeoutSeconds, get(names/* Inputs */.G.TimeoutSeconds), { min: 1, max: 3600, integer: false }));
    if (errors.length > 0 || !instance || !onExcess || !onMissing || !onUnreachable || !comment || !issue || !probe) {
        throw new InputErrors(errors);
    }
    let skipReason;
    if (!token) {
        if (PULL_REQUEST_EVENTS.has(context.eventName) || /^dependabot\[bot\]$/i.test(context.actor)) {
            skipReason =
                context.actor.toLowerCase() === 'dependabot[bot]'
                    ? 'The token is empty: GitHub withholds repository secrets from runs that Dependabot starts.'
                    : `The token is empty: GitHub withholds repository secrets from '${context.eventName}' runs of pull requests from forks.`;
        }
        else {
            throw new InputErrors([
                new InputError(names/* Inputs */.G.Token, `Input '${names/* Inputs */.G.Token}' is empty. Pass the secret that holds the access token, e.g. 'token: \${{ secrets.MASTODON_TOKEN }}', and check that the secret exists in this repository or organisation.`),
            ]);
        }
    }
    return {
        instance,
        token,
        requiredScopes: scopes.scopes,
        scopesDeclared: scopes.scopes.length > 0,
        onExcess,
        onMissing,
        onUnreachable,
        maxTokenAgeDays,
        comment,
        issue,
        githubToken: (raw[names/* Inputs */.G.GithubToken] ?? '').trim(),
        timeoutSeconds: timeoutSeconds ?? 30,
        probe,
        skipReason,
        inputWarnings,
    };
}
/** Shorter than any token Mastodon, GoToSocial or Pleroma issues (43 characters and more). */
const MIN_TOKEN_LENGTH = 16;
/**
 * Trims the copy-paste faults a secret picks up (surrounding white space and newlines, a `Bearer ` prefix) and
 * refuses what cannot be a token. Messages describe the fault and never show the value.
 */
function parseToken(raw, warnings) {
    let token = raw.replace(/^[\s\uFEFF\u200B]+|[\s\uFEFF\u200B]+$/g, '');
    // `Bearer` alone is `token: Bearer ${{ secrets.X }}` with the secret withheld (a fork's pull request): empty.
    const bearer = /^bearer(?:\s+|$)/i.exec(token);
    if (bearer) {
        token = token.slice(bearer[0].length);
        warnings.push(`Input '${names/* Inputs */.G.Token}' starts with 'Bearer '; it was removed. Store the token alone in the secret.`);
    }
    if (!token)
        return '';
    if (token.length < MIN_TOKEN_LENGTH) {
        // Also a safety rule: a string this short cannot be masked in logs without hiding ordinary words, so the runner
        // would show it wherever it appears (main.ts masks forms of 8 characters and more).
        throw new InputError(names/* Inputs */.G.Token, `Input '${names/* Inputs */.G.Token}' is too short to be an access token (${token.length} characters; Mastodon's have 43). Check that the secret holds the token itself, copied whole, not a placeholder.`);
    }
    if (/\s/.test(token)) {
        throw new InputError(names/* Inputs */.G.Token, `Input '${names/* Inputs */.G.Token}' has white space inside it (${token.split(/\s+/).length} parts): a token is one word. Check that the secret holds only the access token, copied whole.`);
    }
    const bad = [...token].findIndex((c) => c < '!' || c > '~');
    if (bad >= 0) {
        throw new InputError(names/* Inputs */.G.Token, `Input '${names/* Inputs */.G.Token}' has a character that is not printable ASCII at position ${bad + 1} of ${token.length}: Mastodon tokens are letters, digits, '-' and '_'. Copy the token again from Preferences → Development → your application → 'Your access token'.`);
    }
    return token;
}
function oneOf(input, value, allowed) {
    const lower = value.toLowerCase();
    const match = allowed.find((a) => a === lower);
    if (match)
        return match;
    throw new InputError(input, `Input '${input}' is '${value}'; expected one of ${allowed.map((a) => `'${a}'`).join(', ')}.`);
}
function optionalNumber(input, value, rule) {
    if (value === '')
        return undefined;
    const number = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) ||
        !Number.isFinite(number) ||
        number < rule.min ||
        number > rule.max ||
        (rule.integer && !Number.isInteger(number))) {
        throw new InputError(input, `Input '${input}' is '${value}'; expected ${rule.integer ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}.`);
    }
    return number;
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action: inputs → settings → check → report (outputs and summary, then the PR comment or tracking issue).
 * Nothing runs at import time; index.ts calls run().
 *
 * Before the first request only inputs/runner.ts speaks to the runner (inputs, masks, debug lines); the sinks and
 * @actions/core load in parallel with the network (sinks/index.ts says why).
 */







const loadSinks = () => Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(672)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5672));
const noop = () => { };
async function run() {
    // Mask before anything else can print.
    const rawToken = getInput(names/* Inputs */.G.Token, { trimWhitespace: false });
    const secrets = secretForms(rawToken, getInput(names/* Inputs */.G.GithubToken));
    for (const secret of secrets)
        setSecret(secret);
    const redact = createRedactor(secrets);
    // A promise nobody awaited must still fail the step, with the token kept out of the message.
    process.on('unhandledRejection', (reason) => void failUnexpected(reason, redact));
    try {
        let settings;
        let report;
        let sinks;
        try {
            settings = parseSettings(readInputs(rawToken), {
                eventName: process.env['GITHUB_EVENT_NAME'] ?? '',
                actor: process.env['GITHUB_ACTOR'] ?? '',
            });
            // Load the sinks once the first request is on its way, while the instance answers: loading them sooner would
            // hold the event loop before the requests are written.
            let firstSent = () => { };
            const sent = new Promise((resolve) => (firstSent = resolve));
            const checking = checkToken(settings, {
                debug: (line) => debug((0,util_text/* oneLine */.TN)(redact(line), 2000)),
                onRequestSent: () => firstSent(),
            });
            sinks = Promise.race([sent, checking.then(noop, noop)]).then(loadSinks);
            report = await checking;
        }
        catch (error) {
            if (!(error instanceof InputErrors))
                throw error;
            sinks = loadSinks();
            report = inputErrorReport(error, new Date());
        }
        await (await sinks).publish(report, settings, redact);
    }
    catch (error) {
        await failUnexpected(error, redact);
    }
}
/** The token as pasted, trimmed, without a `Bearer ` prefix, and line by line (the runner masks lines one by one). */
function secretForms(rawToken, githubToken) {
    const trimmed = rawToken.trim();
    const forms = [rawToken, trimmed, trimmed.replace(/^bearer\s+/i, ''), ...trimmed.split(/[\r\n]+/), githubToken];
    return [...new Set(forms.map((f) => f.trim()).filter((f) => f.length >= 8))];
}
function readInputs(rawToken) {
    const inputs = {};
    for (const name of Object.values(names/* Inputs */.G))
        inputs[name] = name === names/* Inputs */.G.Token ? rawToken : getInput(name);
    return inputs;
}
async function failUnexpected(error, redact) {
    (await loadSinks()).failUnexpected(error, redact);
}


/***/ }),

/***/ 1244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   L1: () => (/* binding */ readCredentials),
/* harmony export */   Wb: () => (/* binding */ readServer),
/* harmony export */   ep: () => (/* binding */ readTokenInfo),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   r5: () => (/* binding */ isScopeRefusal),
/* harmony export */   uW: () => (/* binding */ readApp),
/* harmony export */   y9: () => (/* binding */ readRateLimit)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9997);

const OUTSIDE_SCOPES = 'This action is outside the authorized scopes';
const NEEDS_USER = /requires an authenticated user|user not supplied/i;
function readCredentials(outcome) {
    if (!outcome.ok)
        return { kind: 'unreachable', detail: outcome.error.message };
    const r = outcome.response;
    const error = errorText(r);
    const wwwAuthenticate = r.headers['www-authenticate'] ?? '';
    switch (r.status) {
        case 200: {
            const account = readAccount(r.json);
            return account ? { kind: 'account', account } : { kind: 'unreachable', detail: notMastodon(r, 'an account') };
        }
        case 401: {
            // Locked-down servers (DISALLOW_UNAUTHENTICATED_API_ACCESS) refuse a token with no user before Doorkeeper runs.
            if (error !== undefined && NEEDS_USER.test(error) && !/invalid_token/.test(wwwAuthenticate))
                return { kind: 'app-only' };
            if (!/error="invalid_token"/.test(wwwAuthenticate) && error === undefined) {
                return { kind: 'unreachable', detail: notMastodon(r, "Doorkeeper's 401") };
            }
            const description = bearerParam(wwwAuthenticate, 'error_description') ?? error ?? '';
            const state = /revoked/i.test(description) ? 'revoked' : /expired/i.test(description) ? 'expired' : 'invalid';
            return { kind: 'rejected', state, detail: description || `${r.status}` };
        }
        case 403: {
            if (isScopeRefusal(r))
                return { kind: 'narrow' };
            if (error === undefined)
                return { kind: 'unreachable', detail: notMastodon(r, "Mastodon's JSON error") };
            if (/currently disabled/i.test(error))
                return { kind: 'account-unusable', problem: 'suspended-or-disabled', detail: error };
            if (/confirmed e-?mail/i.test(error))
                return { kind: 'account-unusable', problem: 'unconfirmed', detail: error };
            if (/pending approval/i.test(error))
                return { kind: 'account-unusable', problem: 'pending-approval', detail: error };
            return {
                kind: 'unreachable',
                detail: `the server refused with 403 ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(error)}, which is not one of Mastodon's answers`,
            };
        }
        case 410:
            return error !== undefined
                ? { kind: 'account-unusable', problem: 'server-closing', detail: error }
                : { kind: 'unreachable', detail: notMastodon(r, "Mastodon's JSON error") };
        case 422:
            return error !== undefined && NEEDS_USER.test(error)
                ? { kind: 'app-only' }
                : { kind: 'unreachable', detail: notMastodon(r, 'the app-only answer') };
        default:
            return { kind: 'unreachable', detail: describeFailure(r) };
    }
}
/** `GET /oauth/token/info` (Doorkeeper, reference §2.1). */
function readTokenInfo(outcome) {
    if (!outcome.ok)
        return { kind: 'unavailable', detail: outcome.error.message };
    const r = outcome.response;
    if (r.status === 401 &&
        (/invalid_token/.test(r.headers['www-authenticate'] ?? '') || errorText(r) === 'invalid_token')) {
        return { kind: 'inaccessible' };
    }
    const body = asRecord(r.json);
    if (r.status !== 200 || !body)
        return { kind: 'unavailable', detail: describeFailure(r) };
    const scopes = scopeStrings(body['scope']);
    if (!scopes)
        return { kind: 'unavailable', detail: notMastodon(r, 'token info') };
    const owner = body['resource_owner_id'];
    const created = body['created_at'];
    return {
        kind: 'ok',
        scopes,
        resourceOwnerId: owner === null || owner === undefined ? null : String(owner),
        createdAt: typeof created === 'number' && created > 0 ? new Date(created * 1000) : undefined,
    };
}
/** `GET /api/v1/apps/verify_credentials` (reference §2.3). */
function readApp(outcome) {
    if (!outcome.ok || outcome.response.status !== 200)
        return undefined;
    const body = asRecord(outcome.response.json);
    const name = text(body?.['name']);
    if (!body || name === undefined)
        return undefined;
    const scopes = scopeStrings(body['scopes']);
    return {
        name,
        website: text(body['website']) || undefined,
        scopes: Array.isArray(body['scopes']) ? scopes : undefined,
    };
}
/** `GET /api/v2/instance` (≥ 4.0) or `/api/v1/instance` (reference §7). */
function readServer(outcome) {
    if (!outcome?.ok || outcome.response.status !== 200)
        return undefined;
    const body = asRecord(outcome.response.json);
    const rawVersion = text(body?.['version']);
    if (!body || rawVersion === undefined)
        return undefined;
    const domain = text(body['domain']) ?? text(body['uri']);
    const sourceUrl = text(body['source_url']) ?? '';
    const compatible = /compatible;\s*(Pleroma|Akkoma)\s+([^\s)]+)/i.exec(rawVersion);
    if (compatible) {
        return { software: (compatible[1] ?? '').toLowerCase(), version: compatible[2] ?? rawVersion, domain };
    }
    if (/gotosocial/i.test(sourceUrl)) {
        // GoToSocial may inject a Mastodon-looking version: "3.5.3+0.17.0" (reference §7).
        return { software: 'gotosocial', version: rawVersion.split('+').pop()?.split(' ')[0] ?? rawVersion, domain };
    }
    return { software: 'mastodon', version: rawVersion, domain };
}
/**
 * A 403 for want of scope: Mastodon's hard-coded text, Doorkeeper ≥ 5.9's `insufficient_scope` (Mastodon ≥ 4.6),
 * GoToSocial's "insufficient scope permission" and Pleroma's "Insufficient permissions: …" (reference §3, §7).
 */
function isScopeRefusal(r) {
    if (r.status !== 403)
        return false;
    const error = errorText(r) ?? '';
    return (error === OUTSIDE_SCOPES ||
        /error="insufficient_scope"/.test(r.headers['www-authenticate'] ?? '') ||
        /insufficient scope|insufficient permissions/i.test(error));
}
/** X-RateLimit-* headers, which Mastodon sets on every /api answer, 401 and 403 included (reference §6). */
function readRateLimit(outcome) {
    if (!outcome.ok)
        return undefined;
    const limit = Number(outcome.response.headers['x-ratelimit-limit']);
    const remaining = Number(outcome.response.headers['x-ratelimit-remaining']);
    const reset = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(outcome.response.headers['x-ratelimit-reset'] ?? '', 64);
    return Number.isFinite(limit) && Number.isFinite(remaining) && limit > 0 ? { limit, remaining, reset } : undefined;
}
/** Mastodon's `{"error": "…"}`, as one clean line. */
function errorText(r) {
    return text(asRecord(r.json)?.['error'], MAX_ERROR_TEXT);
}
function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
function readAccount(json) {
    const body = asRecord(json);
    const id = body?.['id'];
    const username = text(body?.['username']);
    if (!body || (typeof id !== 'string' && typeof id !== 'number') || username === undefined)
        return undefined;
    return { id: String(id), username, acct: text(body['acct']) ?? username, url: text(body['url']) };
}
/** The longest error text kept: Mastodon's are one sentence. */
const MAX_ERROR_TEXT = 300;
/**
 * A string the server chose, as one clean line (util/text.ts): every name, version, domain, URL and error text is
 * read through here, so what the report, the outputs and the logs carry is already safe to print. Anything that is
 * not a string (null included, which real servers send for many fields) is "not told".
 */
function text(value, max) {
    return typeof value === 'string' ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(value, max) : undefined;
}
/**
 * Scope strings as an array (token info, app) or a space-separated string (introspection, other servers): each one
 * word without control characters, at most 100 of them.
 */
function scopeStrings(value) {
    const words = Array.isArray(value)
        ? value.filter((s) => typeof s === 'string')
        : typeof value === 'string'
            ? [value]
            : undefined;
    return words
        ?.flatMap((w) => w.split(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/))
        .map((w) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(w, 100))
        .filter(Boolean)
        .slice(0, 100);
}
function bearerParam(header, name) {
    const value = new RegExp(`${name}="([^"]*)"`).exec(header)?.[1];
    return value === undefined ? undefined : (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(value, MAX_ERROR_TEXT);
}
/** One line on what came back, for a message: status, and the kind of body. */
function describeFailure(r) {
    const error = errorText(r);
    const what = r.status === 429
        ? `rate limited (429) until ${r.headers['x-ratelimit-reset'] ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.headers['x-ratelimit-reset'], { max: 64 }) : 'an unknown time'}`
        : r.status >= 500
            ? `the server failed with ${r.status}`
            : `the server answered ${r.status}`;
    const body = error !== undefined
        ? ` ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(error)}`
        : r.json === undefined && r.text.trim()
            ? ` with a non-JSON body (${kindOfBody(r)})`
            : '';
    const tries = r.attempts > 1 ? ` after ${r.attempts} attempts` : '';
    return `${r.method} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.path)}: ${what}${body}${tries}`;
}
function notMastodon(r, expected) {
    return `${r.method} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.path)}: the server answered ${r.status} ${r.json === undefined ? `with a non-JSON body (${kindOfBody(r)})` : 'with JSON'}, not ${expected}; this does not look like Mastodon's API (a proxy, a maintenance page or another server?)`;
}
function kindOfBody(r) {
    const type = (r.headers['content-type'] ?? '').split(';')[0]?.trim();
    return type ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(type, { max: 80 }) : 'no content type';
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf)
/* harmony export */ });
/** The message of anything thrown, Error or not. */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 9997:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nn: () => (/* binding */ uncode),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   oy: () => (/* binding */ printableLine)
/* harmony export */ });
/* unused harmony exports MAX_SERVER_TEXT, neutraliseCommands, clip */
/**
 * Text that someone else chose (a server's names, versions, error texts, header values; GitHub's URLs), made safe
 * for where this program writes: one line without control characters for logs, terminals and outputs (`oneLine`),
 * an inert code span for Markdown (`code`). DESIGN.md, Safety promises: no server string may start a workflow
 * command, reach a terminal as a control sequence, become active Markdown, HTML or a mention, or grow a body past
 * GitHub's limits. Every such string passes here; nothing else escapes server text.
 *
 * Secrets are not this module's business: text is redacted (util/redact.ts) before it is clipped here, so that a
 * clip can never cut a token in two and leave half of it unrecognisable.
 */
/** Default bound on one server string: far more than any real name or version, small enough for outputs. */
const MAX_SERVER_TEXT = 200;
/**
 * Terminal escape sequences, whole: CSI (`ESC [` … final byte), OSC (`ESC ]` … BEL or ST), the other two-byte ESC
 * sequences, and their 8-bit C1 forms (`\x9b` CSI, `\x9d` OSC). Removed before single control characters, so that
 * no parameter bytes of a sequence are left behind as text.
 */
const TERMINAL_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b[ -~]?/g;
/**
 * Characters that end a line for some reader (CR alone ends one for the Actions runner; NEL, LS and PS for others),
 * other C0 and C1 controls, DEL, and the invisible ones that reorder or hide text on screen: bidirectional overrides
 * and isolates, zero-width spaces and the byte-order mark. The zero-width joiner stays (emoji sequences need it), and
 * so does the word joiner, which `neutraliseCommands` puts in.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u2028-\u202e\u2061-\u206f\ufeff\ufff9-\ufffb]/g;
/**
 * One line of plain text: escape sequences and control characters removed (each run of them and of white space
 * becomes one space), workflow-command forms neutralised, clipped to `max` characters. For strings a server or
 * GitHub chose, before they are printed, written to an output, or put into a report.
 */
function oneLine(text, max = MAX_SERVER_TEXT) {
    const flat = String(text).replace(TERMINAL_SEQUENCES, ' ').replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
    return clip(neutraliseCommands(flat), max);
}
/**
 * A line this program is about to print, made safe as a whole: what `oneLine` does, without clipping and without
 * touching the line's own leading indentation. The last guard for stdout and stderr, after every server string in
 * the line has already passed `oneLine`.
 */
function printableLine(line) {
    const indent = /^ */.exec(line)?.[0] ?? '';
    const rest = line
        .slice(indent.length)
        .replace(TERMINAL_SEQUENCES, ' ')
        .replace(CONTROLS, ' ')
        .replace(/[ \t]+$/, '');
    return indent + neutraliseCommands(rest);
}
/**
 * The Actions runner reads `::name::` at the start of a line (leading white space allowed), and its older form
 * `##[name]` anywhere in a line. A word joiner inside each keeps the text readable and inert: the runner no longer
 * sees a command, a reader sees the same characters.
 */
function neutraliseCommands(text) {
    return text.replace(/^(\s*):(?=:)/, '$1:\u2060').replace(/##\[/g, '#\u2060#[');
}
/** At most `max` characters (code points, never half a surrogate pair), with `…` when cut. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    const points = Array.from(text);
    if (points.length <= max)
        return text;
    return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/**
 * The one Markdown escaper for text someone else chose: one line (`oneLine`), clipped, inside a code span whose
 * fence is longer than any run of backticks in it, so nothing inside can close it. Inside a code span nothing is
 * active: no emphasis, link, image, HTML tag or comment, @mention, #reference or autolink. The text itself is kept
 * (a backtick stays a backtick). In a table cell a `|` still splits the cell, so tables escape pipes as a whole row
 * (report/markdown.ts).
 */
function code(text, options = {}) {
    const content = oneLine(text, options.max ?? MAX_SERVER_TEXT);
    if (content === '')
        return '(empty)';
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space from each end when both ends have one: pad when the content starts or ends with a
    // backtick (it would join the fence) or with a space (it would be stripped).
    const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/** Code spans back to their text, for plain-text sinks (a terminal, an annotation's title). */
function uncode(markdown) {
    return markdown.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (_, _fence, inner) => /^ [\s\S]* $/.test(inner) && inner.trim() !== '' ? inner.slice(1, -1) : inner);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
