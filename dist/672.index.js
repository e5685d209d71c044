export const id = 672;
export const ids = [672];
export const modules = {

/***/ 4512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON),
/* harmony export */   xr: () => (/* binding */ annotationText)
/* harmony export */ });
const STATUS_HEADLINE = {
    healthy: 'Token healthy',
    'over-scoped': 'Token over-scoped',
    'under-scoped': 'Token under-scoped',
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
    return STATUS_HEADLINE[report.status];
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
/** One finding as an annotation's text: message, then the fix on the same line (annotations show one paragraph). */
function annotationText(finding) {
    return finding.fix.length ? `${finding.message} Fix: ${finding.fix.join(' ')}` : finding.message;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* harmony import */ var _headline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4512);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9997);
/** The report as Markdown: the job summary, and the body of the comment and the issue. Pure. */


const scopeList = (scopes) => (scopes.length ? scopes.map((s) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s)).join(' ') : '—');
/** The whole report as Markdown: the job summary, and the body of the comment and the issue. */
function renderMarkdown(report, options = {}) {
    const h = '#'.repeat(options.headingLevel ?? 2);
    const lines = [];
    const subject = report.account ? ` for ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(report.account.handle)}` : '';
    lines.push(`${h} ${(0,_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(report)} ${(0,_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)(report)}${subject} on ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(report.instance.host)}`, '');
    if (report.status === 'input-error' || report.status === 'skipped') {
        for (const finding of report.findings)
            lines.push(...renderFinding(finding));
        return lines.join('\n').trimEnd() + '\n';
    }
    const server = report.instance.software ? `${report.instance.software} ${report.instance.version}`.trim() : 'unknown';
    const rows = [
        ['Instance', `${report.instance.origin} (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(server)})`],
        [
            'Account',
            report.account ? `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(report.account.handle)} (id ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(report.account.id)})` : report.accountNote || '—',
        ],
        ['App', report.app ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(report.app.name) : '—'],
        ['Token state', (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(report.tokenState)],
        ['Scopes from', sourceText(report)],
        ['Granted', scopeList(report.scopes.granted)],
        ['Required', report.scopes.declared ? scopeList(report.scopes.required) : 'not declared'],
        ['Excess', scopeList(report.scopes.excess)],
        ['Missing', scopeList(report.scopes.missing)],
    ];
    if (report.scopes.undetermined.length)
        rows.push(['Not told apart', scopeList(report.scopes.undetermined)]);
    rows.push([
        'Token age',
        report.token.ageDays !== undefined
            ? `${report.token.ageDays} days (created ${report.token.createdAt.slice(0, 10)})`
            : 'unknown',
    ]);
    lines.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`), '');
    const findings = report.findings;
    if (findings.length) {
        lines.push(`${h}# Findings`, '');
        for (const finding of findings)
            lines.push(...renderFinding(finding));
    }
    else {
        lines.push('Nothing to fix: the token works and holds exactly the declared scopes.', '');
    }
    lines.push(`${h}# Links`, '', `- [Authorized apps](${report.links.authorizedApps}): see and revoke the apps that hold tokens for this account.`, `- [Development](${report.links.development}): create an application with exactly the scopes the bot needs, and copy its token.`, '', `<sub>Checked ${report.checkedAt} by mastodon-token-health.</sub>`);
    return lines.join('\n').trimEnd() + '\n';
}
function renderFinding(finding) {
    const lines = [`**${_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ICON */ ._9[finding.severity]} ${finding.title}**: ${finding.message}`, ''];
    if (finding.fix.length) {
        lines.push(...finding.fix.map((step, i) => `${i + 1}. ${step}`), '');
    }
    return lines;
}
function sourceText(report) {
    switch (report.scopes.source) {
        case 'token-info':
            return 'token info (exact)';
        case 'probe':
            return 'probing with harmless requests (exact)';
        case 'app':
            return "the app's registered scopes (an upper bound)";
        case '':
            return 'unknown';
    }
}


/***/ }),

