#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ checkToken),
  b: () => (/* binding */ startCheck)
});

// EXTERNAL MODULE: ./src/evaluate/findings/voice.ts
var findings_voice = __nccwpck_require__(7912);
;// CONCATENATED MODULE: ./src/evaluate/findings/age.ts

const DAY_MS = 86_400_000;
/** How far a server's clock may run ahead of the runner's before its `created_at` is no time at all. */
const CLOCK_SKEW_MS = DAY_MS;
/**
 * The token's age from token info's `created_at` (already a plausible time, or the reason it is not: see
 * mastodon/answers.ts): a time in the future is no age, never a negative one that passes any policy.
 */
function tokenAge(createdAt, unusable, now) {
    if (!createdAt)
        return { createdAt: undefined, ageDays: undefined, problem: unusable };
    const ms = now.getTime() - createdAt.getTime();
    if (ms < -CLOCK_SKEW_MS) {
        return { createdAt: undefined, ageDays: undefined, problem: `\`${createdAt.toISOString()}\`, in the future` };
    }
    return { createdAt, ageDays: Math.max(0, Math.floor(ms / DAY_MS)), problem: undefined };
}
function ageFindings(age, maxTokenAgeDays, newToken, voice = (0,findings_voice/* voiceFor */.s)()) {
    if (maxTokenAgeDays === undefined)
        return [];
    const { ageDays, problem } = age;
    if (ageDays === undefined) {
        return [
            problem
                ? {
                    id: 'age-unknown',
                    // The policy could not be checked although the instance claimed to tell: worth a look, not a pass.
                    severity: 'warning',
                    title: 'Token age unknown',
                    message: `${voice.setting('max-token-age-days')} is ${maxTokenAgeDays}, but the instance gives the token's creation time (\`created_at\` in token info) as ${problem}, which is no usable time: the token's age is unknown, and the rotation policy was not checked.`,
                    fix: ["Check the token's age under Authorized apps on the instance, and rotate it if it is due."],
                }
                : {
                    id: 'age-unknown',
                    severity: 'notice',
                    title: 'Token age unknown',
                    message: `${voice.setting('max-token-age-days')} is ${maxTokenAgeDays}, but the instance does not tell when this token was created.`,
                    fix: [],
                },
        ];
    }
    if (ageDays > maxTokenAgeDays) {
        return [
            {
                id: 'token-old',
                severity: 'warning',
                title: 'Token due for rotation',
                message: `The token is ${ageDays} days old, older than ${voice.setting('max-token-age-days')} (${maxTokenAgeDays}).`,
                fix: newToken,
            },
        ];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/evaluate/findings/expiry.ts
const expiry_DAY_MS = 86_400_000;
/** Sooner than this is a warning: time enough to make and store a new token. */
const EXPIRY_WARNING_DAYS = 30;
function expiryFindings(expiresAt, tokenState, now, newToken) {
    if (!expiresAt || tokenState !== 'active')
        return [];
    const daysLeft = Math.floor((expiresAt.getTime() - now.getTime()) / expiry_DAY_MS);
    if (daysLeft >= EXPIRY_WARNING_DAYS)
        return [];
    return [
        {
            id: 'token-expiring',
            severity: 'warning',
            title: 'Token expiring',
            message: `The token expires on ${expiresAt.toISOString().slice(0, 10)}, in ${Math.max(daysLeft, 0)} day(s); after that the instance answers as for an unknown token and the bot stops working.`,
            fix: [...newToken],
        },
    ];
}

// EXTERNAL MODULE: ./src/mastodon/scopes.ts
var mastodon_scopes = __nccwpck_require__(7878);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(9997);
;// CONCATENATED MODULE: ./src/evaluate/findings/fix.ts



/** The steps to a new token with exactly the declared scopes, where to store it, and the old one revoked. */
function newTokenSteps(links, required, declared, options = { voice: (0,findings_voice/* voiceFor */.s)(), revokeOld: true }) {
    // `follow` is deprecated and is no granular box to tick: name what to tick instead of it.
    const granular = required.filter((s) => s !== 'follow').map((s) => (0,util_text/* code */.aY)(s));
    if (required.includes('follow')) {
        granular.push('the granular scopes the bot uses from `read:follows` `write:follows` `read:blocks` `write:blocks` `read:mutes` `write:mutes` (not the deprecated `follow`)');
    }
    const scopes = declared
        ? `only ${granular.join(required.includes('follow') ? ', ' : ' ')}`
        : 'only the scopes the bot uses';
    const steps = [
        `Make a new token: Preferences → Development → New application (${links.newApplication}), tick ${scopes}, save, open the app and copy "Your access token".`,
        options.voice.storeStep,
    ];
    if (options.revokeOld)
        steps.push(`Revoke the old app under Authorized apps (${links.authorizedApps}).`);
    if (options.instance)
        steps.push(oneCommandStep(options.instance, required, declared, options));
    return steps;
}
/**
 * The same fix as one command (src/commands): `rotate` while the old token works (new token made, checked and stored,
 * then the old one revoked), `mint` when there is nothing left to revoke.
 */
function oneCommandStep(instance, required, declared, options) {
    const scopes = declared && required.length > 0 ? required.join(' ') : '…';
    const store = options.voice.surface === 'cli' ? '--output FILE' : '--github-secret SECRET_NAME';
    const command = options.revokeOld ? 'rotate' : 'mint';
    const line = `npx mastodon-token-health ${command} --instance ${instance} --scopes "${scopes}" ${store}`;
    return options.revokeOld
        ? `Or all of this in one command, in a terminal with the old token in \`MASTODON_ACCESS_TOKEN\`: \`${line}\` (it makes the new token, checks it, stores it, then revokes the old one).`
        : `Or in one command, in a terminal: \`${line}\` (it makes the new token, checks it and stores it).`;
}
function broadAdvice(excess, required) {
    const broad = excess.filter((e) => required.some((r) => (0,mastodon_scopes/* scopeInfo */.f8)(r)?.parent === e));
    return broad.length > 0
        ? ` ${broad.map((s) => (0,util_text/* code */.aY)(s)).join(', ')} covers what is needed but grants far more than ${required
            .filter((r) => broad.includes((0,mastodon_scopes/* scopeInfo */.f8)(r)?.parent ?? ''))
            .map((s) => (0,util_text/* code */.aY)(s))
            .join(' ')}.`
        : '';
}

// EXTERNAL MODULE: ./src/evaluate/links.ts
var evaluate_links = __nccwpck_require__(2650);
// EXTERNAL MODULE: ./src/evaluate/verdict.ts
var verdict = __nccwpck_require__(6250);
// EXTERNAL MODULE: ./src/evaluate/findings/inputs.ts
var inputs = __nccwpck_require__(7105);
;// CONCATENATED MODULE: ./src/evaluate/findings/rate-limit.ts

function rateLimitFindings(rateLimit) {
    if (!rateLimit || rateLimit.remaining >= rateLimit.limit / 10)
        return [];
    return [
        {
            id: 'rate-limit-low',
            severity: 'warning',
            title: 'Rate limit nearly spent',
            message: `The token has ${rateLimit.remaining} of ${rateLimit.limit} API requests left in this window (it resets at ${rateLimit.reset ? (0,util_text/* code */.aY)(rateLimit.reset) : 'an unknown time'}): the bot, or something else using this token, is close to being throttled.`,
            fix: [
                "Spread the bot's requests out, or give each tool its own token: Mastodon limits each token to 300 requests per 5 minutes.",
            ],
        },
    ];
}

// EXTERNAL MODULE: ./src/util/version.ts
var util_version = __nccwpck_require__(6092);
// EXTERNAL MODULE: ./src/servers/scopes.ts
var servers_scopes = __nccwpck_require__(2427);
// EXTERNAL MODULE: ./src/servers/identity.ts
var identity = __nccwpck_require__(3072);
;// CONCATENATED MODULE: ./src/evaluate/findings/scopes.ts







/** The granted scopes as the inspection decided them, compared with the declaration. */
function resolveScopes({ scopes, server }, settings, required) {
    const { source } = scopes;
    const granted = [...scopes.granted];
    const undetermined = [...scopes.undetermined];
    // Each server's own hierarchy (docs/servers/*.md §1): Mastodon's when the software is not known.
    const family = server?.family ?? 'mastodon';
    const compared = source && settings.scopesDeclared ? (0,servers_scopes/* compareScopesOn */.i_)(family, granted, required) : { missing: [], excess: [] };
    // An undetermined scope may be held: it is not known to be missing.
    // A scope the server does not have is no need there (findings/servers.ts says so), and cannot be missing.
    const known = (0,servers_scopes/* knownScopes */.rB)(family);
    const missing = compared.missing.filter((m) => !undetermined.some((u) => (0,servers_scopes/* satisfiesOn */.j4)(family, u, m)) && (known?.has(m) ?? true));
    // DESIGN.md: `profile` reads only the owner's own account and lets this check name it: tolerated, never excess.
    const excess = compared.excess.filter((scope) => scope !== 'profile');
    return { granted, source, undetermined, missing, excess };
}
function scopeFindings(scopes, context) {
    const { settings, required, newToken, unreachableSeverity } = context;
    const voice = context.voice ?? (0,findings_voice/* voiceFor */.s)();
    const passMeanwhile = unreachableSeverity === 'failure'
        ? [`To let the run pass while the scopes cannot be established, set ${voice.setting('on-unreachable', 'warn')}.`]
        : [];
    const { probing, server } = context.inspection;
    const { granted, source, undetermined, missing, excess } = scopes;
    const version = server?.software === 'mastodon' ? server.version : undefined;
    const findings = [];
    const add = (finding) => findings.push(finding);
    if (!source) {
        const why = context.inspection.scopes.probingOff
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
                    ...(context.inspection.scopes.probingOff
                        ? [
                            `Set ${voice.setting('probe', 'auto')} (the default) so that harmless requests can establish the scopes.`,
                        ]
                        : []),
                    ...(server && server.family !== 'mastodon'
                        ? []
                        : ['If a proxy blocks `/oauth/token/info`, allow it for GET requests.']),
                    ...passMeanwhile,
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
                'Run the check again later.',
                'If a proxy blocks `/oauth/token/info`, allow it for GET requests: the scopes are then read, not probed.',
                ...passMeanwhile,
            ],
        });
    }
    else if (undetermined.length > 0) {
        add({
            id: 'undetermined-scopes',
            severity: 'notice',
            title: 'Scopes not told apart',
            message: server && server.family !== 'mastodon'
                ? `Whether the token holds ${undetermined.map((s) => (0,util_text/* code */.aY)(s)).join(', ')} could not be established: ${(0,identity/* displayName */.QC)(server)} has no token info, and no harmless request shows ${undetermined.length > 1 ? 'them' : 'it'} apart (its write endpoints act, so they are not probed). A scope held through a parent shows as that parent.`
                : `Probing could not tell whether the token holds ${undetermined.map((s) => (0,util_text/* code */.aY)(s)).join(', ')}: every harmless request that would show it also accepts a scope the token has.`,
            fix: [],
        });
    }
    if (missing.length > 0) {
        const unsupported = version ? missing.filter((m) => !(0,util_version/* versionAtLeast */.z)(version, (0,mastodon_scopes/* scopeInfo */.f8)(m)?.since ?? '0.0.0')) : [];
        add({
            id: 'missing-scopes',
            severity: settings.onMissing === 'fail' ? 'failure' : 'warning',
            status: 'under-scoped',
            title: 'Missing scopes',
            message: `The token lacks ${missing.map((s) => (0,util_text/* code */.aY)(s)).join(', ')}, which the bot declares it needs` +
                (source === 'app' ? ' (the app itself is not registered for them, so no token of it can hold them)' : '') +
                '.' +
                (unsupported.length > 0
                    ? ` ${unsupported.map((s) => `${(0,util_text/* code */.aY)(s)} needs Mastodon ${(0,mastodon_scopes/* scopeInfo */.f8)(s)?.since ?? '?'} or later`).join('; ')}; this server runs ${(0,util_text/* code */.aY)(version ?? '')}.`
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
    if (settings.scopesDeclared && granted.includes('profile') && !required.includes('profile')) {
        add({
            id: 'profile-tolerated',
            severity: 'notice',
            title: 'Undeclared profile tolerated',
            message: "The token holds `profile`, which the bot does not declare. It is not counted as excess: it only reads the account's own profile, and it is what lets this check name the account.",
            fix: [],
        });
    }
    if (!settings.scopesDeclared) {
        add({
            id: 'no-declaration',
            severity: 'notice',
            title: 'No scopes declared',
            message: `No ${voice.setting('required-scopes')} were given, so the granted scopes${granted.length ? ` (${granted.map((s) => (0,util_text/* code */.aY)(s)).join(' ')})` : ''} were reported but not compared with the bot's needs.`,
            fix: [`Declare what the bot uses, e.g. ${voice.setting('required-scopes', 'write:statuses write:media')}.`],
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

// EXTERNAL MODULE: ./src/util/records.ts
var records = __nccwpck_require__(9378);
;// CONCATENATED MODULE: ./src/mastodon/answers.ts


/** Doorkeeper's English descriptions (Mastodon's config/locales/doorkeeper.en.yml, `invalid_token`). */
const REFUSAL_TEXTS = {
    'the access token is invalid': 'invalid',
    'the access token was revoked': 'revoked',
    'the access token expired': 'expired',
};
/** `WWW-Authenticate: Bearer realm="Doorkeeper", error="invalid_token", …`: Doorkeeper refused the token itself. */
function isDoorkeeperRefusal(wwwAuthenticate) {
    return /^\s*Bearer\s+realm="Doorkeeper"/i.test(wwwAuthenticate) && /\berror="invalid_token"/.test(wwwAuthenticate);
}
/**
 * The token was refused; which of revoked, unknown or expired, only an English description says. A server that
 * ignored `?lang=en` answers in its owner's language (Doorkeeper ≥ 5.9 even turns the header's non-ASCII letters into
 * `_`): then the state is "revoked or unknown", and the report says no more than that.
 */
function rejection(header, body) {
    for (const text of [header, body]) {
        const state = text === undefined ? undefined : REFUSAL_TEXTS[text.trim().toLowerCase()];
        if (state)
            return { kind: 'rejected', state, detail: text ?? '' };
    }
    return { kind: 'rejected', state: 'invalid', detail: body ?? header ?? '', unread: true };
}
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
            // Locked-down servers (DISALLOW_UNAUTHENTICATED_API_ACCESS) refuse a token with no user before Doorkeeper runs,
            // with Mastodon's own text and no challenge.
            if (error !== undefined && NEEDS_USER.test(error) && wwwAuthenticate === '')
                return { kind: 'app-only' };
            // Only Doorkeeper's challenge says the token itself was refused (docs/mastodon-fidelity.md §2). A `Basic`
            // challenge, another realm or none at all is a proxy or a gateway in front of the instance.
            if (!isDoorkeeperRefusal(wwwAuthenticate)) {
                return {
                    kind: 'unreachable',
                    detail: `${r.method} ${(0,util_text/* code */.aY)(r.path)}: the server answered 401 ${wwwAuthenticate ? `with the challenge ${(0,util_text/* code */.aY)(wwwAuthenticate, { max: 120 })}` : 'without a challenge'}, not Doorkeeper's (\`Bearer realm="Doorkeeper", error="invalid_token"\`): something in front of the instance (a proxy, a single sign-on gateway) refused the request, so this says nothing about the token`,
                };
            }
            return rejection(bearerParam(wwwAuthenticate, 'error_description'), error);
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
                detail: `the server refused with 403 ${(0,util_text/* code */.aY)(error)}, which is not one of Mastodon's answers`,
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
    // Doorkeeper's refusal, with its challenge (a proxy that drops the header leaves Doorkeeper's body).
    const challenge = r.headers['www-authenticate'] ?? '';
    if (r.status === 401 && (isDoorkeeperRefusal(challenge) || (challenge === '' && errorText(r) === 'invalid_token'))) {
        return { kind: 'inaccessible' };
    }
    const body = (0,records/* asRecord */.q)(r.json);
    if (r.status !== 200 || !body)
        return { kind: 'unavailable', detail: describeFailure(r) };
    const scopes = scopeStrings(body['scope']);
    if (!scopes)
        return { kind: 'unavailable', detail: notMastodon(r, 'token info') };
    const owner = body['resource_owner_id'];
    const created = readCreatedAt(body['created_at']);
    return {
        kind: 'ok',
        scopes,
        resourceOwnerId: owner === null || owner === undefined ? null : String(owner),
        createdAt: created.at,
        ...(created.unusable !== undefined ? { createdAtUnusable: created.unusable } : {}),
    };
}
/** Doorkeeper writes `created_at.to_i`: Unix seconds. Mastodon did not exist before 2016; 2100 is no token's time. */
const EARLIEST_CREATED_AT = Date.UTC(2016, 0, 1) / 1000;
const LATEST_CREATED_AT = Date.UTC(2100, 0, 1) / 1000;
/**
 * Token info's `created_at` as a time, or what was given when it is none: a value past 2100 (milliseconds, garbage),
 * before 2016, negative or not a number is "unknown", never a crash (a Date past year 275760 throws on
 * `toISOString`) nor a negative age.
 */
function readCreatedAt(value) {
    if (value === undefined || value === null)
        return { at: undefined, unusable: undefined };
    if (typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= EARLIEST_CREATED_AT &&
        value < LATEST_CREATED_AT) {
        return { at: new Date(Math.floor(value) * 1000), unusable: undefined };
    }
    return { at: undefined, unusable: (0,util_text/* code */.aY)((0,util_text/* oneLine */.TN)(JSON.stringify(value) ?? String(value), 40)) };
}
/** The scopes verify_credentials accepts (reference §3): a token that holds none of them cannot read its owner. */
const READS_OWNER = ['profile', 'read', 'read:accounts'];
/**
 * Mastodon's two answers about one token must agree: token info and verify_credentials both ask Doorkeeper whether
 * the token is accessible, and verify_credentials then checks the same scopes token info lists. When they disagree,
 * something between the runner and the instance answers for one of them (a proxy, a cache, a rewriting gateway), and
 * neither answer can be trusted: the token's state is unknown, and the report states both facts.
 */
function reconcile(credentials, tokenInfo) {
    if (tokenInfo.kind !== 'ok')
        return credentials;
    const scopes = tokenInfo.scopes.length ? tokenInfo.scopes.map((s) => (0,util_text/* code */.aY)(s)).join(' ') : 'no scope';
    const both = (says) => `the instance's answers contradict each other: ${says}, while token info (\`GET /oauth/token/info\`) accepted it, with ${scopes}. One of them does not come from Mastodon (a proxy or a cache in front of it?), so neither is taken as the token's state`;
    if (credentials.kind === 'rejected') {
        return {
            kind: 'unreachable',
            detail: both(`verify_credentials refused the token (401${credentials.detail ? ` ${(0,util_text/* code */.aY)(credentials.detail)}` : ''})`),
        };
    }
    const readsOwner = tokenInfo.scopes.some((s) => READS_OWNER.includes(s));
    if (credentials.kind === 'account' && !readsOwner) {
        return {
            kind: 'unreachable',
            detail: both(`verify_credentials named the account ${(0,util_text/* code */.aY)(credentials.account.acct)}, which needs one of ${READS_OWNER.map((s) => (0,util_text/* code */.aY)(s)).join(', ')}`),
        };
    }
    return credentials;
}
/** `GET /api/v1/apps/verify_credentials` (reference §2.3). */
function readApp(outcome) {
    if (!outcome.ok || outcome.response.status !== 200)
        return undefined;
    const body = (0,records/* asRecord */.q)(outcome.response.json);
    const name = answers_text(body?.['name']);
    if (!body || name === undefined)
        return undefined;
    const scopes = scopeStrings(body['scopes']);
    return {
        name,
        website: answers_text(body['website']) || undefined,
        scopes: Array.isArray(body['scopes']) ? scopes : undefined,
    };
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
    const reset = (0,util_text/* oneLine */.TN)(outcome.response.headers['x-ratelimit-reset'] ?? '', 64);
    return Number.isFinite(limit) && Number.isFinite(remaining) && limit > 0 ? { limit, remaining, reset } : undefined;
}
/** Mastodon's `{"error": "…"}`, as one clean line. */
function errorText(r) {
    return answers_text((0,records/* asRecord */.q)(r.json)?.['error'], MAX_ERROR_TEXT);
}
function readAccount(json) {
    const body = (0,records/* asRecord */.q)(json);
    const id = body?.['id'];
    const username = answers_text(body?.['username']);
    if (!body || (typeof id !== 'string' && typeof id !== 'number') || username === undefined)
        return undefined;
    return { id: accountId(id), username, acct: answers_text(body['acct']) ?? username, url: answers_text(body['url']) };
}
/**
 * Ids stay strings end to end: Mastodon sends them as strings because its snowflake ids pass 2^53, where a JSON
 * number has already lost digits by the time it is parsed. A number is kept only while it is exact; past that the id
 * is unknown (empty), never a wrong one.
 */
function accountId(id) {
    if (typeof id === 'string')
        return (0,util_text/* oneLine */.TN)(id, 64);
    return Number.isSafeInteger(id) && id >= 0 ? String(id) : '';
}
/** The longest error text kept: Mastodon's are one sentence. */
const MAX_ERROR_TEXT = 300;
/**
 * A string the server chose, as one clean line (util/text.ts): every name, version, domain, URL and error text is
 * read through here, so what the report, the outputs and the logs carry is already safe to print. Anything that is
 * not a string (null included, which real servers send for many fields) is "not told".
 */
function answers_text(value, max) {
    return typeof value === 'string' ? (0,util_text/* oneLine */.TN)(value, max) : undefined;
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
        .map((w) => (0,util_text/* oneLine */.TN)(w, 100))
        .filter(Boolean)
        .slice(0, 100);
}
function bearerParam(header, name) {
    const value = new RegExp(`${name}="([^"]*)"`).exec(header)?.[1];
    return value === undefined ? undefined : (0,util_text/* oneLine */.TN)(value, MAX_ERROR_TEXT);
}
/** One line on what came back, for a message: status, and the kind of body. */
function describeFailure(r) {
    const error = errorText(r);
    const what = r.status === 429
        ? `rate limited (429) until ${r.headers['x-ratelimit-reset'] ? (0,util_text/* code */.aY)(r.headers['x-ratelimit-reset'], { max: 64 }) : 'an unknown time'}`
        : r.status >= 500
            ? `the server failed with ${r.status}`
            : `the server answered ${r.status}`;
    const body = error !== undefined
        ? ` ${(0,util_text/* code */.aY)(error)}`
        : r.json === undefined && r.text.trim()
            ? ` with a non-JSON body (${kindOfBody(r)})`
            : '';
    const tries = r.attempts > 1 ? ` after ${r.attempts} attempts` : '';
    return `${r.method} ${(0,util_text/* code */.aY)(r.path)}: ${what}${body}${tries}`;
}
function notMastodon(r, expected) {
    return `${r.method} ${(0,util_text/* code */.aY)(r.path)}: the server answered ${r.status} ${r.json === undefined ? `with a non-JSON body (${kindOfBody(r)})` : 'with JSON'}, not ${expected}; this does not look like Mastodon's API (a proxy, a maintenance page or another server?)`;
}
function kindOfBody(r) {
    const type = (r.headers['content-type'] ?? '').split(';')[0]?.trim();
    return type ? (0,util_text/* code */.aY)(type, { max: 80 }) : 'no content type';
}

;// CONCATENATED MODULE: ./src/evaluate/findings/token.ts
/** Findings about the token itself: revoked, invalid, expired, account unusable, app-only, unknown. */




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
    const { credentials, instance, links, newToken, unreachableSeverity, server } = context;
    const voice = context.voice ?? (0,findings_voice/* voiceFor */.s)();
    if (credentials.kind === 'refused')
        return [refusedFinding(credentials.causes, credentials.detail, context)];
    if (tokenState === 'unknown' && server?.family === 'misskey')
        return [notSupportedFinding(server, context)];
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
                        : credentials.kind === 'rejected' && credentials.unread
                            ? `The instance refuses this token: it was revoked, or the instance does not know it (deleted with its app, regenerated, mistyped, or made on another instance than ${instance.host}). Which of the two, its answer does not say in a language this check reads (${(0,util_text/* code */.aY)(credentials.detail)}).`
                            : server?.family === 'gotosocial'
                                ? `${(0,identity/* displayName */.QC)(server)} does not know this token: it was revoked or invalidated (GoToSocial deletes a revoked token, so it cannot tell revoked from unknown), deleted with its app, mistyped, or it belongs to another instance than ${instance.host}.`
                                : `The instance does not know this token: it was regenerated or deleted with its app, revoked long enough ago to be purged, mistyped, or it belongs to another instance than ${instance.host}.`,
                fix: [
                    `Check that ${voice.setting('instance')} is the server the token was made on (${instance.host}).`,
                    ...newToken,
                ],
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
                // Mastodon's Development page shows the account's own token; elsewhere a new token is made as the account.
                fix: links
                    ? [
                        `Use the account's own access token: open the app under Development (${links.development}) and copy "Your access token".`,
                        ...newToken.slice(1),
                    ]
                    : [...newToken],
            });
            break;
        case 'unknown':
            add({
                id: 'unreachable',
                severity: unreachableSeverity,
                status: 'unreachable',
                title: 'Token state unknown',
                message: `The token's state could not be established: ${credentials.kind === 'unreachable' ? credentials.detail : 'no usable answer'}. This says nothing about the token itself.`,
                short: `The token's state could not be established (${credentials.kind === 'unreachable' ? credentials.detail : 'no usable answer'}); this says nothing about the token itself.`,
                fix: [
                    `Check that ${voice.setting('instance')} (${instance.origin}) is the Mastodon server's address and that it is up.`,
                    voice.surface === 'cli'
                        ? 'Run the check again later.'
                        : 'Run the check again later; a scheduled run will notice when the server answers again.',
                    ...(context.onUnreachable !== 'warn'
                        ? [
                            `To let the run pass while the server cannot be reached, set ${voice.setting('on-unreachable', 'warn')}.`,
                        ]
                        : []),
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
        case 'refused':
            // The run fails either way; the state names the worst cause the answer allows.
            return credentials.causes.includes('dead-token')
                ? 'invalid'
                : credentials.causes.includes('account-unusable')
                    ? 'account-unusable'
                    : 'app-only';
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
const CAUSE_TEXT = {
    'dead-token': 'the token is dead (revoked, unknown, or expired)',
    'account-unusable': "the account cannot log in (deactivated or suspended, its e-mail not confirmed, not yet approved by the instance's staff, or a password reset pending)",
    'app-only': 'the token is an app-only token (client credentials), with no account behind it',
};
/**
 * A server that gives several causes one answer (GoToSocial's "user not supplied", Pleroma's "Invalid credentials."):
 * the finding says each possible cause and how to tell them apart by hand, never one guessed cause.
 */
function refusedFinding(causes, detail, context) {
    const { instance, newToken, server } = context;
    const software = server ? (0,identity/* displayName */.QC)(server) : 'The instance';
    const status = causes.includes('dead-token')
        ? 'invalid'
        : causes.includes('account-unusable')
            ? 'account-unusable'
            : 'app-only';
    const title = causes.includes('dead-token') ? 'Token or account refused' : 'App-only token, or account unusable';
    return {
        id: `refused:${[...causes].sort().join('+')}`,
        severity: 'failure',
        status,
        title,
        message: `${software} refuses these credentials (${(0,util_text/* code */.aY)(detail)}) and gives the same answer when ${causes.map((c) => CAUSE_TEXT[c]).join(', or when ')}. It does not tell which; the token does not work for the bot either way.`,
        fix: [
            `Log in to ${instance.host} in a browser as the bot's account: if that fails or shows a notice, the account is the problem (contact the instance's staff).`,
            ...(causes.includes('app-only')
                ? [
                    "If the token was obtained with client credentials (`grant_type=client_credentials`), it has no account: make one as the bot's account instead.",
                ]
                : []),
            ...newToken,
        ],
    };
}
function notSupportedFinding(server, context) {
    return {
        id: 'not-supported',
        severity: context.unreachableSeverity,
        status: 'unreachable',
        title: 'Server not supported',
        message: `${context.instance.host} runs ${(0,identity/* displayName */.QC)(server)}, which does not speak Mastodon's client API: its tokens cannot be checked by this action. This says nothing about the token itself.`,
        fix: [
            `Check that \`instance\` is the server the bot posts to; this action checks tokens of Mastodon, GoToSocial, Pleroma and Akkoma servers.`,
            `To keep a workflow that lists this server from failing, set \`on-unreachable: warn\`.`,
        ],
    };
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __nccwpck_require__(6867);
// EXTERNAL MODULE: ./src/servers/pages.ts
var pages = __nccwpck_require__(8468);
;// CONCATENATED MODULE: ./src/evaluate/findings/servers.ts



/** What each server calls the Mastodon scopes it lacks (docs/servers/*.md §1). */
const INSTEAD = {
    gotosocial: {
        follow: '`read:follows`, `write:follows`, `read:blocks`, `write:blocks`, `read:mutes` or `write:mutes`',
    },
    pleroma: { profile: '`read:accounts`' },
    akkoma: { profile: '`read:accounts`' },
};
function serverFindings(inspection, context) {
    const { server } = inspection;
    const { settings, required, unreachableSeverity } = context;
    if (!server || server.family === 'mastodon')
        return { findings: [], scopesJudged: true };
    const name = (0,identity/* displayName */.QC)(server);
    if (server.family === 'other' || server.family === 'misskey') {
        return {
            scopesJudged: false,
            findings: [
                {
                    id: 'server-rules-unknown',
                    ...(settings.scopesDeclared
                        ? { severity: unreachableSeverity, status: 'unreachable' }
                        : { severity: 'notice' }),
                    title: 'Scopes unknown on this server',
                    message: `The token works: the instance answered with its account. But ${name} is not one of the servers whose rules this check knows (Mastodon, GoToSocial, Pleroma, Akkoma), so its scopes were not established${settings.scopesDeclared ? ` and the declared scopes (${required.map((s) => (0,util_text/* code */.aY)(s)).join(' ')}) were not checked` : ''}.`,
                    fix: settings.scopesDeclared
                        ? ['To let the run pass on this server, set `on-unreachable: warn`: liveness is still checked.']
                        : [],
                },
            ],
        };
    }
    const findings = [];
    if (!(0,servers_scopes/* scopesEnforced */.mr)(server.family, server.version)) {
        const severity = settings.onExcess === 'fail' ? 'failure' : settings.onExcess === 'warn' ? 'warning' : 'notice';
        findings.push({
            id: 'scopes-not-enforced',
            severity,
            ...(settings.onExcess === 'ignore' ? {} : { status: 'over-scoped' }),
            title: 'Scopes not enforced',
            message: `${name} does not enforce OAuth scopes (GoToSocial does from ${servers_scopes/* GOTOSOCIAL_SCOPES_SINCE */.wc} on): this token can do everything its account can, whatever scopes it was granted. A leaked token is as powerful as the account.`,
            fix: [
                `Ask the instance's admin to upgrade GoToSocial to ${servers_scopes/* GOTOSOCIAL_SCOPES_SINCE */.wc} or later; from then on a token made with only the needed scopes is held to them.`,
            ],
        });
        return { findings, scopesJudged: false };
    }
    const known = (0,servers_scopes/* knownScopes */.rB)(server.family);
    const absent = known && settings.scopesDeclared ? required.filter((s) => !known.has(s)) : [];
    if (absent.length > 0) {
        const instead = absent.flatMap((s) => {
            const other = INSTEAD[server.family]?.[s];
            return other ? [`instead of ${(0,util_text/* code */.aY)(s)}: ${other}`] : [];
        });
        findings.push({
            id: 'scopes-not-on-server',
            severity: 'warning',
            title: 'Scopes this server does not have',
            message: `${name} has no scope ${absent.map((s) => (0,util_text/* code */.aY)(s)).join(', ')}: no endpoint there checks it, so a token holding it gains nothing from it.${instead.length ? ` Declare what this server uses ${instead.join('; ')}.` : ''}`,
            fix: [],
        });
    }
    return { findings, scopesJudged: true };
}

;// CONCATENATED MODULE: ./src/evaluate/evaluate.ts














function evaluate(settings, inspection, now) {
    const { instance } = settings;
    const { credentials, tokenInfo, app, server } = inspection;
    // Each server's own pages (docs/servers/*.md §6); Mastodon's when the software is not known.
    const family = server?.family ?? 'mastodon';
    const links = (0,pages/* linksOn */.h1)(family, server?.version, instance.origin);
    const required = (0,mastodon_scopes/* sortScopes */.C)(settings.requiredScopes);
    const unreachableSeverity = settings.onUnreachable === 'fail' ? 'failure' : 'warning';
    const voice = (0,findings_voice/* voiceFor */.s)(settings.surface);
    const tokenState = tokenStateOf(inspection);
    // A revoked, unknown or purged token needs no revoking; one that still works does, once it is replaced.
    const revokeOld = !['revoked', 'invalid', 'expired', 'unknown'].includes(tokenState);
    const mastodonSteps = newTokenSteps((0,evaluate_links/* linksFor */.h)(instance.origin), required, settings.scopesDeclared, {
        voice,
        revokeOld,
        instance: instance.host,
    });
    const newToken = (0,pages/* newTokenStepsOn */.W4)(family, server?.version, links, required, settings.scopesDeclared, voice.storeStep)?.slice(0, revokeOld ? undefined : 2) ?? mastodonSteps;
    const findings = tokenFindings(tokenState, {
        credentials,
        instance,
        links,
        newToken,
        unreachableSeverity,
        server,
        voice,
        onUnreachable: settings.onUnreachable,
    });
    const scopesReadable = tokenState !== 'revoked' && tokenState !== 'invalid' && tokenState !== 'expired' && tokenState !== 'unknown';
    // A server whose rules are not known, or that does not enforce scopes, has no scopes to judge (docs/servers/).
    const fromServer = serverFindings(inspection, { settings, required, newToken, unreachableSeverity });
    const none = { granted: [], source: undefined, undetermined: [], missing: [], excess: [] };
    const scopes = scopesReadable && fromServer.scopesJudged ? resolveScopes(inspection, settings, required) : none;
    if (tokenState === 'active') {
        findings.push(...fromServer.findings);
        if (fromServer.scopesJudged)
            findings.push(...scopeFindings(scopes, { settings, required, inspection, newToken, unreachableSeverity, voice }));
    }
    const { granted, source, undetermined, missing, excess } = scopes;
    // Age: a rotation policy, when the instance tells when the token was made.
    const age = tokenInfo.kind === 'ok'
        ? tokenAge(tokenInfo.createdAt, tokenInfo.createdAtUnusable, now)
        : tokenAge(undefined, undefined, now);
    const { createdAt, ageDays } = age;
    if (scopesReadable)
        findings.push(...ageFindings(age, settings.maxTokenAgeDays, newToken, voice));
    findings.push(...expiryFindings(inspection.expiresAt, tokenState, now, newToken));
    findings.push(...rateLimitFindings(inspection.rateLimit));
    findings.push(...(0,inputs/* inputWarningFindings */.n)(settings.inputWarnings, voice));
    const account = credentials.kind === 'account'
        ? {
            handle: credentials.account.acct.includes('@')
                ? `@${credentials.account.acct}`
                : `@${credentials.account.username}@${server?.domain ?? instance.host.replace(/:\d+$/, '')}`,
            id: credentials.account.id,
            url: credentials.account.url,
        }
        : undefined;
    const accountNote = account !== undefined
        ? undefined
        : credentials.kind === 'narrow' && tokenState === 'active'
            ? family === 'pleroma' || family === 'akkoma'
                ? 'The token may not read its owner (it holds neither read nor read:accounts); with `read:accounts` the report would show the account.'
                : 'The token may not read its owner (it holds none of profile, read, read:accounts); with `profile` the report would show the account.'
            : tokenState === 'app-only'
                ? 'No account: the token belongs to the app alone.'
                : tokenState === 'active'
                    ? 'The account could not be read.'
                    : undefined;
    const status = (0,model/* worstStatus */.A4)(findings.flatMap((f) => (f.status ? [f.status] : [])));
    return {
        status,
        tokenState,
        failed: findings.some((f) => f.severity === 'failure'),
        instance: {
            origin: instance.origin,
            host: instance.host,
            software: server?.software,
            // A server that names no version (Misskey, told by its error answer) says '' in the inspection: unknown here.
            version: server?.version || undefined,
        },
        account,
        accountNote,
        app: app ? { name: app.name, website: app.website } : undefined,
        scopes: { granted, required, excess, missing, source, undetermined, declared: settings.scopesDeclared },
        token: { createdAt: createdAt?.toISOString(), ageDays },
        findings,
        sticky: { comment: (0,verdict/* commentVerdict */.J)(findings), issue: (0,verdict/* issueVerdict */.T)(status, settings) },
        links,
        checkedAt: now.toISOString(),
    };
}

// EXTERNAL MODULE: ./src/evaluate/special-reports.ts
var special_reports = __nccwpck_require__(2582);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
// EXTERNAL MODULE: ./src/mastodon/errors.ts
var mastodon_errors = __nccwpck_require__(9244);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __nccwpck_require__(767);
// EXTERNAL MODULE: ./src/util/user-agent.ts
var user_agent = __nccwpck_require__(3237);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
;// CONCATENATED MODULE: ./src/mastodon/exchange.ts
/**
 * The contract between the HTTP client (http.ts) and the protocols that carry its requests (http1.ts, http2.ts):
 * one request out, one answer's head and body back. transport.ts chooses which protocol serves an instance.
 */
/** Headers without HTTP/2's pseudo-headers (`:status`). */
function withoutPseudoHeaders(headers) {
    const plain = {};
    for (const [name, value] of Object.entries(headers)) {
        if (!name.startsWith(':'))
            plain[name] = typeof value === 'number' ? String(value) : value;
    }
    return plain;
}

;// CONCATENATED MODULE: ./src/mastodon/http2.ts
/**
 * One TLS connection to the instance, offering HTTP/2 and HTTP/1.1 through ALPN. When the instance picks HTTP/2,
 * every request is a stream on that connection: one TCP and one TLS handshake for the whole check, where HTTP/1.1
 * needs one per request in flight. When it picks HTTP/1.1 (or no ALPN at all), the connection is handed to http1.ts
 * for the first request and HTTP/1.1 serves the rest of the run.
 *
 * A connection that ends (GOAWAY, an error, a reset) is forgotten: the next request, a retry included, opens a new one.
 */



/** RST_STREAM's CANCEL: the client no longer wants the stream (RFC 9113 §7). */
const CANCEL = 8;
let http2Loading;
const loadHttp2 = () => (http2Loading ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2467, 23)));
/** Opens a TLS connection to the origin offering h2 and http/1.1, with every listener it needs from the start. */
function openTls(origin) {
    const host = origin.hostname.replace(/^\[|\]$/g, '');
    const socket = (0,external_node_tls_namespaceObject.connect)({
        host,
        port: Number(origin.port || 443),
        ALPNProtocols: ['h2', 'http/1.1'],
        // An IP address is no server name (RFC 6066 §3): SNI only for a host name.
        ...((0,external_node_net_namespaceObject.isIP)(host) ? {} : { servername: host }),
    });
    // node:http2 loads while the handshake is in flight: once the ClientHello is out, not before it.
    socket.once('connect', () => setImmediate(() => void loadHttp2().catch(() => { })));
    const secured = new Promise((resolve, reject) => {
        socket.once('secureConnect', () => resolve(socket));
        socket.on('error', reject);
    });
    // Whoever takes the connection awaits this; until then a failed handshake is only remembered.
    secured.catch(() => { });
    return { socket, secured };
}
/** The connection index.ts opened before the rest of the action loaded (transport.ts `preconnect`), until taken. */
let early;
/**
 * Opens the connection the first request to `origin` will take. Resolves once the TCP connection is up and the
 * ClientHello written, or the attempt has failed (the request that takes it will see why).
 */
function http2_openEarly(origin) {
    early?.opened.socket.destroy();
    const opened = openTls(origin);
    early = { origin: origin.origin, opened };
    return new Promise((resolve) => {
        // Listeners run in order: node:tls's own, which writes the ClientHello, came first.
        opened.socket.once('connect', () => resolve());
        opened.socket.once('close', () => resolve());
    });
}
/** Closes the early connection if no request took it: the run made no request to its origin. */
function http2_discardEarly() {
    early?.opened.socket.destroy();
    early = undefined;
}
function takeEarly(origin) {
    if (early?.origin !== origin.origin)
        return undefined;
    const { opened } = early;
    early = undefined;
    return opened;
}
function createAlpnTransport(origin, http1) {
    let route;
    let fallback;
    const sessions = new Set();
    const sockets = new Set();
    let closed = false;
    async function connect(signal) {
        // The first connection may be open already, its handshake under way or done (index.ts); later ones are new.
        const { socket: tls, secured } = takeEarly(origin) ?? openTls(origin);
        sockets.add(tls);
        tls.once('close', () => sockets.delete(tls));
        const abort = () => tls.destroy(signal.reason);
        if (signal.aborted)
            abort();
        signal.addEventListener('abort', abort, { once: true });
        let socket;
        try {
            socket = await secured;
        }
        finally {
            signal.removeEventListener('abort', abort);
        }
        if (socket.alpnProtocol !== 'h2') {
            fallback ??= http1(socket);
            return { http1: fallback };
        }
        const { connect: connectHttp2 } = await loadHttp2();
        const session = connectHttp2(origin.origin, { createConnection: () => socket });
        sessions.add(session);
        // Each stream reports the failure of its session; the session's own error needs a listener all the same.
        session.on('error', () => { });
        session.once('close', () => sessions.delete(session));
        if (closed)
            session.destroy();
        return { session };
    }
    /** The route in use; a new connection when there is none or the last one ended. */
    function current(signal) {
        if (fallback)
            return Promise.resolve({ http1: fallback });
        if (route === undefined) {
            const attempt = connect(signal);
            route = attempt;
            const forget = () => {
                if (route === attempt)
                    route = undefined;
            };
            attempt.then((r) => {
                if ('session' in r) {
                    r.session.once('goaway', forget);
                    r.session.once('close', forget);
                    if (r.session.closed || r.session.destroyed)
                        forget();
                }
            }, forget);
        }
        return route;
    }
    return {
        async exchange(exchange) {
            let r;
            try {
                r = await current(exchange.signal);
            }
            catch (error) {
                exchange.onWritten();
                throw error;
            }
            return 'http1' in r ? r.http1.exchange(exchange) : onStream(r.session, exchange);
        },
        close() {
            closed = true;
            for (const session of sessions)
                session.destroy();
            for (const socket of sockets)
                socket.destroy();
            fallback?.close();
        },
    };
}
function onStream(session, { method, url, headers, signal, onWritten }) {
    return new Promise((resolve, reject) => {
        let answered = false;
        const fail = (error) => {
            onWritten();
            if (!answered)
                reject(error);
        };
        let stream;
        try {
            stream = session.request({
                ':method': method,
                ':path': `${url.pathname}${url.search}`,
                ...headers,
                // As over HTTP/1.1: a probe's POST or PUT says that it carries no body.
                ...(method === 'GET' || method === 'HEAD' ? {} : { 'content-length': '0' }),
            }, { endStream: true, signal });
        }
        catch (error) {
            // The session ended between being chosen and this request (GOAWAY): a network fault, retried on a new one.
            fail(error);
            return;
        }
        // The HEADERS frame is written when nghttp2 next flushes, after the stream is open ('ready', which a session
        // already connected emits before request() returns).
        const written = () => setImmediate(() => setImmediate(onWritten));
        if (stream.pending)
            stream.once('ready', written);
        else
            written();
        stream.on('error', fail);
        stream.once('close', () => {
            // A reset without an error code (NO_ERROR) closes the stream without an 'error'.
            if (!answered)
                fail(http2Closed(stream.rstCode));
        });
        stream.once('response', (head) => {
            answered = true;
            resolve({
                status: Number(head[':status'] ?? 0),
                headers: withoutPseudoHeaders(head),
                body: stream,
                discard: () => stream.resume(),
                abandon: () => stream.close(CANCEL),
            });
        });
    });
}
function http2Closed(rstCode) {
    return Object.assign(new Error(`the HTTP/2 stream closed before an answer (code ${rstCode ?? 'none'})`), {
        code: 'ERR_HTTP2_STREAM_ERROR',
    });
}

;// CONCATENATED MODULE: ./src/mastodon/http1.ts
function createHttp1Transport(options) {
    let loaded;
    let agent;
    let spare = options.spare;
    const load = () => (loaded ??= (async () => {
        const http = options.secure ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
        agent = new http.Agent({ keepAlive: true, ...(options.proxyEnv ? { proxyEnv: options.proxyEnv } : {}) });
        const create = agent.createConnection.bind(agent);
        agent.createConnection = (connectOptions, callback) => {
            const socket = spare;
            spare = undefined;
            return socket && !socket.destroyed ? socket : create(connectOptions, callback);
        };
        return { agent, send: http.request };
    })());
    return {
        async exchange({ method, url, headers, signal, onWritten }) {
            const { agent, send } = await load();
            return new Promise((resolve, reject) => {
                const request = send(url, { method, agent, signal, headers });
                request.once('response', (response) => resolve({
                    status: response.statusCode ?? 0,
                    headers: response.headers,
                    body: response,
                    discard: () => response.resume(),
                    abandon: () => response.destroy(),
                }));
                request.once('error', (error) => {
                    onWritten();
                    reject(error);
                });
                whenWritten(request, onWritten);
                // Ended before any write: Node sends Content-Length: 0, so a probe's POST or PUT carries no body.
                request.end();
            });
        },
        close() {
            agent?.destroy();
            spare?.destroy();
        },
    };
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

;// CONCATENATED MODULE: ./src/mastodon/transport.ts


/** The proxy variables Node's built-in proxy support reads for https (NO_PROXY is applied by it, per host). */
function proxyConfigured(env) {
    return Boolean(env['HTTPS_PROXY'] || env['https_proxy']);
}
function createTransport({ origin, isLoopback }) {
    const secure = origin.protocol === 'https:';
    if (!usesAlpn({ origin, isLoopback })) {
        return createHttp1Transport({ secure, proxyEnv: isLoopback ? undefined : process.env });
    }
    return createAlpnTransport(origin, (spare) => createHttp1Transport({ secure, spare }));
}
/**
 * Whether the requests go over one TLS connection offering h2 (http2.ts): https with no proxy. A proxy from the
 * environment (HTTPS_PROXY, NO_PROXY: self-hosted runners) is honoured for real instances, by Node's built-in proxy
 * support (`proxyEnv`, Node 24.5+; the runner's node24 is newer); loopback never goes through one. Through a proxy,
 * and over plain http, the requests are HTTP/1.1 (http1.ts).
 */
function usesAlpn({ origin, isLoopback }) {
    return origin.protocol === 'https:' && (isLoopback || !proxyConfigured(process.env));
}
/**
 * Opens the connection to the instance that the first request will take, before the rest of the action has loaded
 * (index.ts): the TCP and TLS handshakes run while Node loads and reads the settings. Only where the requests would
 * open this very connection (`usesAlpn`); nothing but the handshake goes over it until a request takes it, so a run
 * that makes no request (bad inputs, a skipped check) sends nothing and discards it (`discardPreconnection`).
 * Resolves once the ClientHello is written (or the attempt failed); at once when nothing was opened.
 */
function preconnect(options) {
    return usesAlpn(options) ? openEarly(options.origin) : Promise.resolve();
}
/** Closes the connection `preconnect` opened if no request took it. Idempotent. */
function discardPreconnection() {
    discardEarly();
}

;// CONCATENATED MODULE: ./src/mastodon/http.ts
/**
 * The one HTTP client: the token only to the instance's origin, every request bounded by the check's deadline,
 * transient faults retried. The protocol underneath is transport.ts's: HTTP/2 on one connection when the instance
 * offers it, else HTTP/1.1, all on Node's own http, https, http2 and tls (undici as a bundled dependency was most of
 * dist/index.js and a large part of the start-up time: npm run bench).
 */






/** What is read of a body at most: every answer we use is a few kB; a larger one is not Mastodon's. */
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 3;
const MAX_ATTEMPTS = 3;
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function createHttpClient(options) {
    const { origin, token, deadline } = options;
    const sleep = options.sleep ?? defaultSleep;
    // A proxy, an echo service or a debug page may send the Authorization header back. What the server sent is
    // cleaned of the token here, before anything reads it: later code clips server texts to a length, and a token cut
    // in two would slip past the redaction of what the program writes. The raw text and headers are cleaned of every
    // form of it (util/redact.ts), and the parsed JSON again: JSON.parse turns escapes into characters.
    const scrub = options.redact ?? (0,redact/* createRedactor */.lY)((0,redact/* secretForms */.eo)(token));
    const transport = createTransport({ origin: new URL(origin), isLoopback: options.isLoopback });
    let unwritten = 0;
    let markWaveWritten = () => { };
    const firstWaveWritten = new Promise((resolve) => (markWaveWritten = resolve));
    // The redactor's pattern compiles while the answers are awaited, not when they arrive (util/redact.ts says why).
    void firstWaveWritten.then(() => (0,redact/* warmRedactor */.aU)(scrub));
    /** Resolves once the status line and headers are in; the body is read by the caller. */
    function exchange(url, method, auth, signal) {
        unwritten++;
        let written = false;
        const onWritten = () => {
            if (written)
                return;
            written = true;
            // Settling again (a later wave) is a no-op.
            if (--unwritten === 0)
                markWaveWritten();
        };
        const headers = {
            accept: 'application/json',
            // Pleroma and Akkoma translate their error texts by Accept-Language, not `?lang=` (docs/servers/akkoma.md §3).
            'accept-language': 'en',
            'user-agent': user_agent/* USER_AGENT */._,
            ...(auth ? { authorization: `Bearer ${token}` } : {}),
        };
        return transport.exchange({ method, url, headers, signal, onWritten });
    }
    async function once(method, path, auth) {
        let current = path;
        for (let hop = 0;; hop++) {
            const url = new URL(current, origin);
            const shownUrl = `${url.origin}${url.pathname}${url.search}`;
            const remaining = deadline - Date.now();
            if (remaining <= 0)
                throw new mastodon_errors/* RequestError */.G('timeout', method, shownUrl, 'no time left within timeout-seconds');
            // One signal bounds the connection, the headers and the body alike.
            const signal = AbortSignal.timeout(remaining);
            let answer;
            try {
                answer = await exchange(url, method, auth, signal);
            }
            catch (error) {
                throw toRequestError(signal.aborted ? signal.reason : error, method, shownUrl);
            }
            const status = answer.status;
            const headers = flattenHeaders(answer.headers, scrub);
            const location = headers['location'];
            if (status >= 300 && status < 400 && location !== undefined) {
                answer.discard();
                const target = safeUrl(location, url);
                if (!target || target.origin !== new URL(origin).origin) {
                    // The token never follows a redirect to another origin (DESIGN.md, safety promises).
                    throw new mastodon_errors/* RequestError */.G('redirect', method, shownUrl, `the server redirected to ${target ? (0,util_text/* code */.aY)(target.origin) : 'an invalid address'}, another origin; the request was not repeated there, so the token was not sent`);
                }
                if (method !== 'GET' || hop >= MAX_REDIRECTS) {
                    throw new mastodon_errors/* RequestError */.G('redirect', method, shownUrl, `too many redirects or a redirect of a ${method} request`);
                }
                current = `${target.pathname}${target.search}`;
                continue;
            }
            const text = scrub(await readCapped(answer, method, shownUrl, signal));
            return { method, path: current, status, headers, text, json: (0,redact/* redactDeep */.KL)(parseJson(text, headers), scrub) };
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
                    options.debug?.(`${method} ${path} -> ${(0,errors/* messageOf */.b)(error)} (attempt ${attempt})`);
                    const retryable = error instanceof mastodon_errors/* RequestError */.G && error.kind === 'network';
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
        firstWaveWritten,
        async close() {
            markWaveWritten();
            transport.close();
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
async function readCapped(answer, method, url, signal) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of answer.body) {
            const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            size += buffer.length;
            if (size > MAX_BODY_BYTES) {
                answer.abandon();
                throw new mastodon_errors/* RequestError */.G('too-large', method, url, `the answer is larger than ${MAX_BODY_BYTES} bytes; not Mastodon's`);
            }
            chunks.push(buffer);
        }
    }
    catch (error) {
        if (error instanceof mastodon_errors/* RequestError */.G)
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
    ERR_STREAM_PREMATURE_CLOSE: 'the server closed the connection before it answered in full',
    ERR_HTTP2_STREAM_ERROR: 'the server reset the request (HTTP/2 RST_STREAM) before it answered in full',
    ERR_HTTP2_STREAM_CANCEL: 'the HTTP/2 connection ended before the server answered',
    ERR_HTTP2_GOAWAY_SESSION: 'the server was closing the HTTP/2 connection (GOAWAY)',
    ERR_HTTP2_SESSION_ERROR: 'the server closed the HTTP/2 connection with an error (GOAWAY)',
    ERR_HTTP2_INVALID_SESSION: 'the HTTP/2 connection had already ended',
    ERR_HTTP2_ERROR: 'the server broke the HTTP/2 protocol',
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
        detail = `the connection failed (${code || (0,errors/* messageOf */.b)(error)})${meaning ? `: ${meaning}` : ''}`;
    }
    return new mastodon_errors/* RequestError */.G(kind, method, url, detail, { cause: error });
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

;// CONCATENATED MODULE: ./src/mastodon/probes.ts
/**
 * Harmless requests that tell whether a token holds a scope, for servers whose token info cannot be read
 * (reference/mastodon-server-behaviour.md §4). Every probe either reads, or targets id 0, which no record has, so
 * the lookup fails before any action runs: none changes application data, granted or not. Each lists the scopes its
 * endpoint accepts (any-of), as the endpoint-scope table says; a test keeps the two equal.
 */


/**
 * The answers that mean "granted" on this server version; on an unknown version, any of them. Mastodon 4.5.3
 * (GHSA-gwhw-gcjx-72v8) made a missing status answer `Not Found` like a private one, where it said `Record not
 * found` before (docs/mastodon-fidelity.md §1).
 */
function grantedAnswers(p, version) {
    if (!p.grantedBefore)
        return p.granted;
    if (version === undefined)
        return [...new Set([...p.granted, ...p.grantedBefore.granted])];
    return (0,util_version/* versionAtLeast */.z)(version, p.grantedBefore.version) ? p.granted : p.grantedBefore.granted;
}
/**
 * The status lookups that 4.5.3 rescued: `Not Found` since. Before it `Record not found`, and `Not Found` too where
 * a 4.4 or 4.3 security release of the same day carried the fix (M's changelog does not say).
 */
const STATUS_LOOKUP_GRANTED = {
    granted: ['not-found'],
    grantedBefore: { version: '4.5.3', granted: ['record-not-found', 'not-found'] },
};
/**
 * One row per probe. Where a newer route replaced an older one, both are listed, each with the versions it applies to
 * (`since`, and `before` for the older).
 */
const PROBES = [
    {
        scope: 'read:accounts',
        method: 'GET',
        path: '/api/v1/preferences',
        route: '/api/v1/preferences',
        accepts: ['read', 'read:accounts'],
        since: '2.8.0',
        granted: ['ok'],
    },
    {
        scope: 'read:blocks',
        method: 'GET',
        path: '/api/v1/blocks?limit=1',
        route: '/api/v1/blocks',
        accepts: ['follow', 'read', 'read:blocks'],
        since: '0.0.0',
        granted: ['ok'],
    },
    {
        scope: 'read:bookmarks',
        method: 'GET',
        path: '/api/v1/bookmarks?limit=1',
        route: '/api/v1/bookmarks',
        accepts: ['read', 'read:bookmarks'],
        since: '3.1.0',
        granted: ['ok'],
    },
    {
        scope: 'read:collections',
        method: 'GET',
        path: '/api/v1/collections/0',
        route: '/api/v1/collections/:id',
        accepts: ['read', 'read:collections'],
        since: '4.6.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'read:favourites',
        method: 'GET',
        path: '/api/v1/favourites?limit=1',
        route: '/api/v1/favourites',
        accepts: ['read', 'read:favourites'],
        since: '0.0.0',
        granted: ['ok'],
    },
    {
        scope: 'read:filters',
        method: 'GET',
        path: '/api/v2/filters',
        route: '/api/v2/filters',
        accepts: ['read', 'read:filters'],
        since: '4.0.0',
        granted: ['ok'],
    },
    {
        scope: 'read:filters',
        method: 'GET',
        path: '/api/v1/filters',
        route: '/api/v1/filters',
        accepts: ['read', 'read:filters'],
        since: '0.0.0',
        before: '4.0.0',
        granted: ['ok'],
    },
    // relationships does not accept `follow`, which is how `read:follows` is told from `follow`.
    {
        scope: 'read:follows',
        method: 'GET',
        path: '/api/v1/accounts/relationships',
        route: '/api/v1/accounts/relationships',
        accepts: ['read', 'read:follows'],
        since: '0.0.0',
        granted: ['ok'],
    },
    {
        scope: 'read:lists',
        method: 'GET',
        path: '/api/v1/lists',
        route: '/api/v1/lists',
        accepts: ['read', 'read:lists'],
        since: '0.0.0',
        granted: ['ok'],
    },
    {
        scope: 'read:mutes',
        method: 'GET',
        path: '/api/v1/mutes?limit=1',
        route: '/api/v1/mutes',
        accepts: ['follow', 'read', 'read:mutes'],
        since: '0.0.0',
        granted: ['ok'],
    },
    {
        scope: 'read:notifications',
        method: 'GET',
        path: '/api/v1/notifications?limit=1',
        route: '/api/v1/notifications',
        accepts: ['read', 'read:notifications'],
        since: '0.0.0',
        granted: ['ok'],
    },
    // Without `q` the scope check passes and parameter validation answers 400: no search runs.
    {
        scope: 'read:search',
        method: 'GET',
        path: '/api/v2/search',
        route: '/api/v2/search',
        accepts: ['read', 'read:search'],
        since: '2.4.1',
        granted: ['bad-request'],
    },
    // Not timelines/home, which can answer 206 while a feed regenerates.
    {
        scope: 'read:statuses',
        method: 'GET',
        path: '/api/v1/markers',
        route: '/api/v1/markers',
        accepts: ['read', 'read:statuses'],
        since: '3.0.0',
        granted: ['ok'],
    },
    {
        scope: 'follow',
        method: 'GET',
        path: '/api/v1/follow_requests?limit=1',
        route: '/api/v1/follow_requests',
        accepts: ['follow', 'read', 'read:follows'],
        since: '0.0.0',
        granted: ['ok'],
    },
    {
        scope: 'profile',
        method: 'GET',
        path: '/oauth/userinfo',
        route: '/oauth/userinfo',
        accepts: ['profile'],
        since: '4.4.0',
        granted: ['ok'],
    },
    // 404 "Not Found" means no subscription exists for this token: still granted.
    {
        scope: 'push',
        method: 'GET',
        path: '/api/v1/push/subscription',
        route: '/api/v1/push/subscription',
        accepts: ['push'],
        since: '2.4.0',
        granted: ['ok', 'not-found'],
    },
    {
        scope: 'write:accounts',
        method: 'POST',
        path: '/api/v1/accounts/0/note',
        route: '/api/v1/accounts/:account_id/note',
        accepts: ['write', 'write:accounts'],
        since: '3.2.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'write:blocks',
        method: 'POST',
        path: '/api/v1/accounts/0/unblock',
        route: '/api/v1/accounts/:id/unblock',
        accepts: ['follow', 'write', 'write:blocks'],
        since: '0.0.0',
        granted: ['record-not-found'],
    },
    // The un- actions: bookmark/favourite look the status up before the scope check (§4.1).
    {
        scope: 'write:bookmarks',
        method: 'POST',
        path: '/api/v1/statuses/0/unbookmark',
        route: '/api/v1/statuses/:status_id/unbookmark',
        accepts: ['write', 'write:bookmarks'],
        since: '3.1.0',
        ...STATUS_LOOKUP_GRANTED,
    },
    {
        scope: 'write:collections',
        method: 'PATCH',
        path: '/api/v1/collections/0',
        route: '/api/v1/collections/:id',
        accepts: ['write', 'write:collections'],
        since: '4.6.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'write:conversations',
        method: 'POST',
        path: '/api/v1/conversations/0/read',
        route: '/api/v1/conversations/:id/read',
        accepts: ['write', 'write:conversations'],
        since: '2.6.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'write:favourites',
        method: 'POST',
        path: '/api/v1/statuses/0/unfavourite',
        route: '/api/v1/statuses/:status_id/unfavourite',
        accepts: ['write', 'write:favourites'],
        since: '0.0.0',
        ...STATUS_LOOKUP_GRANTED,
    },
    {
        scope: 'write:filters',
        method: 'PUT',
        path: '/api/v2/filters/0',
        route: '/api/v2/filters/:id',
        accepts: ['write', 'write:filters'],
        since: '4.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'write:filters',
        method: 'PUT',
        path: '/api/v1/filters/0',
        route: '/api/v1/filters/:id',
        accepts: ['write', 'write:filters'],
        since: '0.0.0',
        before: '4.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'write:follows',
        method: 'POST',
        path: '/api/v1/accounts/0/unfollow',
        route: '/api/v1/accounts/:id/unfollow',
        accepts: ['follow', 'write', 'write:follows'],
        since: '0.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'write:lists',
        method: 'PUT',
        path: '/api/v1/lists/0',
        route: '/api/v1/lists/:id',
        accepts: ['write', 'write:lists'],
        since: '0.0.0',
        granted: ['record-not-found'],
    },
    // This GET needs a write scope.
    {
        scope: 'write:media',
        method: 'GET',
        path: '/api/v1/media/0',
        route: '/api/v1/media/:id',
        accepts: ['write', 'write:media'],
        since: '3.1.3',
        granted: ['record-not-found'],
    },
    {
        scope: 'write:mutes',
        method: 'POST',
        path: '/api/v1/accounts/0/unmute',
        route: '/api/v1/accounts/:id/unmute',
        accepts: ['follow', 'write', 'write:mutes'],
        since: '0.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'write:notifications',
        method: 'POST',
        path: '/api/v1/notifications/0/dismiss',
        route: '/api/v1/notifications/:id/dismiss',
        accepts: ['write', 'write:notifications'],
        since: '0.0.0',
        granted: ['record-not-found'],
    },
    // Empty body: Account.find(nil) raises before ReportService. Never send account_id.
    {
        scope: 'write:reports',
        method: 'POST',
        path: '/api/v1/reports',
        route: '/api/v1/reports',
        accepts: ['write', 'write:reports'],
        since: '0.0.0',
        granted: ['record-not-found'],
    },
    // Edit of status 0; not DELETE or unreblog, which count toward the 30-per-30-minutes delete throttle.
    {
        scope: 'write:statuses',
        method: 'PUT',
        path: '/api/v1/statuses/0',
        route: '/api/v1/statuses/:id',
        accepts: ['write', 'write:statuses'],
        since: '3.5.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:read',
        method: 'GET',
        path: '/api/v1/admin/tags/0',
        route: '/api/v1/admin/tags/:id',
        accepts: ['admin:read'],
        since: '4.2.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:read',
        method: 'GET',
        path: '/api/v1/admin/trends/tags?limit=1',
        route: '/api/v1/admin/trends/tags',
        accepts: ['admin:read'],
        since: '3.5.0',
        before: '4.2.0',
        granted: ['ok'],
    },
    {
        scope: 'admin:read:accounts',
        method: 'GET',
        path: '/api/v1/admin/accounts/0',
        route: '/api/v1/admin/accounts/:id',
        accepts: ['admin:read', 'admin:read:accounts'],
        since: '2.9.1',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:read:reports',
        method: 'GET',
        path: '/api/v1/admin/reports/0',
        route: '/api/v1/admin/reports/:id',
        accepts: ['admin:read', 'admin:read:reports'],
        since: '2.9.1',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:read:domain_allows',
        method: 'GET',
        path: '/api/v1/admin/domain_allows/0',
        route: '/api/v1/admin/domain_allows/:id',
        accepts: ['admin:read', 'admin:read:domain_allows'],
        since: '4.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:read:domain_blocks',
        method: 'GET',
        path: '/api/v1/admin/domain_blocks/0',
        route: '/api/v1/admin/domain_blocks/:id',
        accepts: ['admin:read', 'admin:read:domain_blocks'],
        since: '4.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:read:ip_blocks',
        method: 'GET',
        path: '/api/v1/admin/ip_blocks/0',
        route: '/api/v1/admin/ip_blocks/:id',
        accepts: ['admin:read', 'admin:read:ip_blocks'],
        since: '4.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:read:email_domain_blocks',
        method: 'GET',
        path: '/api/v1/admin/email_domain_blocks/0',
        route: '/api/v1/admin/email_domain_blocks/:id',
        accepts: ['admin:read', 'admin:read:email_domain_blocks'],
        since: '4.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:read:canonical_email_blocks',
        method: 'GET',
        path: '/api/v1/admin/canonical_email_blocks/0',
        route: '/api/v1/admin/canonical_email_blocks/:id',
        accepts: ['admin:read', 'admin:read:canonical_email_blocks'],
        since: '4.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:write',
        method: 'PUT',
        path: '/api/v1/admin/tags/0',
        route: '/api/v1/admin/tags/:id',
        accepts: ['admin:write'],
        since: '4.2.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:write:accounts',
        method: 'POST',
        path: '/api/v1/admin/accounts/0/unsensitive',
        route: '/api/v1/admin/accounts/:id/unsensitive',
        accepts: ['admin:write', 'admin:write:accounts'],
        since: '3.5.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:write:reports',
        method: 'PUT',
        path: '/api/v1/admin/reports/0',
        route: '/api/v1/admin/reports/:id',
        accepts: ['admin:write', 'admin:write:reports'],
        since: '3.5.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:write:domain_allows',
        method: 'DELETE',
        path: '/api/v1/admin/domain_allows/0',
        route: '/api/v1/admin/domain_allows/:id',
        accepts: ['admin:write', 'admin:write:domain_allows'],
        since: '4.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:write:domain_blocks',
        method: 'PUT',
        path: '/api/v1/admin/domain_blocks/0',
        route: '/api/v1/admin/domain_blocks/:id',
        accepts: ['admin:write', 'admin:write:domain_blocks'],
        since: '4.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:write:ip_blocks',
        method: 'PUT',
        path: '/api/v1/admin/ip_blocks/0',
        route: '/api/v1/admin/ip_blocks/:id',
        accepts: ['admin:write', 'admin:write:ip_blocks'],
        since: '4.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:write:email_domain_blocks',
        method: 'DELETE',
        path: '/api/v1/admin/email_domain_blocks/0',
        route: '/api/v1/admin/email_domain_blocks/:id',
        accepts: ['admin:write', 'admin:write:email_domain_blocks'],
        since: '4.0.0',
        granted: ['record-not-found'],
    },
    {
        scope: 'admin:write:canonical_email_blocks',
        method: 'DELETE',
        path: '/api/v1/admin/canonical_email_blocks/0',
        route: '/api/v1/admin/canonical_email_blocks/:id',
        accepts: ['admin:write', 'admin:write:canonical_email_blocks'],
        since: '4.0.0',
        granted: ['record-not-found'],
    },
];
/** Probes that exist on this server version. An unknown version gets those whose answers no missing route can fake. */
function availableProbes(version) {
    return PROBES.filter((p) => version === undefined
        ? !p.before && !grantedAnswers(p, undefined).includes('not-found') && p.since === '0.0.0'
        : (0,util_version/* versionAtLeast */.z)(version, p.since) && !(p.before && (0,util_version/* versionAtLeast */.z)(version, p.before)));
}
/** Reads one probe's answer by reference §4.1's decision rule. */
function judgeProbe(p, outcome, version) {
    const granted = grantedAnswers(p, version);
    if (!outcome.ok)
        return { verdict: 'inconclusive', appOnly: false, answer: outcome.error.kind, failure: outcome.error.message };
    const r = outcome.response;
    // A server error or a rate limit is no answer about the scope: told apart from an ambiguous answer, so that a
    // server fault is not read as "the scopes could not be told apart" (or, worse, as healthy).
    if (r.status >= 500 || r.status === 429)
        return { verdict: 'inconclusive', appOnly: false, answer: String(r.status), failure: describeFailure(r) };
    const error = errorText(r);
    const answer = `${r.status}${error ? ` ${error}` : ''}`;
    const verdict = (v, appOnly = false) => ({ verdict: v, appOnly, answer });
    if (r.json === undefined && r.status !== 200)
        return verdict('inconclusive');
    switch (r.status) {
        case 200:
        case 206:
            return verdict(granted.includes('ok') && r.json !== undefined ? 'granted' : 'inconclusive');
        case 406:
            return verdict(granted.includes('not-acceptable') ? 'granted' : 'inconclusive');
        case 400:
            return verdict(granted.includes('bad-request') ? 'granted' : 'inconclusive');
        case 404:
            if (error === 'Record not found')
                return verdict(granted.includes('record-not-found') ? 'granted' : 'inconclusive');
            return verdict(error === 'Not Found' && granted.includes('not-found') ? 'granted' : 'inconclusive');
        case 403:
            if (isScopeRefusal(r))
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

;// CONCATENATED MODULE: ./src/servers/credentials.ts
/**
 * What verify_credentials (and, where it helps, apps/verify_credentials) says about a token on a server that is not
 * Mastodon, by that server's own answers (docs/servers/*.md §3). Pure. Every text matched here is the server's
 * fixed English text; anything else is no known answer, never a guessed dead token.
 */


/** GoToSocial's 401 texts: `"Unauthorized: " + text` (internal/api/util/auth.go:108-126). */
const GTS_NO_TOKEN = 'Unauthorized: token not supplied';
const GTS_NO_APP = 'Unauthorized: application not supplied';
const GTS_NO_USER = 'Unauthorized: user not supplied or not authorized';
const GTS_NO_ACCOUNT = 'Unauthorized: account not supplied or not authorized';
const GTS_SCOPE = 'Forbidden: token has insufficient scope permission';
/** Pleroma's and Akkoma's 403 texts (ensure_authenticated_plug.ex:42, o_auth_scopes_plug.ex:37). */
const PLEROMA_NO_USER = 'Invalid credentials.';
const PLEROMA_SCOPE = /^Insufficient permissions: /;
function readCredentialsOn(server, credentials, app) {
    switch (server.family) {
        case 'gotosocial':
            return readGoToSocial(credentials);
        case 'pleroma':
        case 'akkoma':
            return readPleroma(server, credentials, app);
        case 'misskey':
            return { kind: 'unreachable', detail: notSupported(server) };
        default:
            return readUnknown(server, credentials);
    }
}
function readGoToSocial(outcome) {
    if (!outcome.ok)
        return { kind: 'unreachable', detail: outcome.error.message };
    const r = outcome.response;
    const error = errorText(r);
    if (r.status === 200)
        return accountOr(r, 'GoToSocial');
    if (r.status === 401 && (error === GTS_NO_TOKEN || error === GTS_NO_APP)) {
        return {
            kind: 'rejected',
            state: 'invalid',
            detail: `${error}: GoToSocial deletes a revoked token, so an unknown and a revoked token answer alike`,
        };
    }
    if (r.status === 401 && error === GTS_NO_USER) {
        return { kind: 'refused', causes: ['app-only', 'account-unusable'], detail: error };
    }
    if (r.status === 401 && error === GTS_NO_ACCOUNT) {
        return { kind: 'account-unusable', problem: 'suspended-or-disabled', detail: error };
    }
    if (r.status === 403 && error === GTS_SCOPE)
        return { kind: 'narrow' };
    return { kind: 'unreachable', detail: unknownAnswer(r, 'GoToSocial') };
}
function readPleroma(server, outcome, app) {
    const name = server.family === 'akkoma' ? 'Akkoma' : 'Pleroma';
    if (!outcome.ok)
        return { kind: 'unreachable', detail: outcome.error.message };
    const r = outcome.response;
    const error = errorText(r);
    if (r.status === 200)
        return accountOr(r, name);
    if (r.status === 403 && error !== undefined && PLEROMA_SCOPE.test(error))
        return { kind: 'narrow' };
    if (r.status === 403 && error === PLEROMA_NO_USER) {
        // apps/verify_credentials renders the app for any token still assigned: a live token with an active account,
        // or an app-only token. verify_credentials refused a user, so a 200 there means no user stands behind it.
        if (app?.ok && app.response.status === 200 && typeof errorText(app.response) !== 'string' && hasName(app))
            return { kind: 'app-only' };
        // No token assigned: unknown, revoked, expired, or the account is not active. The server says nothing more.
        if (app?.ok && app.response.status !== 200 && app.response.status < 500 && app.response.status !== 429)
            return { kind: 'refused', causes: ['dead-token', 'account-unusable'], detail: error };
        return {
            kind: 'unreachable',
            detail: `${name} refused the credentials (${error}), and apps/verify_credentials, which tells an app-only token from a dead one, got no usable answer${app && !app.ok ? ` (${app.error.message})` : app ? ` (${describeFailure(app.response)})` : ''}`,
        };
    }
    return { kind: 'unreachable', detail: unknownAnswer(r, name) };
}
/**
 * A server that speaks the API but whose rules this check does not know: only an account in a 200 answer is
 * certain. A 401 or 403 could mean anything there, so it is never read as a dead token.
 */
function readUnknown(server, outcome) {
    if (!outcome.ok)
        return { kind: 'unreachable', detail: outcome.error.message };
    const r = outcome.response;
    if (r.status === 200) {
        const account = readAccount(r.json);
        if (account)
            return { kind: 'account', account };
    }
    return {
        kind: 'unreachable',
        detail: `${describeFailure(r)}. The instance runs ${(0,identity/* displayName */.QC)(server)}, whose token rules this check does not know, so this answer is not read as a verdict on the token`,
    };
}
function accountOr(r, software) {
    const account = readAccount(r.json);
    return account
        ? { kind: 'account', account }
        : { kind: 'unreachable', detail: `${describeFailure(r)}: not ${software}'s account answer` };
}
function hasName(outcome) {
    if (!outcome.ok)
        return false;
    const body = outcome.response.json;
    return body !== null && typeof body === 'object' && typeof body['name'] === 'string';
}
function unknownAnswer(r, software) {
    return `${describeFailure(r)}, which is not one of ${software}'s answers (a proxy, a maintenance page, or a version whose answers differ?)`;
}
function notSupported(server) {
    return `the instance runs ${(0,identity/* displayName */.QC)(server)}, which does not speak Mastodon's client API: its tokens cannot be checked here`;
}

;// CONCATENATED MODULE: ./src/servers/probes.ts




const GTS = ['gotosocial'];
const PLEROMA = ['pleroma', 'akkoma'];
const OK = ['ok'];
const ROWS = [
    // GoToSocial: TokenAuth(…, scope) before any parameter or record (gotosocial.md §5).
    {
        families: GTS,
        scope: 'read:accounts',
        path: '/api/v1/preferences',
        lists: ['read:accounts'],
        granted: OK,
        source: 'gotosocial.md §5',
    },
    {
        families: GTS,
        scope: 'read:applications',
        path: '/api/v1/apps?limit=1',
        lists: ['read:applications'],
        granted: OK,
        source: 'gotosocial.md §5',
    },
    {
        families: GTS,
        scope: 'read:blocks',
        path: '/api/v1/blocks?limit=1',
        lists: ['read:blocks'],
        granted: OK,
        source: 'gotosocial.md §5',
    },
    {
        families: GTS,
        scope: 'read:bookmarks',
        path: '/api/v1/bookmarks?limit=1',
        lists: ['read:bookmarks'],
        granted: OK,
        source: 'gotosocial.md §5',
    },
    {
        families: GTS,
        scope: 'read:favourites',
        path: '/api/v1/favourites?limit=1',
        lists: ['read:favourites'],
        granted: OK,
        source: 'gotosocial.md §5',
    },
    {
        families: GTS,
        scope: 'read:filters',
        path: '/api/v2/filters',
        lists: ['read:filters'],
        granted: OK,
        source: 'gotosocial.md §5',
    },
    {
        families: GTS,
        scope: 'read:follows',
        path: '/api/v1/follow_requests?limit=1',
        lists: ['read:follows'],
        granted: OK,
        source: 'gotosocial.md §5',
    },
    {
        families: GTS,
        scope: 'read:lists',
        path: '/api/v1/lists',
        lists: ['read:lists'],
        granted: OK,
        source: 'gotosocial.md §5',
    },
    {
        families: GTS,
        scope: 'read:mutes',
        path: '/api/v1/mutes?limit=1',
        lists: ['read:mutes'],
        granted: OK,
        source: 'gotosocial.md §5',
    },
    {
        families: GTS,
        scope: 'read:notifications',
        path: '/api/v1/notifications?limit=1',
        lists: ['read:notifications'],
        granted: OK,
        source: 'gotosocial.md §5',
    },
    {
        families: GTS,
        scope: 'read:statuses',
        path: '/api/v1/markers',
        lists: ['read:statuses'],
        granted: OK,
        source: 'gotosocial.md §5',
    },
    {
        families: GTS,
        scope: 'write:media',
        path: '/api/v1/media/0',
        lists: ['write:media'],
        granted: ['not-found'],
        source: 'gotosocial.md §5',
    },
    // PUT with no body: the scope check passes, then the form is refused for its content type (406), before the
    // status is looked up (statusedit.go:175-199, 215-248). Nothing is read or changed.
    {
        families: GTS,
        scope: 'write:statuses',
        method: 'PUT',
        path: '/api/v1/statuses/0',
        lists: ['write:statuses'],
        granted: ['not-acceptable'],
        source: 'gotosocial.md §5',
    },
    {
        families: GTS,
        scope: 'push',
        path: '/api/v1/push/subscription',
        lists: ['push'],
        granted: ['ok', 'not-found'],
        source: 'gotosocial.md §5',
    },
    // Pleroma and Akkoma: OAuthScopesPlug after authentication, before the action (akkoma.md §5, pleroma.md §5).
    {
        families: ['akkoma'],
        scope: 'read:accounts',
        path: '/api/v1/preferences',
        lists: ['read:accounts'],
        granted: OK,
        source: 'akkoma.md §5',
    },
    {
        families: PLEROMA,
        scope: 'read:blocks',
        path: '/api/v1/blocks',
        lists: ['follow', 'read:blocks'],
        granted: OK,
        source: 'akkoma.md §5',
    },
    {
        families: PLEROMA,
        scope: 'read:mutes',
        path: '/api/v1/mutes',
        lists: ['follow', 'read:mutes'],
        granted: OK,
        source: 'akkoma.md §5',
    },
    {
        families: PLEROMA,
        scope: 'read:bookmarks',
        path: '/api/v1/bookmarks',
        lists: ['read:bookmarks'],
        granted: OK,
        source: 'akkoma.md §5',
    },
    {
        families: PLEROMA,
        scope: 'read:favourites',
        path: '/api/v1/favourites',
        lists: ['read:favourites'],
        granted: OK,
        source: 'akkoma.md §5',
    },
    {
        families: PLEROMA,
        scope: 'read:filters',
        path: '/api/v1/filters',
        lists: ['read:filters'],
        granted: OK,
        source: 'akkoma.md §5',
    },
    {
        families: PLEROMA,
        scope: 'read:follows',
        path: '/api/v1/follow_requests',
        lists: ['follow', 'read:follows'],
        granted: OK,
        source: 'akkoma.md §5',
    },
    {
        families: PLEROMA,
        scope: 'read:lists',
        path: '/api/v1/lists',
        lists: ['read:lists'],
        granted: OK,
        source: 'akkoma.md §5',
    },
    {
        families: PLEROMA,
        scope: 'read:notifications',
        path: '/api/v1/notifications',
        lists: ['read:notifications'],
        granted: OK,
        source: 'akkoma.md §5',
    },
    {
        families: PLEROMA,
        scope: 'read:statuses',
        path: '/api/v1/markers',
        lists: ['read:statuses'],
        granted: OK,
        source: 'akkoma.md §5',
    },
    {
        families: PLEROMA,
        scope: 'push',
        path: '/api/v1/push/subscription',
        lists: ['push'],
        granted: ['ok', 'not-found'],
        source: 'akkoma.md §5',
    },
];
function toProbe(family, row) {
    const accepts = (0,mastodon_scopes/* sortScopes */.C)(row.lists.flatMap((s) => (0,servers_scopes/* acceptingScopes */.gq)(family, s)));
    return {
        scope: row.scope,
        method: row.method ?? 'GET',
        path: row.path,
        route: row.path.split('?')[0] ?? row.path,
        accepts,
        since: row.since ?? '0.0.0',
        granted: row.granted,
    };
}
function probesOn(family, version) {
    return ROWS.filter((row) => row.families.includes(family) && (version === undefined || (0,util_version/* versionAtLeast */.z)(version, row.since ?? '0.0.0'))).map((row) => toProbe(family, row));
}
/** The broad scopes a token may hold beyond a declaration, probed on each server. */
const BROAD = {
    gotosocial: ['read', 'write', 'push', 'profile', 'admin', 'admin:read', 'admin:write'],
    pleroma: ['read', 'write', 'follow', 'push', 'admin', 'admin:read', 'admin:write'],
    akkoma: ['read', 'write', 'follow', 'push', 'admin', 'admin:read', 'admin:write'],
};
/** What verify_credentials accepts there: GoToSocial `profile`/`read:accounts`, Pleroma `read:accounts`. */
function verifyCredentialsAcceptsOn(family) {
    const listed = family === 'gotosocial' ? ['profile', 'read:accounts'] : ['read:accounts'];
    return (0,mastodon_scopes/* sortScopes */.C)(listed.flatMap((s) => (0,servers_scopes/* acceptingScopes */.gq)(family, s)));
}
/**
 * The candidates are the declared scopes, every scope that satisfies one of them there, and the broad ones; a
 * refused verify_credentials rules out what it accepts. For each open candidate, the probe that accepts the fewest
 * other candidates.
 */
function planProbingOn(family, credentials, version, required) {
    const known = (0,servers_scopes/* knownScopes */.rB)(family);
    const available = probesOn(family, version);
    const declared = required.flatMap((s) => (0,servers_scopes/* acceptingScopes */.gq)(family, s));
    // A broad scope that no request here shows would only stay undetermined: looked for when declared, else not.
    const showable = (s) => available.some((p) => p.accepts.includes(s)) || verifyCredentialsAcceptsOn(family).includes(s);
    const candidates = new Set([...declared, ...(BROAD[family] ?? []).filter(showable)].filter((s) => known?.has(s) ?? false));
    const observations = [];
    if (credentials === 'account')
        observations.push({ accepts: verifyCredentialsAcceptsOn(family), granted: true });
    if (credentials === 'narrow')
        observations.push({ accepts: verifyCredentialsAcceptsOn(family), granted: false });
    const open = new Set(solveScopes(candidates, observations.filter((o) => !o.granted)).undetermined);
    const chosen = new Set();
    for (const scope of [...open].sort()) {
        const overlap = (p) => p.accepts.filter((s) => s !== scope && open.has(s)).length;
        const rank = (p) => overlap(p) * 2 + (p.scope === scope ? 0 : 1);
        const best = available.filter((p) => p.accepts.includes(scope)).sort((a, b) => rank(a) - rank(b))[0];
        if (best)
            chosen.add(best);
    }
    return { candidates, known: observations, probes: [...chosen] };
}

;// CONCATENATED MODULE: ./src/servers/tokens.ts

/** GoToSocial pages this list by at most 100 (tokensget.go:122-126): a full page may hide more. */
const GOTOSOCIAL_TOKEN_LIST_LIMIT = 100;
const GOTOSOCIAL_TOKEN_LIST = `/api/v1/tokens?limit=${GOTOSOCIAL_TOKEN_LIST_LIMIT}`;
/** A scope word: the characters scope names use, bounded; anything else makes the list tell nothing. */
const SCOPE_WORD = /^[a-z][a-z0-9_:.-]{0,63}$/;
function readGoToSocialTokenList(outcome, ownerId) {
    if (!outcome?.ok || outcome.response.status !== 200)
        return undefined;
    const list = outcome.response.json;
    if (!Array.isArray(list) || list.length === 0 || list.length >= GOTOSOCIAL_TOKEN_LIST_LIMIT)
        return undefined;
    const scopeSets = new Set();
    for (const entry of list) {
        const scope = entry !== null && typeof entry === 'object' ? entry['scope'] : undefined;
        if (typeof scope !== 'string')
            return undefined;
        const words = scope.split(/\s+/).filter(Boolean);
        if (words.length === 0 || !words.every((w) => SCOPE_WORD.test(w)))
            return undefined;
        scopeSets.add((0,mastodon_scopes/* sortScopes */.C)(words).join(' '));
    }
    if (scopeSets.size !== 1)
        return undefined;
    const [only] = list;
    const created = list.length === 1 && typeof only?.['created_at'] === 'string' ? new Date(only['created_at']) : undefined;
    return {
        kind: 'ok',
        scopes: [...scopeSets][0]?.split(' ') ?? [],
        resourceOwnerId: ownerId,
        createdAt: created && !Number.isNaN(created.getTime()) ? created : undefined,
    };
}

;// CONCATENATED MODULE: ./src/servers/expiry.ts
const PLEROMA_TOKEN_LIST = '/api/oauth_tokens';
function readPleromaExpiry(outcome, appName) {
    if (appName === undefined || !outcome?.ok || outcome.response.status !== 200)
        return undefined;
    const list = outcome.response.json;
    if (!Array.isArray(list))
        return undefined;
    const mine = list.filter((t) => t !== null && typeof t === 'object' && t['app_name'] === appName);
    if (mine.length !== 1)
        return undefined;
    const raw = mine[0]?.['valid_until'];
    if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.test(raw))
        return undefined;
    // A NaiveDateTime in UTC, written without a zone.
    const date = new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(raw) ? raw : `${raw}Z`);
    return Number.isNaN(date.getTime()) ? undefined : date;
}

;// CONCATENATED MODULE: ./src/inspect/inspect.ts
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
        if (error instanceof mastodon_errors/* RequestError */.G)
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
    let tokenInfo = readTokenInfo(tokenInfoOutcome);
    const app = readApp(appOutcome);
    let server = (0,identity/* readServer */.Wb)(instanceOutcome);
    // The instance answer names Mastodon, Pleroma, Akkoma and (v2) GoToSocial. When it names nothing, or may be
    // GoToSocial dressed as Mastodon 3.5.3, NodeInfo tells (docs/servers/*.md §4); v1 answers where v2 does not exist
    // (Mastodon < 4.0, Akkoma, Pleroma < 2.7). One extra wave, before probes, which follow the software's rules.
    if (!(0,identity/* instanceIsConclusive */.$$)(server) && instanceOutcome.ok) {
        const [v1Instance, nodeInfo] = await Promise.all([
            server ? undefined : ask('/api/v1/instance', false),
            ask('/nodeinfo/2.0', false),
        ]);
        server = (0,identity/* identifyServer */.OP)(server ?? (0,identity/* readServer */.Wb)(v1Instance), (0,identity/* readNodeInfo */.rP)(nodeInfo));
        if (!server &&
            instanceOutcome.ok &&
            (0,identity/* isMisskeyUnknownEndpoint */.VL)(instanceOutcome.response.status, instanceOutcome.response.json)) {
            server = { software: 'misskey', version: '', family: 'misskey', domain: undefined, from: 'instance' };
        }
    }
    // Mastodon's rules for Mastodon, and for a server that told nothing (its answers then have to prove themselves).
    const credentials = !server || server.family === 'mastodon'
        ? reconcile(readCredentials(credentialsOutcome), tokenInfo)
        : readCredentialsOn(server, credentialsOutcome, appOutcome);
    const tokenWorks = credentials.kind === 'account' || credentials.kind === 'narrow' || credentials.kind === 'app-only';
    const wantProbes = tokenWorks && (options.probe === 'always' || (options.probe === 'auto' && tokenInfo.kind !== 'ok'));
    const family = server?.family ?? 'mastodon';
    const probeable = family === 'mastodon' ||
        ((family === 'gotosocial' || family === 'pleroma' || family === 'akkoma') &&
            (0,servers_scopes/* scopesEnforced */.mr)(family, server?.version));
    // GoToSocial lists the account's tokens with their scopes: exact when they all hold the same (gotosocial.md §2).
    // Asked beside the probes, so that a list that tells nothing costs no extra wave.
    const askTokenList = family === 'gotosocial' && credentials.kind === 'account' && (0,servers_scopes/* scopesEnforced */.mr)(family, server?.version);
    // Pleroma and Akkoma tell when a live token expires, through the account's token list (akkoma.md §3).
    const askExpiry = (family === 'pleroma' || family === 'akkoma') &&
        (credentials.kind === 'account' || credentials.kind === 'narrow') &&
        app !== undefined;
    const [probing, tokenList, pleromaTokens] = await Promise.all([
        wantProbes && probeable
            ? family === 'mastodon'
                ? runProbes(ask, credentials, app, server, options.requiredScopes)
                : runServerProbes(ask, credentials, family, server?.version, options.requiredScopes)
            : undefined,
        askTokenList ? ask(GOTOSOCIAL_TOKEN_LIST) : undefined,
        askExpiry ? ask(PLEROMA_TOKEN_LIST) : undefined,
    ]);
    if (credentials.kind === 'account' && tokenInfo.kind !== 'ok')
        tokenInfo = readGoToSocialTokenList(tokenList, credentials.account.id) ?? tokenInfo;
    return {
        credentials,
        tokenInfo,
        app,
        server,
        probing,
        scopes: grantedScopesOf(tokenInfo, app, probing, options.probe),
        rateLimit: readRateLimit(credentialsOutcome),
        expiresAt: readPleromaExpiry(pleromaTokens, app?.name),
    };
}
function grantedScopesOf(tokenInfo, app, probing, probe) {
    const probingOff = probe === 'never';
    // The probe rule: probes answer when asked to always, or when token info is missing. Token info read after the
    // probes went out (GoToSocial's token list) is exact and wins on `auto`.
    if (probing && (probe === 'always' || tokenInfo.kind !== 'ok')) {
        const { granted, undetermined } = probing.solution;
        return { source: 'probe', granted, undetermined, probingOff };
    }
    if (tokenInfo.kind === 'ok') {
        return { source: 'token-info', granted: (0,mastodon_scopes/* sortScopes */.C)(tokenInfo.scopes), undetermined: [], probingOff };
    }
    if (app?.scopes)
        return { source: 'app', granted: (0,mastodon_scopes/* sortScopes */.C)(app.scopes), undetermined: [], probingOff };
    return { source: undefined, granted: [], undetermined: [], probingOff };
}
/**
 * The probes for wave 2: the candidates are the declared scopes and their parents, with the app's registered scopes
 * when the server tells them, else the broad ones; a candidate that verify_credentials already ruled out gets no
 * probe of its own, each one spending the token's rate limit.
 */
function planProbing(credentials, appScopes, version, requiredScopes) {
    const exists = (scope) => version === undefined || (0,util_version/* versionAtLeast */.z)(version, (0,mastodon_scopes/* scopeInfo */.f8)(scope)?.since ?? '0.0.0');
    const candidatesFromApp = appScopes !== undefined;
    // The app's registered scopes bound the token's (Doorkeeper grants a subset). The declaration and its parents are
    // probed as well: they decide the findings, and a server that let a token outgrow its app must not hide them.
    const declared = [...requiredScopes, ...requiredScopes.map((s) => (0,mastodon_scopes/* parentOf */.gN)(s) ?? s)];
    const candidates = new Set([...declared, ...(appScopes ?? BROAD_SCOPES)].filter((s) => (0,mastodon_scopes/* scopeInfo */.f8)(s) !== undefined && exists(s)));
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
        result: judgeProbe(probe, await ask(`${probe.path}${probe.path.includes('?') ? '&' : '?'}lang=en`, true, probe.method), version),
    }));
    return {
        ...solveProbes(plan, results),
        candidatesFromApp: plan.candidatesFromApp,
        appOnly: results.some(({ result }) => result.appOnly),
    };
}
/** Probes on GoToSocial, Pleroma or Akkoma: their own requests, read with their own hierarchy (docs/servers/). */
async function runServerProbes(ask, credentials, family, version, requiredScopes) {
    const plan = planProbingOn(family, credentials.kind, version, requiredScopes);
    const results = await mapLimited(plan.probes, PROBE_CONCURRENCY, async (probe) => ({
        probe,
        result: judgeProbe(probe, await ask(probe.path, true, probe.method)),
    }));
    return { ...solveProbes(plan, results), candidatesFromApp: false, appOnly: false };
}
/** The scopes the conclusive probes tell, with what was known before probing: Mastodon's probes and others' alike. */
function solveProbes(plan, results) {
    const observations = results
        .filter(({ result }) => result.verdict !== 'inconclusive')
        .map(({ probe, result }) => ({ accepts: probe.accepts, granted: result.verdict === 'granted' }));
    return {
        candidates: [...plan.candidates].sort(),
        results,
        solution: solveScopes(plan.candidates, [...observations, ...plan.known]),
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




function startCheck(settings, deps = {}) {
    const now = deps.now ?? (() => new Date());
    if (settings.skipReason !== undefined) {
        return {
            report: Promise.resolve((0,special_reports/* skippedReport */.VY)(settings.instance, settings.skipReason, now(), settings.inputWarnings)),
            firstWaveWritten: Promise.resolve(),
        };
    }
    const started = now();
    const log = deps.log;
    const client = createHttpClient({
        origin: settings.instance.origin,
        token: settings.token,
        deadline: started.getTime() + settings.timeoutSeconds * 1000,
        isLoopback: settings.instance.isLoopback,
        ...(log ? { debug: (line) => log.debug(line) } : {}),
        ...(deps.redact ? { redact: deps.redact } : {}),
    });
    const report = (async () => {
        try {
            const inspection = await inspectToken(client, { requiredScopes: settings.requiredScopes, probe: settings.probe });
            return evaluate(settings, inspection, now());
        }
        finally {
            await client.close();
        }
    })();
    return { report, firstWaveWritten: client.firstWaveWritten };
}
async function checkToken(settings, deps = {}) {
    return startCheck(settings, deps).report;
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(17);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(767);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9997);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5669);
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(905);
/* harmony import */ var _token_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1335);
/**
 * The command line: the same engine as the action, printing to the terminal.
 *
 *   MASTODON_ACCESS_TOKEN=… mastodon-token-health --instance mastodon.social --required-scopes "write:statuses"
 *
 * The token is read from an environment variable or standard input, never from the arguments (they show in `ps`).
 * This file only picks the command: the check (main.ts) is the default; the others load only when asked for.
 */






const [command, ...rest] = process.argv.slice(2);
try {
    await runCommand();
}
catch (error) {
    // What each command does not catch itself (a chunk that cannot load: a broken install): one line, without the
    // token the usual variables hold, and exit status 1, as each command says an unexpected failure.
    const argv = process.argv.slice(2);
    const named = argv.flatMap((arg, i) => arg === '--token-env' ? [argv[i + 1] ?? ''] : arg.startsWith('--token-env=') ? [arg.slice(12)] : []);
    const redact = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .createRedactor */ .lY)([..._token_js__WEBPACK_IMPORTED_MODULE_3__/* .TOKEN_VARIABLES */ .Yr, ...named].flatMap((name) => (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .secretForms */ .eo)(process.env[name] ?? '')));
    process.stderr.write(`${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(redact((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .unexpectedFailure */ .m)(error)), 2000)}\n`);
    process.exitCode = 1;
}
async function runCommand() {
    if (command === 'scopes') {
        // The scanner loads only when asked for, like the token commands.
        const { scopesCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(28), __nccwpck_require__.e(32)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9032));
        process.exitCode = await scopesCommand(rest, process.cwd(), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    }
    else if (command === 'mint' || command === 'rotate' || command === 'revoke') {
        // The token commands (and libsodium, for GitHub secrets) load only when asked for: a check never pays for them.
        const { runWithProcess } = await __nccwpck_require__.e(/* import() */ 424).then(__nccwpck_require__.bind(__nccwpck_require__, 8424));
        process.exitCode = await runWithProcess(command, rest);
    }
    else {
        process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), process.env, (0,_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .processTerminal */ .qH)());
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5669:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/check.ts + 22 modules
var check = __nccwpck_require__(8440);
// EXTERNAL MODULE: ./src/evaluate/special-reports.ts
var special_reports = __nccwpck_require__(2582);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __nccwpck_require__(1318);
// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __nccwpck_require__(5585);
// EXTERNAL MODULE: ./src/inputs/settings.ts + 1 modules
var inputs_settings = __nccwpck_require__(164);
// EXTERNAL MODULE: ./src/scan/in-check.ts
var in_check = __nccwpck_require__(7415);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __nccwpck_require__(17);
// EXTERNAL MODULE: ./src/util/redact.ts
var util_redact = __nccwpck_require__(767);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(9997);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/cli/token.ts
var token = __nccwpck_require__(1335);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * The check's command line: the usage, the flags, and what they ask for, mapped to the action's raw inputs so that
 * the same settings parser judges both. Pure: nothing is read or printed here.
 */






const USAGE = `Usage: mastodon-token-health --instance HOST [options]

Checks a Mastodon access token: does it work, whose is it, which exact scopes does it hold, and what to fix.
The token is read from $MASTODON_ACCESS_TOKEN or $MASTODON_TOKEN (or --token-env NAME, or --token-stdin),
never from the arguments.

Examples:
  export MASTODON_ACCESS_TOKEN=…
  mastodon-token-health --instance mastodon.social --required-scopes "write:statuses write:media"
  mastodon-token-health --instance fosstodon.org --token-env BOT_TOKEN --on-excess fail
  pass show mastodon/bot | mastodon-token-health --instance mastodon.social --token-stdin
  mastodon-token-health --instance mastodon.social --format json | jq -r .status

Options:
  --instance HOST                the Mastodon server, e.g. mastodon.social (required)
  --required-scopes SCOPES       the scopes the bot needs, e.g. "write:statuses write:media"
  --on-excess fail|warn|ignore   what granted-but-unneeded scopes do (default ${names/* Defaults */.H[names/* Inputs */.G.OnExcess]})
  --on-missing fail|warn         what required-but-missing scopes do (default ${names/* Defaults */.H[names/* Inputs */.G.OnMissing]})
  --on-unreachable fail|warn     what an instance that cannot be asked does (default ${names/* Defaults */.H[names/* Inputs */.G.OnUnreachable]})
  --max-token-age-days N         warn when the token is older than N days
  --timeout-seconds N            bound on the whole check (default ${names/* Defaults */.H[names/* Inputs */.G.TimeoutSeconds]})
  --probe auto|always|never      probe scopes with harmless requests (default ${names/* Defaults */.H[names/* Inputs */.G.Probe]})
  --source-paths PATHS           also read this code for Mastodon API use: its needs are checked against the
                                 declaration (or stand as it), as the action's \`source-paths\`
  --token-env NAME               read the token from this environment variable
  --token-stdin                  read the token from standard input
  --config FILE                  check several bots listed in a YAML file (as the action's \`config\`); each
                                 bot's token comes from the variable its token-env names
  --format text|markdown|json    text (default); the job summary's Markdown; the action's \`report\` JSON
  -h, --help                     this help
  --version                      the version

The report goes to standard output; errors and warnings about the command itself to standard error.
Colour only on a terminal, and never when NO_COLOR is set.
Exit status: 0 healthy or warnings only, 1 the check failed, 2 bad input.

The scopes the bot's code needs (reads files as text, runs nothing; scopes --help):
  scopes [PATH...]                    each needed scope with the calls that need it (file:line)

Commands that make, replace and revoke tokens (each has --help):
  mint --instance HOST --scopes "..." (--github-secret NAME | --output FILE | --print)
  rotate --instance HOST ...          a new token stored and checked, then the old one revoked
  revoke --instance HOST ...          revoke a token and confirm it is dead
`;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function readArguments(argv) {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args: [...argv],
            strict: true,
            options: {
                instance: { type: 'string' },
                'required-scopes': { type: 'string' },
                'on-excess': { type: 'string' },
                'on-missing': { type: 'string' },
                'on-unreachable': { type: 'string' },
                'max-token-age-days': { type: 'string' },
                'timeout-seconds': { type: 'string' },
                probe: { type: 'string' },
                'source-paths': { type: 'string' },
                'token-env': { type: 'string' },
                'token-stdin': { type: 'boolean' },
                config: { type: 'string' },
                format: { type: 'string', default: 'text' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' },
            },
        }));
    }
    catch (error) {
        return refused(`${argumentError(error)}\nRun mastodon-token-health --help for the options and examples.`);
    }
    if (values.help)
        return { kind: 'answer', text: USAGE };
    if (values.version)
        return { kind: 'answer', text: `${package_namespaceObject.rE}\n` };
    const format = values.format;
    if (format !== 'text' && format !== 'markdown' && format !== 'json') {
        return refused(`--format is '${(0,util_text/* oneLine */.TN)(format, 40)}'; expected text, markdown or json.`);
    }
    if (values['token-env'] !== undefined && !VARIABLE_NAME.test(values['token-env'])) {
        // Most likely the token itself, given where its variable's name belongs: never printed back.
        return refused(`--token-env takes the name of an environment variable (letters, digits and '_', e.g. BOT_TOKEN); what was given is not one, and is not shown here in case it is the token itself. ${token/* TOKEN_SOURCES */.dj}`);
    }
    const policies = {
        [names/* Inputs */.G.OnExcess]: values['on-excess'] ?? '',
        [names/* Inputs */.G.OnMissing]: values['on-missing'] ?? '',
        [names/* Inputs */.G.OnUnreachable]: values['on-unreachable'] ?? '',
        [names/* Inputs */.G.MaxTokenAgeDays]: values['max-token-age-days'] ?? '',
        [names/* Inputs */.G.TimeoutSeconds]: values['timeout-seconds'] ?? '',
        [names/* Inputs */.G.Probe]: values.probe ?? '',
    };
    if (values.config !== undefined) {
        const others = ['instance', 'token-env', 'token-stdin'].filter((name) => values[name] !== undefined);
        if (others.length > 0) {
            return refused(`--config names each bot's instance and token variable; leave out ${others.map((o) => `--${o}`).join(', ')}.`);
        }
        return {
            kind: 'bots',
            format,
            file: values.config,
            stepInputs: { ...policies, [names/* Inputs */.G.RequiredScopes]: values['required-scopes'] ?? '' },
        };
    }
    return {
        kind: 'check',
        format,
        inputs: {
            [names/* Inputs */.G.Instance]: values.instance ?? '',
            [names/* Inputs */.G.RequiredScopes]: values['required-scopes'] ?? '',
            ...policies,
            [names/* Inputs */.G.SourcePaths]: values['source-paths'] ?? '',
        },
        tokenEnv: values['token-env'],
        tokenStdin: values['token-stdin'] === true,
    };
}
function refused(message) {
    return { kind: 'refused', text: `mastodon-token-health: ${message}\n` };
}
/**
 * What was wrong with the arguments, in words that never repeat an argument's value: a value where none belongs is
 * most often the token, pasted by mistake (and shown by `ps` and the shell's history: rotate it).
 */
function argumentError(error) {
    const code = error.code;
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
        return `Unexpected argument (not shown, in case it is the token): this command takes options only. ${token/* TOKEN_SOURCES */.dj} If it was the token, rotate it: arguments are visible to other processes and kept in the shell's history.`;
    }
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const option = /Unknown option '(--?[A-Za-z][A-Za-z0-9-]*)/.exec((0,util_errors/* messageOf */.b)(error))?.[1];
        return `Unknown option${option ? ` '${option}'` : ''}.${option === '--token' ? ` ${token/* TOKEN_SOURCES */.dj}` : ''}`;
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const option = /Option '(--?[A-Za-z][A-Za-z0-9-]*)/.exec((0,util_errors/* messageOf */.b)(error))?.[1];
        return `Option${option ? ` '${option}'` : ''} needs a value.`;
    }
    return 'The arguments could not be read.';
}

