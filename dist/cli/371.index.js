export const id = 371;
export const ids = [371];
export const modules = {

/***/ 3371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   declarationLines: () => (/* binding */ declarationLines),
/* harmony export */   neededScopes: () => (/* binding */ neededScopes),
/* harmony export */   scanCode: () => (/* binding */ scanCode),
/* harmony export */   withCodeFindings: () => (/* binding */ withCodeFindings),
/* harmony export */   withScanFailure: () => (/* binding */ withScanFailure)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9997);
/* harmony import */ var _evaluate_verdict_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6250);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6867);
/* harmony import */ var _needs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9076);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5001);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7447);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5404);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17);
/**
 * The scan in a check: scan `source-paths`, then turn the needs of the code into findings on the report
 * (`under-declared`, `over-declared`, unresolved calls), each on the line it is about, and the report's `code` part.
 * Loaded only when `source-paths` is set (main.ts), so a check without it pays nothing for the scanner.
 */








function scanCode(settings, workspace) {
    return (0,_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanSources */ .sQ)({ root: workspace, paths: settings.sourcePaths });
}
/** With `required-scopes` empty the needs of the code stand as the declaration the token is checked against. */
function neededScopes(scan) {
    return (0,_needs_js__WEBPACK_IMPORTED_MODULE_0__/* .analyseNeeds */ .X)(scan.calls).needed;
}
const MAX_LISTED = 5;
const at = (c) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(`${(0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(c.file)}:${c.line}`);
const called = (c) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)((0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(c.what));
/** The report with the code's findings added, its status and outcome decided again, and its `code` part. */
function withCodeFindings(report, scan, settings, context) {
    const version = report.instance.software === 'mastodon' && report.instance.version ? report.instance.version : undefined;
    const declared = settings.scopesDeclared ? settings.requiredScopes : [];
    const needs = (0,_needs_js__WEBPACK_IMPORTED_MODULE_0__/* .analyseNeeds */ .X)(scan.calls, declared, version);
    const findings = [];
    const exactly = needs.needed.length ? needs.needed.map((s) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(s)).join(' ') : 'no scope';
    // One step for both kinds of finding: the fix list shows it once.
    const declareExactly = needs.needed.length
        ? `Declare exactly what the code needs, \`required-scopes: ${needs.needed.join(' ')}\`, and give the token those scopes.`
        : 'Declare no scope: the scanned code calls no endpoint that needs one.';
    for (const need of needs.undeclared) {
        const calls = needs.calls.filter((c) => !c.covered && c.need === need);
        const first = calls[0];
        const more = calls.length > 1
            ? ` ${calls.length - 1} more ${calls.length === 2 ? 'call needs' : 'calls need'} it: ${calls.slice(1, MAX_LISTED).map(at).join(', ')}${calls.length > MAX_LISTED ? ', …' : ''}.`
            : '';
        findings.push({
            id: `undeclared-scope:${need}`,
            severity: settings.onMissing === 'fail' ? 'failure' : 'warning',
            status: 'under-declared',
            title: `Undeclared scope ${need}`,
            message: `${called(first)} at ${at(first)} needs ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(need)} (its endpoint accepts ${first.accepts.map((s) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(s)).join(', ')}), which \`required-scopes\` does not declare: the bot will fail here once deployed.${more}`,
            fix: [declareExactly],
            location: { file: first.file, line: first.line },
        });
    }
    if (settings.onExcess !== 'ignore') {
        const lines = context.workflowRef
            ? declarationLines(context.workspace, context.workflowRef, needs.unneeded)
            : new Map();
        for (const scope of needs.unneeded) {
            const narrower = needs.calls.filter((c) => c.covered && c.need && c.accepts.includes(scope) && c.need !== scope);
            const why = narrower.length
                ? `the code needs only ${[...new Set(narrower.map((c) => c.need))].map((s) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(s)).join(', ')} of what it grants (${called(narrower[0])} at ${at(narrower[0])})`
                : 'no call in the scanned code uses it';
            const location = lines.get(scope);
            findings.push({
                id: `unneeded-scope:${scope}`,
                severity: settings.onExcess === 'fail' ? 'failure' : 'warning',
                status: 'over-declared',
                title: `Unneeded scope ${scope}`,
                message: `\`required-scopes\` declares ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(scope)}, but ${why}. A token made to this declaration can do more than the bot does.`,
                fix: [declareExactly],
                ...(location ? { location } : {}),
            });
        }
    }
    if (!settings.scopesDeclared) {
        findings.push({
            id: 'declaration-from-code',
            severity: 'notice',
            title: 'Scopes declared by the code',
            message: `No \`required-scopes\` were given, so the needs of the code stood as the declaration: ${exactly}.`,
            fix: needs.needed.length ? [`To pin it, declare \`required-scopes: ${needs.needed.join(' ')}\`.`] : [],
        });
    }
    if (scan.unresolved.length) {
        const first = scan.unresolved[0];
        const listed = scan.unresolved
            .slice(0, MAX_LISTED)
            .map((u) => `${at(u)} ${called(u)} (${(0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(u.reason, 160)})`)
            .join('; ');
        findings.push({
            id: 'unresolved-calls',
            severity: 'notice',
            title: `${scan.unresolved.length} call${scan.unresolved.length === 1 ? '' : 's'} not resolved`,
            message: `The endpoint of ${scan.unresolved.length === 1 ? 'this call' : 'these calls'} could not be told from the code, so ${scan.unresolved.length === 1 ? 'its' : 'their'} scopes are not in \`needed-scopes\`: ${listed}${scan.unresolved.length > MAX_LISTED ? '; …' : ''}.`,
            fix: ['Check these calls by hand against the endpoint table, and declare what they need.'],
            location: { file: first.file, line: first.line },
        });
    }
    if (scan.stats.unmatched.length) {
        findings.push({
            id: 'source-paths-unmatched',
            severity: 'warning',
            title: 'Source paths match nothing',
            message: `\`source-paths\` ${scan.stats.unmatched.map((p) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)((0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(p))).join(', ')} matched no file in the workspace.`,
            fix: [
                'Check out the code before this step (`actions/checkout`), and give paths relative to the repository root.',
            ],
        });
    }
    if (!scan.calls.length && !scan.unresolved.length) {
        findings.push({
            id: 'no-calls',
            severity: 'notice',
            title: 'No API use found',
            message: `No Mastodon API call was found in ${scan.stats.files} scanned file${scan.stats.files === 1 ? '' : 's'} of \`source-paths\`${scan.testCalls.length ? ` (${scan.testCalls.length} in tests only, not counted)` : ''}.`,
            fix: [],
        });
    }
    if (scan.stats.symlinks.length) {
        findings.push({
            id: 'symlinks-skipped',
            severity: 'notice',
            title: 'Links not followed',
            message: `Symbolic links are never followed (one could point outside the workspace): ${scan.stats.symlinks
                .slice(0, MAX_LISTED)
                .map((p) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)((0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(p)))
                .join(', ')}${scan.stats.symlinks.length > MAX_LISTED ? ', …' : ''}.`,
            fix: [],
        });
    }
    const all = [...report.findings, ...findings];
    const codeReport = {
        sourcePaths: settings.sourcePaths,
        needed: needs.needed,
        undeclared: needs.undeclared,
        unneeded: needs.unneeded,
        declaration: settings.scopesDeclared ? 'required-scopes' : 'code',
        declared: [...declared].sort(),
        calls: needs.calls.map(_render_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCall */ .qA),
        unresolved: scan.unresolved,
        tests: { calls: (0,_needs_js__WEBPACK_IMPORTED_MODULE_0__/* .analyseNeeds */ .X)(scan.testCalls, [], version).calls.map(_render_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCall */ .qA), unresolved: scan.testUnresolved },
        files: { scanned: scan.stats.files, skipped: scan.stats.skipped },
    };
    const status = report.status === 'input-error' ? report.status : (0,_report_model_js__WEBPACK_IMPORTED_MODULE_5__/* .worstStatus */ .A4)(all.flatMap((f) => (f.status ? [f.status] : [])));
    return {
        ...report,
        sticky: { comment: (0,_evaluate_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .commentVerdict */ .J)(all), issue: (0,_evaluate_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .issueVerdict */ .T)(status, settings) },
        status,
        failed: all.some((f) => f.severity === 'failure'),
        findings: all,
        code: codeReport,
    };
}
/** The report when the code could not be scanned at all (the workspace is missing, say): a warning, never a pass. */
function withScanFailure(report, error) {
    const finding = {
        id: 'scan-failed',
        severity: 'warning',
        title: 'Code not scanned',
        message: `The code under \`source-paths\` could not be scanned: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .b)(error), 300)}. No needs were worked out.`,
        fix: ['Check out the repository before this step (`actions/checkout`).'],
    };
    return { ...report, findings: [...report.findings, finding] };
}
/**
 * The line of the running workflow that declares each scope: `required-scopes: write read` on one line, or one of
 * the lines of a block (`required-scopes: |`). The workflow is read from the workspace like any other file.
 */
function declarationLines(workspace, workflowRef, scopes) {
    const found = new Map();
    const path = /^[^/]+\/[^/]+\/(.+?)@/.exec(workflowRef)?.[1];
    if (!path || !scopes.length)
        return found;
    const text = (0,_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkspaceFile */ .sL)(workspace, path);
    if (text === undefined)
        return found;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const key = /^(\s*)required-scopes\s*:(.*)$/.exec(lines[i]);
        if (!key)
            continue;
        const indent = key[1].length;
        const candidates = [{ text: key[2], line: i + 1 }];
        for (let j = i + 1; j < lines.length; j++) {
            const next = lines[j];
            if (next.trim() && next.length - next.trimStart().length <= indent)
                break;
            candidates.push({ text: next, line: j + 1 });
        }
        for (const scope of scopes) {
            if (found.has(scope))
                continue;
            const hit = candidates.find((c) => c.text.split(/[\s,'"]+/).includes(scope));
            if (hit)
                found.set(scope, { file: path, line: hit.line });
        }
    }
    return found;
}


/***/ }),

/***/ 5001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   II: () => (/* binding */ scopesJson),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   l3: () => (/* binding */ renderScopesText),
/* harmony export */   qA: () => (/* binding */ codeCall),
/* harmony export */   rZ: () => (/* binding */ renderScopesMarkdown)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9997);
/* harmony import */ var _needs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9076);


