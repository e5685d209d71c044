export const id = 978;
export const ids = [978];
export const modules = {

/***/ 978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scopesFromCode: () => (/* binding */ scopesFromCode)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scan_needs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9076);
/* harmony import */ var _scan_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7447);
/* harmony import */ var _inputs_source_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5493);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9255);
/**
 * `--scopes-from PATH`: the least scopes the code under PATH needs, from the scanner (src/scan), the same one that
 * `mastodon-token-health scopes` and the action's `source-paths` use. Calls whose endpoint cannot be told are never
 * dropped: they stop the command unless --scopes adds what they need.
 */





async function scopesFromCode(path, cwd) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, target);
    let workspace = { root: cwd, paths: [rel || '.'] };
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel)) {
        const own = (0,_scan_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .ownWorkspace */ .ch)(target);
        if (!own)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--scopes-from ${path}: no such file or folder.`);
        workspace = own;
    }
    try {
        const scan = await (0,_scan_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanSources */ .sQ)(workspace);
        return { needed: (0,_scan_needs_js__WEBPACK_IMPORTED_MODULE_1__/* .analyseNeeds */ .X)(scan.calls).needed, calls: scan.calls.length, unresolved: scan.unresolved };
    }
    catch (error) {
        if (error instanceof _inputs_source_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .SourcePathError */ .L)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--scopes-from ${path}: ${error.message}.`);
        throw error;
    }
}


/***/ })

};