// EXTERNAL MODULE: ./src/cli/terminal.ts + 11 modules
var cli_terminal = __nccwpck_require__(905);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * `mastodon-token-health [check]`: arguments → token → settings → check → report printed → exit status. The same
 * engine as the action (check.ts), with the terminal as its sink.
 */












const CONTEXT = { eventName: 'cli', actor: '', surface: 'cli' };
async function main(argv, env, terminal) {
    const args = readArguments(argv);
    if (args.kind === 'answer') {
        terminal.stdout(args.text);
        return 0;
    }
    if (args.kind === 'refused') {
        terminal.stderr(args.text);
        return 2;
    }
    if (args.kind === 'bots') {
        const { report, redact } = await checkBots(args.file, args.stepInputs, env);
        return (0,cli_terminal/* printReport */.Y_)(report, args.format, env, terminal, redact);
    }
    const source = (0,token/* tokenSource */.Zx)(args.tokenEnv, args.tokenStdin, env);
    const rawToken = (0,token/* readToken */.AI)(source, terminal.readStdin);
    // The same forms of the token as the action redacts (util/redact.ts).
    const redact = (0,util_redact/* createRedactor */.lY)((0,util_redact/* secretForms */.eo)(rawToken));
    const log = (0,cli_terminal/* terminalLog */.dg)(terminal, env, redact);
    const raw = { ...args.inputs, [names/* Inputs */.G.Token]: rawToken };
    let report;
    try {
        if (!rawToken.trim()) {
            // Say what is missing, and every other bad flag with it: one run to fix them all.
            const others = inputErrorsOf(() => (0,inputs_settings/* parseSettings */.P$)({ ...raw, [names/* Inputs */.G.Token]: 'x'.repeat(43) }, CONTEXT));
            throw new errors/* InputErrors */.G([new errors/* InputError */.d(names/* Inputs */.G.Token, (0,token/* noTokenMessage */.Qi)(source)), ...others]);
        }
        const settings = (0,inputs_settings/* parseSettings */.P$)(raw, CONTEXT);
        report = await (await (0,in_check/* checkWithCode */.O)(settings, (s) => (0,check/* startCheck */.b)(s, { log }), { workspace: process.cwd() })).report;
    }
    catch (error) {
        if (!(error instanceof errors/* InputErrors */.G)) {
            terminal.stderr(`${(0,util_text/* oneLine */.TN)(redact(`mastodon-token-health failed unexpectedly: ${(0,util_errors/* messageOf */.b)(error)}`), 2000)}\n`);
            return 1;
        }
        report = (0,special_reports/* inputErrorReport */.xW)(error, new Date(), {
            surface: 'cli',
            instance: (0,special_reports/* instanceIfValid */.HB)(raw[names/* Inputs */.G.Instance] ?? ''),
        });
    }
    return (0,cli_terminal/* printReport */.Y_)(report, args.format, env, terminal, redact);
}
/**
 * Several bots from a file (`--config`), as the action's `config`: the file is read from the current folder, each
 * bot's token from the variable it names; every token is redacted from what is printed. Loaded only when asked for.
 */
