export const id = 690;
export const ids = [690];
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
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   eu: () => (/* binding */ literal)
/* harmony export */ });
/* harmony import */ var _headline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4512);
/** The report as Markdown: the job summary, and the body of the comment and the issue. Pure. */

/** A code span that nothing inside can break out of. */
function literal(text) {
    return `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
}
const scopeList = (scopes) => (scopes.length ? scopes.map(literal).join(' ') : '—');
/** The whole report as Markdown: the job summary, and the body of the comment and the issue. */
function renderMarkdown(report, options = {}) {
    const h = '#'.repeat(options.headingLevel ?? 2);
    const lines = [];
    const subject = report.account ? ` for ${literal(report.account.handle)}` : '';
    lines.push(`${h} ${(0,_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(report)} ${(0,_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)(report)}${subject} on ${literal(report.instance.host)}`, '');
    if (report.status === 'input-error' || report.findings.some((f) => f.id === 'skipped')) {
        for (const finding of report.findings)
            lines.push(...renderFinding(finding));
        if (report.code)
            lines.push(...renderCode(report, h));
        return lines.join('\n').trimEnd() + '\n';
    }
    const server = report.instance.software ? `${report.instance.software} ${report.instance.version}`.trim() : 'unknown';
    const rows = [
        ['Instance', `${report.instance.origin} (${literal(server)})`],
        [
            'Account',
            report.account
                ? `${literal(report.account.handle)} (id ${literal(report.account.id)})`
                : report.accountNote || '—',
        ],
        ['App', report.app ? literal(report.app.name) : '—'],
        ['Token state', literal(report.tokenState)],
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
    if (report.code)
        lines.push(...renderCode(report, h));
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
/** What the code needs (`source-paths`): granted vs declared vs needed per scope, with the calls; then the rest. */
function renderCode(report, h) {
    const code = report.code;
    if (!code)
        return [];
    const where = (c) => literal(`${oneLine(c.file)}:${c.line}`);
    const lines = [`${h}# Scopes the code needs`, ''];
    const declared = code.declaration === 'required-scopes' ? report.scopes.required : [];
    const granted = report.scopes.source ? report.scopes.granted : undefined;
    const scopes = [...new Set([...(granted ?? []), ...declared, ...code.needed])].sort();
    const byNeed = (scope) => code.calls.filter((c) => c.need === scope);
    const mark = (yes) => (yes ? '✓' : '—');
    lines.push(`${code.calls.length} call${code.calls.length === 1 ? '' : 's'} in ${code.files.scanned} scanned file${code.files.scanned === 1 ? '' : 's'} of ${code.sourcePaths.map((p) => literal(oneLine(p))).join(' ')}; needed: ${scopeList(code.needed)}` +
        (code.declaration === 'code' ? ' (no `required-scopes`: the needs stood as the declaration).' : '.'), '');
    if (scopes.length) {
        lines.push(`| scope |${granted ? ' granted |' : ''} declared | needed by |`, `|---|${granted ? '---|' : ''}---|---|`);
        for (const scope of scopes) {
            const calls = byNeed(scope);
            const shown = calls.slice(0, 5).map((c) => `${where(c)} ${literal(oneLine(c.what))}`);
            if (calls.length > 5)
                shown.push(`and ${calls.length - 5} more`);
            lines.push(`| ${literal(scope)} |${granted ? ` ${mark(granted.includes(scope))} |` : ''} ${mark(declared.includes(scope))} | ${(shown.join('<br>') || '—').replace(/\|/g, '\\|')} |`);
        }
        lines.push('');
    }
    const details = (summary, items) => items.length ? ['<details>', `<summary>${summary}</summary>`, '', ...items, '', '</details>', ''] : [];
    lines.push(...details(`${code.unresolved.length} unresolved call${code.unresolved.length === 1 ? '' : 's'} (check by hand)`, code.unresolved.map((u) => `- ${where(u)} ${literal(oneLine(u.what))}: ${literal(oneLine(u.reason))}`)), ...details(`${code.tests.calls.length + code.tests.unresolved.length} call${code.tests.calls.length + code.tests.unresolved.length === 1 ? '' : 's'} in tests only (not counted)`, [
        ...code.tests.calls.map((c) => `- ${where(c)} ${literal(oneLine(c.what))}${c.need ? ` (${literal(c.need)})` : ''}`),
        ...code.tests.unresolved.map((u) => `- ${where(u)} ${literal(oneLine(u.what))} (unresolved)`),
    ]));
    return lines;
}
/** Repository text on one line, without control characters or direction overrides, bounded. */
function oneLine(text, max = 200) {
    const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ');
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}


/***/ }),

/***/ 3690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  declarationLines: () => (/* binding */ declarationLines),
  neededScopes: () => (/* binding */ neededScopes),
  scanCode: () => (/* binding */ scanCode),
  withCodeFindings: () => (/* binding */ withCodeFindings),
  withScanFailure: () => (/* binding */ withScanFailure)
});

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/scan/endpoint-table.ts
/**
 * GENERATED by scripts/scan-endpoints.ts from reference/mastodon-endpoint-scopes.json: do not edit by hand.
 * Mastodon 4.8.0-alpha.1 (upstream main), commit 2f40549d41d77bd4941214e1915074d2e9113b80.
 * Scopes are any-of, as Doorkeeper checks them (reference/mastodon-server-behaviour.md §1).
 */
