export const id = 32;
export const ids = [32];
export const modules = {

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scopesCommand: () => (/* binding */ scopesCommand)
/* harmony export */ });
/* unused harmony export SCOPES_USAGE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mastodon_scopes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7878);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17);
/* harmony import */ var _needs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9076);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5001);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7447);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5404);
/**
 * `mastodon-token-health scopes [PATH...]`: the scopes the code needs, each with the calls that need it, then the
 * calls whose endpoint could not be told. Reads files as text; runs nothing.
 */








const SCOPES_USAGE = `Usage: mastodon-token-health scopes [PATH...] [options]

Reads the code under PATH (files, folders or globs; default: the current folder) and prints the least scopes
it needs, each with the calls that need it (file:line, what was called), then the calls whose endpoint could
not be told. Nothing is run: files are read as text. Dependency and build folders, minified and binary files,
files over 1 MiB and what .gitignore ignores are skipped; calls found only in tests are listed apart.

Options:
  --required-scopes SCOPES    compare with a declaration: undeclared needs fail (exit 1), unneeded scopes warn
  --server-version VERSION    the server's Mastodon version (before 4.3, read:accounts instead of profile)
  --format text|markdown|json output format (default text)
  -h, --help                  this help

Exit status: 0 fine, 1 needs the declaration does not cover, 2 bad input.
`;
async function scopesCommand(argv, cwd, stdout, stderr) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: [...argv],
            strict: true,
            allowPositionals: true,
            options: {
                'required-scopes': { type: 'string' },
                'server-version': { type: 'string' },
                format: { type: 'string', default: 'text' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        stderr(`${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .b)(error)}.\n\n${SCOPES_USAGE}`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        stdout(SCOPES_USAGE);
        return 0;
    }
    const format = values.format;
    if (format !== 'text' && format !== 'markdown' && format !== 'json') {
        stderr(`--format is '${format}'; expected text, markdown or json.\n`);
        return 2;
    }
    const declaration = (0,_mastodon_scopes_js__WEBPACK_IMPORTED_MODULE_2__/* .parseScopeList */ .us)(values['required-scopes'] ?? '');
    if (declaration.unknown.length) {
        const bad = declaration.unknown.map((u) => `'${u.name}'${u.suggestion ? ` (did you mean '${u.suggestion}'?)` : ''}`);
        stderr(`--required-scopes has unknown scopes: ${bad.join(', ')}.\n`);
        return 2;
    }
    let scan;
    try {
        scan = await scanPaths(positionals.length ? positionals : ['.'], cwd);
    }
    catch (error) {
        if (!(error instanceof _walk_js__WEBPACK_IMPORTED_MODULE_6__/* .SourcePathError */ .Le))
            throw error;
        stderr(`${error.message}.\n`);
        return 2;
    }
    const declared = declaration.scopes;
    const needs = (0,_needs_js__WEBPACK_IMPORTED_MODULE_3__/* .analyseNeeds */ .X)(scan.calls, declared, values['server-version']);
    const view = { scan, needs, ...(declared.length ? { declared } : {}) };
    stdout(format === 'json'
        ? `${JSON.stringify((0,_render_js__WEBPACK_IMPORTED_MODULE_4__/* .scopesJson */ .II)(view), null, 2)}\n`
        : format === 'markdown'
            ? (0,_render_js__WEBPACK_IMPORTED_MODULE_4__/* .renderScopesMarkdown */ .rZ)(view)
            : (0,_render_js__WEBPACK_IMPORTED_MODULE_4__/* .renderScopesText */ .l3)(view));
    return needs.undeclared.length ? 1 : 0;
}
/**
 * Paths inside the current folder are scanned with it as the workspace; a path outside it (`../other-bot`,
 * `/srv/bot`) is scanned as its own workspace. File names are shown relative to the current folder either way.
 */
async function scanPaths(paths, cwd) {
    const inside = [];
    const outside = [];
    for (const path of paths) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path));
        if (!(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) && !rel.startsWith('..'))
            inside.push(rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/') || '.');
        else
            outside.push((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path));
    }
    const results = [];
    if (inside.length)
        results.push(await (0,_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .scanSources */ .sQ)({ root: cwd, paths: inside }));
    for (const path of outside) {
        const own = (0,_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .ownWorkspace */ .ch)(path);
        if (!own)
            throw new _walk_js__WEBPACK_IMPORTED_MODULE_6__/* .SourcePathError */ .Le(`'${path}' does not exist`);
        const result = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .scanSources */ .sQ)(own);
        const prefix = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, own.root).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
        const move = (c) => ({ ...c, file: prefix ? `${prefix}/${c.file}` : c.file });
        results.push({
            calls: result.calls.map(move),
            unresolved: result.unresolved.map(move),
            testCalls: result.testCalls.map(move),
            testUnresolved: result.testUnresolved.map(move),
            stats: result.stats,
        });
    }
    return mergeResults(results);
}
function mergeResults(results) {
    const stats = (0,_walk_js__WEBPACK_IMPORTED_MODULE_6__/* .newWalkStats */ .fq)();
    const unresolved = [];
    for (const r of results) {
        stats.files += r.stats.files;
        stats.bytes += r.stats.bytes;
        for (const [reason, n] of Object.entries(r.stats.skipped)) {
            const key = reason;
            stats.skipped[key] = (stats.skipped[key] ?? 0) + (n ?? 0);
        }
        stats.symlinks.push(...r.stats.symlinks);
        stats.unmatched.push(...r.stats.unmatched);
        unresolved.push(...r.unresolved);
    }
    return {
        calls: results.flatMap((r) => r.calls),
        unresolved,
        testCalls: results.flatMap((r) => r.testCalls),
        testUnresolved: results.flatMap((r) => r.testUnresolved),
        stats,
    };
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