async function checkBots(path, stepInputs, env) {
    const config = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(58)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3058));
    const file = config.readBotsFile(path, process.cwd());
    const redact = (0,util_redact/* createRedactor */.lY)(config.botTokens(file, env).flatMap((token) => (0,util_redact/* secretForms */.eo)(token)));
    // The file's problems and the flags', all at once, as the action says them.
    const problems = [...(config.fileProblemsAsInputErrors(file)?.errors ?? [])];
    let timeoutSeconds;
    try {
        timeoutSeconds = (0,inputs_settings/* parseBotsRunSettings */.m3)(stepInputs).timeoutSeconds;
    }
    catch (error) {
        if (!(error instanceof errors/* InputErrors */.G))
            throw error;
        problems.push(...error.errors);
    }
    if (problems.length > 0 || timeoutSeconds === undefined) {
        return { report: (0,special_reports/* inputErrorReport */.xW)(new errors/* InputErrors */.G(problems), new Date(), { surface: 'cli' }), redact };
    }
    const check = config.startBotsCheck({
        file,
        stepInputs,
        timeoutSeconds,
        env,
        context: CONTEXT,
        workspace: process.cwd(),
        redact,
    });
    return { report: await check.report, redact };
}
function inputErrorsOf(parse) {
    try {
        parse();
        return [];
    }
    catch (error) {
        if (error instanceof errors/* InputErrors */.G)
            return [...error.errors];
        throw error;
    }
}


