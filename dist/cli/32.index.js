export const id = 32;
export const ids = [32];
export const modules = {

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scopesCommand: () => (/* binding */ scopesCommand)
/* harmony export */ });
/* unused harmony export SCOPES_USAGE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _mastodon_scopes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7878);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17);
/* harmony import */ var _needs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9076);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5001);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8551);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5404);
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
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
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
        stderr(`${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .messageOf */ .b)(error)}.\n\n${SCOPES_USAGE}`);
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
    const declaration = (0,_mastodon_scopes_js__WEBPACK_IMPORTED_MODULE_3__/* .parseScopeList */ .us)(values['required-scopes'] ?? '');
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
        if (!(error instanceof _walk_js__WEBPACK_IMPORTED_MODULE_7__/* .SourcePathError */ .Le))
            throw error;
        stderr(`${error.message}.\n`);
        return 2;
    }
    const declared = declaration.scopes;
    const needs = (0,_needs_js__WEBPACK_IMPORTED_MODULE_4__/* .analyseNeeds */ .X)(scan.calls, declared, values['server-version']);
    const view = { scan, needs, ...(declared.length ? { declared } : {}) };
    stdout(format === 'json'
        ? `${JSON.stringify((0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .scopesJson */ .II)(view), null, 2)}\n`
        : format === 'markdown'
            ? (0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderScopesMarkdown */ .rZ)(view)
            : (0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderScopesText */ .l3)(view));
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
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path));
        if (!(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) && !rel.startsWith('..'))
            inside.push(rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.');
        else
            outside.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path));
    }
    const results = [];
    if (inside.length)
        results.push(await (0,_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .scanSources */ .sQ)({ root: cwd, paths: inside }));
    for (const path of outside) {
        let isDirectory;
        try {
            isDirectory = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
        }
        catch {
            throw new _walk_js__WEBPACK_IMPORTED_MODULE_7__/* .SourcePathError */ .Le(`'${path}' does not exist`);
        }
        const root = isDirectory ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
        const result = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .scanSources */ .sQ)({ root, paths: [isDirectory ? '.' : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)] });
        const prefix = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, root).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
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
    const stats = (0,_walk_js__WEBPACK_IMPORTED_MODULE_7__/* .newWalkStats */ .fq)();
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


/***/ })

};
