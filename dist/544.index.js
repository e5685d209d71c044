export const id = 544;
export const ids = [544];
export const modules = {

/***/ 6716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ detailsOf)
/* harmony export */ });
/* unused harmony export DETAIL_SECTIONS */
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);
/**
 * The details under the verdict, the fix and the findings: facts a reader looks up, not reads first. Each section is
 * a function of the report; a new kind of fact (the code's needs, the blast radius, one bot of several) is one more
 * function in DETAIL_SECTIONS. Rows without a value are left out. Values are Markdown (code spans only).
 */

const scopeList = (scopes) => scopes.map((s) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s)).join(' ');
function tokenSection(report) {
    const server = [report.instance.software, report.instance.version].filter(Boolean).join(' ');
    return {
        title: 'Token',
        rows: [
            { label: 'Instance', value: report.instance.origin + (server ? ` (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(server)})` : '') },
            {
                label: 'Account',
                value: report.account
                    ? `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.account.handle)}${report.account.id ? ` (id ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.account.id)})` : ''}`
                    : report.accountNote,
            },
            { label: 'App', value: report.app ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.app.name) : '' },
            { label: 'Token state', value: report.tokenState === 'unknown' ? '' : (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.tokenState) },
            {
                label: 'Links',
                // Pleroma and Akkoma have no such pages, nor does a server whose software is not known (docs/servers/ §6).
                value: [
                    /^https?:\/\//.test(report.links.authorizedApps) &&
                        `[Authorized apps](${report.links.authorizedApps}) (revoke)`,
                    /^https?:\/\//.test(report.links.development) && `[Development](${report.links.development}) (new token)`,
                ]
                    .filter(Boolean)
                    .join(' · '),
            },
            {
                label: 'Token age',
                value: report.token.ageDays !== undefined
                    ? `${report.token.ageDays} ${report.token.ageDays === 1 ? 'day' : 'days'} (created ${report.token.createdAt.slice(0, 10)})`
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
        case '':
            return '';
    }
}
/** In the order shown. Add a section here; it appears in the summary, the comment, the issue and the CLI. */
const DETAIL_SECTIONS = [
    tokenSection,
    scopesSection,
];
/** The sections with something to show, each with only the rows that have a value. */
function detailsOf(report) {
    if (report.status === 'input-error' || report.status === 'skipped')
        return [];
    return DETAIL_SECTIONS.flatMap((section) => {
        const shown = section(report);
        const rows = shown?.rows.filter((row) => row.value.trim() !== '') ?? [];
        return shown && rows.length > 0 ? [{ title: shown.title, rows }] : [];
    });
}


/***/ }),

/***/ 4512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON),
/* harmony export */   xr: () => (/* binding */ annotationText)
/* harmony export */ });
/* harmony import */ var _todo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(724);

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
/**
 * A finding as an annotation: annotations are plain text and show one short paragraph, so one plain sentence and a
 * pointer to the job summary, where the fix is. The title goes in the annotation's own title.
 */
function annotationText(finding) {
    return `${(0,_todo_js__WEBPACK_IMPORTED_MODULE_0__/* .shortOf */ .IX)(finding)} See the job summary.`;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports verdictLine, findingLine, detailsBlock */
/* harmony import */ var _details_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6716);
/* harmony import */ var _headline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4512);
/* harmony import */ var _todo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(724);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9997);
/* harmony import */ var _inputs_instance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(866);
/**
 * The report as Markdown: the job summary, and the body of the comment and the issue. Pure.
 *
 * In the order a reader needs it: the verdict; one list of what to do, written once for all findings; the findings;
 * then the details, collapsed. Server-chosen text is already inside code spans (util/text.ts `code`, the one escaper).
 */





/** The verdict as one line: icon, headline, whose token, where. */
function verdictLine(report) {
    const subject = report.account ? ` for ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(report.account.handle)}` : '';
    const where = report.instance.host ? ` on ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)((0,_inputs_instance_js__WEBPACK_IMPORTED_MODULE_3__/* .shownHost */ .KI)(report.instance.host))}` : '';
    const tail = report.status === 'input-error' ? ': no request was made' : '';
    return `${(0,_headline_js__WEBPACK_IMPORTED_MODULE_1__/* .statusIcon */ .I8)(report)} ${(0,_headline_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(report)}${subject}${where}${tail}`;
}
function renderMarkdown(report, options = {}) {
    const h = '#'.repeat(options.headingLevel ?? 2);
    const lines = [`${h} ${verdictLine(report)}`, ''];
    if (report.status === 'input-error') {
        // Each error names the input, shows the value and says what is expected: the list is what to fix.
        lines.push('**What to fix**', '', ...report.findings.map((f) => `- ${f.message}`), '');
        return finish(lines, report);
    }
    const todo = (0,_todo_js__WEBPACK_IMPORTED_MODULE_2__/* .todoOf */ .M3)(report);
    const serious = report.findings.some((f) => f.severity !== 'notice');
    if (todo.length > 0) {
        lines.push(`**${serious ? 'What to do' : 'Worth doing'}**`, '', ...todo.map((step, i) => `${i + 1}. ${step}`), '');
    }
    else if (report.status === 'healthy') {
        lines.push(`Nothing to do: ${healthySentence(report)}`, '');
    }
    if (report.findings.length > 0) {
        lines.push('**Findings**', '', ...(0,_todo_js__WEBPACK_IMPORTED_MODULE_2__/* .bySeverity */ .Np)(report.findings).map(findingLine), '');
    }
    lines.push(...detailsBlock((0,_details_js__WEBPACK_IMPORTED_MODULE_0__/* .detailsOf */ .c)(report)));
    return finish(lines, report);
}
function findingLine(finding) {
    return `- ${_headline_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY_ICON */ ._9[finding.severity]} **${finding.title}**: ${finding.message}`;
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


/***/ }),