/***/ }),

/***/ 905:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y_: () => (/* binding */ printReport),
  qH: () => (/* binding */ processTerminal),
  dg: () => (/* binding */ terminalLog)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/servers/scopes.ts
var scopes = __nccwpck_require__(2427);
;// CONCATENATED MODULE: ./src/capabilities/table.ts
/**
 * What a token holder can do with each scope, in a bot maintainer's words.
 *
 * Each row is one capability, backed by the endpoints that give it. Every endpoint listed accepts every scope the row
 * names (reference/mastodon-endpoint-scopes.json), and every endpoint that accepts a scope is claimed by a row naming
 * that scope: __tests__/capabilities.test.ts holds the table to both rules, so a sentence never claims what no
 * accepting endpoint does and no scope's reach is left unsaid.
 */
const HARMS = ['administers', 'acts', 'reads-private', 'reads'];
const row = (id, harm, text, scopes, endpoints) => ({ id, harm, text, scopes, endpoints });
const R = (name) => ['read', `read:${name}`];
const W = (name) => ['write', `write:${name}`];
const AR = (name) => ['admin:read', `admin:read:${name}`];
const AW = (name) => ['admin:write', `admin:write:${name}`];
/** In order of harm, worst first within each group: the report shows the first few. */
const CAPABILITIES = [
    // Moderates or administers the server.
    row('admin-act-accounts', 'administers', 'suspend, silence, approve or delete any user', AW('accounts'), [
        'POST /api/v1/admin/accounts/:account_id/action',
        'POST /api/v1/admin/accounts/:id/approve',
        'POST /api/v1/admin/accounts/:id/reject',
        'POST /api/v1/admin/accounts/:id/enable',
        'POST /api/v1/admin/accounts/:id/unsensitive',
        'POST /api/v1/admin/accounts/:id/unsilence',
        'POST /api/v1/admin/accounts/:id/unsuspend',
        'DELETE /api/v1/admin/accounts/:id',
    ]),
    row('admin-read-accounts', 'administers', 'see every user’s email and IP address', AR('accounts'), [
        'GET /api/v1/admin/accounts',
        'GET /api/v1/admin/accounts/:id',
        'GET /api/v2/admin/accounts',
    ]),
    row('admin-domain-blocks', 'administers', 'block or unblock whole servers', AW('domain_blocks'), [
        'POST /api/v1/admin/domain_blocks',
        'PATCH /api/v1/admin/domain_blocks/:id',
        'PUT /api/v1/admin/domain_blocks/:id',
        'DELETE /api/v1/admin/domain_blocks/:id',
    ]),
    row('admin-domain-allows', 'administers', 'change which servers may federate', AW('domain_allows'), [
        'POST /api/v1/admin/domain_allows',
        'DELETE /api/v1/admin/domain_allows/:id',
    ]),
    row('admin-ip-blocks', 'administers', 'block or unblock IP addresses', AW('ip_blocks'), [
        'POST /api/v1/admin/ip_blocks',
        'PATCH /api/v1/admin/ip_blocks/:id',
        'PUT /api/v1/admin/ip_blocks/:id',
        'DELETE /api/v1/admin/ip_blocks/:id',
    ]),
    row('admin-email-domain-blocks', 'administers', 'block or unblock email domains', AW('email_domain_blocks'), [
        'POST /api/v1/admin/email_domain_blocks',
        'DELETE /api/v1/admin/email_domain_blocks/:id',
    ]),
    row('admin-canonical-email-blocks', 'administers', 'block or unblock email addresses', AW('canonical_email_blocks'), [
        'POST /api/v1/admin/canonical_email_blocks',
        'DELETE /api/v1/admin/canonical_email_blocks/:id',
    ]),
    row('admin-act-reports', 'administers', 'resolve, reopen or assign moderation reports', AW('reports'), [
        'POST /api/v1/admin/reports/:id/assign_to_self',
        'POST /api/v1/admin/reports/:id/unassign',
        'POST /api/v1/admin/reports/:id/reopen',
        'POST /api/v1/admin/reports/:id/resolve',
        'PATCH /api/v1/admin/reports/:id',
        'PUT /api/v1/admin/reports/:id',
    ]),
    row('admin-trends', 'administers', 'approve or reject trends and hashtags', ['admin:write'], [
        'POST /api/v1/admin/trends/tags/:id/approve',
        'POST /api/v1/admin/trends/tags/:id/reject',
        'POST /api/v1/admin/trends/links/:id/approve',
        'POST /api/v1/admin/trends/links/:id/reject',
        'POST /api/v1/admin/trends/statuses/:id/approve',
        'POST /api/v1/admin/trends/statuses/:id/reject',
        'POST /api/v1/admin/trends/links/publishers/:id/approve',
        'POST /api/v1/admin/trends/links/publishers/:id/reject',
        'PATCH /api/v1/admin/tags/:id',
        'PUT /api/v1/admin/tags/:id',
    ]),
    row('admin-read-reports', 'administers', 'read every moderation report', AR('reports'), [
        'GET /api/v1/admin/reports',
        'GET /api/v1/admin/reports/:id',
    ]),
    row('admin-read-domain-blocks', 'administers', 'see which servers are blocked', AR('domain_blocks'), [
        'GET /api/v1/admin/domain_blocks',
        'GET /api/v1/admin/domain_blocks/:id',
    ]),
    row('admin-read-domain-allows', 'administers', 'see which servers may federate', AR('domain_allows'), [
        'GET /api/v1/admin/domain_allows',
        'GET /api/v1/admin/domain_allows/:id',
    ]),
    row('admin-read-ip-blocks', 'administers', 'see blocked IP addresses', AR('ip_blocks'), [
        'GET /api/v1/admin/ip_blocks',
        'GET /api/v1/admin/ip_blocks/:id',
    ]),
    row('admin-read-email-domain-blocks', 'administers', 'see blocked email domains', AR('email_domain_blocks'), [
        'GET /api/v1/admin/email_domain_blocks',
        'GET /api/v1/admin/email_domain_blocks/:id',
    ]),
    row('admin-read-canonical-email-blocks', 'administers', 'see and test blocked email addresses', AR('canonical_email_blocks'), [
        'GET /api/v1/admin/canonical_email_blocks',
        'GET /api/v1/admin/canonical_email_blocks/:id',
        'POST /api/v1/admin/canonical_email_blocks/test',
    ]),
    row('admin-read-stats', 'administers', 'read server statistics and pending trends', ['admin:read'], [
        'POST /api/v1/admin/measures',
        'POST /api/v1/admin/dimensions',
        'POST /api/v1/admin/retention',
        'GET /api/v1/admin/trends/tags',
        'GET /api/v1/admin/trends/links',
        'GET /api/v1/admin/trends/statuses',
        'GET /api/v1/admin/trends/links/publishers',
        'GET /api/v1/admin/tags',
        'GET /api/v1/admin/tags/:id',
    ]),
    // Acts as the account.
    row('post', 'acts', 'post, edit and delete posts as you', W('statuses'), [
        'POST /api/v1/statuses',
        'PATCH /api/v1/statuses/:id',
        'PUT /api/v1/statuses/:id',
        'DELETE /api/v1/statuses/:id',
    ]),
    row('profile-edit', 'acts', 'change your name, bio, avatar and settings', W('accounts'), [
        'PATCH /api/v1/accounts/update_credentials',
        'PATCH /api/v1/profile',
        'PUT /api/v1/profile',
        'DELETE /api/v1/profile/avatar',
        'DELETE /api/v1/profile/header',
    ]),
    row('follow', 'acts', 'follow and unfollow accounts and hashtags', ['follow', ...W('follows')], [
        'POST /api/v1/accounts/:id/follow',
        'POST /api/v1/accounts/:id/unfollow',
        'POST /api/v1/accounts/:id/remove_from_followers',
        'POST /api/v1/tags/:id/follow',
        'POST /api/v1/tags/:id/unfollow',
    ]),
    row('follow-requests', 'acts', 'accept or reject follow requests', ['follow', ...W('follows')], ['POST /api/v1/follow_requests/:id/authorize', 'POST /api/v1/follow_requests/:id/reject']),
    row('boost', 'acts', 'boost posts', W('statuses'), [
        'POST /api/v1/statuses/:status_id/reblog',
        'POST /api/v1/statuses/:status_id/unreblog',
    ]),
    row('upload', 'acts', 'upload and delete images and video', W('media'), [
        'POST /api/v1/media',
        'POST /api/v2/media',
        'GET /api/v1/media/:id',
        'PATCH /api/v1/media/:id',
        'PUT /api/v1/media/:id',
        'DELETE /api/v1/media/:id',
    ]),
    row('favourite', 'acts', 'favourite posts and react to announcements', W('favourites'), [
        'POST /api/v1/statuses/:status_id/favourite',
        'POST /api/v1/statuses/:status_id/unfavourite',
        'PATCH /api/v1/announcements/:announcement_id/reactions/:id',
        'PUT /api/v1/announcements/:announcement_id/reactions/:id',
        'DELETE /api/v1/announcements/:announcement_id/reactions/:id',
    ]),
    row('block', 'acts', 'block and unblock accounts and servers', ['follow', ...W('blocks')], [
        'POST /api/v1/accounts/:id/block',
        'POST /api/v1/accounts/:id/unblock',
        'POST /api/v1/domain_blocks',
        'DELETE /api/v1/domain_blocks',
        'GET /api/v1/domain_blocks/preview',
    ]),
    row('mute-accounts', 'acts', 'mute and unmute accounts', ['follow', ...W('mutes')], ['POST /api/v1/accounts/:id/mute', 'POST /api/v1/accounts/:id/unmute']),
    row('mute-threads', 'acts', 'mute and unmute conversations', W('mutes'), [
        'POST /api/v1/statuses/:status_id/mute',
        'POST /api/v1/statuses/:status_id/unmute',
    ]),
    row('report', 'acts', 'report accounts to moderators', W('reports'), ['POST /api/v1/reports']),
    row('sign-up', 'acts', 'sign up new accounts through your app', W('accounts'), ['POST /api/v1/accounts']),
    row('schedule', 'acts', 'change or cancel scheduled posts', W('statuses'), [
        'PATCH /api/v1/scheduled_statuses/:id',
        'PUT /api/v1/scheduled_statuses/:id',
        'DELETE /api/v1/scheduled_statuses/:id',
    ]),
    row('interaction-policy', 'acts', 'change who may quote your posts', W('statuses'), [
        'PATCH /api/v1/statuses/:status_id/interaction_policy',
        'PUT /api/v1/statuses/:status_id/interaction_policy',
        'POST /api/v1/statuses/:status_id/quotes/:id/revoke',
    ]),
    row('vote', 'acts', 'vote in polls', W('statuses'), ['POST /api/v1/polls/:poll_id/votes']),
    row('feature', 'acts', 'pin posts and feature accounts on your profile', W('accounts'), [
        'POST /api/v1/statuses/:status_id/pin',
        'POST /api/v1/statuses/:status_id/unpin',
        'POST /api/v1/accounts/:account_id/pin',
        'POST /api/v1/accounts/:account_id/unpin',
        'POST /api/v1/accounts/:account_id/endorse',
        'POST /api/v1/accounts/:account_id/unendorse',
        'POST /api/v1/featured_tags',
        'DELETE /api/v1/featured_tags/:id',
        'POST /api/v1/tags/:id/feature',
        'POST /api/v1/tags/:id/unfeature',
    ]),
    row('account-chores', 'acts', 'write private notes and dismiss suggestions', W('accounts'), [
        'POST /api/v1/accounts/:account_id/note',
        'DELETE /api/v1/suggestions/:id',
        'POST /api/v1/announcements/:id/dismiss',
        'POST /api/v1/annual_reports/:id/read',
        'POST /api/v1/annual_reports/:id/generate',
        'POST /api/v1/emails/confirmations',
    ]),
    row('notifications-edit', 'acts', 'clear notifications and change their filtering', W('notifications'), [
        'POST /api/v1/notifications/clear',
        'POST /api/v1/notifications/:id/dismiss',
        'POST /api/v1/notifications/dismiss',
        'POST /api/v2/notifications/clear',
        'POST /api/v2/notifications/:group_key/dismiss',
        'PATCH /api/v1/notifications/policy',
        'PUT /api/v1/notifications/policy',
        'PATCH /api/v2/notifications/policy',
        'PUT /api/v2/notifications/policy',
        'POST /api/v1/notifications/requests/accept',
        'POST /api/v1/notifications/requests/dismiss',
        'POST /api/v1/notifications/requests/:id/accept',
        'POST /api/v1/notifications/requests/:id/dismiss',
    ]),
    row('conversations-edit', 'acts', 'mark or delete direct message threads', W('conversations'), [
        'POST /api/v1/conversations/:id/read',
        'POST /api/v1/conversations/:id/unread',
        'DELETE /api/v1/conversations/:id',
    ]),
    row('lists-edit', 'acts', 'create, change and delete lists', W('lists'), [
        'POST /api/v1/lists',
        'PATCH /api/v1/lists/:id',
        'PUT /api/v1/lists/:id',
        'DELETE /api/v1/lists/:id',
        'POST /api/v1/lists/:list_id/accounts',
        'DELETE /api/v1/lists/:list_id/accounts',
    ]),
    row('filters-edit', 'acts', 'create, change and delete filters', W('filters'), [
        'POST /api/v1/filters',
        'PATCH /api/v1/filters/:id',
        'PUT /api/v1/filters/:id',
        'DELETE /api/v1/filters/:id',
        'POST /api/v2/filters',
        'PATCH /api/v2/filters/:id',
        'PUT /api/v2/filters/:id',
        'DELETE /api/v2/filters/:id',
        'POST /api/v2/filters/:filter_id/keywords',
        'PATCH /api/v2/filters/keywords/:id',
        'PUT /api/v2/filters/keywords/:id',
        'DELETE /api/v2/filters/keywords/:id',
        'POST /api/v2/filters/:filter_id/statuses',
        'DELETE /api/v2/filters/statuses/:id',
    ]),
    row('collections-edit', 'acts', 'create, change and delete collections', W('collections'), [
        'POST /api/v1/collections',
        'PATCH /api/v1/collections/:id',
        'PUT /api/v1/collections/:id',
        'DELETE /api/v1/collections/:id',
        'POST /api/v1/collections/:collection_id/items',
        'DELETE /api/v1/collections/:collection_id/items/:id',
        'POST /api/v1/collections/:collection_id/items/:id/revoke',
    ]),
    row('bookmark', 'acts', 'bookmark posts', W('bookmarks'), [
        'POST /api/v1/statuses/:status_id/bookmark',
        'POST /api/v1/statuses/:status_id/unbookmark',
    ]),
    row('markers-edit', 'acts', 'move your “read up to here” markers', W('statuses'), ['POST /api/v1/markers']),
    // Reads private data.
    row('read-dms', 'reads-private', 'read your direct messages', R('statuses'), [
        'GET /api/v1/conversations',
        'GET /api/v1/streaming/direct',
    ]),
    row('read-notifications', 'reads-private', 'read your notifications and mentions', R('notifications'), [
        'GET /api/v1/notifications',
        'GET /api/v1/notifications/:id',
        'GET /api/v1/notifications/unread_count',
        'GET /api/v1/notifications/policy',
        'GET /api/v1/notifications/requests',
        'GET /api/v1/notifications/requests/:id',
        'GET /api/v1/notifications/requests/merged',
        'GET /api/v2/notifications',
        'GET /api/v2/notifications/:group_key',
        'GET /api/v2/notifications/:notification_group_key/accounts',
        'GET /api/v2/notifications/policy',
        'GET /api/v2/notifications/unread_count',
        'GET /api/v1/streaming/user/notification',
    ]),
    row('read-private-posts', 'reads-private', 'read your home feed and followers-only posts', R('statuses'), [
        'GET /api/v1/timelines/home',
        'GET /api/v1/streaming/user',
        'GET /api/v1/streaming/list',
        'GET /api/v1/statuses',
        'GET /api/v1/statuses/:id',
        'GET /api/v1/statuses/:status_id/context',
        'GET /api/v1/statuses/:status_id/history',
        'GET /api/v1/statuses/:status_id/source',
        'GET /api/v1/statuses/:status_id/quotes',
        'POST /api/v1/statuses/:status_id/translate',
        'GET /api/v1/accounts/:account_id/statuses',
        'GET /api/v1/polls/:id',
    ]),
    row('read-scheduled', 'reads-private', 'read your scheduled posts and read markers', R('statuses'), [
        'GET /api/v1/scheduled_statuses',
        'GET /api/v1/scheduled_statuses/:id',
        'GET /api/v1/markers',
    ]),
    row('read-settings', 'reads-private', 'read your preferences and account settings', R('accounts'), [
        'GET /api/v1/preferences',
        'GET /api/v1/emails/check_confirmation',
        'GET /api/v1/annual_reports',
        'GET /api/v1/annual_reports/:id',
        'GET /api/v1/annual_reports/:id/state',
    ]),
    row('push', 'reads-private', 'have your notifications pushed to any server', ['push'], [
        'POST /api/v1/push/subscription',
        'GET /api/v1/push/subscription',
        'PATCH /api/v1/push/subscription',
        'PUT /api/v1/push/subscription',
        'DELETE /api/v1/push/subscription',
    ]),
    row('read-bookmarks', 'reads-private', 'read your bookmarks', R('bookmarks'), ['GET /api/v1/bookmarks']),
    row('read-favourites', 'reads-private', 'read your favourites', R('favourites'), ['GET /api/v1/favourites']),
    row('read-lists', 'reads-private', 'read your lists and their feeds', R('lists'), [
        'GET /api/v1/lists',
        'GET /api/v1/lists/:id',
        'GET /api/v1/lists/:list_id/accounts',
        'GET /api/v1/accounts/:account_id/lists',
        'GET /api/v1/timelines/list/:id',
    ]),
    row('read-blocks', 'reads-private', 'see whom you block', ['follow', ...R('blocks')], ['GET /api/v1/blocks', 'GET /api/v1/domain_blocks']),
    row('read-mutes', 'reads-private', 'see whom you mute', ['follow', ...R('mutes')], ['GET /api/v1/mutes']),
    row('read-filters', 'reads-private', 'read your filters', R('filters'), [
        'GET /api/v1/filters',
        'GET /api/v1/filters/:id',
        'GET /api/v2/filters',
        'GET /api/v2/filters/:id',
        'GET /api/v2/filters/:filter_id/keywords',
        'GET /api/v2/filters/keywords/:id',
        'GET /api/v2/filters/:filter_id/statuses',
        'GET /api/v2/filters/statuses/:id',
    ]),
    row('read-follow-requests', 'reads-private', 'see follow requests and followed hashtags', ['follow', ...R('follows')], ['GET /api/v1/follow_requests', 'GET /api/v1/followed_tags']),
    row('read-relationships', 'reads-private', 'see your relationships with other accounts', R('follows'), [
        'GET /api/v1/accounts/relationships',
        'GET /api/v1/accounts/familiar_followers',
    ]),
    // Reads what is mostly public, as the account.
    row('whoami', 'reads', 'see which account it is', ['profile', ...R('accounts')], ['GET /api/v1/accounts/verify_credentials', 'GET /api/v1/profile']),
    row('read-accounts', 'reads', 'look up accounts, followers and suggestions', R('accounts'), [
        'GET /api/v1/accounts',
        'GET /api/v1/accounts/:id',
        'GET /api/v1/accounts/lookup',
        'GET /api/v1/accounts/search',
        'GET /api/v1/accounts/:account_id/followers',
        'GET /api/v1/accounts/:account_id/following',
        'GET /api/v1/accounts/:account_id/endorsements',
        'GET /api/v1/endorsements',
        'GET /api/v1/featured_tags',
        'GET /api/v1/featured_tags/suggestions',
        'GET /api/v1/suggestions',
        'GET /api/v2/suggestions',
        'GET /api/v1/statuses/:status_id/reblogged_by',
        'GET /api/v1/statuses/:status_id/favourited_by',
    ]),
    row('read-public', 'reads', 'read public and hashtag timelines', R('statuses'), [
        'GET /api/v1/timelines/public',
        'GET /api/v1/timelines/link',
        'GET /api/v1/timelines/tag/:id',
        'GET /api/v1/streaming/public',
        'GET /api/v1/streaming/public/local',
        'GET /api/v1/streaming/public/remote',
        'GET /api/v1/streaming/hashtag',
        'GET /api/v1/streaming/hashtag/local',
    ]),
    row('search', 'reads', 'search posts and accounts as you', R('search'), ['GET /api/v2/search']),
    row('read-collections', 'reads', 'read collections', R('collections'), [
        'GET /api/v1/collections/:id',
        'GET /api/v1/accounts/:account_id/collections',
        'GET /api/v1/accounts/:account_id/in_collections',
    ]),
];