/** One line of repository text for a terminal: no control characters, no line breaks, bounded. */
const printable = _util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN;
const where = (c) => `${printable(c.file)}:${c.line}`;
const source = (c) => (c.library ? ` (${printable(c.library, 60)})` : '');
function groupByNeed(calls) {
    const groups = new Map();
    for (const call of calls) {
        const key = call.need ?? '';
        groups.set(key, [...(groups.get(key) ?? []), call]);
    }
    return new Map([...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1)));
}
function renderScopesText(view) {
    const { scan, needs } = view;
    const out = [];
    const files = scan.stats.files;
    out.push(needs.needed.length
        ? `Needed scopes: ${needs.needed.join(' ')}`
        : scan.calls.length
            ? 'Needed scopes: none (the calls found take no scope)'
            : 'Needed scopes: none found (no Mastodon API call in the scanned code)');
    out.push(`  from ${count(scan.calls.length, 'call')} in ${files} scanned ${files === 1 ? 'file' : 'files'}` +
        (scan.unresolved.length ? `, ${count(scan.unresolved.length, 'unresolved call')}` : ''));
    if (view.declared?.length) {
        out.push(`Declared: ${view.declared.join(' ')}`);
        if (needs.undeclared.length)
            out.push(`Undeclared (the bot will fail without them): ${needs.undeclared.join(' ')}`);
        if (needs.unneeded.length)
            out.push(`Unneeded (declare ${needs.needed.join(' ') || 'nothing'} instead): ${needs.unneeded.join(' ')}`);
        if (!needs.undeclared.length && !needs.unneeded.length)
            out.push('The declaration matches the code.');
    }
    for (const [need, calls] of groupByNeed(needs.calls)) {
        out.push('', need ? `${need}` : 'No scope needed');
        for (const call of calls)
            out.push(`  ${where(call)}  ${printable(call.what)}${source(call)}`);
    }
    if (scan.unresolved.length) {
        out.push('', 'Unresolved: the endpoint could not be told; check these by hand');
        for (const u of scan.unresolved)
            out.push(`  ${where(u)}  ${printable(u.what)}: ${printable(u.reason, 300)}`);
    }
    const testOnly = scan.testCalls.length + scan.testUnresolved.length;
    if (testOnly) {
        out.push('', 'In tests only (not counted)');
        for (const c of (0,_needs_js__WEBPACK_IMPORTED_MODULE_0__/* .analyseNeeds */ .X)(scan.testCalls).calls) {
            out.push(`  ${where(c)}  ${printable(c.what)}${c.need ? `  (${c.need})` : ''}`);
        }
        for (const u of scan.testUnresolved)
            out.push(`  ${where(u)}  ${printable(u.what)}: unresolved`);
    }
    if (scan.stats.unmatched.length) {
        out.push('', `No files matched: ${scan.stats.unmatched.map((p) => printable(p)).join(', ')}`);
    }
    return `${out.join('\n')}\n`;
}
function renderScopesMarkdown(view, options = {}) {
    const { scan, needs } = view;
    const h = '#'.repeat(options.headingLevel ?? 2);
    const out = [];
    out.push(`${h} Scopes the code needs`, '');
    out.push(needs.needed.length
        ? `Needed: ${needs.needed.map((s) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s)).join(' ')} (${count(scan.calls.length, 'call')} in ${scan.stats.files} scanned files)`
        : `Needed: none (${count(scan.calls.length, 'call')} in ${scan.stats.files} scanned files)`);
    if (view.declared?.length) {
        out.push('', `Declared: ${view.declared.map((s) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s)).join(' ')}`);
        if (needs.undeclared.length)
            out.push('', `Undeclared: ${needs.undeclared.map((s) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s)).join(' ')}`);
        if (needs.unneeded.length)
            out.push('', `Unneeded: ${needs.unneeded.map((s) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s)).join(' ')}`);
    }
    if (needs.calls.length) {
        out.push('', '| scope | where | what |', '|---|---|---|');
        for (const [need, calls] of groupByNeed(needs.calls)) {
            for (const call of calls) {
                out.push(`| ${need ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(need) : 'none'} | ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(where(call))} | ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(printable(call.what))}${source(call) ? ` ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(printable(call.library ?? '', 60))}` : ''} |`);
            }
        }
    }
    if (scan.unresolved.length) {
        out.push('', `${h}# Unresolved`, '', 'The endpoint of these calls could not be told: check them by hand.', '');
        out.push('| where | what | why |', '|---|---|---|');
        for (const u of scan.unresolved)
            out.push(unresolvedRow(u));
    }
    const testOnly = scan.testCalls.length + scan.testUnresolved.length;
    if (testOnly) {
        out.push('', `${h}# In tests only (not counted)`, '');
        for (const c of scan.testCalls)
            out.push(`- ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(where(c))} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(printable(c.what))}`);
        for (const u of scan.testUnresolved)
            out.push(`- ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(where(u))} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(printable(u.what))} (unresolved)`);
    }
    return `${out.join('\n')}\n`;
}
const unresolvedRow = (u) => `| ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(where(u))} | ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(printable(u.what))} | ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(printable(u.reason, 300))} |`;
/** A call as the JSON and the report's `code` part list it: the fields a call lacks are left out; no scope is null. */
const codeCall = (c) => ({
    file: c.file,
    line: c.line,
    what: c.what,
    via: c.via,
    ...(c.method ? { method: c.method } : {}),
    ...(c.route ? { endpoint: c.route } : {}),
    ...(c.library ? { library: c.library } : {}),
    accepts: c.accepts,
    need: c.need ?? null,
});
/** The JSON of the command and of the report's `code` part: every call and every unresolved one. */
function scopesJson(view) {
    const { scan, needs } = view;
    const call = (c) => ({
        ...codeCall(c),
        ...(view.declared?.length ? { covered: c.covered } : {}),
    });
    return {
        needed: needs.needed,
        ...(view.declared?.length
            ? { declared: view.declared, undeclared: needs.undeclared, unneeded: needs.unneeded }
            : {}),
        calls: needs.calls.map(call),
        unresolved: scan.unresolved,
        tests: { calls: (0,_needs_js__WEBPACK_IMPORTED_MODULE_0__/* .analyseNeeds */ .X)(scan.testCalls).calls.map(call), unresolved: scan.testUnresolved },
        files: { scanned: scan.stats.files, skipped: scan.stats.skipped, unmatched: scan.stats.unmatched },
    };
}
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;


/***/ })

};