/***/ 5672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  failUnexpected: () => (/* binding */ failUnexpected),
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/report/outputs.ts
/** Output names as action.yml spells them. */
const Outputs = {
    Status: 'status',
    TokenState: 'token-state',
    Account: 'account',
    AccountId: 'account-id',
    AppName: 'app-name',
    GrantedScopes: 'granted-scopes',
    RequiredScopes: 'required-scopes',
    ExcessScopes: 'excess-scopes',
    MissingScopes: 'missing-scopes',
    ScopesSource: 'scopes-source',
    ServerSoftware: 'server-software',
    ServerVersion: 'server-version',
    TokenCreatedAt: 'token-created-at',
    TokenAgeDays: 'token-age-days',
    Report: 'report',
};
/** Every output of action.yml, from the report, in one place. */
function outputsOf(report) {
    return {
        [Outputs.Status]: report.status,
        [Outputs.TokenState]: report.tokenState,
        [Outputs.Account]: report.account?.handle ?? '',
        [Outputs.AccountId]: report.account?.id ?? '',
        [Outputs.AppName]: report.app?.name ?? '',
        [Outputs.GrantedScopes]: report.scopes.granted.join(' '),
        [Outputs.RequiredScopes]: report.scopes.required.join(' '),
        [Outputs.ExcessScopes]: report.scopes.excess.join(' '),
        [Outputs.MissingScopes]: report.scopes.missing.join(' '),
        [Outputs.ScopesSource]: report.scopes.source,
        [Outputs.ServerSoftware]: report.instance.software,
        [Outputs.ServerVersion]: report.instance.version,
        [Outputs.TokenCreatedAt]: report.token.createdAt,
        [Outputs.TokenAgeDays]: report.token.ageDays === undefined ? '' : String(report.token.ageDays),
        [Outputs.Report]: JSON.stringify(report),
    };
}

// EXTERNAL MODULE: ./src/report/headline.ts
var headline = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/report/text.ts
/** The report as a few plain lines for a terminal (the CLI) and the step's log. Pure. */