;// CONCATENATED MODULE: ./src/capabilities/blast-radius.ts
/**
 * What a leaked token could do, from its scopes: the capability table read for one set of scopes.
 *
 * The table speaks Mastodon's scope names. Other servers reuse its sentences only through scope names they have too,
 * by their own hierarchy (servers/scopes.ts): a GoToSocial `read` covers `read:statuses`, so it could read direct
 * messages as Mastodon's does. A server whose rules are not known gets no sentences at all rather than guessed ones.
 */


const harmRank = (harm) => HARMS.indexOf(harm);
/** The capabilities the scopes give on a server of this family, worst harm first, in table order within a harm. */
function capabilitiesOf(scopes, family = 'mastodon') {
    const lines = [];
    for (const capability of CAPABILITIES) {
        const giving = scopes.filter((scope) => gives(family, scope, capability));
        if (giving.length > 0)
            lines.push({ id: capability.id, harm: capability.harm, text: capability.text, scopes: giving });
    }
    return lines.sort((a, b) => harmRank(a.harm) - harmRank(b.harm));
}
/** The row's own scope: the most specific it names (`write:follows` of `follow write write:follows`). */
const ownScope = (c) => c.scopes.reduce((a, b) => (b.split(':').length > a.split(':').length ? b : a));
function gives(family, scope, capability) {
    // Mastodon: the table lists every scope its endpoints accept, parents and `follow` included.
    if (family === 'mastodon')
        return capability.scopes.includes(scope);
    const known = (0,scopes/* knownScopes */.rB)(family);
    if (!known?.has(scope))
        return false;
    const own = ownScope(capability);
    return ((known.has(own) && (0,scopes/* satisfiesOn */.j4)(family, scope, own)) || (scope === 'follow' && capability.scopes.includes('follow')));
}
/**
 * The blast radius of a grant, and of the declaration that would replace it. `required` undefined (nothing declared)
 * or equal in reach to the grant leaves `afterFix` undefined: there is no narrower token to compare with.
 */
function blastRadius(granted, required, family = 'mastodon') {
    const could = capabilitiesOf(granted, family);
    const after = required === undefined ? undefined : capabilitiesOf(required, family);
    const narrower = after !== undefined && could.some((c) => !after.some((a) => a.id === c.id));
    const byScope = [...new Set(granted)]
        .sort()
        .map((scope) => ({ scope, can: capabilitiesOf([scope], family).map((c) => c.text) }));
    return { could, afterFix: narrower ? after : undefined, byScope };
}
/** What `broad` allows that `narrow` does not: what declared scopes allow that the code never uses. */
function capabilitiesBeyond(broad, narrow, family = 'mastodon') {
    const kept = new Set(capabilitiesOf(narrow, family).map((c) => c.id));
    return capabilitiesOf(broad, family).filter((c) => !kept.has(c.id));
}
/** The worst few, and how many more: for a summary that stays short. */
function worstFirst(lines, max) {
    return { shown: lines.slice(0, max), more: Math.max(0, lines.length - max) };
}

// EXTERNAL MODULE: ./src/servers/identity.ts
var identity = __nccwpck_require__(3072);
;// CONCATENATED MODULE: ./src/report/blast.ts
/**
 * The blast radius in a report: what a leaked token could do now, and after the fix. Pure; decided from the report's
 * own facts, so every view (summary, comment, issue, CLI, JSON) says the same.
 */


/** How many capabilities a summary shows before "and N more": the worst few, so the list is read. */
const SHOWN = 5;
const familyOf = (report) => 
// Mastodon's rules when the software could not be read, as everywhere else in the report.
report.instance.software ? (0,identity/* familyOf */.Ap)(report.instance.software) : 'mastodon';
/**
 * What the declared scopes allow that the scanned code never uses (`source-paths` with `required-scopes`): the part
 * of a leak that the declaration, not the bot, is responsible for. Empty when the code uses all it declares.
 */