const TABLE_SOURCE = {
    mastodonVersion: '4.8.0-alpha.1 (upstream main)',
    mastodonCommit: '2f40549d41d77bd4941214e1915074d2e9113b80',
};
const ROUTES = [
    { method: 'GET', path: '/api/v1/statuses/:status_id/reblogged_by', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/statuses/:status_id/favourited_by', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/statuses/:status_id/reblog', scopes: ['write', 'write:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/statuses/:status_id/context', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/statuses/:status_id/unreblog', scopes: ['write', 'write:statuses'], kind: 'rest' },
    {
        method: 'POST',
        path: '/api/v1/statuses/:status_id/quotes/:id/revoke',
        scopes: ['write', 'write:statuses'],
        kind: 'rest',
    },
    { method: 'GET', path: '/api/v1/statuses/:status_id/quotes', scopes: ['read', 'read:statuses'], kind: 'rest' },
    {
        method: 'POST',
        path: '/api/v1/statuses/:status_id/favourite',
        scopes: ['write', 'write:favourites'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/statuses/:status_id/unfavourite',
        scopes: ['write', 'write:favourites'],
        kind: 'rest',
    },
    { method: 'POST', path: '/api/v1/statuses/:status_id/bookmark', scopes: ['write', 'write:bookmarks'], kind: 'rest' },
    {
        method: 'POST',
        path: '/api/v1/statuses/:status_id/unbookmark',
        scopes: ['write', 'write:bookmarks'],
        kind: 'rest',
    },
    { method: 'POST', path: '/api/v1/statuses/:status_id/mute', scopes: ['write', 'write:mutes'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/statuses/:status_id/unmute', scopes: ['write', 'write:mutes'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/statuses/:status_id/pin', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/statuses/:status_id/unpin', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/statuses/:status_id/history', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/statuses/:status_id/source', scopes: ['read', 'read:statuses'], kind: 'rest' },
    {
        method: 'PATCH',
        path: '/api/v1/statuses/:status_id/interaction_policy',
        scopes: ['write', 'write:statuses'],
        kind: 'rest',
    },
    {
        method: 'PUT',
        path: '/api/v1/statuses/:status_id/interaction_policy',
        scopes: ['write', 'write:statuses'],
        kind: 'rest',
    },
    { method: 'POST', path: '/api/v1/statuses/:status_id/translate', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/statuses', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/statuses', scopes: ['write', 'write:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/statuses/:id', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v1/statuses/:id', scopes: ['write', 'write:statuses'], kind: 'rest' },
    { method: 'PUT', path: '/api/v1/statuses/:id', scopes: ['write', 'write:statuses'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/statuses/:id', scopes: ['write', 'write:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/timelines/home', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/timelines/public', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/timelines/link', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/timelines/tag/:id', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/timelines/list/:id', scopes: ['read', 'read:lists'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/streaming', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/custom_emojis', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/suggestions', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/suggestions/:id', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/scheduled_statuses', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/scheduled_statuses/:id', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v1/scheduled_statuses/:id', scopes: ['write', 'write:statuses'], kind: 'rest' },
    { method: 'PUT', path: '/api/v1/scheduled_statuses/:id', scopes: ['write', 'write:statuses'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/scheduled_statuses/:id', scopes: ['write', 'write:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/preferences', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/donation_campaigns', scopes: [], kind: 'rest' },
    { method: 'POST', path: '/api/v1/annual_reports/:id/read', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/annual_reports/:id/generate', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/annual_reports/:id/state', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/annual_reports', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/annual_reports/:id', scopes: ['read', 'read:accounts'], kind: 'rest' },
    {
        method: 'PATCH',
        path: '/api/v1/announcements/:announcement_id/reactions/:id',
        scopes: ['write', 'write:favourites'],
        kind: 'rest',
    },
    {
        method: 'PUT',
        path: '/api/v1/announcements/:announcement_id/reactions/:id',
        scopes: ['write', 'write:favourites'],
        kind: 'rest',
    },
    {
        method: 'DELETE',
        path: '/api/v1/announcements/:announcement_id/reactions/:id',
        scopes: ['write', 'write:favourites'],
        kind: 'rest',
    },
    { method: 'POST', path: '/api/v1/announcements/:id/dismiss', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/announcements', scopes: [], kind: 'rest' },
    { method: 'POST', path: '/api/v1/conversations/:id/read', scopes: ['write', 'write:conversations'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/conversations/:id/unread', scopes: ['write', 'write:conversations'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/conversations', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/conversations/:id', scopes: ['write', 'write:conversations'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/media', scopes: ['write', 'write:media'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/media/:id', scopes: ['write', 'write:media'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v1/media/:id', scopes: ['write', 'write:media'], kind: 'rest' },
    { method: 'PUT', path: '/api/v1/media/:id', scopes: ['write', 'write:media'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/media/:id', scopes: ['write', 'write:media'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/blocks', scopes: ['follow', 'read', 'read:blocks'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/mutes', scopes: ['follow', 'read', 'read:mutes'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/favourites', scopes: ['read', 'read:favourites'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/bookmarks', scopes: ['read', 'read:bookmarks'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/reports', scopes: ['write', 'write:reports'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/trends', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/filters', scopes: ['read', 'read:filters'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/filters', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/filters/:id', scopes: ['read', 'read:filters'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v1/filters/:id', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'PUT', path: '/api/v1/filters/:id', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/filters/:id', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/endorsements', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/markers', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/markers', scopes: ['write', 'write:statuses'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/profile/avatar', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/profile/header', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/profile', scopes: ['profile', 'read', 'read:accounts'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v1/profile', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'PUT', path: '/api/v1/profile', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/apps/verify_credentials', scopes: [], kind: 'rest' },
    { method: 'POST', path: '/api/v1/apps', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/trends/tags', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/trends/links', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/trends/statuses', scopes: [], kind: 'rest' },
    { method: 'POST', path: '/api/v1/emails/confirmations', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/emails/check_confirmation', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/instance/peers', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/instance/rules', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/instance/domain_blocks', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/instance/terms_of_service', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/instance/terms_of_service/:date', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/instance/privacy_policy', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/instance/extended_description', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/instance/translation_languages', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/instance/languages', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/instance/activity', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/instance', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/peers/search', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/domain_blocks/preview', scopes: ['follow', 'write', 'write:blocks'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/domain_blocks', scopes: ['follow', 'read', 'read:blocks'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/domain_blocks', scopes: ['follow', 'write', 'write:blocks'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/domain_blocks', scopes: ['follow', 'write', 'write:blocks'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/directory', scopes: [], kind: 'rest' },
    {
        method: 'POST',
        path: '/api/v1/follow_requests/:id/authorize',
        scopes: ['follow', 'write', 'write:follows'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/follow_requests/:id/reject',
        scopes: ['follow', 'write', 'write:follows'],
        kind: 'rest',
    },
    { method: 'GET', path: '/api/v1/follow_requests', scopes: ['follow', 'read', 'read:follows'], kind: 'rest' },
    {
        method: 'POST',
        path: '/api/v1/notifications/requests/accept',
        scopes: ['write', 'write:notifications'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/notifications/requests/dismiss',
        scopes: ['write', 'write:notifications'],
        kind: 'rest',
    },
    {
        method: 'GET',
        path: '/api/v1/notifications/requests/merged',
        scopes: ['read', 'read:notifications'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/notifications/requests/:id/accept',
        scopes: ['write', 'write:notifications'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/notifications/requests/:id/dismiss',
        scopes: ['write', 'write:notifications'],
        kind: 'rest',
    },
    { method: 'GET', path: '/api/v1/notifications/requests', scopes: ['read', 'read:notifications'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/notifications/requests/:id', scopes: ['read', 'read:notifications'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/notifications/policy', scopes: ['read', 'read:notifications'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v1/notifications/policy', scopes: ['write', 'write:notifications'], kind: 'rest' },
    { method: 'PUT', path: '/api/v1/notifications/policy', scopes: ['write', 'write:notifications'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/notifications/clear', scopes: ['write', 'write:notifications'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/notifications/unread_count', scopes: ['read', 'read:notifications'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/notifications/:id/dismiss', scopes: ['write', 'write:notifications'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/notifications', scopes: ['read', 'read:notifications'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/notifications/:id', scopes: ['read', 'read:notifications'], kind: 'rest' },
    {
        method: 'GET',
        path: '/api/v1/accounts/verify_credentials',
        scopes: ['profile', 'read', 'read:accounts'],
        kind: 'rest',
    },
    { method: 'PATCH', path: '/api/v1/accounts/update_credentials', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts/search', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts/lookup', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts/relationships', scopes: ['read', 'read:follows'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts/familiar_followers', scopes: ['read', 'read:follows'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts/:account_id/statuses', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts/:account_id/followers', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts/:account_id/following', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts/:account_id/lists', scopes: ['read', 'read:lists'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts/:account_id/identity_proofs', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts/:account_id/featured_tags', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts/:account_id/endorsements', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/accounts/:account_id/email_subscriptions', scopes: [], kind: 'rest' },
    {
        method: 'GET',
        path: '/api/v1/accounts/:account_id/collections',
        scopes: ['read', 'read:collections'],
        kind: 'rest',
    },
    {
        method: 'GET',
        path: '/api/v1/accounts/:account_id/in_collections',
        scopes: ['read', 'read:collections'],
        kind: 'rest',
    },
    { method: 'POST', path: '/api/v1/accounts/:id/follow', scopes: ['follow', 'write', 'write:follows'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/accounts/:id/unfollow', scopes: ['follow', 'write', 'write:follows'], kind: 'rest' },
    {
        method: 'POST',
        path: '/api/v1/accounts/:id/remove_from_followers',
        scopes: ['follow', 'write', 'write:follows'],
        kind: 'rest',
    },
    { method: 'POST', path: '/api/v1/accounts/:id/block', scopes: ['follow', 'write', 'write:blocks'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/accounts/:id/unblock', scopes: ['follow', 'write', 'write:blocks'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/accounts/:id/mute', scopes: ['follow', 'write', 'write:mutes'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/accounts/:id/unmute', scopes: ['follow', 'write', 'write:mutes'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/accounts/:account_id/pin', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/accounts/:account_id/endorse', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/accounts/:account_id/unpin', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/accounts/:account_id/unendorse', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/accounts/:account_id/note', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/accounts', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/accounts/:id', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/tags/:id/follow', scopes: ['follow', 'write', 'write:follows'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/tags/:id/unfollow', scopes: ['follow', 'write', 'write:follows'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/tags/:id/feature', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/tags/:id/unfeature', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/tags/:id', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1/followed_tags', scopes: ['follow', 'read', 'read:follows'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/lists/:list_id/accounts', scopes: ['read', 'read:lists'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/lists/:list_id/accounts', scopes: ['write', 'write:lists'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/lists/:list_id/accounts', scopes: ['write', 'write:lists'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/lists', scopes: ['read', 'read:lists'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/lists', scopes: ['write', 'write:lists'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/lists/:id', scopes: ['read', 'read:lists'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v1/lists/:id', scopes: ['write', 'write:lists'], kind: 'rest' },
    { method: 'PUT', path: '/api/v1/lists/:id', scopes: ['write', 'write:lists'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/lists/:id', scopes: ['write', 'write:lists'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/featured_tags/suggestions', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/featured_tags', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/featured_tags', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/featured_tags/:id', scopes: ['write', 'write:accounts'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/polls/:poll_id/votes', scopes: ['write', 'write:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/polls/:id', scopes: ['read', 'read:statuses'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/push/subscription', scopes: ['push'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v1/push/subscription', scopes: ['push'], kind: 'rest' },
    { method: 'PUT', path: '/api/v1/push/subscription', scopes: ['push'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/push/subscription', scopes: ['push'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/push/subscription', scopes: ['push'], kind: 'rest' },
    {
        method: 'POST',
        path: '/api/v1/admin/accounts/:id/enable',
        scopes: ['admin:write', 'admin:write:accounts'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/accounts/:id/unsensitive',
        scopes: ['admin:write', 'admin:write:accounts'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/accounts/:id/unsilence',
        scopes: ['admin:write', 'admin:write:accounts'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/accounts/:id/unsuspend',
        scopes: ['admin:write', 'admin:write:accounts'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/accounts/:id/approve',
        scopes: ['admin:write', 'admin:write:accounts'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/accounts/:id/reject',
        scopes: ['admin:write', 'admin:write:accounts'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/accounts/:account_id/action',
        scopes: ['admin:write', 'admin:write:accounts'],
        kind: 'rest',
    },
    { method: 'GET', path: '/api/v1/admin/accounts', scopes: ['admin:read', 'admin:read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/admin/accounts/:id', scopes: ['admin:read', 'admin:read:accounts'], kind: 'rest' },
    {
        method: 'DELETE',
        path: '/api/v1/admin/accounts/:id',
        scopes: ['admin:write', 'admin:write:accounts'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/reports/:id/assign_to_self',
        scopes: ['admin:write', 'admin:write:reports'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/reports/:id/unassign',
        scopes: ['admin:write', 'admin:write:reports'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/reports/:id/reopen',
        scopes: ['admin:write', 'admin:write:reports'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/reports/:id/resolve',
        scopes: ['admin:write', 'admin:write:reports'],
        kind: 'rest',
    },
    { method: 'GET', path: '/api/v1/admin/reports', scopes: ['admin:read', 'admin:read:reports'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/admin/reports/:id', scopes: ['admin:read', 'admin:read:reports'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v1/admin/reports/:id', scopes: ['admin:write', 'admin:write:reports'], kind: 'rest' },
    { method: 'PUT', path: '/api/v1/admin/reports/:id', scopes: ['admin:write', 'admin:write:reports'], kind: 'rest' },
    {
        method: 'GET',
        path: '/api/v1/admin/domain_allows',
        scopes: ['admin:read', 'admin:read:domain_allows'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/domain_allows',
        scopes: ['admin:write', 'admin:write:domain_allows'],
        kind: 'rest',
    },
    {
        method: 'GET',
        path: '/api/v1/admin/domain_allows/:id',
        scopes: ['admin:read', 'admin:read:domain_allows'],
        kind: 'rest',
    },
    {
        method: 'DELETE',
        path: '/api/v1/admin/domain_allows/:id',
        scopes: ['admin:write', 'admin:write:domain_allows'],
        kind: 'rest',
    },
    {
        method: 'GET',
        path: '/api/v1/admin/domain_blocks',
        scopes: ['admin:read', 'admin:read:domain_blocks'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/domain_blocks',
        scopes: ['admin:write', 'admin:write:domain_blocks'],
        kind: 'rest',
    },
    {
        method: 'GET',
        path: '/api/v1/admin/domain_blocks/:id',
        scopes: ['admin:read', 'admin:read:domain_blocks'],
        kind: 'rest',
    },
    {
        method: 'PATCH',
        path: '/api/v1/admin/domain_blocks/:id',
        scopes: ['admin:write', 'admin:write:domain_blocks'],
        kind: 'rest',
    },
    {
        method: 'PUT',
        path: '/api/v1/admin/domain_blocks/:id',
        scopes: ['admin:write', 'admin:write:domain_blocks'],
        kind: 'rest',
    },
    {
        method: 'DELETE',
        path: '/api/v1/admin/domain_blocks/:id',
        scopes: ['admin:write', 'admin:write:domain_blocks'],
        kind: 'rest',
    },
    {
        method: 'GET',
        path: '/api/v1/admin/email_domain_blocks',
        scopes: ['admin:read', 'admin:read:email_domain_blocks'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/email_domain_blocks',
        scopes: ['admin:write', 'admin:write:email_domain_blocks'],
        kind: 'rest',
    },
    {
        method: 'GET',
        path: '/api/v1/admin/email_domain_blocks/:id',
        scopes: ['admin:read', 'admin:read:email_domain_blocks'],
        kind: 'rest',
    },
    {
        method: 'DELETE',
        path: '/api/v1/admin/email_domain_blocks/:id',
        scopes: ['admin:write', 'admin:write:email_domain_blocks'],
        kind: 'rest',
    },
    { method: 'GET', path: '/api/v1/admin/ip_blocks', scopes: ['admin:read', 'admin:read:ip_blocks'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/admin/ip_blocks', scopes: ['admin:write', 'admin:write:ip_blocks'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/admin/ip_blocks/:id', scopes: ['admin:read', 'admin:read:ip_blocks'], kind: 'rest' },
    {
        method: 'PATCH',
        path: '/api/v1/admin/ip_blocks/:id',
        scopes: ['admin:write', 'admin:write:ip_blocks'],
        kind: 'rest',
    },
    {
        method: 'PUT',
        path: '/api/v1/admin/ip_blocks/:id',
        scopes: ['admin:write', 'admin:write:ip_blocks'],
        kind: 'rest',
    },
    {
        method: 'DELETE',
        path: '/api/v1/admin/ip_blocks/:id',
        scopes: ['admin:write', 'admin:write:ip_blocks'],
        kind: 'rest',
    },
    { method: 'POST', path: '/api/v1/admin/trends/tags/:id/approve', scopes: ['admin:write'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/admin/trends/tags/:id/reject', scopes: ['admin:write'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/admin/trends/tags', scopes: ['admin:read'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/admin/trends/links/:id/approve', scopes: ['admin:write'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/admin/trends/links/:id/reject', scopes: ['admin:write'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/admin/trends/links', scopes: ['admin:read'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/admin/trends/statuses/:id/approve', scopes: ['admin:write'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/admin/trends/statuses/:id/reject', scopes: ['admin:write'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/admin/trends/statuses', scopes: ['admin:read'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/admin/trends/links/publishers/:id/approve', scopes: ['admin:write'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/admin/trends/links/publishers/:id/reject', scopes: ['admin:write'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/admin/trends/links/publishers', scopes: ['admin:read'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/admin/measures', scopes: ['admin:read'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/admin/dimensions', scopes: ['admin:read'], kind: 'rest' },
    { method: 'POST', path: '/api/v1/admin/retention', scopes: ['admin:read'], kind: 'rest' },
    {
        method: 'POST',
        path: '/api/v1/admin/canonical_email_blocks/test',
        scopes: ['admin:read', 'admin:read:canonical_email_blocks'],
        kind: 'rest',
    },
    {
        method: 'GET',
        path: '/api/v1/admin/canonical_email_blocks',
        scopes: ['admin:read', 'admin:read:canonical_email_blocks'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/admin/canonical_email_blocks',
        scopes: ['admin:write', 'admin:write:canonical_email_blocks'],
        kind: 'rest',
    },
    {
        method: 'GET',
        path: '/api/v1/admin/canonical_email_blocks/:id',
        scopes: ['admin:read', 'admin:read:canonical_email_blocks'],
        kind: 'rest',
    },
    {
        method: 'DELETE',
        path: '/api/v1/admin/canonical_email_blocks/:id',
        scopes: ['admin:write', 'admin:write:canonical_email_blocks'],
        kind: 'rest',
    },
    { method: 'GET', path: '/api/v1/admin/tags', scopes: ['admin:read'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/admin/tags/:id', scopes: ['admin:read'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v1/admin/tags/:id', scopes: ['admin:write'], kind: 'rest' },
    { method: 'PUT', path: '/api/v1/admin/tags/:id', scopes: ['admin:write'], kind: 'rest' },
    {
        method: 'POST',
        path: '/api/v1/collections/:collection_id/items/:id/revoke',
        scopes: ['write', 'write:collections'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1/collections/:collection_id/items',
        scopes: ['write', 'write:collections'],
        kind: 'rest',
    },
    {
        method: 'DELETE',
        path: '/api/v1/collections/:collection_id/items/:id',
        scopes: ['write', 'write:collections'],
        kind: 'rest',
    },
    { method: 'POST', path: '/api/v1/collections', scopes: ['write', 'write:collections'], kind: 'rest' },
    { method: 'GET', path: '/api/v1/collections/:id', scopes: ['read', 'read:collections'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v1/collections/:id', scopes: ['write', 'write:collections'], kind: 'rest' },
    { method: 'PUT', path: '/api/v1/collections/:id', scopes: ['write', 'write:collections'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1/collections/:id', scopes: ['write', 'write:collections'], kind: 'rest' },
    { method: 'GET', path: '/api/v2/search', scopes: ['read', 'read:search'], kind: 'rest' },
    { method: 'POST', path: '/api/v2/media', scopes: ['write', 'write:media'], kind: 'rest' },
    { method: 'GET', path: '/api/v2/suggestions', scopes: ['read', 'read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v2/instance', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v2/filters/:filter_id/keywords', scopes: ['read', 'read:filters'], kind: 'rest' },
    { method: 'POST', path: '/api/v2/filters/:filter_id/keywords', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'GET', path: '/api/v2/filters/:filter_id/statuses', scopes: ['read', 'read:filters'], kind: 'rest' },
    { method: 'POST', path: '/api/v2/filters/:filter_id/statuses', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'GET', path: '/api/v2/filters', scopes: ['read', 'read:filters'], kind: 'rest' },
    { method: 'POST', path: '/api/v2/filters', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'GET', path: '/api/v2/filters/:id', scopes: ['read', 'read:filters'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v2/filters/:id', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'PUT', path: '/api/v2/filters/:id', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v2/filters/:id', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'GET', path: '/api/v2/filters/keywords/:id', scopes: ['read', 'read:filters'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v2/filters/keywords/:id', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'PUT', path: '/api/v2/filters/keywords/:id', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v2/filters/keywords/:id', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'GET', path: '/api/v2/filters/statuses/:id', scopes: ['read', 'read:filters'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v2/filters/statuses/:id', scopes: ['write', 'write:filters'], kind: 'rest' },
    { method: 'GET', path: '/api/v2/admin/accounts', scopes: ['admin:read', 'admin:read:accounts'], kind: 'rest' },
    { method: 'GET', path: '/api/v2/notifications/policy', scopes: ['read', 'read:notifications'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v2/notifications/policy', scopes: ['write', 'write:notifications'], kind: 'rest' },
    { method: 'PUT', path: '/api/v2/notifications/policy', scopes: ['write', 'write:notifications'], kind: 'rest' },
    { method: 'POST', path: '/api/v2/notifications/clear', scopes: ['write', 'write:notifications'], kind: 'rest' },
    { method: 'GET', path: '/api/v2/notifications/unread_count', scopes: ['read', 'read:notifications'], kind: 'rest' },
    {
        method: 'POST',
        path: '/api/v2/notifications/:group_key/dismiss',
        scopes: ['write', 'write:notifications'],
        kind: 'rest',
    },
    {
        method: 'GET',
        path: '/api/v2/notifications/:notification_group_key/accounts',
        scopes: ['read', 'read:notifications'],
        kind: 'rest',
    },
    { method: 'GET', path: '/api/v2/notifications', scopes: ['read', 'read:notifications'], kind: 'rest' },
    { method: 'GET', path: '/api/v2/notifications/:group_key', scopes: ['read', 'read:notifications'], kind: 'rest' },
    { method: 'GET', path: '/api/oembed', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/v1_alpha/async_refreshes/:id', scopes: ['read'], kind: 'rest' },
    {
        method: 'GET',
        path: '/api/v1_alpha/accounts/:account_id/collections',
        scopes: ['read', 'read:collections'],
        kind: 'rest',
    },
    {
        method: 'GET',
        path: '/api/v1_alpha/accounts/:account_id/in_collections',
        scopes: ['read', 'read:collections'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1_alpha/collections/:collection_id/items/:id/revoke',
        scopes: ['write', 'write:collections'],
        kind: 'rest',
    },
    {
        method: 'POST',
        path: '/api/v1_alpha/collections/:collection_id/items',
        scopes: ['write', 'write:collections'],
        kind: 'rest',
    },
    {
        method: 'DELETE',
        path: '/api/v1_alpha/collections/:collection_id/items/:id',
        scopes: ['write', 'write:collections'],
        kind: 'rest',
    },
    { method: 'POST', path: '/api/v1_alpha/collections', scopes: ['write', 'write:collections'], kind: 'rest' },
    { method: 'GET', path: '/api/v1_alpha/collections/:id', scopes: ['read', 'read:collections'], kind: 'rest' },
    { method: 'PATCH', path: '/api/v1_alpha/collections/:id', scopes: ['write', 'write:collections'], kind: 'rest' },
    { method: 'PUT', path: '/api/v1_alpha/collections/:id', scopes: ['write', 'write:collections'], kind: 'rest' },
    { method: 'DELETE', path: '/api/v1_alpha/collections/:id', scopes: ['write', 'write:collections'], kind: 'rest' },
    { method: 'PATCH', path: '/api/web/settings', scopes: [], kind: 'rest' },
    { method: 'PUT', path: '/api/web/settings', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/api/web/embeds/:id', scopes: [], kind: 'rest' },
    { method: 'POST', path: '/api/web/push_subscriptions', scopes: [], kind: 'rest' },
    { method: 'PATCH', path: '/api/web/push_subscriptions/:id', scopes: [], kind: 'rest' },
    { method: 'PUT', path: '/api/web/push_subscriptions/:id', scopes: [], kind: 'rest' },
    { method: 'DELETE', path: '/api/web/push_subscriptions/:id', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/oauth/userinfo', scopes: ['profile'], kind: 'rest' },
    { method: 'POST', path: '/oauth/userinfo', scopes: ['profile'], kind: 'rest' },
    { method: 'GET', path: '/invite/:invite_code', scopes: [], kind: 'rest' },
    { method: 'GET', path: '/oauth/authorize', scopes: [], kind: 'oauth' },
    { method: 'POST', path: '/oauth/authorize', scopes: [], kind: 'oauth' },
    { method: 'DELETE', path: '/oauth/authorize', scopes: [], kind: 'oauth' },
    { method: 'GET', path: '/oauth/authorize/native', scopes: [], kind: 'oauth' },
    { method: 'POST', path: '/oauth/token', scopes: [], kind: 'oauth' },
    { method: 'POST', path: '/oauth/revoke', scopes: [], kind: 'oauth' },
    { method: 'POST', path: '/oauth/introspect', scopes: [], kind: 'oauth' },
    { method: 'GET', path: '/oauth/token/info', scopes: [], kind: 'oauth' },
    { method: 'GET', path: '/oauth/authorized_applications', scopes: [], kind: 'oauth' },
    { method: 'DELETE', path: '/oauth/authorized_applications/:id', scopes: [], kind: 'oauth' },
    { method: 'GET', path: '/.well-known/oauth-authorization-server', scopes: [], kind: 'oauth' },
    { method: 'POST', path: '/api/v1/notifications/dismiss', scopes: ['write', 'write:notifications'], kind: 'legacy' },
];
const STREAMING_CHANNELS = [
    { channel: 'user', path: '/api/v1/streaming/user', scopes: ['read', 'read:statuses'] },
    { channel: 'user:notification', path: '/api/v1/streaming/user/notification', scopes: ['read', 'read:notifications'] },
    { channel: 'public', path: '/api/v1/streaming/public', scopes: ['read', 'read:statuses'] },
    { channel: 'public:local', path: '/api/v1/streaming/public/local', scopes: ['read', 'read:statuses'] },
    { channel: 'public:remote', path: '/api/v1/streaming/public/remote', scopes: ['read', 'read:statuses'] },
    { channel: 'hashtag', path: '/api/v1/streaming/hashtag', scopes: ['read', 'read:statuses'] },
    { channel: 'hashtag:local', path: '/api/v1/streaming/hashtag/local', scopes: ['read', 'read:statuses'] },
    { channel: 'direct', path: '/api/v1/streaming/direct', scopes: ['read', 'read:statuses'] },
    { channel: 'list', path: '/api/v1/streaming/list', scopes: ['read', 'read:statuses'] },
];

;// CONCATENATED MODULE: ./src/scan/endpoints.ts
/**
 * Matching what the code calls against Mastodon's routes (endpoint-table.ts), and the need of a call: the narrowest
 * scope its endpoint accepts.
 */

/** A path segment whose text is only known at run time (`${id}`, `{id}`, `" + id + "`, `%s`, `:id`). */
const DYNAMIC = '\u0000';
const COMPILED = ROUTES.map((r) => ({ ...r, segments: r.path.split('/').filter(Boolean) }));
const isParam = (segment) => segment.startsWith(':');
/**
 * Finds the route of a path whose segments are literal text or DYNAMIC. Literal segments match the same literal or a
 * parameter (`/accounts/123/follow`); DYNAMIC matches a parameter and, failing any such route, a literal
 * (`/timelines/${kind}`). Among matches the route with more literal segments wins (`verify_credentials` over `:id`),
 * as a reader would expect. With the method unknown, the call is resolved only when every method's route needs the
 * same scopes.
 */
function matchRoute(method, segments) {
    const scored = [];
    for (const route of COMPILED) {
        if (route.segments.length !== segments.length)
            continue;
        let literal = 0;
        let loose = 0;
        let ok = true;
        for (let i = 0; i < segments.length && ok; i++) {
            const want = route.segments[i];
            const have = segments[i];
            if (have === DYNAMIC) {
                if (!isParam(want))
                    loose++;
            }
            else if (isParam(want)) {
                // a literal where the route takes a parameter: an id written out, fine
            }
            else if (want === have) {
                literal++;
            }
            else {
                ok = false;
            }
        }
        if (ok)
            scored.push({ route, literal, loose });
    }
    const shown = segments.map((s) => (s === DYNAMIC ? ':?' : s)).join('/');
    if (!scored.length)
        return { kind: 'unknown', reason: `no Mastodon route is /${shown}` };
    const fewestLoose = Math.min(...scored.map((s) => s.loose));
    let best = scored.filter((s) => s.loose === fewestLoose);
    const mostLiteral = Math.max(...best.map((s) => s.literal));
    best = best.filter((s) => s.literal === mostLiteral);
    const byMethod = method ? best.filter((s) => s.route.method === method) : best;
    if (!byMethod.length) {
        const methods = [...new Set(best.map((s) => s.route.method))].join(', ');
        return { kind: 'unknown', reason: `Mastodon answers /${shown} to ${methods}, not ${method}` };
    }
    const matches = byMethod.map(({ route }) => ({ method: route.method, route: route.path, scopes: route.scopes }));
    const first = matches[0];
    const key = (m) => [...m.scopes].sort().join(' ');
    if (matches.every((m) => key(m) === key(first))) {
        return { kind: 'matched', match: first, alternatives: matches.slice(1) };
    }
    const options = matches.map((m) => `${m.method} ${m.route} (${narrowestScope(m.scopes) ?? 'no scope'})`);
    return {
        kind: 'ambiguous',
        reason: method
            ? `the path matches routes that need different scopes: ${options.join('; ')}`
            : `the HTTP method was not found near the path, and the routes it could be need different scopes: ${options.join('; ')}`,
    };
}
/** Looks up a route spelled as the table spells it (a library table's answer). */
function findRoute(method, route) {
    const found = COMPILED.find((r) => r.path === route && (method === undefined || r.method === method));
    return found ? { method: found.method, route: found.path, scopes: found.scopes } : undefined;
}
/** The streaming channel of a `stream=` value or a streaming path (`public:local`, `user:notification`). */
function findChannel(channel) {
    // The `:media` variants (only_media) share their parent channel's rule.
    const base = channel.replace(/:media$/, '');
    const row = STREAMING_CHANNELS.find((c) => c.channel === channel || c.channel === base);
    return row ? { channel, scopes: row.scopes } : undefined;
}
/** The channel of a streaming server path (`/api/v1/streaming/public/local` → `public:local`). */
function channelOfPath(segments) {
    const path = `/${segments.join('/')}`;
    return STREAMING_CHANNELS.find((c) => c.path === path)?.channel;
}
const TOP_LEVEL = new Set(['read', 'write', 'follow', 'push', 'profile', 'admin:read', 'admin:write']);
/**
 * The need of a call: the narrowest scope its endpoint accepts. `profile` where it is accepted (verify_credentials),
 * except on a server known to be older than 4.3, where `profile` does not exist and `read:accounts` is the need;
 * otherwise the granular scope (`write:statuses`, never `write` or the deprecated `follow`); otherwise the only one.
 */
function narrowestScope(scopes, serverVersion) {
    if (!scopes.length)
        return undefined;
    if (scopes.includes('profile')) {
        const old = serverVersion !== undefined && serverVersion !== '' && !versionAtLeast(serverVersion, '4.3.0');
        if (!old || !scopes.includes('read:accounts'))
            return 'profile';
        return 'read:accounts';
    }
    const granular = scopes.find((s) => s.includes(':') && !TOP_LEVEL.has(s));
    if (granular)
        return granular;
    return scopes.find((s) => s !== 'follow') ?? scopes[0];
}
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

;// CONCATENATED MODULE: ./src/scan/needs.ts
/**
 * What the code needs, and how a declaration (`required-scopes`) compares with it (DESIGN.md "Needs from the code").
 *
 * Each call is judged by Mastodon's own any-of rule: it is covered when the declaration holds any scope its endpoint
 * accepts (`read` covers verify_credentials as `profile` does). Undeclared: the needs of the calls nothing declared
 * covers (the bot will fail once deployed). Unneeded: declared scopes that are not themselves a need (`write` where
 * the code only posts, or a scope no call uses). `profile` is tolerated, as everywhere in this product: it only
 * reads the owner's own account and lets the check name the owner.
 */

function needs_analyseNeeds(calls, declared = [], serverVersion) {
    const judged = calls.map((call) => {
        const need = narrowestScope(call.accepts, serverVersion);
        const covered = !declared.length || !need || call.accepts.some((scope) => declared.includes(scope));
        return need ? { ...call, need, covered } : { ...call, covered };
    });
    const needed = sorted(judged.flatMap((c) => (c.need ? [c.need] : [])));
    if (!declared.length)
        return { needed, undeclared: [], unneeded: [], calls: judged };
    const undeclared = sorted(judged.flatMap((c) => (!c.covered && c.need ? [c.need] : [])));
    const unneeded = sorted(declared.filter((scope) => scope !== 'profile' && !needed.includes(scope)));
    return { needed, undeclared, unneeded, calls: judged };
}
const sorted = (scopes) => [...new Set(scopes)].sort();

;// CONCATENATED MODULE: ./src/scan/render.ts
/**
 * The needs of the code as the `scopes` command prints them: each needed scope with the calls that need it
 * (file:line, what was called), then the calls whose endpoint could not be told, then the calls found in tests.
 * Pure. File names and call texts come from the repository, which may be hostile: they are printed on one line
 * without control characters, and inside code spans in Markdown.
 */


/** One line of repository text for a terminal: no control characters, no line breaks, bounded. */
const printable = markdown/* oneLine */.TN;
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
        for (const c of analyseNeeds(scan.testCalls).calls) {
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
        ? `Needed: ${needs.needed.map(literal).join(' ')} (${count(scan.calls.length, 'call')} in ${scan.stats.files} scanned files)`
        : `Needed: none (${count(scan.calls.length, 'call')} in ${scan.stats.files} scanned files)`);
    if (view.declared?.length) {
        out.push('', `Declared: ${view.declared.map(literal).join(' ')}`);
        if (needs.undeclared.length)
            out.push('', `Undeclared: ${needs.undeclared.map(literal).join(' ')}`);
        if (needs.unneeded.length)
            out.push('', `Unneeded: ${needs.unneeded.map(literal).join(' ')}`);
    }
    if (needs.calls.length) {
        out.push('', '| scope | where | what |', '|---|---|---|');
        for (const [need, calls] of groupByNeed(needs.calls)) {
            for (const call of calls) {
                out.push(`| ${need ? literal(need) : 'none'} | ${literal(where(call))} | ${literal(printable(call.what))}${source(call) ? ` ${literal(printable(call.library ?? '', 60))}` : ''} |`);
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
            out.push(`- ${literal(where(c))} ${literal(printable(c.what))}`);
        for (const u of scan.testUnresolved)
            out.push(`- ${literal(where(u))} ${literal(printable(u.what))} (unresolved)`);
    }
    return `${out.join('\n')}\n`;
}
const unresolvedRow = (u) => `| ${literal(where(u))} | ${literal(printable(u.what))} | ${literal(printable(u.reason, 300))} |`;
/** The JSON of the command and of the report's `code` part: every call and every unresolved one. */
function scopesJson(view) {
    const { scan, needs } = view;
    const call = (c) => ({
        file: c.file,
        line: c.line,
        what: c.what,
        via: c.via,
        ...(c.method ? { method: c.method } : {}),
        ...(c.route ? { endpoint: c.route } : {}),
        ...(c.library ? { library: c.library } : {}),
        accepts: c.accepts,
        need: c.need ?? null,
        ...(view.declared?.length ? { covered: c.covered } : {}),
    });
    return {
        needed: needs.needed,
        ...(view.declared?.length
            ? { declared: view.declared, undeclared: needs.undeclared, unneeded: needs.unneeded }
            : {}),
        calls: needs.calls.map(call),
        unresolved: scan.unresolved,
        tests: { calls: analyseNeeds(scan.testCalls).calls.map(call), unresolved: scan.testUnresolved },
        files: { scanned: scan.stats.files, skipped: scan.stats.skipped, unmatched: scan.stats.unmatched },
    };
}
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/scan/http.ts
/**
 * Raw HTTP calls of the Mastodon API in any language, read from the text: request paths in string literals,
 * template literals, f-strings, format strings and concatenations (`${base}/api/v1/statuses`,
 * `"/api/v1/accounts/" + id + "/follow"`, `fmt.Sprintf("%s/api/v1/statuses/%s", …)`), curl in shell, YAML and
 * Dockerfiles, and the streaming API (paths, `stream=`). The HTTP method is read from the code around the path
 * (`method: 'POST'`, `requests.post(`, `curl -X POST` / `-d`, `http.NewRequest("POST"`, `Net::HTTP::Post`), following
 * the variable the path is assigned to when the request is made a few lines below.
 *
 * Nothing here runs or evaluates the code: it is text, and it may be hostile.
 */

/** Literal substrings a file must contain for this recogniser to find anything. */
const httpPrefilter = ['api/v', 'oauth/userinfo'];
const API_PATH = /\/?\bapi\/v(?:1|2)(?:_alpha)?(?![\w])|\/oauth\/userinfo\b/g;
const MAX_PATH_CHARS = 400;
const QUOTES = new Set(['"', "'", '`']);
const PATH_CHAR = /[A-Za-z0-9_\-.~:@/]/;
const QUERY_CHAR = /[=&,+]/;
function findHttpCalls(file) {
    const text = file.text;
    const lines = new LineIndex(text);
    const calls = [];
    const unresolved = [];
    const bases = new Set();
    const judge = (hit, parsed) => {
        const line = lines.lineOf(hit);
        const shown = display(parsed.path, parsed.query, parsed.dynamicTail);
        const segments = parsed.path.split('/').filter(Boolean);
        if (segments[2] === 'streaming' && segments[0] === 'api') {
            streamingCall(file, text, hit, line, segments, parsed, calls, unresolved);
            return;
        }
        if (segments.length <= 2 && segments[0] === 'api') {
            unresolved.push({ file: file.path, line, what: shown, reason: 'the endpoint is chosen at run time' });
            return;
        }
        if (segments[2] === DYNAMIC && segments[0] === 'api') {
            unresolved.push({
                file: file.path,
                line,
                what: shown,
                reason: 'the endpoint is chosen at run time (the path after the API version is a variable)',
            });
            return;
        }
        const clue = methodNear(text, hit, parsed.end);
        let outcome = matchRoute(clue?.method, segments);
        // A default (fetch without options, curl without flags) that the route does not answer is no evidence.
        if (outcome.kind === 'unknown' && clue && clue.strength === Strength.Default)
            outcome = matchRoute(undefined, segments);
        if (outcome.kind === 'matched') {
            const method = clue && outcome.match.method === clue.method
                ? clue.method
                : outcome.alternatives.length
                    ? undefined
                    : outcome.match.method;
            calls.push({
                file: file.path,
                line,
                what: `${method ?? outcome.match.method} ${outcome.match.route}`,
                via: 'http',
                ...(method ? { method } : {}),
                route: outcome.match.route,
            });
        }
        else {
            unresolved.push({ file: file.path, line, what: `${clue?.method ?? '?'} ${shown}`, reason: outcome.reason });
        }
    };
    API_PATH.lastIndex = 0;
    for (let m = API_PATH.exec(text); m; m = API_PATH.exec(text)) {
        const hit = m.index;
        if (isCommentLine(text, hit))
            continue;
        const parsed = parsePath(text, hit, text[hit] === '/' ? '' : '/');
        API_PATH.lastIndex = Math.max(parsed.end, hit + m[0].length);
        if (parsed.bareBase) {
            const name = assignedName(text, hit);
            if (name)
                bases.add(name);
            continue;
        }
        judge(hit, parsed);
    }
    // `API = "https://host/api/v1"` … `f"{API}/statuses"`, `API + '/statuses'`, `"$API/statuses"`.
    for (const name of bases) {
        const escaped = name.replace(/[.$]/g, '\\$&');
        const use = new RegExp(`(?:\\$\\{\\s*${escaped}\\s*\\}|#\\{\\s*${escaped}\\s*\\}|\\{\\s*${escaped}\\s*\\}|\\$${escaped}(?![\\w])|(?<![\\w.$])${escaped}\\s*(?:\\+|\\.|\\.\\.)\\s*["'\`])(?=/)|(?<![\\w.$])${escaped}\\s*(?:\\+|\\.|\\.\\.)\\s*["'\`](?=/)`, 'g');
        for (let m = use.exec(text); m; m = use.exec(text)) {
            const hit = m.index;
            if (isCommentLine(text, hit))
                continue;
            const from = hit + m[0].length;
            const parsed = parsePath(text, from, '/api/v1');
            use.lastIndex = Math.max(parsed.end, from);
            if (parsed.path === '/api/v1')
                continue;
            judge(hit, parsed);
        }
    }
    return { calls, unresolved };
}
function display(path, query, dynamicTail) {
    const shown = path.replace(/\u0000/g, '…') + (query ? `?${query.replace(/\u0000/g, '…')}` : '');
    return dynamicTail && !shown.endsWith('…') ? `${shown}…` : shown;
}
// ---------------------------------------------------------------------------------------------- the path itself
/**
 * Reads a path from `start` (the `/` or `a` of `/api/v1`) to where the string ends, following concatenations.
 * Run-time parts become DYNAMIC: `${x}`, `{x}`, `#{x}`, `$x`, `%s`, `<x>`, `" + x + "`.
 */
function parsePath(text, start, prefix) {
    let path = prefix;
    let query = '';
    let inQuery = false;
    let dynamicTail = false;
    let i = start;
    const limit = Math.min(text.length, start + MAX_PATH_CHARS);
    const add = (s) => {
        if (inQuery)
            query += s;
        else
            path += s;
    };
    while (i < limit) {
        const c = text[i];
        if (PATH_CHAR.test(c) || (inQuery && QUERY_CHAR.test(c))) {
            add(c);
            i++;
        }
        else if (c === '%') {
            const spec = /^%(?:\([^)]*\))?[-+ #0-9.]*[sdivxfqr]/.exec(text.slice(i, i + 24));
            if (spec) {
                add(DYNAMIC);
                i += spec[0].length;
            }
            else {
                add(c);
                i++;
            }
        }
        else if (c === '$' && text[i + 1] === '{') {
            add(DYNAMIC);
            i = closeBrace(text, i + 1);
        }
        else if (c === '#' && text[i + 1] === '{') {
            add(DYNAMIC);
            i = closeBrace(text, i + 1);
        }
        else if (c === '{') {
            add(DYNAMIC);
            i = closeBrace(text, i);
        }
        else if (c === '$' && /[A-Za-z_(]/.test(text[i + 1] ?? '')) {
            add(DYNAMIC);
            i++;
            if (text[i] === '(')
                i = closeParen(text, i);
            else
                while (i < limit && /[\w]/.test(text[i]))
                    i++;
        }
        else if (c === '<' && /^<[A-Za-z_]\w*>/.test(text.slice(i, i + 40))) {
            add(DYNAMIC);
            i = text.indexOf('>', i) + 1;
        }
        else if (c === '?' && !inQuery) {
            inQuery = true;
            i++;
        }
        else if (QUOTES.has(c)) {
            // The string ends: does a concatenation carry the path on?
            const after = /^\s*(?:\+|\.(?=\s|\$|["'])|\.\.|<>|\+\+)\s*/.exec(text.slice(i + 1, i + 16));
            if (!after)
                break;
            let j = i + 1 + after[0].length;
            if (QUOTES.has(text[j])) {
                i = j + 1;
                continue;
            }
            const expression = /^[$@]?[A-Za-z_][\w$]*(?:(?:\.|::|->)[A-Za-z_][\w$]*|\[[^\]\n]{0,40}\]|\([^()\n]{0,60}\))*/.exec(text.slice(j, j + 120));
            if (!expression)
                break;
            add(DYNAMIC);
            j += expression[0].length;
            const more = /^\s*(?:\+|\.|\.\.|<>|\+\+)\s*(["'`])/.exec(text.slice(j, j + 16));
            if (!more) {
                dynamicTail = true;
                i = j;
                break;
            }
            i = j + more[0].length;
        }
        else {
            break;
        }
    }
    // `…/api/v1/statuses.json` (old clients) and a trailing slash are the same route.
    path = path.replace(/\.json$/, '').replace(/\/+$/, '');
    const segments = path.split('/').filter(Boolean);
    const normalised = segments.map((s) => (s.includes(DYNAMIC) || s.startsWith(':') ? DYNAMIC : s));
    if (dynamicTail && normalised[normalised.length - 1] !== DYNAMIC)
        normalised.push(DYNAMIC);
    const bareBase = !dynamicTail && !query && normalised.length === 2 && normalised[0] === 'api';
    return { path: `/${normalised.join('/')}`, query, end: i, dynamicTail, bareBase };
}
function closeBrace(text, open) {
    let depth = 0;
    for (let i = open; i < Math.min(text.length, open + 200); i++) {
        if (text[i] === '{')
            depth++;
        else if (text[i] === '}' && --depth === 0)
            return i + 1;
        else if (text[i] === '\n')
            return i;
    }
    return Math.min(text.length, open + 200);
}
function closeParen(text, open) {
    let depth = 0;
    for (let i = open; i < Math.min(text.length, open + 200); i++) {
        if (text[i] === '(')
            depth++;
        else if (text[i] === ')' && --depth === 0)
            return i + 1;
        else if (text[i] === '\n')
            return i;
    }
    return Math.min(text.length, open + 200);
}
function isCommentLine(text, index) {
    const start = text.lastIndexOf('\n', index - 1) + 1;
    const head = text.slice(start, index).trimStart();
    return /^(?:\/\/|#(?!\{)|\/\*|\*(?!\*?\/)|<!--|;;|REM\s)/.test(head);
}
/** The variable a string is assigned to on its line: `url = f"…"`, `const url = \``, `url := fmt.Sprintf(`. */
function assignedName(text, index) {
    const start = text.lastIndexOf('\n', index - 1) + 1;
    const head = text.slice(start, index);
    const m = /(?:^|[\s;({,])(?:(?:const|let|var|my|local|final|val|export|readonly|static)\s+)*(\$?[A-Za-z_][\w.]*|\$\{?[A-Za-z_]\w*\}?)\s*(?::\s*\w+\s*)?(?::=|=(?!=)|<-)\s*[^=]*$/.exec(head) ??
        // YAML and keyword arguments: `api_base: https://…/api/v1`, `base_url="…"`
        /^\s*([A-Za-z_][\w-]*)\s*:\s*[^:]*$/.exec(head);
    const name = m?.[1];
    return name && !/^(?:if|return|and|or|not|in)$/.test(name) ? name.replace(/^\$\{?|\}$/g, '') : undefined;
}
// ---------------------------------------------------------------------------------------------- streaming
function streamingCall(file, text, hit, line, segments, parsed, calls, unresolved) {
    const rest = segments.slice(3);
    let channel;
    let what;
    if (rest.length) {
        if (rest.includes(DYNAMIC)) {
            unresolved.push({
                file: file.path,
                line,
                what: display(parsed.path, parsed.query, parsed.dynamicTail),
                reason: 'the streaming channel is chosen at run time',
            });
            return;
        }
        channel = channelOfPath(segments);
        what = `GET /${segments.join('/')}`;
    }
    else {
        const fromQuery = /(?:^|&)stream=([^&]*)/.exec(parsed.query)?.[1];
        const nearby = fromQuery ?? streamParameterNear(text, hit);
        if (nearby === undefined || nearby.includes(DYNAMIC) || nearby === '') {
            unresolved.push({
                file: file.path,
                line,
                what: display(parsed.path, parsed.query, parsed.dynamicTail),
                reason: nearby === undefined
                    ? 'a streaming connection whose channel (`stream=`) was not found near it'
                    : 'the streaming channel is chosen at run time',
            });
            return;
        }
        channel = nearby;
        what = `GET /api/v1/streaming?stream=${channel}`;
    }
    const known = channel ? findChannel(channel) : undefined;
    if (!channel || !known) {
        unresolved.push({ file: file.path, line, what, reason: 'not a channel of Mastodon’s streaming server' });
        return;
    }
    calls.push({ file: file.path, line, what, via: 'streaming', method: 'GET', route: `stream:${channel}` });
    // The user stream carries notification events only with read:notifications (streaming/index.js
    // channelsForUserStream): a bot that handles them needs that too.
    if (channel === 'user' && /["'`]notification["'`]|on_notification|onNotification/.test(text)) {
        calls.push({
            file: file.path,
            line,
            what: `${what} (notification events)`,
            via: 'streaming',
            method: 'GET',
            route: 'stream:user:notification',
        });
    }
}
/** `stream: 'user'`, `"stream": "public:local"`, `params={'stream': 'user'}` within a few lines of the connection. */
function streamParameterNear(text, index) {
    const window = text.slice(Math.max(0, index - 300), Math.min(text.length, index + 400));
    const m = /["']?\bstream["']?\s*(?:=>|[:=])\s*["'`]([\w:]+)["'`]/.exec(window);
    if (m)
        return m[1];
    return /["']?\bstream["']?\s*(?:=>|[:=])\s*[A-Za-z_$]/.test(window) ? DYNAMIC : undefined;
}
// ---------------------------------------------------------------------------------------------- the method
/** How sure a clue is: an explicit method beats one implied by data flags, which beats a client's default (GET). */
const Strength = { Default: 1, Implied: 2, Explicit: 3 };
const VERBS = 'get|post|put|patch|delete';
const CLUES = [
    { regex: new RegExp(`\\bmethod\\b["']?\\s*(?:=>|[:=])\\s*[:"'\`]?(${VERBS})\\b`, 'gi'), strength: Strength.Explicit },
    {
        regex: new RegExp(`\\bNewRequest(?:WithContext)?\\s*\\(\\s*(?:\\w+\\s*,\\s*)?(?:"|http\\.Method)(${VERBS})\\b`, 'gi'),
        strength: Strength.Explicit,
    },
    { regex: new RegExp(`(?:-X\\s*|--request[\\s=]+)["']?(${VERBS})\\b`, 'gi'), strength: Strength.Explicit },
    { regex: new RegExp(`::(${VERBS})\\.new\\b`, 'gi'), strength: Strength.Explicit },
    { regex: new RegExp(`-Method\\s+["']?(${VERBS})\\b`, 'gi'), strength: Strength.Explicit },
    { regex: new RegExp(`CURLOPT_CUSTOMREQUEST\\s*,\\s*["'](${VERBS})["']`, 'gi'), strength: Strength.Explicit },
    { regex: /CURLOPT_POST(?:FIELDS)?\b/g, strength: Strength.Implied, method: 'POST' },
    {
        regex: new RegExp(`(?:\\.|::|(?<![\\w.$]))(${VERBS})(?:_form|Form|_json|JSON)?\\s*(?:!\\s*)?(?:\\(|\\s+["'\`])`, 'gi'),
        strength: Strength.Explicit,
        before: true,
    },
    {
        regex: /(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode|-ascii)?|-F|--form(?:-string)?|--json)(?=[\s='"])/g,
        strength: Strength.Implied,
        method: 'POST',
        curl: true,
    },
    { regex: /(?:^|\s)(?:-T|--upload-file)(?=[\s='"])/g, strength: Strength.Implied, method: 'PUT', curl: true },
    { regex: /(?:^|\s)(?:-G|--get)(?=\s)/g, strength: Strength.Explicit, method: 'GET', curl: true },
    { regex: /--post-(?:data|file)\b/g, strength: Strength.Implied, method: 'POST' },
    { regex: /\b(?:Request|urlopen)\s*\([^)]*\bdata\s*=/g, strength: Strength.Implied, method: 'POST' },
    { regex: /\b(?:fetch|urlopen|curl|wget|URI\.open|open-uri)\b/g, strength: Strength.Default, method: 'GET' },
];
/** The HTTP method of the request around a path, or of the request its variable is given to a few lines below. */
function methodNear(text, hit, end) {
    const here = cluesInStatement(text, hit, end);
    if (here && here.strength !== Strength.Default)
        return here;
    const name = assignedName(text, hit);
    if (name) {
        const lineEnd = text.indexOf('\n', end);
        const tail = text.slice(lineEnd === -1 ? text.length : lineEnd, nthNewline(text, end, 15));
        const use = new RegExp(`(?<![\\w$.])${name.replace(/[.$]/g, '\\$&')}(?![\\w$])(?!\\s*(?::=|=(?!=)))`, 'g');
        for (let m = use.exec(tail); m; m = use.exec(tail)) {
            const at = (lineEnd === -1 ? text.length : lineEnd) + m.index;
            const clue = cluesInStatement(text, at, at + m[0].length);
            if (clue)
                return clue;
        }
    }
    return here;
}
function nthNewline(text, from, n) {
    let at = from;
    for (let k = 0; k < n; k++) {
        const next = text.indexOf('\n', at + 1);
        if (next === -1)
            return text.length;
        at = next;
    }
    return at;
}
/** Clues in the statement around [hit, end): back to the line's start (and continued lines), on to the call's end. */
function cluesInStatement(text, hit, end) {
    let start = text.lastIndexOf('\n', hit - 1) + 1;
    for (let k = 0; k < 4 && start > 0; k++) {
        const previousStart = text.lastIndexOf('\n', start - 2) + 1;
        const previous = text.slice(previousStart, start - 1).trimEnd();
        const head = text.slice(start, hit).trim();
        // The path is an argument on its own line, or the line before goes on (`\`, `(`, `,`, `{`, `|`).
        if (/[\\(,{[|]$/.test(previous) || /^[\s"'`fFrRbB$]*$/.test(head) || /^[.)]/.test(head))
            start = previousStart;
        else
            break;
    }
    let depth = 0;
    let stop = end;
    const limit = Math.min(text.length, end + 600);
    for (; stop < limit; stop++) {
        const c = text[stop];
        if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}') {
            if (--depth < 0)
                break;
        }
        else if (c === '\n' && depth <= 0) {
            const lineBefore = text.slice(text.lastIndexOf('\n', stop - 1) + 1, stop).trimEnd();
            if (!/[\\,(|]$/.test(lineBefore) && !/^\s*[.-]/.test(text.slice(stop + 1, stop + 40)))
                break;
        }
    }
    const window = text.slice(start, stop);
    const offset = hit - start;
    const hasCurl = /\bcurl\b/.test(window);
    let best;
    for (const rule of CLUES) {
        if (rule.curl && !hasCurl)
            continue;
        rule.regex.lastIndex = 0;
        for (let m = rule.regex.exec(window); m; m = rule.regex.exec(window)) {
            if (rule.before && m.index >= offset)
                break;
            // Text inside the path itself (a `-d` in a query, a `.get` in a host name) is not a clue.
            if (m.index >= offset && m.index < offset + (end - hit))
                continue;
            const method = (rule.method ?? m[1] ?? '').toUpperCase();
            const clue = { method, strength: rule.strength, index: m.index };
            if (!best ||
                clue.strength > best.strength ||
                (clue.strength === best.strength && Math.abs(clue.index - offset) < Math.abs(best.index - offset))) {
                best = clue;
            }
        }
    }
    return best;
}
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    lineOf(index) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= index)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}

;// CONCATENATED MODULE: ./src/scan/libraries.ts
const libraryPrefilter = [];
function findLibraryCalls(_file) {
    return { calls: [], unresolved: [] };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/scan/glob.ts
/**
 * Globs of `source-paths` and the patterns of `.gitignore` files, compiled to regular expressions over
 * workspace-relative paths with forward slashes (gitignore(5): `*`, `?`, `[...]`, `**`, `!`, anchoring, a trailing `/`).
 */
/** A glob over a relative path: `*` and `?` stay within a segment, `**` crosses them. */
function globToRegExpSource(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                const atStart = i === 0 || glob[i - 1] === '/';
                const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
                if (atStart && atEnd) {
                    // `**/` matches zero or more folders; a final `**` everything below.
                    if (i + 2 === glob.length)
                        out += '.*';
                    else
                        out += '(?:.*/)?';
                    i += 2;
                    continue;
                }
                out += '[^/]*';
                i++;
                continue;
            }
            out += '[^/]*';
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '[') {
            const close = glob.indexOf(']', i + 2);
            if (close === -1) {
                out += '\\[';
                continue;
            }
            let body = glob.slice(i + 1, close);
            if (body.startsWith('!'))
                body = `^${body.slice(1)}`;
            out += `[${body.replace(/\\/g, '\\\\')}]`;
            i = close;
        }
        else if (c === '\\' && i + 1 < glob.length) {
            out += escapeRegExp(glob[i + 1]);
            i++;
        }
        else {
            out += escapeRegExp(c);
        }
    }
    return out;
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const hasGlobMagic = (s) => /[*?[]/.test(s);
/** The rules of one .gitignore file, in order (the last matching rule decides). */
function parseGitignore(text) {
    const rules = [];
    for (let line of text.split(/\r?\n/)) {
        if (!line || line.startsWith('#'))
            continue;
        // Trailing spaces are ignored unless escaped.
        line = line.replace(/(?<!\\)\s+$/, '');
        if (!line)
            continue;
        let negate = false;
        if (line.startsWith('!')) {
            negate = true;
            line = line.slice(1);
        }
        else if (line.startsWith('\\!') || line.startsWith('\\#')) {
            line = line.slice(1);
        }
        let dirOnly = false;
        if (line.endsWith('/')) {
            dirOnly = true;
            line = line.replace(/\/+$/, '');
        }
        if (!line)
            continue;
        const anchored = line.includes('/');
        if (line.startsWith('/'))
            line = line.slice(1);
        rules.push({ negate, dirOnly, anchored, regex: new RegExp(`^${globToRegExpSource(line)}$`) });
    }
    return rules;
}
/** The verdict of one file's rules for a path relative to its folder: true ignored, false re-included, undefined silent. */
function ignoreVerdict(rules, relative, name, isDir) {
    let verdict;
    for (const rule of rules) {
        if (rule.dirOnly && !isDir)
            continue;
        if (rule.regex.test(rule.anchored ? relative : name))
            verdict = !rule.negate;
    }
    return verdict;
}

// EXTERNAL MODULE: ./src/scan/source-paths.ts
var source_paths = __webpack_require__(7901);
;// CONCATENATED MODULE: ./src/scan/walk.ts
/**
 * The files a scan reads: `source-paths` (files, folders, globs) under the workspace, one file at a time.
 *
 * The repository may be a fork's, so it is hostile: symbolic links are never followed (a link could name a file
 * outside the workspace, and an annotation would print what it read), files are opened with O_NOFOLLOW and only when
 * they are regular files, and paths that leave the workspace are refused. Dependency folders, virtual environments,
 * build output, minified bundles, `.git`, binary files and files over 1 MiB are skipped, and `.gitignore` files
 * (nested ones too) are honoured, so a bot's own `dist/` bundling masto.js does not "need" every scope.
 *
 * The walk is a generator over an explicit stack of folders: it never holds the tree, only the folders still to visit
 * and one file's bytes, read into one reused buffer.
 */





const MAX_FILE_BYTES = 1024 * 1024;
/** git's own rule: a NUL in the first 8000 bytes makes a file binary. */
const BINARY_PROBE_BYTES = 8000;
/** Folders that hold other people's code or generated output, never the bot's own calls. */
const SKIPPED_FOLDERS = new Set([
    '.git',
    '.hg',
    '.svn',
    'node_modules',
    'bower_components',
    'jspm_packages',
    'vendor',
    '.venv',
    'venv',
    'virtualenv',
    'site-packages',
    'dist-packages',
    '__pycache__',
    '.tox',
    '.nox',
    '.mypy_cache',
    '.pytest_cache',
    'dist',
    'build',
    'out',
    '.next',
    '.nuxt',
    '.svelte-kit',
    'coverage',
    'target',
    '.gradle',
    '.cache',
    '.yarn',
    '.pnpm-store',
    'Pods',
    '.bundle',
]);
/** Extensions that are never source: skipped by name, without opening the file. */
const SKIPPED_EXTENSIONS = new Set(('png jpg jpeg gif webp bmp ico icns tif tiff psd svg mp3 mp4 m4a ogg oga opus wav flac webm mov avi mkv ' +
    'zip gz tgz bz2 xz zst 7z rar jar war whl egg so dylib dll exe bin o a class pyc pyo wasm node ' +
    'woff woff2 ttf otf eot pdf doc docx xls xlsx ppt pptx odt sqlite db ' +
    'map lock sum md markdown rst txt adoc json csv tsv log').split(' '));
const MINIFIED_NAME = /[.-]min\.[cm]?js$|\.bundle\.[cm]?js$|\.chunk\.[cm]?js$/;
const SCRIPT_NAME = /\.[cm]?[jt]sx?$/;
const LOCKFILE_NAME = /^(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|npm-shrinkwrap\.json|Gemfile\.lock|poetry\.lock)$/;
/** Tests are listed apart: their calls are not the bot's needs. */
const TEST_FOLDER = /(?:^|\/)(?:tests?|__tests__|specs?|testdata|test_data|fixtures|e2e)\//;
const TEST_NAME = /(?:^test_.*\.py$|_test\.\w+$|\.test\.\w+$|\.spec\.\w+$|_spec\.rb$|^conftest\.py$)/;
const newWalkStats = () => ({ files: 0, bytes: 0, skipped: {}, symlinks: [], unmatched: [] });
function* walkFiles(options) {
    const stats = options.stats ?? newWalkStats();
    const buffer = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
    const seen = options.paths.length > 1 ? new Set() : undefined;
    for (const entry of options.paths) {
        const path = (0,source_paths/* normaliseSourcePath */.d)(entry);
        let matched = false;
        for (const file of walkEntry(options.root, path, stats, buffer)) {
            matched = true;
            if (seen) {
                if (seen.has(file.path))
                    continue;
                seen.add(file.path);
            }
            yield file;
        }
        if (!matched)
            stats.unmatched.push(path);
    }
}
function* walkEntry(root, entry, stats, buffer) {
    if (hasGlobMagic(entry)) {
        const segments = entry.split('/');
        const firstMagic = segments.findIndex(hasGlobMagic);
        const base = segments.slice(0, firstMagic).join('/') || '.';
        const matcher = new RegExp(`^${globToRegExpSource(entry)}(?:/.*)?$`);
        if (!isPlainFolder(root, base, stats))
            return;
        yield* walkFolder(root, { path: base, ignores: ancestorIgnores(root, base) }, stats, buffer, (p) => matcher.test(p));
        return;
    }
    if (entry === '.') {
        yield* walkFolder(root, { path: '.', ignores: [] }, stats, buffer);
        return;
    }
    // Every folder on the way must be a real folder, not a link.
    if (!isPlainFolder(root, entry.split('/').slice(0, -1).join('/') || '.', stats))
        return;
    let info;
    try {
        info = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, entry));
    }
    catch {
        return;
    }
    if (info.isSymbolicLink()) {
        skip(stats, 'symbolic link');
        stats.symlinks.push(entry);
    }
    else if (info.isDirectory()) {
        yield* walkFolder(root, { path: entry, ignores: ancestorIgnores(root, entry) }, stats, buffer);
    }
    else if (info.isFile()) {
        // Named on purpose: read even when ignored or in a dependency folder, but never a link, a binary or a huge file.
        const file = readSource(root, entry, stats, buffer);
        if (file)
            yield file;
    }
    else {
        skip(stats, 'not a regular file');
    }
}
/** Is every folder from the workspace down to `relative` a real folder (no link on the way)? */
function isPlainFolder(root, relative, stats) {
    if (relative === '.')
        return true;
    const parts = relative.split('/');
    for (let i = 1; i <= parts.length; i++) {
        const prefix = parts.slice(0, i).join('/');
        try {
            const info = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, prefix));
            if (info.isSymbolicLink()) {
                if (stats) {
                    skip(stats, 'symbolic link');
                    stats.symlinks.push(prefix);
                }
                return false;
            }
            if (!info.isDirectory())
                return false;
        }
        catch {
            return false;
        }
    }
    return true;
}
/** The .gitignore rules of the folders above a starting folder (root's included), as git applies them. */
function ancestorIgnores(root, folder) {
    const ignores = [];
    const parts = folder === '.' ? [] : folder.split('/');
    for (let i = 0; i < parts.length; i++) {
        const base = parts.slice(0, i).join('/') || '.';
        const rules = readGitignore(root, base);
        if (rules.length)
            ignores.push({ base, rules });
    }
    return ignores;
}
function readGitignore(root, folder) {
    const buffer = Buffer.allocUnsafe(64 * 1024);
    const rules = [];
    const names = ['.gitignore'];
    // .git/info/exclude, unless .git is a link (it would be read outside the workspace).
    if (folder === '.' && isPlainFolder(root, '.git/info'))
        names.unshift('.git/info/exclude');
    for (const name of names) {
        const text = readSmallText((0,external_node_path_.join)(root, folder, name), buffer);
        if (text !== undefined)
            rules.push(...parseGitignore(text));
    }
    return rules;
}
function readSmallText(path, buffer) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            return undefined;
        const length = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, 0);
        return buffer.toString('utf8', 0, length);
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function isIgnored(folder, relative, name, isDir) {
    let ignored = false;
    for (const { base, rules } of folder.ignores) {
        const local = base === '.' ? relative : relative.slice(base.length + 1);
        const verdict = ignoreVerdict(rules, local, name, isDir);
        if (verdict !== undefined)
            ignored = verdict;
    }
    return ignored;
}
function* walkFolder(root, start, stats, buffer, accept) {
    const stack = [start];
    while (stack.length) {
        const folder = stack.pop();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, folder.path), { withFileTypes: true });
        }
        catch {
            skip(stats, 'unreadable');
            continue;
        }
        // A virtual environment is known by its pyvenv.cfg, whatever its name.
        if (folder !== start && entries.some((e) => e.name === 'pyvenv.cfg')) {
            skip(stats, 'dependency or build folder');
            continue;
        }
        let here = folder;
        if (entries.some((e) => e.name === '.gitignore')) {
            const rules = readGitignore(root, folder.path);
            if (rules.length)
                here = { path: folder.path, ignores: [...folder.ignores, { base: folder.path, rules }] };
        }
        const subfolders = [];
        for (const entry of entries) {
            const name = entry.name;
            const relative = folder.path === '.' ? name : `${folder.path}/${name}`;
            if (entry.isSymbolicLink()) {
                skip(stats, 'symbolic link');
                stats.symlinks.push(relative);
            }
            else if (entry.isDirectory()) {
                if (SKIPPED_FOLDERS.has(name))
                    skip(stats, 'dependency or build folder');
                else if (isIgnored(here, relative, name, true))
                    skip(stats, 'ignored by .gitignore');
                else
                    subfolders.push({ path: relative, ignores: here.ignores });
            }
            else if (entry.isFile()) {
                if (accept && !accept(relative))
                    continue;
                if (isIgnored(here, relative, name, false)) {
                    skip(stats, 'ignored by .gitignore');
                    continue;
                }
                const file = readSource(root, relative, stats, buffer);
                if (file)
                    yield file;
            }
            else {
                skip(stats, 'not a regular file');
            }
        }
        // Depth-first, in name order: the same tree gives the same report.
        subfolders.sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
        stack.push(...subfolders);
    }
}
function readSource(root, relative, stats, buffer, sourceOnly = true) {
    const name = relative.slice(relative.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
    if (sourceOnly && (SKIPPED_EXTENSIONS.has(extension) || LOCKFILE_NAME.test(name)))
        return skip(stats, 'not source');
    if (sourceOnly && MINIFIED_NAME.test(name))
        return skip(stats, 'minified');
    let fd;
    let length;
    try {
        // O_NOFOLLOW: a link swapped in after the folder was listed is refused; O_NONBLOCK: a FIFO never blocks the open.
        fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(root, relative), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            return skip(stats, 'not a regular file');
        if (info.size > MAX_FILE_BYTES)
            return skip(stats, 'over 1 MiB');
        length = 0;
        while (length < buffer.length) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, length);
            if (read === 0)
                break;
            length += read;
        }
    }
    catch (error) {
        return skip(stats, error.code === 'ELOOP' ? 'symbolic link' : 'unreadable');
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
    if (length > MAX_FILE_BYTES)
        return skip(stats, 'over 1 MiB');
    const bytes = buffer.subarray(0, length);
    if (bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0) !== -1)
        return skip(stats, 'binary');
    if (sourceOnly && SCRIPT_NAME.test(name) && looksMinified(bytes))
        return skip(stats, 'minified');
    stats.files++;
    stats.bytes += length;
    return { path: relative, bytes, isTest: isTestPath(relative) };
}
/** A bundle or minified script: long, with very long lines on average. */
function looksMinified(bytes) {
    if (bytes.length < 4096)
        return false;
    let lines = 1;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1))
        lines++;
    return bytes.length / lines > 500;
}
/**
 * One file of the workspace as text, read with the walk's rules (no link on the way or at the end, a regular file,
 * at most 1 MiB), or undefined.
 */
function readWorkspaceFile(root, relative) {
    let path;
    try {
        path = (0,source_paths/* normaliseSourcePath */.d)(relative);
    }
    catch {
        return undefined;
    }
    if (!isPlainFolder(root, path.split('/').slice(0, -1).join('/') || '.'))
        return undefined;
    const file = readSource(root, path, newWalkStats(), Buffer.allocUnsafe(MAX_FILE_BYTES + 1), false);
    return file ? file.bytes.toString('utf8') : undefined;
}
function isTestPath(relative) {
    const name = relative.slice(relative.lastIndexOf('/') + 1);
    return TEST_FOLDER.test(`${relative.slice(0, relative.length - name.length)}`) || TEST_NAME.test(name);
}
function skip(stats, reason) {
    stats.skipped[reason] = (stats.skipped[reason] ?? 0) + 1;
    return undefined;
}

;// CONCATENATED MODULE: ./src/scan/workflow.ts
const POST_STATUS = { method: 'POST', route: '/api/v1/statuses' };
const UPLOAD_MEDIA = { method: 'POST', route: '/api/v2/media' };
/** Actions that post a status (their action.yml and source: a `message` input sent to POST /api/v1/statuses). */
const KNOWN_ACTIONS = [
    { name: 'cbrgm/mastodon-github-action', calls: [POST_STATUS], mediaInputs: /^media/ },
    { name: 'rzr/fediverse-action', calls: [POST_STATUS] },
];
const workflowPrefilter = KNOWN_ACTIONS.map((a) => a.name.split('/')[1]);
const USES = /^(\s*)(-\s+)?uses:\s*["']?([\w.-]+\/[\w.-]+)(?:\/[^@\s"']*)?(?:@([^\s"'#]+))?/gm;
function findWorkflowCalls(file) {
    const calls = [];
    if (!/\.ya?ml$/i.test(file.path))
        return { calls, unresolved: [] };
    const text = file.text;
    USES.lastIndex = 0;
    for (let m = USES.exec(text); m; m = USES.exec(text)) {
        const action = KNOWN_ACTIONS.find((a) => a.name === (m?.[3] ?? '').toLowerCase());
        if (!action)
            continue;
        const line = text.slice(0, m.index + (m[1]?.length ?? 0)).split('\n').length;
        const what = `uses: ${m[3]}${m[4] ? `@${m[4]}` : ''}`;
        const inputs = stepInputs(text, m.index, (m[1]?.length ?? 0) + (m[2]?.length ?? 0));
        const uploads = action.mediaInputs ? inputs.some((name) => action.mediaInputs?.test(name)) : false;
        for (const call of uploads ? [UPLOAD_MEDIA, ...action.calls] : action.calls) {
            calls.push({ file: file.path, line, what, via: 'workflow-action', method: call.method, route: call.route });
        }
    }
    return { calls, unresolved: [] };
}
/** The input names under the step's `with:`: the step's lines are those indented deeper than its `-`. */
function stepInputs(text, usesAt, keyIndent) {
    const lines = text.slice(usesAt).split('\n');
    const inputs = [];
    let inWith = false;
    let inputIndent = -1;
    for (const line of lines.slice(1)) {
        if (!line.trim() || line.trim().startsWith('#'))
            continue;
        const indent = line.length - line.trimStart().length;
        if (indent < keyIndent || (indent === keyIndent && line.trimStart().startsWith('-')))
            break;
        if (indent === keyIndent) {
            inWith = /^\s*with:\s*$/.test(line);
            inputIndent = -1;
            continue;
        }
        if (!inWith)
            continue;
        // Only the first level under `with:`; deeper lines are the values of block scalars.
        if (inputIndent === -1)
            inputIndent = indent;
        const key = indent === inputIndent ? /^\s*([\w-]+)\s*:/.exec(line) : null;
        if (key)
            inputs.push(key[1].toLowerCase());
    }
    return inputs;
}

;// CONCATENATED MODULE: ./src/scan/scan.ts
/**
 * The scan: walk the source paths, keep the files that contain a cheap literal (prefilter), find the calls in them
 * (raw HTTP, streaming, workflow actions, client libraries) and look each up in Mastodon's endpoint table.
 *
 * Files are handled one at a time and dropped; only the calls found are kept. The walk is synchronous (it is fastest
 * for many small files) and hands the event loop back every few files, so requests in flight are still answered.
 */







const OWN_PREFILTER = [...httpPrefilter, ...workflowPrefilter].map((s) => Buffer.from(s));
async function scanSources(options) {
    const root = (0,external_node_fs_.realpathSync)(options.root);
    const stats = newWalkStats();
    const calls = [];
    const unresolved = [];
    const testCalls = [];
    const testUnresolved = [];
    const libraryNeedles = libraryPrefilter.map((s) => Buffer.from(s));
    const yieldEvery = options.yieldEvery ?? 64;
    let count = 0;
    for (const walked of walkFiles({ root, paths: options.paths, stats })) {
        if (++count % yieldEvery === 0)
            await new Promise((resolve) => setImmediate(resolve));
        const own = OWN_PREFILTER.some((needle) => walked.bytes.indexOf(needle) !== -1);
        const library = libraryNeedles.some((needle) => walked.bytes.indexOf(needle) !== -1);
        if (!own && !library)
            continue;
        const file = { path: walked.path, text: walked.bytes.toString('utf8') };
        const found = findCalls(file, own, library);
        const resolved = resolveCalls(found);
        (walked.isTest ? testCalls : calls).push(...resolved.calls);
        (walked.isTest ? testUnresolved : unresolved).push(...resolved.unresolved);
    }
    return { calls, unresolved, testCalls, testUnresolved, stats };
}
/** Every recogniser over one file; the same request seen twice (a library call on a raw path) counts once. */
function findCalls(file, own = true, library = true) {
    const parts = [];
    if (own)
        parts.push(findHttpCalls(file), findWorkflowCalls(file));
    if (library)
        parts.push(findLibraryCalls(file));
    const seen = new Set();
    const calls = [];
    for (const call of parts.flatMap((p) => p.calls)) {
        const key = `${call.line}\u0000${call.method ?? ''}\u0000${call.route ?? call.what}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        calls.push(call);
    }
    return { calls, unresolved: parts.flatMap((p) => p.unresolved) };
}
/** Looks each call's route up in the endpoint table; a route the table does not know is unresolved, never dropped. */
function resolveCalls(found) {
    const calls = [];
    const unresolved = [...found.unresolved];
    for (const call of found.calls) {
        const accepts = acceptedScopes(call);
        if (typeof accepts === 'string') {
            unresolved.push({ file: call.file, line: call.line, what: call.what, reason: accepts });
        }
        else {
            calls.push({ ...call, accepts });
        }
    }
    return { calls, unresolved };
}
/** The scopes the call's endpoint accepts, or why they cannot be told. */
function acceptedScopes(call) {
    if (!call.route)
        return 'the endpoint was not recognised';
    if (call.route.startsWith('stream:')) {
        const channel = findChannel(call.route.slice('stream:'.length));
        return channel ? channel.scopes : `\`${call.route.slice(7)}\` is not a channel of Mastodon’s streaming server`;
    }
    const route = findRoute(call.method, call.route);
    if (route)
        return route.scopes;
    const anyMethod = findRoute(undefined, call.route);
    return anyMethod
        ? `Mastodon does not answer ${call.method ?? '?'} ${call.route}`
        : `${call.route} is not an endpoint of Mastodon ${TABLE_SOURCE.mastodonVersion}`;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/scan/action.ts
/**
 * The scan in a check: scan `source-paths`, then turn the needs of the code into findings on the report
 * (`under-declared`, `over-declared`, unresolved calls), each on the line it is about, and the report's `code` part.
 * Loaded only when `source-paths` is set (main.ts), so a check without it pays nothing for the scanner.
 */







function scanCode(settings, workspace) {
    return scanSources({ root: workspace, paths: settings.sourcePaths });
}
/** With `required-scopes` empty the needs of the code stand as the declaration the token is checked against. */
function neededScopes(scan) {
    return needs_analyseNeeds(scan.calls).needed;
}
const MAX_LISTED = 5;
const at = (c) => (0,markdown/* literal */.eu)(`${printable(c.file)}:${c.line}`);
const called = (c) => (0,markdown/* literal */.eu)(printable(c.what));
/** The report with the code's findings added, its status and outcome decided again, and its `code` part. */
function withCodeFindings(report, scan, settings, context) {
    const version = report.instance.software === 'mastodon' && report.instance.version ? report.instance.version : undefined;
    const declared = settings.scopesDeclared ? settings.requiredScopes : [];
    const needs = needs_analyseNeeds(scan.calls, declared, version);
    const findings = [];
    const exactly = needs.needed.length ? needs.needed.map(markdown/* literal */.eu).join(' ') : 'no scope';
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
            message: `${called(first)} at ${at(first)} needs ${(0,markdown/* literal */.eu)(need)} (its endpoint accepts ${first.accepts.map(markdown/* literal */.eu).join(', ')}), which \`required-scopes\` does not declare: the bot will fail here once deployed.${more}`,
            fix: [
                `Declare exactly what the code needs: \`required-scopes: ${needs.needed.join(' ')}\`, and give the token those scopes.`,
            ],
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
                ? `the code needs only ${[...new Set(narrower.map((c) => c.need))].map(markdown/* literal */.eu).join(', ')} of what it grants (${called(narrower[0])} at ${at(narrower[0])})`
                : 'no call in the scanned code uses it';
            const location = lines.get(scope);
            findings.push({
                id: `unneeded-scope:${scope}`,
                severity: settings.onExcess === 'fail' ? 'failure' : 'warning',
                status: 'over-declared',
                title: `Unneeded scope ${scope}`,
                message: `\`required-scopes\` declares ${(0,markdown/* literal */.eu)(scope)}, but ${why}. A token made to this declaration can do more than the bot does.`,
                fix: [
                    `Declare exactly: \`required-scopes: ${needs.needed.join(' ')}\`${needs.needed.length ? '' : ' (nothing: the code needs no scope)'}.`,
                ],
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
            .map((u) => `${at(u)} ${called(u)} (${printable(u.reason, 160)})`)
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
            message: `\`source-paths\` ${scan.stats.unmatched.map((p) => (0,markdown/* literal */.eu)(printable(p))).join(', ')} matched no file in the workspace.`,
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
                .map((p) => (0,markdown/* literal */.eu)(printable(p)))
                .join(', ')}${scan.stats.symlinks.length > MAX_LISTED ? ', …' : ''}.`,
            fix: [],
        });
    }
    const all = [...report.findings, ...findings];
    const judged = (c) => ({
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
    const code = {
        sourcePaths: settings.sourcePaths,
        needed: needs.needed,
        undeclared: needs.undeclared,
        unneeded: needs.unneeded,
        declaration: settings.scopesDeclared ? 'required-scopes' : 'code',
        calls: needs.calls.map(judged),
        unresolved: scan.unresolved,
        tests: { calls: needs_analyseNeeds(scan.testCalls, [], version).calls.map(judged), unresolved: scan.testUnresolved },
        files: { scanned: scan.stats.files, skipped: scan.stats.skipped },
    };
    return {
        ...report,
        status: report.status === 'input-error' ? report.status : (0,model/* worstStatus */.A)(all.flatMap((f) => (f.status ? [f.status] : []))),
        failed: all.some((f) => f.severity === 'failure'),
        findings: all,
        code,
    };
}
/** The report when the code could not be scanned at all (the workspace is missing, say): a warning, never a pass. */
function withScanFailure(report, error) {
    const finding = {
        id: 'scan-failed',
        severity: 'warning',
        title: 'Code not scanned',
        message: `The code under \`source-paths\` could not be scanned: ${printable((0,errors/* messageOf */.b)(error), 300)}. No needs were worked out.`,
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
    const text = readWorkspaceFile(workspace, path);
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


/***/ })

};