/** A few plain lines for a terminal. */
function renderText(report) {
    const lines = [
        `${(0,headline/* statusIcon */.I8)(report)} ${(0,headline/* headline */.Pl)(report)} (status: ${report.status}, token: ${report.tokenState})`,
        `  instance:  ${report.instance.origin}${report.instance.software ? ` (${report.instance.software} ${report.instance.version})` : ''}`,
    ];
    if (report.status !== 'input-error' && report.status !== 'skipped') {
        lines.push(`  account:   ${report.account?.handle ?? `- (${report.accountNote})`}`, `  app:       ${report.app?.name ?? '-'}`, `  scopes:    ${report.scopes.granted.join(' ') || '-'} (from ${report.scopes.source || 'nowhere'})`, `  required:  ${report.scopes.declared ? report.scopes.required.join(' ') : '(not declared)'}`, `  excess:    ${report.scopes.excess.join(' ') || '-'}`, `  missing:   ${report.scopes.missing.join(' ') || '-'}`);
    }
    for (const finding of report.findings) {
        lines.push(`  ${headline/* SEVERITY_ICON */._9[finding.severity]} ${finding.title}: ${(0,util_text/* uncode */.Nn)((0,headline/* annotationText */.xr)(finding))}`);
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/sinks/actions.ts
/** The GitHub Actions sink: outputs, job summary, one annotation per finding, and the step's outcome. */






/** The longest annotation kept: GitHub shows a few lines of one anyway. */
const MAX_ANNOTATION = 4000;
async function publishToActions(report, redact) {
    // Redacted first, then made printable: cleaning first could break up a token and hide it from the redactor.
    const line = (text) => (0,util_text/* oneLine */.TN)(redact(text), MAX_ANNOTATION);
    for (const text of renderText(report).trimEnd().split('\n'))
        core/* info */.pq((0,util_text/* printableLine */.oy)(redact(text)));
    for (const [name, value] of Object.entries(outputsOf(report)))
        core/* setOutput */.uH(name, redact(value));
    for (const finding of report.findings) {
        const properties = { title: line(finding.title) };
        const text = line((0,headline/* annotationText */.xr)(finding));
        if (finding.severity === 'failure')
            core/* error */.z3(text, properties);
        else if (finding.severity === 'warning')
            core/* warning */.$e(text, properties);
        else
            core/* notice */.lm(text, properties);
    }
    if (process.env['GITHUB_STEP_SUMMARY']) {
        try {
            await core/* summary */.z.addRaw(redact((0,markdown/* renderMarkdown */.G)(report))).write();
        }
        catch (error) {
            core/* warning */.$e(line(`The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`));
        }
    }
    if (report.failed) {
        const failures = report.findings.filter((f) => f.severity === 'failure');
        core/* setFailed */.C1(line(report.status === 'input-error'
            ? `Invalid input: ${failures.map((f) => f.title.replace(/^Input /, '')).join(', ')}. The annotations above say what each expects; no request was made.`
            : `${[(0,headline/* headline */.Pl)(report), ...failures.map((f) => f.title).filter((t) => t !== (0,headline/* headline */.Pl)(report))].join('; ')} (status: ${report.status}). The job summary says how to fix it.`));
    }
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/mastodon/answers.ts
var answers = __webpack_require__(1244);
;// CONCATENATED MODULE: ./src/sinks/github/event.ts
/**
 * What the workflow run says about where a report belongs, read from the runner's environment and event file.
 * Plain Node only: this runs on every run, and @actions/github (its `context`) is loaded only when a comment or an
 * issue is to be written.
 */


function readRunEvent(env = process.env) {
    return runEventFrom(env, readPayload(env['GITHUB_EVENT_PATH']));
}
function readPayload(path) {
    if (!path)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        // No payload, or not JSON: the run is treated as one without a pull request.
        return undefined;
    }
}
function runEventFrom(env, payload) {
    const body = (0,answers/* asRecord */.qY)(payload);
    const repository = repositoryOf(env['GITHUB_REPOSITORY'] ?? '') ?? repositoryOf(fullNameOf(body?.['repository']));
    const server = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
    const runId = env['GITHUB_RUN_ID'] ?? '';
    return {
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        repository,
        workflow: env['GITHUB_WORKFLOW'] ?? '',
        job: env['GITHUB_JOB'] ?? '',
        pullRequest: pullRequestOf(body),
        runUrl: repository && /^\d+$/.test(runId) ? `${server}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : '',
    };
}
function pullRequestOf(payload) {
    const pullRequest = (0,answers/* asRecord */.qY)(payload?.['pull_request']);
    if (pullRequest && isNumber(pullRequest['number'])) {
        const head = fullNameOf((0,answers/* asRecord */.qY)(pullRequest['head'])?.['repo']);
        const base = fullNameOf((0,answers/* asRecord */.qY)(pullRequest['base'])?.['repo']);
        // A deleted fork leaves `head.repo` null: still a fork.
        return { number: pullRequest['number'], fromFork: head !== base };
    }
    const issue = (0,answers/* asRecord */.qY)(payload?.['issue']);
    if (issue && issue['pull_request'] && isNumber(issue['number']))
        return { number: issue['number'], fromFork: false };
    return undefined;
}
function repositoryOf(fullName) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName);
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
function fullNameOf(repository) {
    const name = (0,answers/* asRecord */.qY)(repository)?.['full_name'];
    return typeof name === 'string' ? name : '';
}
const isNumber = (value) => typeof value === 'number' && Number.isInteger(value) && value > 0;

// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __webpack_require__(5585);
;// CONCATENATED MODULE: ./src/sinks/github/plan.ts
/**
 * Whether this run keeps a pull request comment or a tracking issue, decided from the report, the settings and the
 * event alone. Pure, and free of the GitHub client: a run that writes neither never loads it.
 */

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const WATCH_EVENTS = new Set(['schedule', 'workflow_dispatch']);
function planGitHubSinks(report, settings, event) {
    if (!settings)
        return none('the inputs are invalid');
    // A skipped run (secrets withheld) knows nothing about the token, and its token for GitHub is read-only anyway.
    if (report.status === 'skipped' || report.status === 'input-error')
        return none(`the check is ${report.status}`);
    let plan;
    const pullRequest = event.pullRequest;
    if (pullRequest &&
        (settings.comment === 'always' || (settings.comment === 'auto' && PULL_REQUEST_EVENTS.has(event.eventName)))) {
        plan = { sink: 'comment', pullRequest: pullRequest.number, verdict: commentVerdict(report) };
    }
    else if (settings.issue === 'auto' && WATCH_EVENTS.has(event.eventName)) {
        const verdict = issueVerdict(report, settings);
        if (verdict === 'unknown')
            return none("the token's state is unknown, so a tracking issue is left as it is");
        plan = { sink: 'issue', verdict };
    }
    if (!plan)
        return none(`no comment or issue on '${event.eventName || 'unknown'}' events with these settings`);
    const what = plan.sink === 'comment' ? 'pull request comment' : 'tracking issue';
    if (!event.repository)
        return none('GITHUB_REPOSITORY is not set', `The ${what} was not written: GITHUB_REPOSITORY is not set.`);
    if (!settings.githubToken) {
        return none(`'${names/* Inputs */.G.GithubToken}' is empty`, `The ${what} was not written: input '${names/* Inputs */.G.GithubToken}' is empty. Leave it out to use the workflow's token, or set '${plan.sink}: never'.`);
    }
    return plan;
}
function commentVerdict(report) {
    return report.findings.some((f) => f.severity === 'failure' || f.severity === 'warning') ? 'attention' : 'clear';
}
/**
 * An issue tracks what stops the bot: a dead, unusable or too narrow token always; excess scopes and an unknown state
 * only when the user made them fail the run. Anything else (healthy, or only warnings) closes an open issue.
 */
function issueVerdict(report, settings) {
    switch (report.status) {
        case 'revoked':
        case 'invalid':
        case 'account-unusable':
        case 'app-only':
        case 'under-scoped':
            return 'unhealthy';
        case 'over-scoped':
            return settings.onExcess === 'fail' ? 'unhealthy' : 'healthy';
        case 'unreachable':
            return settings.onUnreachable === 'fail' ? 'unhealthy' : 'unknown';
        case 'healthy':
            return 'healthy';
        case 'skipped':
        case 'input-error':
            return 'unknown';
    }
}
function none(reason, warning) {
    return warning === undefined ? { sink: 'none', reason } : { sink: 'none', reason, warning };
}

;// CONCATENATED MODULE: ./src/sinks/github.ts
/**
 * The pull request comment and the tracking issue, as one more sink after the Actions one. The decision is pure and
 * cheap (github/plan.ts); the GitHub client is loaded only when a comment or issue is kept, by a dynamic import that
 * ncc splits into a chunk of its own, so a plain run starts without it.
 */




async function publishToGitHubIfNeeded(report, settings, redact, env = process.env) {
    try {
        const event = readRunEvent(env);
        const plan = planGitHubSinks(report, settings, event);
        if (plan.sink === 'none') {
            core/* debug */.Yz(`No pull request comment or tracking issue: ${plan.reason}.`);
            if (plan.warning)
                core/* warning */.$e(redact(plan.warning), { title: 'Comment or issue not written' });
            return;
        }
        const { publishToGitHub } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(234)]).then(__webpack_require__.bind(__webpack_require__, 6234));
        await publishToGitHub(plan, report, { token: settings?.githubToken ?? '', event, redact });
    }
    catch (error) {
        // GitHub's trouble never decides the run: only the token does.
        core/* warning */.$e(redact(`The pull request comment or tracking issue was not written: ${(0,errors/* messageOf */.b)(error)}. The token check's outcome does not depend on this.`), { title: 'Comment or issue not written' });
    }
}

;// CONCATENATED MODULE: ./src/sinks/index.ts
/**
 * Everything that writes to the runner and to GitHub, behind one dynamic import. main.ts starts loading it while the
 * first wave of requests is in flight: @actions/core loads its OIDC client, and with it undici, at import time (most
 * of a megabyte), which would otherwise stand before the first request (npm run bench).
 */




async function publish(report, settings, redact) {
    await publishToActions(report, redact);
    await publishToGitHubIfNeeded(report, settings, redact);
}
function failUnexpected(error, redact) {
    core/* setFailed */.C1(redact(`mastodon-token-health failed unexpectedly: ${(0,errors/* messageOf */.b)(error)}. Please report this at the action's repository.`));
}


/***/ })

};