function beyondCodeOf(report) {
    const code = report.code;
    if (!code || code.declaration !== 'required-scopes' || code.unneeded.length === 0)
        return [];
    return capabilitiesBeyond(code.declared, code.needed, familyOf(report));
}
/** Only a live token with known scopes has a blast radius; an unknown software's scopes mean nothing we can say. */
function blastOf(report) {
    if (report.tokenState !== 'active' || report.scopes.granted.length === 0)
        return undefined;
    const family = familyOf(report);
    const radius = blastRadius(report.scopes.granted, report.scopes.declared ? report.scopes.required : undefined, family);
    return radius.could.length > 0 ? radius : undefined;
}
/** The lists as a summary shows them: the worst few now, and all that the fixed token could still do. */
function blastLists(report) {
    const beyond = beyondCodeOf(report);
    const codeList = beyond.length
        ? [{ title: 'What the declared scopes allow that the code never uses', items: shortList(beyond) }]
        : [];
    const radius = blastOf(report);
    if (!radius)
        return codeList;
    const upperBound = report.scopes.source === 'app';
    const lists = [
        { title: upperBound ? 'A leaked token could at most' : 'A leaked token could', items: shortList(radius.could) },
    ];
    if (radius.afterFix) {
        lists.push({
            title: 'After the fix it could only',
            items: shortList(radius.afterFix, 8),
        });
    }
    return [...lists, ...codeList];
}
function shortList(lines, max = SHOWN) {
    const { shown, more } = worstFirst(lines, max);
    return [...shown.map((c) => c.text), ...(more > 0 ? [`and ${more} more ${more === 1 ? 'thing' : 'things'}`] : [])];
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(9997);
;// CONCATENATED MODULE: ./src/report/todo.ts

const SEVERITY_RANK = { failure: 0, warning: 1, notice: 2 };
/** Findings, most severe first; equal ones keep their order. */
function bySeverity(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
/** Every distinct step, most severe finding first. A notice's suggestions count only when nothing is wrong. */
function todoOf(report) {
    const findings = bySeverity(report.findings);
    const serious = findings.filter((f) => f.severity !== 'notice');
    const steps = [];
    for (const finding of serious.length > 0 ? serious : findings) {
        for (const step of finding.fix)
            if (!steps.includes(step))
                steps.push(step);
    }
    return steps;
}
/** The Markdown of messages and steps (code spans) as plain text. */
function plain(text) {
    return (0,util_text/* uncode */.Nn)(text);
}
/** A finding in one plain sentence: its own `short`, else its message's first sentence. */
function todo_shortOf(finding) {
    if (finding.short)
        return plain(finding.short);
    const text = plain(finding.message).trim();
    // A sentence ends at . ! or ? followed by a capital: "e.g. x" and "4.3 or later" do not end one.
    const end = /[.!?](?=\s+[A-Z"'(])/.exec(text);
    return end ? text.slice(0, end.index + 1) : text;
}

;// CONCATENATED MODULE: ./src/report/headline.ts

const STATUS_HEADLINE = {
    healthy: 'Token healthy',
    'over-scoped': 'Token over-scoped',
    'under-scoped': 'Token under-scoped',
    'over-declared': 'Declared scopes broader than the code needs',
    'under-declared': 'The code needs undeclared scopes',
    revoked: 'Token revoked',
    invalid: 'Token invalid',
    'account-unusable': 'Account unusable',
    'app-only': 'App-only token',
    unreachable: 'Token state unknown',
    skipped: 'Check skipped',
    'input-error': 'Input error',
};
const SEVERITY_ICON = { failure: '❌', warning: '⚠️', notice: 'ℹ️' };
function headline(report) {
    return report.bots ? botsHeadline(report) : STATUS_HEADLINE[report.status];
}
/** The bots of a several-bots report that need a reader: something to fix or to know, not merely skipped. */
function botsNeedingAttention(report) {
    return (report.bots?.bots ?? []).filter((b) => b.report.sticky.comment === 'attention');
}
/** The verdict of a several-bots run: how many bots need attention, of how many. */
function botsHeadline(report) {
    const all = report.bots?.bots.length ?? 0;
    const attention = botsNeedingAttention(report).length;
    const noun = all === 1 ? 'bot' : 'bots';
    if (attention === 0)
        return report.status === 'skipped' ? `${all} ${noun} skipped` : `All ${all} ${noun} healthy`;
    return `${attention} of ${all} ${noun} need${attention === 1 ? 's' : ''} attention`;
}
function statusIcon(report) {
    if (report.failed)
        return '❌';
    if (report.status === 'healthy')
        return '✅';
    if (report.status === 'skipped')
        return '⏭️';
    return '⚠️';
}
/**
 * A finding as an annotation: annotations are plain text and show one short paragraph, so one plain sentence and a
 * pointer to the job summary, where the fix is. The title goes in the annotation's own title.
 */
function annotationText(finding) {
    return `${shortOf(finding)} See the job summary.`;
}

;// CONCATENATED MODULE: ./src/report/json.ts



const SCHEMA_VERSION = 1;
const orNull = (text) => (text ? text : null);
const absolute = (url) => (url && /^https?:\/\/[^/]/.test(url) ? url : null);
function reportJson(report) {
    const radius = blastOf(report);
    return {
        schemaVersion: SCHEMA_VERSION,
        status: report.status,
        failed: report.failed,
        verdict: headline(report),
        todo: todoOf(report),
        findings: report.findings.map((f) => ({
            id: f.id,
            severity: f.severity,
            status: f.status ?? null,
            title: plain(f.title),
            message: f.message,
            fix: [...f.fix],
        })),
        tokenState: report.tokenState,
        instance: {
            origin: orNull(report.instance.origin),
            host: orNull(report.instance.host),
            software: orNull(report.instance.software),
            version: orNull(report.instance.version),
        },
        account: report.account
            ? { handle: report.account.handle, id: report.account.id, url: orNull(report.account.url) }
            : null,
        accountNote: orNull(report.accountNote),
        app: report.app ? { name: report.app.name, website: orNull(report.app.website) } : null,
        scopes: {
            granted: [...report.scopes.granted],
            required: [...report.scopes.required],
            excess: [...report.scopes.excess],
            missing: [...report.scopes.missing],
            undetermined: [...report.scopes.undetermined],
            source: report.scopes.source || null,
            declared: report.scopes.declared,
        },
        token: { createdAt: orNull(report.token.createdAt), ageDays: report.token.ageDays ?? null },
        blastRadius: {
            could: radius ? [...radius.could] : [],
            afterFix: radius?.afterFix ? [...radius.afterFix] : null,
            byScope: radius ? [...radius.byScope] : [],
            beyondCode: beyondCodeOf(report),
        },
        links: {
            authorizedApps: absolute(report.links?.authorizedApps),
            development: absolute(report.links?.development),
            newApplication: absolute(report.links?.newApplication),
        },
        checkedAt: report.checkedAt,
        bots: report.bots ? Object.fromEntries(report.bots.bots.map((bot) => [bot.name, reportJson(bot.report)])) : null,
        code: report.code ?? null,
    };
}

;// CONCATENATED MODULE: ./src/report/details.ts
/**
 * The details under the verdict, the fix and the findings: facts a reader looks up, not reads first. Each section is
 * a function of the report; a new kind of fact (the code's needs, the blast radius, one bot of several) is one more
 * function in DETAIL_SECTIONS. Rows without a value are left out. Values are Markdown (code spans only).
 */

const scopeList = (scopes) => scopes.map((s) => (0,util_text/* code */.aY)(s)).join(' ');
function tokenSection(report) {
    const { origin, software, version } = report.instance;
    const server = [software, version].filter(Boolean).join(' ');
    return {
        title: 'Token',
        rows: [
            { label: 'Instance', value: origin ? origin + (server ? ` (${(0,util_text/* code */.aY)(server)})` : '') : '' },
            {
                label: 'Account',
                value: report.account
                    ? `${(0,util_text/* code */.aY)(report.account.handle)}${report.account.id ? ` (id ${(0,util_text/* code */.aY)(report.account.id)})` : ''}`
                    : (report.accountNote ?? ''),
            },
            { label: 'App', value: report.app ? (0,util_text/* code */.aY)(report.app.name) : '' },
            { label: 'Token state', value: report.tokenState === 'unknown' ? '' : (0,util_text/* code */.aY)(report.tokenState) },
            {
                label: 'Links',
                // None when the instance is not known, nor on Pleroma and Akkoma, which have no such pages (docs/servers/ §6).
                value: report.links
                    ? `[Authorized apps](${report.links.authorizedApps}) (revoke) · [Development](${report.links.development}) (new token)`
                    : '',
            },
            {
                label: 'Token age',
                value: report.token.ageDays !== undefined
                    ? `${report.token.ageDays} ${report.token.ageDays === 1 ? 'day' : 'days'} (created ${(report.token.createdAt ?? '').slice(0, 10)})`
                    : '',
            },
        ],
    };
}
function scopesSection(report) {
    const { scopes } = report;
    return {
        title: 'Scopes',
        rows: [
            { label: 'Granted', value: scopeList(scopes.granted) + (scopes.source ? ` (${sourceText(scopes.source)})` : '') },
            { label: 'Declared', value: scopes.declared ? scopeList(scopes.required) : '' },
            { label: 'Excess', value: scopeList(scopes.excess) },
            { label: 'Missing', value: scopeList(scopes.missing) },
            { label: 'Not told apart', value: scopeList(scopes.undetermined) },
        ],
    };
}
function sourceText(source) {
    switch (source) {
        case 'token-info':
            return 'from token info: exact';
        case 'probe':
            return 'by harmless requests: exact';
        case 'app':
            return "the app's registered scopes: an upper bound";
        case undefined:
            return '';
    }
}
/**
 * What the code needs (`source-paths`): per scope, granted vs declared vs needed and the calls that need it; then
 * the calls that could not be resolved and those found only in tests. File names and call texts come from the
 * repository: code spans only.
 */
function codeSection(report) {
    const scanned = report.code;
    if (!scanned)
        return undefined;
    const where = (c) => (0,util_text/* code */.aY)(`${c.file}:${c.line}`);
    const few = (items, show) => items.slice(0, MAX_LISTED).map(show).join(', ') +
        (items.length > MAX_LISTED ? `, and ${items.length - MAX_LISTED} more` : '');
    const declared = scanned.declared;
    const granted = report.scopes.source ? report.scopes.granted : undefined;
    const scopes = [...new Set([...(granted ?? []), ...declared, ...scanned.needed])].sort();
    const mark = (label, yes) => `${label} ${yes ? '✓' : '✗'}`;
    return {
        title: 'Needs of the code',
        rows: [
            {
                label: 'Scanned',
                value: `${scanned.calls.length} ${scanned.calls.length === 1 ? 'call' : 'calls'} in ${scanned.files.scanned} ${scanned.files.scanned === 1 ? 'file' : 'files'} of ${scanList(scanned.sourcePaths)}`,
            },
            {
                label: 'Needed',
                value: (scopeList(scanned.needed) || 'none') +
                    (scanned.declaration === 'code' ? ' (no `required-scopes`: the needs stood as the declaration)' : ''),
            },
            { label: 'Undeclared', value: scopeList(scanned.undeclared) },
            { label: 'Unneeded', value: scopeList(scanned.unneeded) },
            ...scopes.map((scope) => {
                const calls = scanned.calls.filter((c) => c.need === scope);
                return {
                    label: (0,util_text/* code */.aY)(scope),
                    value: [
                        ...(granted ? [mark('granted', granted.includes(scope))] : []),
                        ...(scanned.declaration === 'required-scopes' ? [mark('declared', declared.includes(scope))] : []),
                        calls.length ? `needed by ${few(calls, (c) => `${where(c)} ${(0,util_text/* code */.aY)(c.what)}`)}` : 'not needed',
                    ].join(' · '),
                };
            }),
            {
                label: 'Unresolved (check by hand)',
                value: few(scanned.unresolved, (u) => `${where(u)} ${(0,util_text/* code */.aY)(u.what)} (${(0,util_text/* code */.aY)(u.reason)})`),
            },
            {
                label: 'In tests only (not counted)',
                value: few([...scanned.tests.calls, ...scanned.tests.unresolved], (c) => `${where(c)} ${(0,util_text/* code */.aY)(c.what)}`),
            },
        ],
    };
}
const MAX_LISTED = 5;
const scanList = (paths) => paths.map((p) => (0,util_text/* code */.aY)(p)).join(' ');
/** In the order shown. Add a section here; it appears in the summary, the comment, the issue and the CLI. */
const DETAIL_SECTIONS = [
    tokenSection,
    scopesSection,
    codeSection,
];
/** The sections with something to show, each with only the rows that have a value. */
function detailsOf(report) {
    if (report.status === 'input-error')
        return [];
    // A run whose token was not checked (a fork's pull request) still shows what the code needs.
    const skipped = report.tokenState === 'unknown' && report.findings.some((f) => f.id === 'skipped');
    const sections = skipped ? [codeSection] : DETAIL_SECTIONS;
    return sections.flatMap((section) => {
        const shown = section(report);
        const rows = shown?.rows.filter((row) => row.value.trim() !== '') ?? [];
        return shown && rows.length > 0 ? [{ title: shown.title, rows }] : [];
    });
}

;// CONCATENATED MODULE: ./src/report/bots.ts
/**
 * Several bots' report (config): a table with one row per bot, then each bot that needs attention in full, in the
 * same words as a one-bot report. Pure. Bot names are the file's (letters, digits, `.`, `_`, `-`); every value a
 * server chose is inside a code span (util/text.ts `code`), and table cells escape `|`.
 */



const cell = (markdown) => markdown.replace(/\|/g, '\\|');
/** The first thing to do for one bot, short: the table's last column. */
function firstStep(report) {
    if (report.status === 'healthy')
        return 'Nothing.';
    const step = todoOf(report)[0] ?? report.findings[0]?.message ?? '';
    const text = plain(step).replace(/\s+/g, ' ').trim();
    const sentence = /^(.*?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;
    return sentence.length > 160 ? `${sentence.slice(0, 159)}…` : sentence;
}
function renderBotsMarkdown(report, render, headingLevel) {
    const part = report.bots;
    if (!part)
        return '';
    const h = '#'.repeat(headingLevel);
    const lines = [`${h} ${statusIcon(report)} ${headline(report)} (${(0,util_text/* code */.aY)(part.file)})`, ''];
    lines.push('| bot | instance | account | status | what to do |', '|---|---|---|---|---|');
    for (const { name, report: bot } of part.bots) {
        const row = [
            (0,util_text/* code */.aY)(name),
            bot.instance.host ? (0,util_text/* code */.aY)(bot.instance.host) : '—',
            bot.account ? (0,util_text/* code */.aY)(bot.account.handle) : '—',
            `${statusIcon(bot)} ${(0,util_text/* code */.aY)(bot.status)}`,
            // Plain text in a cell: code spans keep anything a server chose inert.
            (0,util_text/* code */.aY)(firstStep(bot), { max: 160 }),
        ];
        lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
    lines.push('');
    for (const { name, line, report: bot } of botsNeedingAttention(report)) {
        lines.push(`${h}# ${(0,util_text/* code */.aY)(name)} (${(0,util_text/* code */.aY)(`${part.file}:${line}`)})`, '');
        // The bot's own report, one level deeper, without its own closing line.
        const body = render(bot, headingLevel + 2)
            .trimEnd()
            .split('\n')
            .filter((l) => !l.startsWith('<sub>Checked '));
        lines.push(...body, '');
    }
    lines.push(`<sub>Checked ${report.checkedAt} by mastodon-token-health.</sub>`);
    return lines.join('\n').trimEnd() + '\n';
}
function renderBotsText(report, render) {
    const part = report.bots;
    if (!part)
        return '';
    const mark = report.failed ? '✗' : report.status === 'healthy' ? '✓' : '!';
    const lines = [`${mark} ${headline(report)} (${part.file}) (status: ${report.status})`, ''];
    const width = Math.max(...part.bots.map((b) => b.name.length)) + 2;
    for (const { name, report: bot } of part.bots) {
        const where = bot.instance.host ? ` on ${bot.instance.host}` : '';
        lines.push(`  ${name.padEnd(width)}${headline(bot)}${where} (${bot.status})`);
    }
    for (const { name, report: bot } of botsNeedingAttention(report)) {
        lines.push('', `── ${name} ──`, render(bot).trimEnd());
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/inputs/instance.ts + 1 modules
var instance = __nccwpck_require__(6508);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The report as Markdown: the job summary, and the body of the comment and the issue. Pure.
 *
 * In the order a reader needs it: the verdict; one list of what to do, written once for all findings; the findings;
 * then the details, collapsed. Server-chosen text is already inside code spans (util/text.ts `code`, the one escaper).
 */







/** The verdict as one line: icon, headline, whose token, where. */
function verdictLine(report) {
    const subject = report.account ? ` for ${(0,util_text/* code */.aY)(report.account.handle)}` : '';
    const where = report.instance.host ? ` on ${(0,util_text/* code */.aY)((0,instance/* shownHost */.KI)(report.instance.host))}` : '';
    const tail = report.status === 'input-error' ? ': no request was made' : '';
    return `${statusIcon(report)} ${headline(report)}${subject}${where}${tail}`;
}
function renderMarkdown(report, options = {}) {
    if (report.bots) {
        return renderBotsMarkdown(report, (bot, headingLevel) => renderMarkdown(bot, { headingLevel }), options.headingLevel ?? 2);
    }
    const h = '#'.repeat(options.headingLevel ?? 2);
    const lines = [`${h} ${verdictLine(report)}`, ''];
    if (report.status === 'input-error') {
        // Each error names the input, shows the value and says what is expected: the list is what to fix.
        lines.push('**What to fix**', '', ...report.findings.map((f) => `- ${f.message}`), '');
        return finish(lines, report);
    }
    const todo = todoOf(report);
    const serious = report.findings.some((f) => f.severity !== 'notice');
    if (todo.length > 0) {
        lines.push(`**${serious ? 'What to do' : 'Worth doing'}**`, '', ...todo.map((step, i) => `${i + 1}. ${step}`), '');
    }
    else if (report.status === 'healthy') {
        lines.push(`Nothing to do: ${healthySentence(report)}`, '');
    }
    if (report.findings.length > 0) {
        lines.push('**Findings**', '', ...bySeverity(report.findings).map(findingLine), '');
    }
    for (const list of blastLists(report)) {
        lines.push(`**${list.title}:**`, '', ...list.items.map((item) => `- ${item}`), '');
    }
    lines.push(...detailsBlock(detailsOf(report)));
    return finish(lines, report);
}
function findingLine(finding) {
    return `- ${SEVERITY_ICON[finding.severity]} **${finding.title}**: ${finding.message}`;
}
/** The details, collapsed: one bold title and a list of rows per section. */
function detailsBlock(sections) {
    if (sections.length === 0)
        return [];
    const names = sections.map((s) => s.title.toLowerCase()).join(', ');
    const lines = ['<details>', `<summary>Details: ${names}</summary>`, ''];
    for (const section of sections) {
        lines.push(`**${section.title}**`, '', ...section.rows.map((row) => `- ${row.label}: ${row.value}`), '');
    }
    lines.push('</details>', '');
    return lines;
}
function healthySentence(report) {
    return report.scopes.declared ? 'the token works and holds exactly the declared scopes.' : 'the token works.';
}
function finish(lines, report) {
    lines.push(`<sub>Checked ${report.checkedAt} by mastodon-token-health.</sub>`);
    return lines.join('\n').trimEnd() + '\n';
}

;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * The report as plain text, for a terminal (the CLI) and the step's log. Pure: the caller says how wide the terminal
 * is. Same order as the Markdown: verdict, what to do (numbered, wrapped), findings, details. Colour is added by
 * `paintText` after the text has been made safe to print, so no server string can carry an escape sequence in.
 */





const MARK = { failure: '✗', warning: '!', notice: 'i' };
const ANSI = { red: '31', yellow: '33', green: '32', cyan: '36', bold: '1' };
function renderText(report, options = {}) {
    if (report.bots)
        return renderBotsText(report, (bot) => renderText(bot, options));
    const width = Math.max(40, Math.min(options.width ?? 80, 120));
    const mark = report.failed ? '✗' : report.status === 'healthy' ? '✓' : report.status === 'skipped' ? '-' : '!';
    const subject = report.account ? ` for ${report.account.handle}` : '';
    const where = report.instance.host ? ` on ${report.instance.host}` : '';
    const verdict = `${mark} ${headline(report)}${subject}${where}`;
    const status = `(status: ${report.status})`;
    const lines = verdict.length + 1 + status.length <= width ? [`${verdict} ${status}`] : [verdict, `  ${status}`];
    if (report.status === 'input-error') {
        lines.push('', 'What to fix:');
        for (const finding of report.findings)
            lines.push(...wrap(plain(finding.message), width, '  - ', '    '));
        return lines.join('\n') + '\n';
    }
    const todo = todoOf(report);
    if (todo.length > 0) {
        const serious = report.findings.some((f) => f.severity !== 'notice');
        lines.push('', serious ? 'What to do:' : 'Worth doing:');
        todo.forEach((step, i) => {
            const number = `  ${i + 1}. `;
            lines.push(...wrap(plain(step), width, number, ' '.repeat(number.length)));
        });
    }
    else if (report.status === 'healthy') {
        lines.push('', 'Nothing to do.');
    }
    if (report.findings.length > 0) {
        lines.push('', 'Findings:');
        for (const finding of bySeverity(report.findings)) {
            const text = `${finding.title}: ${plain(finding.message)}`;
            lines.push(...wrap(text, width, `  ${MARK[finding.severity]} `, '    '));
        }
    }
    for (const list of blastLists(report)) {
        lines.push('', `${list.title}:`);
        for (const item of list.items)
            lines.push(...wrap(item, width, '  - ', '    '));
    }
    const sections = detailsOf(report);
    if (sections.length > 0) {
        const labelWidth = Math.max(...sections.flatMap((s) => s.rows.map((r) => r.label.length))) + 2;
        lines.push('', 'Details:');
        for (const section of sections) {
            for (const row of section.rows) {
                const label = `  ${row.label.toLowerCase().padEnd(labelWidth)}`;
                lines.push(...wrap(plain(row.value).replace(/\[([^\]]+)\]\((\S+?)\)/g, '$1 $2'), width, label, ' '.repeat(label.length)));
            }
        }
    }
    return lines.join('\n') + '\n';
}
/**
 * ANSI colour for a terminal that takes it: the verdict line in the status's colour, the severity marks of the
 * findings in theirs. Applied to text already made safe to print: it adds escape sequences, it never passes any on.
 */
function paintText(text, report) {
    const paint = (code, part) => `\x1b[${code}m${part}\x1b[0m`;
    const verdictColour = report.failed ? ANSI.red : report.status === 'healthy' ? ANSI.green : ANSI.yellow;
    const markColour = { '✗': ANSI.red, '!': ANSI.yellow, i: ANSI.cyan };
    const [first = '', ...rest] = text.split('\n');
    const verdict = first.replace(/ \(status: [a-z-]+\)$/, '');
    let inFindings = false;
    const painted = rest.map((line) => {
        if (/^\S/.test(line))
            inFindings = line === 'Findings:';
        const mark = /^ {2}([✗!i]) /.exec(line);
        return inFindings && mark
            ? `  ${paint(markColour[mark[1] ?? ''] ?? ANSI.bold, mark[1] ?? '')}${line.slice(3)}`
            : line;
    });
    return [paint(ANSI.bold, paint(verdictColour, verdict)) + first.slice(verdict.length), ...painted].join('\n');
}
/** Words to lines of at most `width` columns; a word longer than a line (a URL) stands on a line of its own. */
function wrap(text, width, first, rest) {
    const lines = [];
    let line = first;
    let empty = true;
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (!empty && line.length + 1 + word.length > width) {
            lines.push(line);
            line = rest;
            empty = true;
        }
        line += empty ? word : ` ${word}`;
        empty = false;
    }
    lines.push(line);
    return lines;
}

;// CONCATENATED MODULE: ./src/util/log.ts

/** A log line is one line; past this it is clipped. */
const MAX_LOG_LINE = 2000;
/**
 * Every line redacted, then made one printable line (util/text.ts), on its way out: a log never carries the token or
 * a server's control characters, whoever wrote the line. Redacted first: cleaning first could break a token up and
 * hide it from the redactor.
 */
function safeLog(log, redact) {
    const clean = (text) => (0,util_text/* oneLine */.TN)(redact(text), MAX_LOG_LINE);
    return {
        debug: (message) => log.debug(clean(message)),
        info: (message) => log.info(clean(message)),
        warning: (message, title) => log.warning(clean(message), title === undefined ? undefined : clean(title)),
    };
}

;// CONCATENATED MODULE: ./src/cli/terminal.ts
/**
 * The terminal's side of the CLI: where it writes, what it knows about the terminal (a TTY or not, its width, colour),
 * the log lines on standard error, and the report printed in the asked format with the exit status.
 */






/** The process's own standard streams. */
function processTerminal() {
    return {
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
        stdoutIsTTY: process.stdout.isTTY === true,
        stderrIsTTY: process.stderr.isTTY === true,
        columns: process.stdout.columns,
        readStdin: () => (0,external_node_fs_.readFileSync)(0, 'utf8'),
    };
}
/** The one logging interface (util/log.ts), to standard error; debug lines only when asked for. */
function terminalLog(terminal, env, redact) {
    const { stderr } = terminal;
    const debugging = Boolean(env['MASTODON_TOKEN_HEALTH_DEBUG']);
    return safeLog({
        debug: (line) => (debugging ? stderr(`${line}\n`) : undefined),
        info: (line) => stderr(`${line}\n`),
        warning: (line, title) => stderr(`${title ? `${title}: ` : ''}${line}\n`),
    }, redact);
}
/** Prints the report in the asked format; the exit status: 0 fine or warnings, 1 the check failed, 2 bad input. */
function printReport(report, format, env, terminal, redact) {
    const { stdout, stderr } = terminal;
    const code = report.status === 'input-error' ? 2 : report.failed ? 1 : 0;
    // Redacted, then each line made safe for a terminal (no escape sequence from a server string reaches it); colour,
    // when wanted, is added after that, to the verdict and the marks only.
    const safe = (text) => redact(text).split('\n').map(util_text/* printableLine */.oy).join('\n');
    if (format === 'json') {
        // Exactly the action's `report` output: one line, one shape (report/json.ts).
        stdout(safe(`${JSON.stringify(reportJson(report))}\n`));
    }
    else if (format === 'markdown') {
        stdout(safe(renderMarkdown(report)));
    }
    else {
        // Bad input is an error about the command, not a report: standard error.
        const toStderr = report.status === 'input-error';
        const options = textOptions(env, toStderr ? terminal.stderrIsTTY : terminal.stdoutIsTTY, terminal.columns);
        const text = safe(renderText(report, { width: options.width }));
        (toStderr ? stderr : stdout)(options.color ? paintText(text, report) : text);
    }
    return code;
}
/** Colour only on a terminal, and never with NO_COLOR set to anything (no-color.org); wrapped to its width. */
function textOptions(env, isTTY, columns) {
    const color = isTTY && !env['NO_COLOR'] && env['TERM'] !== 'dumb';
    return { color, width: isTTY && columns ? columns : 80 };
}


/***/ }),

/***/ 1335:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ readToken),
/* harmony export */   Qi: () => (/* binding */ noTokenMessage),
/* harmony export */   Yr: () => (/* binding */ TOKEN_VARIABLES),
/* harmony export */   Zx: () => (/* binding */ tokenSource),
/* harmony export */   dj: () => (/* binding */ TOKEN_SOURCES)
/* harmony export */ });
/**
 * Where the CLI takes the token from: an environment variable or standard input, never the arguments (they show in
 * `ps` and in the shell's history).
 */
/** The variables the token is read from, in order: the name Mastodon's own guides use first. */
const TOKEN_VARIABLES = ['MASTODON_ACCESS_TOKEN', 'MASTODON_TOKEN'];
/** Said wherever a token was looked for among the arguments. */
const TOKEN_SOURCES = 'The token is never taken as an argument (it would show in `ps` and in the shell history): set MASTODON_ACCESS_TOKEN, or use --token-env NAME or --token-stdin.';
/** `--token-stdin`, else `--token-env NAME`, else the first of the usual variables that holds something. */
function tokenSource(tokenEnv, stdin, env) {
    if (stdin)
        return { kind: 'stdin' };
    const names = tokenEnv !== undefined ? [tokenEnv] : [...TOKEN_VARIABLES];
    const found = names.find((name) => (env[name] ?? '').trim() !== '');
    return {
        kind: 'env',
        names,
        value: found ? (env[found] ?? '') : '',
        set: names.some((name) => env[name] !== undefined),
    };
}
/** The token as given, untrimmed (settings trim it; the redactor wants every form). */
function readToken(source, readStdin) {
    return source.kind === 'stdin' ? readStdin() : source.value;
}
/** What to say when the source gave nothing: where it was looked for, and how to give it. */
function noTokenMessage(source) {
    if (source.kind === 'stdin')
        return 'No token: standard input was empty. Pipe the token in, e.g. `pass show mastodon/bot | mastodon-token-health … --token-stdin`.';
    const names = source.names.join(' and ');
    const state = source.set
        ? source.names.length > 1
            ? 'are empty'
            : 'is empty'
        : source.names.length > 1
            ? 'are not set'
            : 'is not set';
    return `No token: ${names} ${state}. Set ${source.names[0]} to the access token (export ${source.names[0]}=…), or pass --token-env NAME or --token-stdin.`;
}


/***/ }),