/***/ 724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ shortOf),
/* harmony export */   M3: () => (/* binding */ todoOf),
/* harmony export */   Np: () => (/* binding */ bySeverity),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);

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
    return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .uncode */ .Nn)(text);
}
/** A finding in one plain sentence: its own `short`, else its message's first sentence. */
function shortOf(finding) {
    if (finding.short)
        return plain(finding.short);
    const text = plain(finding.message).trim();
    // A sentence ends at . ! or ? followed by a capital: "e.g. x" and "4.3 or later" do not end one.
    const end = /[.!?](?=\s+[A-Z"'(])/.exec(text);
    return end ? text.slice(0, end.index + 1) : text;
}


/***/ }),

/***/ 3544:
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
// EXTERNAL MODULE: ./src/report/headline.ts
var headline = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/report/todo.ts
var report_todo = __webpack_require__(724);
;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The report as JSON: the action's `report` output and the CLI's `--format json`, one and the same. One shape in
 * every case, input errors and skipped runs included: every key is present (null when unknown, never missing), links
 * are absolute (null when the instance itself is not known), and `schemaVersion` changes only with a major release.
 * README "The report JSON" documents it; report-json.test.ts pins it.
 */


const SCHEMA_VERSION = 1;
const orNull = (text) => (text ? text : null);
const absolute = (url) => (/^https?:\/\/[^/]/.test(url) ? url : null);
function reportJson(report) {
    return {
        schemaVersion: SCHEMA_VERSION,
        status: report.status,
        failed: report.failed,
        verdict: (0,headline/* headline */.Pl)(report),
        todo: (0,report_todo/* todoOf */.M3)(report),
        findings: report.findings.map((f) => ({
            id: f.id,
            severity: f.severity,
            status: f.status ?? null,
            title: (0,report_todo/* plain */.pj)(f.title),
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
        links: {
            authorizedApps: absolute(report.links.authorizedApps),
            development: absolute(report.links.development),
            newApplication: absolute(report.links.newApplication),
        },
        checkedAt: report.checkedAt,
    };
}

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
        [Outputs.Report]: JSON.stringify(reportJson(report)),
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/details.ts
var details = __webpack_require__(6716);
;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * The report as plain text, for a terminal (the CLI) and the step's log. Pure: the caller says how wide the terminal
 * is. Same order as the Markdown: verdict, what to do (numbered, wrapped), findings, details. Colour is added by
 * `paintText` after the text has been made safe to print, so no server string can carry an escape sequence in.
 */



const MARK = { failure: '✗', warning: '!', notice: 'i' };
const ANSI = { red: '31', yellow: '33', green: '32', cyan: '36', bold: '1' };
function renderText(report, options = {}) {
    const width = Math.max(40, Math.min(options.width ?? 80, 120));
    const mark = report.failed ? '✗' : report.status === 'healthy' ? '✓' : report.status === 'skipped' ? '-' : '!';
    const subject = report.account ? ` for ${report.account.handle}` : '';
    const where = report.instance.host ? ` on ${report.instance.host}` : '';
    const verdict = `${mark} ${(0,headline/* headline */.Pl)(report)}${subject}${where}`;
    const status = `(status: ${report.status})`;
    const lines = verdict.length + 1 + status.length <= width ? [`${verdict} ${status}`] : [verdict, `  ${status}`];
    if (report.status === 'input-error') {
        lines.push('', 'What to fix:');
        for (const finding of report.findings)
            lines.push(...wrap((0,report_todo/* plain */.pj)(finding.message), width, '  - ', '    '));
        return lines.join('\n') + '\n';
    }
    const todo = (0,report_todo/* todoOf */.M3)(report);
    if (todo.length > 0) {
        const serious = report.findings.some((f) => f.severity !== 'notice');
        lines.push('', serious ? 'What to do:' : 'Worth doing:');
        todo.forEach((step, i) => {
            const number = `  ${i + 1}. `;
            lines.push(...wrap((0,report_todo/* plain */.pj)(step), width, number, ' '.repeat(number.length)));
        });
    }
    else if (report.status === 'healthy') {
        lines.push('', 'Nothing to do.');
    }
    if (report.findings.length > 0) {
        lines.push('', 'Findings:');
        for (const finding of (0,report_todo/* bySeverity */.Np)(report.findings)) {
            const text = `${finding.title}: ${(0,report_todo/* plain */.pj)(finding.message)}`;
            lines.push(...wrap(text, width, `  ${MARK[finding.severity]} `, '    '));
        }
    }
    const sections = (0,details/* detailsOf */.c)(report);
    if (sections.length > 0) {
        const labelWidth = Math.max(...sections.flatMap((s) => s.rows.map((r) => r.label.length))) + 2;
        lines.push('', 'Details:');
        for (const section of sections) {
            for (const row of section.rows) {
                const label = `  ${row.label.toLowerCase().padEnd(labelWidth)}`;
                lines.push(...wrap((0,report_todo/* plain */.pj)(row.value), width, label, ' '.repeat(label.length)));
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

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/sinks/actions.ts
/** The GitHub Actions sink: outputs, job summary, one annotation per finding, and the step's outcome. */






/** The longest annotation kept: GitHub shows a few lines of one anyway. */
const MAX_ANNOTATION = 4000;
async function publishToActions(report, redact) {
    // Redacted first, then made printable: cleaning first could break up a token and hide it from the redactor.
    const line = (text) => (0,util_text/* oneLine */.TN)(redact(text), MAX_ANNOTATION);
    // The log is wide and keeps no colour: the report as a terminal shows it, wrapped for reading.
    for (const text of renderText(report, { width: 120 }).trimEnd().split('\n'))
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
            await core/* summary */.z.addRaw(redact((0,markdown/* renderMarkdown */.Gc)(report))).write();
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
// EXTERNAL MODULE: ./src/sinks/github/event.ts + 1 modules
var github_event = __webpack_require__(4881);
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
    if (!plan && !pullRequest && settings.comment !== 'never' && PULL_REQUEST_EVENTS.has(event.eventName)) {
        // A pull request event whose payload names no pull request: say so, rather than skip the comment in silence.
        const why = event.payloadProblem
            ? `the event payload (GITHUB_EVENT_PATH) could not be read (${event.payloadProblem})`
            : 'the event payload names no pull request';
        return none(why, `The pull request comment was not written: ${why}, so the pull request is not known.`);
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





async function publishToGitHubIfNeeded(report, settings, redact, env = process.env, deadline) {
    try {
        const event = (0,github_event/* readRunEvent */.E)(env);
        const plan = planGitHubSinks(report, settings, event);
        if (plan.sink === 'none') {
            core/* debug */.Yz(`No pull request comment or tracking issue: ${plan.reason}.`);
            if (plan.warning)
                core/* warning */.$e((0,util_text/* oneLine */.TN)(redact(plan.warning), 4000), { title: 'Comment or issue not written' });
            return;
        }
        const { publishToGitHub } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(234)]).then(__webpack_require__.bind(__webpack_require__, 6234));
        await publishToGitHub(plan, report, {
            token: settings?.githubToken ?? '',
            event,
            redact,
            ...(deadline !== undefined ? { deadline } : {}),
        });
    }
    catch (error) {
        // GitHub's trouble never decides the run: only the token does.
        core/* warning */.$e((0,util_text/* oneLine */.TN)(redact(`The pull request comment or tracking issue was not written: ${(0,errors/* messageOf */.b)(error)}. The token check's outcome does not depend on this.`), 4000), { title: 'Comment or issue not written' });
    }
}

;// CONCATENATED MODULE: ./src/sinks/index.ts
/**
 * Everything that writes to the runner and to GitHub, behind one dynamic import. main.ts starts loading it while the
 * first wave of requests is in flight: @actions/core loads its OIDC client, and with it undici, at import time (most
 * of a megabyte), which would otherwise stand before the first request (npm run bench).
 */




/** `deadline`: epoch milliseconds, the end of the run's `timeout-seconds`; GitHub gets a few seconds more at most. */
async function publish(report, settings, redact, deadline) {
    await publishToActions(report, redact);
    await publishToGitHubIfNeeded(report, settings, redact, process.env, deadline);
}
function failUnexpected(error, redact) {
    core/* setFailed */.C1(redact(`mastodon-token-health failed unexpectedly: ${(0,errors/* messageOf */.b)(error)}. Please report this at the action's repository.`));
}


/***/ })

};