/***/ 7105:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ inputWarningFindings)
/* harmony export */ });
/* harmony import */ var _voice_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7912);

function inputWarningFindings(inputWarnings, voice = (0,_voice_js__WEBPACK_IMPORTED_MODULE_0__/* .voiceFor */ .s)()) {
    return inputWarnings.map((warning) => ({
        id: `input-warning:${warning}`,
        severity: 'warning',
        title: 'Input warning',
        message: (0,_voice_js__WEBPACK_IMPORTED_MODULE_0__/* .speakInputs */ .M)(warning, voice),
        fix: [],
    }));
}


/***/ }),

/***/ 7912:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ speakInputs),
/* harmony export */   s: () => (/* binding */ voiceFor)
/* harmony export */ });
function voiceFor(surface = 'action') {
    return surface === 'cli'
        ? {
            surface,
            setting: (name, value) => `\`--${name}${value === undefined ? '' : ` ${quoteForShell(value)}`}\``,
            storeStep: 'Store it where your bot reads it, and check it again here (`MASTODON_ACCESS_TOKEN`, `--token-env NAME` or `--token-stdin`).',
        }
        : {
            surface,
            setting: (name, value) => `\`${name}${value === undefined ? '' : `: ${value}`}\``,
            storeStep: 'Store it in the repository secret this step reads (Settings → Secrets and variables → Actions), replacing the old one.',
        };
}
function quoteForShell(value) {
    return /^[\w:.,/-]+$/.test(value) ? value : `"${value}"`;
}
/**
 * Input messages are written for a workflow ("Input 'on-excess' is …"); this names the input the reader's way, once:
 * `on-excess` is … in a summary, `--on-excess` is … in a terminal.
 */
function speakInputs(message, voice) {
    return message.replace(/Input '([a-z-]+)'/g, (_, name) => voice.surface === 'cli' ? `\`--${name}\`` : `\`${name}\``);
}


/***/ }),

/***/ 2650:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ linksFor)
/* harmony export */ });
/* harmony import */ var _servers_pages_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8468);

function linksFor(origin) {
    if (origin === undefined)
        return undefined;
    return (0,_servers_pages_js__WEBPACK_IMPORTED_MODULE_0__/* .mastodonLinks */ .fw)(origin);
}


/***/ }),

/***/ 2582:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ instanceIfValid),
/* harmony export */   VY: () => (/* binding */ skippedReport),
/* harmony export */   xW: () => (/* binding */ inputErrorReport)
/* harmony export */ });
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1318);
/* harmony import */ var _inputs_instance_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6508);
/* harmony import */ var _findings_voice_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7912);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6867);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(17);
/* harmony import */ var _findings_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7105);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2650);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6250);
/**
 * The reports of a run that never inspected the token: skipped (secrets withheld) and input errors. Pure, like the
 * rest of evaluate.
 */








/** The policies do not bear on a run that checked nothing; the defaults stand in. */
const NO_POLICY = { onExcess: 'warn', onUnreachable: 'fail' };
const emptyReport = (instance, now) => ({
    ...(0,_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .notInspected */ .r6)(instance),
    links: (0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .linksFor */ .h)(instance?.origin),
    checkedAt: now.toISOString(),
});
function skippedReport(instance, reason, now, inputWarnings = []) {
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
    const findings = [finding, ...(0,_findings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputWarningFindings */ .n)(inputWarnings)];
    return {
        ...emptyReport(instance, now),
        status: 'skipped',
        failed: false,
        findings,
        // Nothing was checked: a comment or an issue has nothing to say.
        sticky: { comment: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .commentVerdict */ .J)(findings), issue: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .issueVerdict */ .T)('skipped', NO_POLICY) },
    };
}
/**
 * Every bad input at once, each named the reader's way (`on-excess` in a workflow, `--on-excess` in a terminal) and
 * once. The instance, when it alone is fine, still gives the report its host and absolute links.
 */
function inputErrorReport(error, now, options = {}) {
    const voice = (0,_findings_voice_js__WEBPACK_IMPORTED_MODULE_6__/* .voiceFor */ .s)(options.surface);
    const errors = error instanceof _inputs_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputErrors */ .G ? error.errors : [];
    const findings = (errors.length
        ? errors.map((e) => ({ input: e.input, message: e.message }))
        : [{ input: 'inputs', message: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .b)(error) }]).map(({ input, message }) => ({
        id: `input-error:${input}`,
        severity: 'failure',
        status: 'input-error',
        title: voice.surface === 'cli' ? `--${input}` : `Input ${input}`,
        message: (0,_findings_voice_js__WEBPACK_IMPORTED_MODULE_6__/* .speakInputs */ .M)(message, voice),
        // The whole message is the fix (what was wrong, what is expected): the annotation keeps all of it.
        short: (0,_findings_voice_js__WEBPACK_IMPORTED_MODULE_6__/* .speakInputs */ .M)(message, voice),
        fix: [],
    }));
    return {
        ...emptyReport(options.instance, now),
        status: 'input-error',
        failed: true,
        findings,
        sticky: { comment: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .commentVerdict */ .J)(findings), issue: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .issueVerdict */ .T)('input-error', NO_POLICY) },
    };
}
/** The instance when its input alone is valid, for an input-error report's host and links. */
function instanceIfValid(text) {
    try {
        return (0,_inputs_instance_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstance */ .LW)(text);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ commentVerdict),
/* harmony export */   T: () => (/* binding */ issueVerdict)
/* harmony export */ });
function commentVerdict(findings) {
    return findings.some((f) => f.severity === 'failure' || f.severity === 'warning') ? 'attention' : 'clear';
}
/**
 * An issue tracks what stops the bot: a dead, unusable or too narrow token always; excess scopes and an unknown state
 * only when the user made them fail the run. Anything else (healthy, or only warnings) closes an open issue.
 */
function issueVerdict(status, policy) {
    switch (status) {
        case 'revoked':
        case 'invalid':
        case 'account-unusable':
        case 'app-only':
        case 'under-scoped':
            return 'unhealthy';
        case 'under-declared':
            // `on-missing` defaults to fail, as the input does.
            return policy.onMissing === 'warn' ? 'healthy' : 'unhealthy';
        case 'over-scoped':
        case 'over-declared':
            return policy.onExcess === 'fail' ? 'unhealthy' : 'healthy';
        case 'unreachable':
            return policy.onUnreachable === 'fail' ? 'outage' : 'unknown';
        case 'healthy':
            return 'healthy';
        case 'skipped':
        case 'input-error':
            return 'unknown';
    }
}


/***/ }),

/***/ 1318:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ InputErrors),
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
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


/***/ }),

/***/ 6508:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cW: () => (/* binding */ isLoopbackHost),
  LW: () => (/* binding */ parseInstance),
  KI: () => (/* binding */ shownHost)
});

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __nccwpck_require__(1318);
;// CONCATENATED MODULE: ./src/inputs/instance.ts


const INPUT = 'instance';
/** `user:password@` before the host, with or without a scheme. */
const CREDENTIALS = /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#\s@]*:[^/?#\s@]*@/i;
/** Any `user@` before the host, for messages: replaced by `***@`. */
const USER_INFO = /^((?:[a-z][a-z0-9+.-]*:\/\/)?)[^/?#\s@]+@(?=[^@]*$)/i;
/**
 * Normalises `mastodon.social`, `https://Mastodon.Social/`, `https://host:8443/some/path` to one origin.
 * `http://` is refused unless the host is loopback: a token sent in clear text to a real instance is a token lost.
 */
function parseInstance(raw) {
    const value = raw.trim();
    const fail = (why) => new errors/* InputError */.d(INPUT, `Input '${INPUT}' ${why} Expected the instance's address, e.g. 'mastodon.social' or 'https://mastodon.social'.`);
    if (!value)
        throw fail('is empty.');
    // A password given in the address is never repeated in a message, whatever else is wrong with the address.
    if (CREDENTIALS.test(value))
        throw fail('contains a user name or password; give the address alone.');
    const shown = value.replace(USER_INFO, '$1***@');
    if (/^@?[^@\s/]+@[^@\s/]+$/.test(value)) {
        // A handle's domain can differ from the server's web address (LOCAL_DOMAIN vs WEB_DOMAIN), and sending the token
        // to a guessed host could hand it to a web site that is not the instance.
        const domain = value.slice(value.lastIndexOf('@') + 1);
        throw fail(`is an account handle ('${value}'), not a server address. Give the address you log in at, e.g. '${domain}' if that is the server.`);
    }
    if (/\s/.test(value))
        throw fail(`contains white space ('${shown}').`);
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw fail(`is not a valid address ('${shown}').`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw fail(`uses the scheme '${url.protocol.slice(0, -1)}' ('${shown}'); only https:// is supported.`);
    }
    if (url.username || url.password)
        throw fail('contains a user name or password; give the address alone.');
    if (!url.hostname ||
        !/^[a-z0-9.\-[\]:]+$/i.test(url.hostname) ||
        url.hostname.startsWith('.') ||
        url.hostname.endsWith('..')) {
        throw fail(`has no valid host name ('${shown}').`);
    }
    if (!url.hostname.includes('.') && !isLoopbackHost(url.hostname)) {
        throw fail(`has no valid host name ('${shown}'): a public instance's name has a dot, like 'mastodon.social'.`);
    }
    const isLoopback = isLoopbackHost(url.hostname);
    if (url.protocol === 'http:' && !isLoopback) {
        throw fail(`is '${shown}': http:// is refused for anything but loopback hosts (127.0.0.0/8, ::1, localhost), because the token would cross the network in clear text. Use https://${url.host}.`);
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
    return hostname.includes('xn--') ? (0,external_node_url_namespaceObject.domainToUnicode)(hostname) || hostname : hostname;
}
/**
 * The host as a report shows it: the Unicode form, and beside it the punycode one when a label mixes scripts (a
 * Cyrillic `а` in `mаstodon.social` looks like the real one but is another server).
 */
function shownHost(host) {
    const port = /:\d+$/.exec(host)?.[0] ?? '';
    const name = port ? host.slice(0, -port.length) : host;
    if (!name.split('.').some(mixesScripts))
        return host;
    const ascii = (0,external_node_url_namespaceObject.domainToASCII)(name);
    return ascii && ascii !== name ? `${host} (${ascii}${port})` : host;
}
/** The scripts whose letters look alike across them; Japanese writing mixes Han, Hiragana and Katakana by design. */
const SCRIPTS = [
    ['Latin', /\p{Script=Latin}/u],
    ['Cyrillic', /\p{Script=Cyrillic}/u],
    ['Greek', /\p{Script=Greek}/u],
    ['Armenian', /\p{Script=Armenian}/u],
    ['Georgian', /\p{Script=Georgian}/u],
    ['Hebrew', /\p{Script=Hebrew}/u],
    ['Arabic', /\p{Script=Arabic}/u],
    ['Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
    ['Hangul', /\p{Script=Hangul}/u],
    ['Thai', /\p{Script=Thai}/u],
    ['Devanagari', /\p{Script=Devanagari}/u],
];
function mixesScripts(label) {
    const scripts = new Set();
    for (const char of label) {
        if (!/\p{L}/u.test(char))
            continue;
        scripts.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other');
    }
    return scripts.size > 1;
}


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
    Config: 'config',
    SourcePaths: 'source-paths',
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
    [Inputs.Config]: '',
    [Inputs.SourcePaths]: '',
};


/***/ }),

/***/ 164:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m3: () => (/* binding */ parseBotsRunSettings),
  P$: () => (/* binding */ parseSettings)
});

// UNUSED EXPORTS: parsePublishSettings, parseToken

// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __nccwpck_require__(5585);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var inputs_errors = __nccwpck_require__(1318);
// EXTERNAL MODULE: ./src/inputs/instance.ts + 1 modules
var inputs_instance = __nccwpck_require__(6508);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/inputs/run-context.ts
/**
 * What the workflow run says about itself, read once from the runner's environment and event file: whether secrets
 * may be withheld (settings), and where a report belongs (the comment and issue sinks). Plain Node only: this runs on
 * every run, and @actions/github (its `context`) is loaded only when a comment or an issue is to be written.
 */


/**
 * The pull request events, one row each. `secretsWithheldFromForks`: GitHub gives a run no repository secrets when
 * its pull request comes from a fork; not `pull_request_target`, which runs in the base repository's context.
 * `commentOnAuto`: `comment: auto` keeps a comment on it (review events would comment once per review).
 */
const PULL_REQUEST_EVENTS = [
    { event: 'pull_request', secretsWithheldFromForks: true, commentOnAuto: true },
    { event: 'pull_request_target', secretsWithheldFromForks: false, commentOnAuto: true },
    { event: 'pull_request_review', secretsWithheldFromForks: true, commentOnAuto: false },
    { event: 'pull_request_review_comment', secretsWithheldFromForks: true, commentOnAuto: false },
];
const secretsWithheldFromForks = (eventName) => PULL_REQUEST_EVENTS.some((e) => e.event === eventName && e.secretsWithheldFromForks);
const commentsOnAuto = (eventName) => PULL_REQUEST_EVENTS.some((e) => e.event === eventName && e.commentOnAuto);
function readRunContext(env = process.env) {
    const { payload, problem } = readPayload(env['GITHUB_EVENT_PATH']);
    const context = runContextFrom(env, payload);
    return problem === undefined ? context : { ...context, payloadProblem: problem };
}
function readPayload(path) {
    if (!path)
        return { payload: undefined, problem: 'GITHUB_EVENT_PATH is not set' };
    try {
        return { payload: JSON.parse(readFileSync(path, 'utf8')), problem: undefined };
    }
    catch (error) {
        // The run is then treated as one without a pull request; the caller warns where that matters.
        const why = error instanceof SyntaxError ? 'it is not JSON' : (error.code ?? 'unreadable');
        return { payload: undefined, problem: why };
    }
}
function runContextFrom(env, payload) {
    const body = asRecord(payload);
    const repository = repositoryOf(env['GITHUB_REPOSITORY'] ?? '') ?? repositoryOf(fullNameOf(body?.['repository']));
    const server = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
    const runId = env['GITHUB_RUN_ID'] ?? '';
    return {
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        actor: env['GITHUB_ACTOR'] ?? '',
        repository,
        workflow: env['GITHUB_WORKFLOW'] ?? '',
        job: env['GITHUB_JOB'] ?? '',
        pullRequest: pullRequestOf(body),
        runUrl: repository && /^\d+$/.test(runId) ? `${server}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : '',
    };
}
function pullRequestOf(payload) {
    const pullRequest = asRecord(payload?.['pull_request']);
    if (pullRequest && isNumber(pullRequest['number'])) {
        const headRepo = asRecord(pullRequest['head'])?.['repo'];
        const head = fullNameOf(headRepo);
        const base = fullNameOf(asRecord(pullRequest['base'])?.['repo']);
        // A deleted fork leaves `head.repo` null: still a fork. Without the base repository the payload does not tell.
        const fromFork = base === '' ? undefined : headRepo === null || head !== base;
        return { number: pullRequest['number'], fromFork };
    }
    const issue = asRecord(payload?.['issue']);
    if (issue && issue['pull_request'] && isNumber(issue['number']))
        return { number: issue['number'], fromFork: undefined };
    return undefined;
}
function repositoryOf(fullName) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName);
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
function fullNameOf(repository) {
    const name = asRecord(repository)?.['full_name'];
    return typeof name === 'string' ? name : '';
}
const isNumber = (value) => typeof value === 'number' && Number.isInteger(value) && value > 0;

// EXTERNAL MODULE: ./src/mastodon/scopes.ts
var mastodon_scopes = __nccwpck_require__(7878);
// EXTERNAL MODULE: ./src/inputs/source-paths.ts
var source_paths = __nccwpck_require__(5493);
;// CONCATENATED MODULE: ./src/inputs/settings.ts






/** Reads inputs, a default standing in for an empty one, and collects every input error rather than the first. */
function inputReader(raw) {
    const errors = [];
    const get = (name) => raw[name]?.trim() || names/* Defaults */.H[name] || '';
    const attempt = (fn) => {
        try {
            return fn();
        }
        catch (error) {
            if (error instanceof inputs_errors/* InputErrors */.G)
                errors.push(...error.errors);
            else if (error instanceof inputs_errors/* InputError */.d)
                errors.push(error);
            else
                throw error;
            return undefined;
        }
    };
    return { errors, get, attempt };
}
function parseSettings(raw, context) {
    const { errors, get, attempt } = inputReader(raw);
    const inputWarnings = [];
    const instance = attempt(() => (0,inputs_instance/* parseInstance */.LW)(get(names/* Inputs */.G.Instance)));
    const token = attempt(() => parseToken(raw[names/* Inputs */.G.Token] ?? '', inputWarnings)) ?? '';
    const scopeText = get(names/* Inputs */.G.RequiredScopes);
    const scopes = (0,mastodon_scopes/* parseScopeList */.us)(scopeText);
    for (const unknown of scopes.unknown) {
        errors.push(new inputs_errors/* InputError */.d(names/* Inputs */.G.RequiredScopes, `Input '${names/* Inputs */.G.RequiredScopes}' has an unknown scope '${unknown.name}'` +
            (unknown.suggestion ? `: did you mean '${unknown.suggestion}'?` : '.') +
            (unknown.suggestion?.includes(' ') ? ' Scopes are separated by spaces, commas or newlines.' : '') +
            " Mastodon's scopes are `read`, `write`, `push`, `profile`, `read:*`, `write:*`, `admin:read:*` and `admin:write:*` (https://docs.joinmastodon.org/api/oauth-scopes/)."));
    }
    if (scopes.duplicates.length > 0) {
        inputWarnings.push(`Input '${names/* Inputs */.G.RequiredScopes}' lists ${scopes.duplicates.map((s) => `'${s}'`).join(', ')} more than once; each counts once.`);
    }
    for (const name of scopes.deprecated) {
        inputWarnings.push(`Input '${names/* Inputs */.G.RequiredScopes}': ${(0,mastodon_scopes/* scopeInfo */.f8)(name)?.deprecated ?? `'${name}' is deprecated.`}`);
    }
    const sourcePaths = attempt(() => parseSourcePaths(get(names/* Inputs */.G.SourcePaths))) ?? [];
    const onExcess = attempt(() => oneOf(names/* Inputs */.G.OnExcess, get(names/* Inputs */.G.OnExcess), ['fail', 'warn', 'ignore']));
    const onMissing = attempt(() => oneOf(names/* Inputs */.G.OnMissing, get(names/* Inputs */.G.OnMissing), ['fail', 'warn']));
    const onUnreachable = attempt(() => oneOf(names/* Inputs */.G.OnUnreachable, get(names/* Inputs */.G.OnUnreachable), ['fail', 'warn']));
    const publish = attempt(() => parsePublishSettings(raw));
    const probe = attempt(() => oneOf(names/* Inputs */.G.Probe, get(names/* Inputs */.G.Probe), ['auto', 'always', 'never']));
    const maxTokenAgeDays = attempt(() => optionalNumber(names/* Inputs */.G.MaxTokenAgeDays, get(names/* Inputs */.G.MaxTokenAgeDays), { min: 1, max: 36500, integer: true }));
    const timeoutSeconds = attempt(() => parseTimeoutSeconds(get(names/* Inputs */.G.TimeoutSeconds)));
    if (errors.length > 0 || !instance || !onExcess || !onMissing || !onUnreachable || !publish || !probe) {
        throw new inputs_errors/* InputErrors */.G(errors);
    }
    const skipReason = token ? undefined : withheldSecretReason(context, inputWarnings);
    return {
        instance,
        token,
        requiredScopes: scopes.scopes,
        scopesDeclared: scopes.scopes.length > 0,
        onExcess,
        onMissing,
        onUnreachable,
        maxTokenAgeDays,
        ...publish,
        timeoutSeconds: timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
        probe,
        sourcePaths,
        skipReason,
        surface: context.surface ?? 'action',
        inputWarnings,
    };
}
/** `source-paths`: separated by spaces or newlines; each must stay inside the workspace. */
function parseSourcePaths(text) {
    const paths = [];
    for (const entry of text.split(/\s+/).filter(Boolean)) {
        try {
            const path = (0,source_paths/* normaliseSourcePath */.d)(entry);
            if (!paths.includes(path))
                paths.push(path);
        }
        catch (error) {
            if (!(error instanceof source_paths/* SourcePathError */.L))
                throw error;
            throw new inputs_errors/* InputError */.d(names/* Inputs */.G.SourcePaths, `Input '${names/* Inputs */.G.SourcePaths}': ${error.message}.`);
        }
    }
    return paths;
}
/** `timeout-seconds` when the input is empty. */
const DEFAULT_TIMEOUT_SECONDS = 30;
function parseTimeoutSeconds(text) {
    return optionalNumber(names/* Inputs */.G.TimeoutSeconds, text, { min: 1, max: 3600, integer: false });
}
function parseBotsRunSettings(raw) {
    const { errors, get, attempt } = inputReader(raw);
    for (const name of [names/* Inputs */.G.Instance, names/* Inputs */.G.Token]) {
        if (raw[name]?.trim()) {
            errors.push(new inputs_errors/* InputError */.d(name, `Input '${name}' is set together with 'config': each bot of the file names its own instance and token variable. Leave '${name}' out.`));
        }
    }
    const timeoutSeconds = attempt(() => parseTimeoutSeconds(get(names/* Inputs */.G.TimeoutSeconds)));
    const publish = attempt(() => parsePublishSettings(raw));
    if (errors.length > 0 || !publish)
        throw new inputs_errors/* InputErrors */.G(errors);
    return { ...publish, timeoutSeconds: timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS };
}
/** What publishing needs, read on its own: part of parseSettings, and alone for a several-bots run (each bot has its own check settings). */
function parsePublishSettings(raw) {
    const { errors, get, attempt } = inputReader(raw);
    const comment = attempt(() => oneOf(names/* Inputs */.G.Comment, get(names/* Inputs */.G.Comment), ['auto', 'always', 'never']));
    const issue = attempt(() => oneOf(names/* Inputs */.G.Issue, get(names/* Inputs */.G.Issue), ['auto', 'never']));
    if (!comment || !issue)
        throw new inputs_errors/* InputErrors */.G(errors);
    return { comment, issue, githubToken: (raw[names/* Inputs */.G.GithubToken] ?? '').trim() };
}
/**
 * Why the token is empty on a run GitHub gives no secrets: a run Dependabot started, or a pull request from a fork
 * (its head repository differs from its base, read from the event payload, not guessed from the event's name).
 * Anywhere else an empty token is an input error: the secret is missing or misnamed.
 */
function withheldSecretReason(context, warnings) {
    if (/^dependabot\[bot\]$/i.test(context.actor)) {
        return 'The token is empty: GitHub withholds repository secrets from runs that Dependabot starts.';
    }
    if (secretsWithheldFromForks(context.eventName)) {
        if (context.pullRequestFromFork === true) {
            return `The token is empty: GitHub withholds repository secrets from '${context.eventName}' runs of pull requests from forks, and this pull request comes from one.`;
        }
        if (context.pullRequestFromFork === undefined) {
            warnings.push(`The event payload (GITHUB_EVENT_PATH) ${context.payloadProblem ? `could not be read (${context.payloadProblem})` : 'does not describe a pull request'}, so whether this pull request comes from a fork is not known; the empty token is taken for a fork's withheld secret. If it is not, the secret is missing or misnamed.`);
            return `The token is empty, on a '${context.eventName}' run whose pull request may come from a fork, whose runs GitHub gives no secrets.`;
        }
    }
    const where = context.eventName === 'pull_request_target'
        ? " 'pull_request_target' runs receive the repository's secrets, forks' pull requests included, so"
        : secretsWithheldFromForks(context.eventName)
            ? ' This pull request comes from a branch of this repository, whose runs receive secrets, so'
            : ' So';
    throw new inputs_errors/* InputErrors */.G([
        new inputs_errors/* InputError */.d(names/* Inputs */.G.Token, `Input '${names/* Inputs */.G.Token}' is empty.${where} the secret is missing or misnamed. Pass the secret that holds the access token, e.g. 'token: \${{ secrets.MASTODON_TOKEN }}', and check that the secret exists in this repository or organisation.`),
    ]);
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
        throw new inputs_errors/* InputError */.d(names/* Inputs */.G.Token, `Input '${names/* Inputs */.G.Token}' is too short to be an access token (${token.length} ${token.length === 1 ? 'character' : 'characters'}; Mastodon's have 43). Check that the secret holds the token itself, copied whole, not a placeholder.`);
    }
    if (/\s/.test(token)) {
        throw new inputs_errors/* InputError */.d(names/* Inputs */.G.Token, `Input '${names/* Inputs */.G.Token}' has white space inside it (${token.split(/\s+/).length} parts): a token is one word. Check that the secret holds only the access token, copied whole.`);
    }
    const bad = [...token].findIndex((c) => c < '!' || c > '~');
    if (bad >= 0) {
        throw new inputs_errors/* InputError */.d(names/* Inputs */.G.Token, `Input '${names/* Inputs */.G.Token}' has a character that is not printable ASCII at position ${bad + 1} of ${token.length}: Mastodon tokens are letters, digits, '-' and '_'. Copy the token again from Preferences → Development → your application → 'Your access token'.`);
    }
    return token;
}
function oneOf(input, value, allowed) {
    const lower = value.toLowerCase();
    const match = allowed.find((a) => a === lower);
    if (match)
        return match;
    throw new inputs_errors/* InputError */.d(input, `Input '${input}' is '${value}'; expected one of ${allowed.map((a) => `'${a}'`).join(', ')}.`);
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
        throw new inputs_errors/* InputError */.d(input, `Input '${input}' is '${value}'; expected ${rule.integer ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}.`);
    }
    return number;
}


/***/ }),

/***/ 5493:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ SourcePathError),
/* harmony export */   d: () => (/* binding */ normaliseSourcePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * `source-paths` entries: relative to the workspace and inside it. Validated with the other inputs (settings.ts),
 * without loading the scanner; the scanner's walk holds every path it reads to the same rule.
 */

class SourcePathError extends Error {
}
/** Validates one entry: relative, inside the workspace; returns it with forward slashes, normalised. */
function normaliseSourcePath(entry) {
    const raw = entry.trim().replace(/\\/g, '/');
    if (!raw)
        throw new SourcePathError('an empty entry');
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(raw) || /^[A-Za-z]:\//.test(raw)) {
        throw new SourcePathError(`'${raw}' is absolute; give paths relative to the workspace (the repository's root)`);
    }
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(raw).replace(/\/+$/, '');
    if (normal === '..' || normal.startsWith('../')) {
        throw new SourcePathError(`'${raw}' leaves the workspace; only files of the checked-out repository are scanned`);
    }
    return normal === '' ? '.' : normal;
}


/***/ }),

/***/ 9244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RequestError)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9997);
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
        super(`${method} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(url, { max: 300 })}: ${detail}`, options);
        this.kind = kind;
        this.method = method;
        this.url = url;
    }
}


/***/ }),

/***/ 7878:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ sortScopes),
/* harmony export */   f8: () => (/* binding */ scopeInfo),
/* harmony export */   gN: () => (/* binding */ parentOf),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   us: () => (/* binding */ parseScopeList)
/* harmony export */ });
/* unused harmony exports SCOPES, compareScopes, suggestScope */
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


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   r6: () => (/* binding */ notInspected)
/* harmony export */ });
/* unused harmony export STATUS_ORDER */
/** Worst first (DESIGN.md): the status of a run is its worst finding's. */
const STATUS_ORDER = [
    'input-error',
    'unreachable',
    'revoked',
    'invalid',
    'account-unusable',
    'app-only',
    'under-scoped',
    'under-declared',
    'over-scoped',
    'over-declared',
    // The token was not checked; findings about the code still rank above it.
    'skipped',
    'healthy',
];
/**
 * What a report says of a token that was not inspected (a skipped run, an input error, the sum of several bots):
 * its state, account, app, scopes and age unknown, nothing granted or required. The instance's origin and host when
 * they are known.
 */
function notInspected(instance) {
    return {
        tokenState: 'unknown',
        instance: { origin: instance?.origin, host: instance?.host, software: undefined, version: undefined },
        account: undefined,
        accountNote: undefined,
        app: undefined,
        scopes: {
            granted: [],
            required: [],
            excess: [],
            missing: [],
            source: undefined,
            undetermined: [],
            declared: false,
        },
        token: { createdAt: undefined, ageDays: undefined },
    };
}
function worstStatus(statuses) {
    let worst = 'healthy';
    for (const status of statuses)
        if (STATUS_ORDER.indexOf(status) < STATUS_ORDER.indexOf(worst))
            worst = status;
    return worst;
}


/***/ }),

/***/ 7415:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ checkWithCode)
/* harmony export */ });
/** Starts the check and, with `source-paths`, the scan; the report has the code's findings added. */
async function checkWithCode(settings, start, options) {
    if (settings.sourcePaths.length === 0) {
        const check = start(settings);
        return { check, report: check.report };
    }
    const early = settings.scopesDeclared ? undefined : await scanTheCode(settings, options);
    const checked = early && early.needed.length ? { ...settings, requiredScopes: early.needed, scopesDeclared: true } : settings;
    const check = start(checked);
    const report = (async () => {
        const code = early ?? (await check.firstWaveWritten.then(() => scanTheCode(settings, options)));
        return code.addFindings(await check.report);
    })();
    return { check, report };
}
async function scanTheCode(settings, options) {
    const scanner = await Promise.all(/* import() */[__nccwpck_require__.e(28), __nccwpck_require__.e(371)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3371));
    const context = {
        workspace: options.workspace,
        ...(options.workflowRef ? { workflowRef: options.workflowRef } : {}),
    };
    try {
        const scan = await scanner.scanCode(settings, options.workspace);
        return {
            needed: scanner.neededScopes(scan),
            addFindings: (report) => scanner.withCodeFindings(report, scan, settings, context),
        };
    }
    catch (error) {
        return { needed: [], addFindings: (report) => scanner.withScanFailure(report, error) };
    }
}


/***/ }),

/***/ 3072:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ instanceIsConclusive),
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   OP: () => (/* binding */ identifyServer),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   VL: () => (/* binding */ isMisskeyUnknownEndpoint),
/* harmony export */   Wb: () => (/* binding */ readServer),
/* harmony export */   rP: () => (/* binding */ readNodeInfo)
/* harmony export */ });
/* unused harmony exports cleanToken, identifyInstance, identifyNodeInfo */
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9378);

/**
 * NodeInfo names of Misskey and its forks (docs/servers/misskey.md). Their API is not Mastodon's; some forks add a
 * Mastodon-compatible layer, which is told by the instance endpoint answering (see `identifyServer`).
 */
const MISSKEY_FAMILY = new Set([
    'misskey',
    'sharkey',
    'cherrypick',
    'firefish',
    'iceshrimp',
    'foundkey',
    'calckey',
    'catodon',
    'meisskey',
    'magnetar',
]);
const KNOWN = {
    mastodon: 'mastodon',
    gotosocial: 'gotosocial',
    pleroma: 'pleroma',
    akkoma: 'akkoma',
};
/** The family of a software name as the instance or NodeInfo gives it (lower case). */
function familyOf(software) {
    return KNOWN[software] ?? (MISSKEY_FAMILY.has(software) ? 'misskey' : 'other');
}
/**
 * A software name or version as an identifier: letters, digits and `.+-` only (no `_` or `~`, which Markdown reads
 * as emphasis), at most 64 characters, enough for any real one. The identity is shown in prose by name, so it must
 * be inert there; the one printing sanitiser (util/text.ts) still runs over everything printed.
 */
function cleanToken(text) {
    return (text.match(/[A-Za-z0-9.+-]+/g) ?? []).join('-').slice(0, 64);
}
/**
 * `GET /api/v2/instance` or `/api/v1/instance`. Pleroma and Akkoma say `2.7.2 (compatible; Pleroma 2.7.0)`
 * (pleroma.md §4, akkoma.md §4), as do other servers that borrow Mastodon's API (`… (compatible; Takahe 0.11)`);
 * GoToSocial names itself only in v2's `source_url`, and may dress its version as `3.5.3+0.20.3` (gotosocial.md §4).
 * Anything else that answers with a `version` is taken for Mastodon (forks such as glitch-soc say `4.6.0+glitch`).
 */
function identifyInstance(body) {
    const b = (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .q)(body);
    const rawVersion = b?.['version'];
    if (!b || typeof rawVersion !== 'string')
        return undefined;
    const domainValue = typeof b['domain'] === 'string' ? b['domain'] : b['uri'];
    const domain = typeof domainValue === 'string' ? cleanDomain(domainValue) : undefined;
    const compatible = /\(compatible;\s*([A-Za-z][\w.-]*)\s+([^\s)]+)/i.exec(rawVersion);
    if (compatible) {
        const software = cleanToken((compatible[1] ?? '').toLowerCase());
        return { software, version: cleanToken(compatible[2] ?? ''), family: familyOf(software), domain, from: 'instance' };
    }
    const sourceUrl = typeof b['source_url'] === 'string' ? b['source_url'] : '';
    if (/gotosocial/i.test(sourceUrl)) {
        return {
            software: 'gotosocial',
            version: cleanToken(stripInjectedMastodonVersion(rawVersion)),
            family: 'gotosocial',
            domain,
            from: 'instance',
        };
    }
    return { software: 'mastodon', version: cleanToken(rawVersion), family: 'mastodon', domain, from: 'instance' };
}
/** GoToSocial's `instance-inject-mastodon-version` form `3.5.3+0.20.3-git-abc` → `0.20.3-git-abc`. */
function stripInjectedMastodonVersion(version) {
    const plus = version.indexOf('+');
    return plus >= 0 && /^3\.5\.3\+/.test(version) ? version.slice(plus + 1) : version;
}
/** `GET /nodeinfo/2.0` (or 2.1): `software.name` is the most reliable identifier every server here gives. */
function identifyNodeInfo(body) {
    const software = (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .q)((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .q)(body)?.['software']);
    const name = software?.['name'];
    if (typeof name !== 'string' || !name.trim())
        return undefined;
    const clean = cleanToken(name.trim().toLowerCase());
    if (!clean)
        return undefined;
    const version = software?.['version'];
    return {
        software: clean,
        version: typeof version === 'string' ? cleanToken(version) : '',
        family: familyOf(clean),
        domain: undefined,
        from: 'nodeinfo',
    };
}
/** `GET /api/v2/instance` (≥ 4.0) or `/api/v1/instance` (reference §7). */
function readServer(outcome) {
    if (!outcome?.ok || outcome.response.status !== 200)
        return undefined;
    return identifyInstance(outcome.response.json);
}
/** `GET /nodeinfo/2.0`: the software's own name, the reliable identifier (docs/servers/*.md §4). */
function readNodeInfo(outcome) {
    if (!outcome?.ok || outcome.response.status !== 200)
        return undefined;
    return identifyNodeInfo(outcome.response.json);
}
/**
 * One identity from both answers. NodeInfo names the software (an instance answer may dress GoToSocial as Mastodon
 * 3.5.3); the instance answer adds the domain. A Misskey-family NodeInfo with an instance answer that speaks
 * Mastodon's API is a fork with a Mastodon layer: `other`, judged by certain answers only.
 */
function identifyServer(instance, nodeInfo) {
    if (!nodeInfo)
        return instance;
    const family = nodeInfo.family === 'misskey' && instance ? 'other' : nodeInfo.family;
    return {
        software: nodeInfo.software,
        version: nodeInfo.version || (instance?.software === nodeInfo.software ? instance.version : ''),
        family,
        domain: instance?.domain,
        from: 'nodeinfo',
    };
}
/**
 * Whether an instance answer alone settles the software, or NodeInfo should be asked: a GoToSocial v1 answer with
 * an injected version looks like Mastodon 3.5.3 (gotosocial.md §4).
 */
function instanceIsConclusive(identity) {
    if (!identity)
        return false;
    return !(identity.family === 'mastodon' && /^3\.5\.3\+/.test(identity.version));
}
/**
 * Misskey's answer to any `/api` path it does not have: 404 `{"error":{"code":"UNKNOWN_API_ENDPOINT",…}}`
 * (misskey.md). Mastodon's `error` is a string, never an object.
 */
function isMisskeyUnknownEndpoint(status, body) {
    return status === 404 && (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .q)((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .q)(body)?.['error'])?.['code'] === 'UNKNOWN_API_ENDPOINT';
}
/** A display name for the report: `GoToSocial 0.20.3`. */
function displayName(identity) {
    const names = {
        mastodon: 'Mastodon',
        gotosocial: 'GoToSocial',
        pleroma: 'Pleroma',
        akkoma: 'Akkoma',
        misskey: 'Misskey',
    };
    const name = names[identity.software] ?? identity.software;
    return identity.version ? `${name} ${identity.version}` : name;
}
function cleanDomain(domain) {
    const clean = domain.trim().toLowerCase();
    return /^[a-z0-9.-]{1,253}(:\d{1,5})?$/.test(clean) ? clean : undefined;
}


/***/ }),

/***/ 8468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W4: () => (/* binding */ newTokenStepsOn),
/* harmony export */   fw: () => (/* binding */ mastodonLinks),
/* harmony export */   h1: () => (/* binding */ linksOn)
/* harmony export */ });
/* harmony import */ var _util_version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6092);
/**
 * Where a user fixes a token on each server: the pages differ from Mastodon's, and Pleroma and Akkoma have none that
 * makes a token (docs/servers/*.md §6).
 */

/** GoToSocial's applications and access-token pages arrived with 0.19.0 (gotosocial.md §6). */
const GTS_PAGES_SINCE = '0.19.0';
/** Mastodon's pages: also where a report that does not know the server points, and the token commands. */
function mastodonLinks(origin) {
    return {
        authorizedApps: `${origin}/oauth/authorized_applications`,
        development: `${origin}/settings/applications`,
        newApplication: `${origin}/settings/applications/new`,
    };
}
/** Undefined where the server has no such pages. */
function linksOn(family, version, origin) {
    switch (family) {
        case 'mastodon':
            return mastodonLinks(origin);
        case 'gotosocial':
            return version === undefined || (0,_util_version_js__WEBPACK_IMPORTED_MODULE_0__/* .versionAtLeast */ .z)(version, GTS_PAGES_SINCE)
                ? {
                    authorizedApps: `${origin}/settings/user/tokens`,
                    development: `${origin}/settings/user/applications`,
                    newApplication: `${origin}/settings/user/applications/new`,
                }
                : undefined;
        default:
            return undefined;
    }
}
const code = (text) => `\`${text}\``;
/**
 * The steps to a new token with exactly the needed scopes, on this server. `store` is the step that puts the token
 * where the bot reads it (the action and the CLI word it differently), kept as the caller gives it.
 */
function newTokenStepsOn(family, version, links, required, declared, store) {
    const scopes = declared ? `only ${required.map(code).join(' ')}` : 'only the scopes the bot uses';
    const oauthFlow = (software) => `Make a new token through an OAuth client: register an app with ${scopes} (\`POST /api/v1/apps\`), authorize it as the bot's account (\`/oauth/authorize\`) and exchange the code (\`POST /oauth/token\`). ${software} has no page that makes a token.`;
    switch (family) {
        case 'gotosocial':
            if (links) {
                return [
                    `Make a new token: Settings → Applications → New application (${links.newApplication}), tick ${scopes}, create it, then use "Request access token" on the app's page and copy the token.`,
                    store,
                    `Invalidate the old token under Settings → Access tokens (${links.authorizedApps}).`,
                ];
            }
            return [
                oauthFlow(`GoToSocial ${version ?? ''}`.trim()),
                store,
                "Revoke the old token with `POST /oauth/revoke` and its app's client id and secret.",
            ];
        case 'pleroma':
        case 'akkoma': {
            const name = family === 'akkoma' ? 'Akkoma' : 'Pleroma';
            return [
                oauthFlow(name),
                store,
                `Revoke the old token in ${name}'s web front-end: Settings → Security → OAuth tokens → Revoke.`,
            ];
        }
        default:
            // Mastodon keeps its own steps; for software whose pages are unknown there is nothing honest to point at.
            return undefined;
    }
}


/***/ }),

/***/ 2427:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gq: () => (/* binding */ acceptingScopes),
/* harmony export */   i_: () => (/* binding */ compareScopesOn),
/* harmony export */   j4: () => (/* binding */ satisfiesOn),
/* harmony export */   mr: () => (/* binding */ scopesEnforced),
/* harmony export */   rB: () => (/* binding */ knownScopes),
/* harmony export */   wc: () => (/* binding */ GOTOSOCIAL_SCOPES_SINCE)
/* harmony export */ });
/* unused harmony exports GOTOSOCIAL_SCOPES, AKKOMA_SCOPES, PLEROMA_SCOPES, scopeExistsOn, parentsOn */
/* harmony import */ var _mastodon_scopes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7878);
/* harmony import */ var _util_version_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6092);
/**
 * Each server's own scope rules (docs/servers/*.md §1). Mastodon matches exact strings and gets its hierarchy from
 * endpoints that list the parent; GoToSocial and Pleroma/Akkoma have a real prefix hierarchy, each its own.
 */


/** GoToSocial's top-level scopes: only these permit their `:`-extensions (`Scope.Permits`, gotosocial.md §1). */
const GTS_TOP_LEVEL = new Set([
    'profile',
    'push',
    'read',
    'write',
    'admin',
    'admin:read',
    'admin:write',
]);
const prefixed = (parent, names) => names.map((n) => `${parent}:${n}`);
/** Every scope GoToSocial knows (internal/api/util/scopes.go:26-104). */
const GOTOSOCIAL_SCOPES = new Set([
    ...GTS_TOP_LEVEL,
    ...prefixed('read', [
        'accounts',
        'applications',
        'blocks',
        'bookmarks',
        'custom_emojis',
        'directory',
        'favourites',
        'filters',
        'follows',
        'lists',
        'mutes',
        'notifications',
        'search',
        'statuses',
    ]),
    ...prefixed('write', [
        'accounts',
        'applications',
        'blocks',
        'bookmarks',
        'conversations',
        'favourites',
        'filters',
        'follows',
        'lists',
        'media',
        'mutes',
        'notifications',
        'reports',
        'statuses',
    ]),
    ...prefixed('admin:read', [
        'accounts',
        'custom_emojis',
        'domain_allows',
        'domain_blocks',
        'domain_limits',
        'instances',
        'reports',
    ]),
    ...prefixed('admin:write', [
        'accounts',
        'custom_emojis',
        'domain_allows',
        'domain_blocks',
        'domain_limits',
        'reports',
    ]),
]);
/** GoToSocial enforces scopes from 0.19.0 on ("Enforce OAuth token scopes", #3835; gotosocial.md §1). */
const GOTOSOCIAL_SCOPES_SINCE = '0.19.0';
/** The scope strings Akkoma's endpoints check (akkoma.md §1); Pleroma's differ by chats and admin:metrics. */
const PLEROMA_COMMON = [
    'read',
    'write',
    'follow',
    'push',
    ...prefixed('read', [
        'accounts',
        'backups',
        'blocks',
        'bookmarks',
        'favourites',
        'filters',
        'follows',
        'lists',
        'media',
        'mutes',
        'notifications',
        'reports',
        'search',
        'security',
        'statuses',
    ]),
    ...prefixed('write', [
        'accounts',
        'blocks',
        'bookmarks',
        'conversations',
        'favourites',
        'filters',
        'follows',
        'lists',
        'media',
        'mutes',
        'notifications',
        'reports',
        'security',
        'statuses',
    ]),
    'admin',
    'admin:read',
    'admin:write',
    ...prefixed('admin:read', ['accounts', 'invites', 'media_proxy_caches', 'reports', 'statuses']),
    ...prefixed('admin:write', ['accounts', 'follows', 'invites', 'media_proxy_caches', 'reports', 'statuses']),
];
const AKKOMA_SCOPES = new Set([...PLEROMA_COMMON, 'admin:metrics']);
const PLEROMA_SCOPES = new Set([
    ...PLEROMA_COMMON,
    'read:chats',
    'write:chats',
    'admin:read:chats',
    'admin:write:chats',
]);
/** Does a granted scope satisfy a required one on this server? */
function satisfiesOn(family, granted, required) {
    if (granted === required)
        return true;
    switch (family) {
        case 'gotosocial':
            return GTS_TOP_LEVEL.has(granted) && required.startsWith(`${granted}:`);
        case 'pleroma':
        case 'akkoma':
            // `filter_descendants/2`: any granted string is a parent of its `:`-extensions.
            return required.startsWith(`${granted}:`);
        case 'mastodon':
            return (0,_mastodon_scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .satisfies */ .ib)(granted, required);
        default:
            return false;
    }
}
/** The scopes a server knows, or undefined when its rules are not known. */
function knownScopes(family) {
    switch (family) {
        case 'gotosocial':
            return GOTOSOCIAL_SCOPES;
        case 'pleroma':
            return PLEROMA_SCOPES;
        case 'akkoma':
            return AKKOMA_SCOPES;
        default:
            return undefined;
    }
}
/** Whether a scope exists on this server and version (Mastodon: the `since` of its table). */
function scopeExistsOn(family, version, scope) {
    if (family === 'mastodon') {
        const info = scopeInfo(scope);
        return info !== undefined && (version === undefined || versionAtLeast(version, info.since));
    }
    return knownScopes(family)?.has(scope) ?? true;
}
/** Whether the server checks scopes at all: GoToSocial before 0.19 lets every token do what its account can. */
function scopesEnforced(family, version) {
    return !(family === 'gotosocial' && version !== undefined && !(0,_util_version_js__WEBPACK_IMPORTED_MODULE_1__/* .versionAtLeast */ .z)(version, GOTOSOCIAL_SCOPES_SINCE));
}
/** Every known scope of this server that satisfies `scope` (itself included): what a probe of it accepts. */
function acceptingScopes(family, scope) {
    const known = knownScopes(family) ?? new Set();
    return (0,_mastodon_scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .sortScopes */ .C)([scope, ...[...known].filter((g) => g !== scope && satisfiesOn(family, g, scope))]);
}
function compareScopesOn(family, granted, required) {
    const requiredSet = new Set(required);
    return {
        missing: (0,_mastodon_scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .sortScopes */ .C)(required.filter((r) => !granted.some((g) => satisfiesOn(family, g, r)))),
        excess: (0,_mastodon_scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .sortScopes */ .C)(granted.filter((g) => !requiredSet.has(g))),
    };
}
/** The parent a required scope may be granted through on this server, for advice ("`read` covers `read:lists`"). */
function parentsOn(family, scope) {
    return acceptingScopes(family, scope).filter((s) => s !== scope);
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf),
/* harmony export */   m: () => (/* binding */ unexpectedFailure)
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
/** What the action and the CLI say of a failure nothing else caught: what failed, and where to report it. */
function unexpectedFailure(error) {
    return `mastodon-token-health failed unexpectedly: ${messageOf(error)}. Please report this at the action's repository.`;
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ asRecord)
/* harmony export */ });
/** A JSON object as a record, or undefined for anything else (null, arrays, primitives): for reading hostile JSON. */
function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}


/***/ }),

/***/ 767:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   aU: () => (/* binding */ warmRedactor),
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony export REDACTED */
const REDACTED = '***';
/** Forms shorter than this are not secrets anyone could mask (settings.ts refuses shorter tokens). */
const MIN_SECRET_LENGTH = 8;
/** What may sit between two characters of an echoed secret: control and invisible characters, raw or escaped. */
const FILLER = '(?:[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff]' +
    '|\\\\u00[01][0-9a-f]|\\\\u007f|\\\\[nrtbf0]|%[01][0-9a-f]|%7f|&#(?:x0*[01]?[0-9a-f]|0*(?:[0-9]|[12][0-9]|3[01]|127));)*';
function createRedactor(secrets) {
    const forms = [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_LENGTH))];
    if (forms.length === 0)
        return (text) => text;
    const alternatives = forms
        .sort((a, b) => b.length - a.length)
        .flatMap((secret) => [
        Array.from(secret).map(characterForms).join(FILLER),
        ...base64Forms(secret).map(escapeRegExp),
    ]);
    const pattern = new RegExp(alternatives.join('|'), 'gi');
    return (text) => text.replace(pattern, REDACTED);
}
/**
 * Compiles a redactor's pattern ahead of its first real use. The pattern covers every form of every secret, and V8
 * compiles a regular expression on its first run, again (to machine code) on a later one, and once more for the first
 * text that is not Latin-1 (a report's ✓ or —): about 5 ms for one token, 60 ms for twenty (npm run bench). The HTTP
 * client calls this once its requests are written, so that the cost falls in the wait for the answers instead of
 * after them.
 */
function warmRedactor(redact) {
    for (const text of ['warm', 'warm', 'warm \u2713', 'warm \u2713'])
        redact(text);
}
/** Every string inside a parsed JSON value (object keys included), redacted. */
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((item) => redactDeep(item, redact));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v, redact)]));
    }
    return value;
}
/**
 * The forms of the token as given that the runner must mask and the redactor must find: as pasted, trimmed, without
 * a `Bearer ` prefix, and line by line (the runner masks lines one by one). Shared by the action and the CLI.
 */
function secretForms(rawToken, ...otherSecrets) {
    const trimmed = rawToken.trim();
    const forms = [rawToken, trimmed, trimmed.replace(/^bearer\s+/i, ''), ...trimmed.split(/[\r\n]+/), ...otherSecrets];
    return [...new Set(forms.map((f) => f.trim()).filter((f) => f.length >= MIN_SECRET_LENGTH))];
}
function characterForms(character) {
    const point = character.codePointAt(0) ?? 0;
    const bytes = [...Buffer.from(character, 'utf8')];
    const percent = bytes.map((b) => `%${hex(b)}`).join('');
    const json = point <= 0xffff ? `\\\\u${hex(point, 4)}` : '';
    const forms = [
        escapeRegExp(character),
        percent,
        ...(json ? [json] : []),
        `&#0*${point};`,
        `&#x0*${point.toString(16)};`,
        // JSON writes `/`, `"` and `\` with a backslash before them.
        ...('/"\\'.includes(character) ? [`\\\\${escapeRegExp(character)}`] : []),
    ];
    return `(?:${forms.join('|')})`;
}
function base64Forms(secret) {
    const standard = Buffer.from(secret, 'utf8').toString('base64');
    const bare = standard.replace(/=+$/, '');
    const urlSafe = bare.replace(/\+/g, '-').replace(/\//g, '_');
    return [...new Set([standard, bare, urlSafe])].filter((f) => f.length >= MIN_SECRET_LENGTH);
}
function hex(value, width = 2) {
    return value.toString(16).padStart(width, '0');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
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

/***/ 3237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ USER_AGENT)
/* harmony export */ });
/** How the program names itself to a Mastodon server: the check's HTTP client and the token commands' send the same. */
const USER_AGENT = 'mastodon-token-health (+https://github.com/marketplace/actions/mastodon-token-health)';


/***/ }),

/***/ 6092:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ versionAtLeast)
/* harmony export */ });
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
