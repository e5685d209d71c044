export const id = 544;
export const ids = [544];
export const modules = {

/***/ 8672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a$: () => (/* binding */ beyondCodeOf),
  QI: () => (/* binding */ blastLists),
  Oc: () => (/* binding */ blastOf)
});

// UNUSED EXPORTS: SHOWN

// EXTERNAL MODULE: ./src/servers/scopes.ts
var scopes = __webpack_require__(2427);
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
var identity = __webpack_require__(3072);
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


/***/ }),

/***/ 6686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ renderBotsText),
/* harmony export */   w: () => (/* binding */ renderBotsMarkdown)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9997);
/* harmony import */ var _headline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4512);
/* harmony import */ var _todo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(724);
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
    const step = (0,_todo_js__WEBPACK_IMPORTED_MODULE_1__/* .todoOf */ .M3)(report)[0] ?? report.findings[0]?.message ?? '';
    const text = (0,_todo_js__WEBPACK_IMPORTED_MODULE_1__/* .plain */ .pj)(step).replace(/\s+/g, ' ').trim();
    const sentence = /^(.*?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;
    return sentence.length > 160 ? `${sentence.slice(0, 159)}…` : sentence;
}
function renderBotsMarkdown(report, render, headingLevel) {
    const part = report.bots;
    if (!part)
        return '';
    const h = '#'.repeat(headingLevel);
    const lines = [`${h} ${(0,_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(report)} ${(0,_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)(report)} (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(part.file)})`, ''];
    lines.push('| bot | instance | account | status | what to do |', '|---|---|---|---|---|');
    for (const { name, report: bot } of part.bots) {
        const row = [
            (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(name),
            bot.instance.host ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(bot.instance.host) : '—',
            bot.account ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(bot.account.handle) : '—',
            `${(0,_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(bot)} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(bot.status)}`,
            // Plain text in a cell: code spans keep anything a server chose inert.
            (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(firstStep(bot), { max: 160 }),
        ];
        lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
    lines.push('');
    for (const { name, line, report: bot } of (0,_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .botsNeedingAttention */ .tG)(report)) {
        lines.push(`${h}# ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(name)} (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(`${part.file}:${line}`)})`, '');
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
    const lines = [`${mark} ${(0,_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)(report)} (${part.file}) (status: ${report.status})`, ''];
    const width = Math.max(...part.bots.map((b) => b.name.length)) + 2;
    for (const { name, report: bot } of part.bots) {
        const where = bot.instance.host ? ` on ${bot.instance.host}` : '';
        lines.push(`  ${name.padEnd(width)}${(0,_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)(bot)}${where} (${bot.status})`);
    }
    for (const { name, report: bot } of (0,_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .botsNeedingAttention */ .tG)(report)) {
        lines.push('', `── ${name} ──`, render(bot).trimEnd());
    }
    return lines.join('\n') + '\n';
}


/***/ }),

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
    const { origin, software, version } = report.instance;
    const server = [software, version].filter(Boolean).join(' ');
    return {
        title: 'Token',
        rows: [
            { label: 'Instance', value: origin ? origin + (server ? ` (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(server)})` : '') : '' },
            {
                label: 'Account',
                value: report.account
                    ? `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.account.handle)}${report.account.id ? ` (id ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.account.id)})` : ''}`
                    : (report.accountNote ?? ''),
            },
            { label: 'App', value: report.app ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.app.name) : '' },
            { label: 'Token state', value: report.tokenState === 'unknown' ? '' : (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.tokenState) },
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
    const where = (c) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${c.file}:${c.line}`);
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
                    label: (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(scope),
                    value: [
                        ...(granted ? [mark('granted', granted.includes(scope))] : []),
                        ...(scanned.declaration === 'required-scopes' ? [mark('declared', declared.includes(scope))] : []),
                        calls.length ? `needed by ${few(calls, (c) => `${where(c)} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.what)}`)}` : 'not needed',
                    ].join(' · '),
                };
            }),
            {
                label: 'Unresolved (check by hand)',
                value: few(scanned.unresolved, (u) => `${where(u)} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(u.what)} (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(u.reason)})`),
            },
            {
                label: 'In tests only (not counted)',
                value: few([...scanned.tests.calls, ...scanned.tests.unresolved], (c) => `${where(c)} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.what)}`),
            },
        ],
    };
}
const MAX_LISTED = 5;
const scanList = (paths) => paths.map((p) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p)).join(' ');
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


/***/ }),

/***/ 4512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON),
/* harmony export */   tG: () => (/* binding */ botsNeedingAttention),
/* harmony export */   xr: () => (/* binding */ annotationText)
/* harmony export */ });
/* harmony import */ var _todo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(724);

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
/* harmony import */ var _blast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8672);
/* harmony import */ var _bots_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6686);
/* harmony import */ var _todo_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(724);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9997);
/* harmony import */ var _inputs_instance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(866);
/**
 * The report as Markdown: the job summary, and the body of the comment and the issue. Pure.
 *
 * In the order a reader needs it: the verdict; one list of what to do, written once for all findings; the findings;
 * then the details, collapsed. Server-chosen text is already inside code spans (util/text.ts `code`, the one escaper).
 */







/** The verdict as one line: icon, headline, whose token, where. */
function verdictLine(report) {
    const subject = report.account ? ` for ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(report.account.handle)}` : '';
    const where = report.instance.host ? ` on ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)((0,_inputs_instance_js__WEBPACK_IMPORTED_MODULE_5__/* .shownHost */ .KI)(report.instance.host))}` : '';
    const tail = report.status === 'input-error' ? ': no request was made' : '';
    return `${(0,_headline_js__WEBPACK_IMPORTED_MODULE_1__/* .statusIcon */ .I8)(report)} ${(0,_headline_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(report)}${subject}${where}${tail}`;
}
function renderMarkdown(report, options = {}) {
    if (report.bots) {
        return (0,_bots_js__WEBPACK_IMPORTED_MODULE_3__/* .renderBotsMarkdown */ .w)(report, (bot, headingLevel) => renderMarkdown(bot, { headingLevel }), options.headingLevel ?? 2);
    }
    const h = '#'.repeat(options.headingLevel ?? 2);
    const lines = [`${h} ${verdictLine(report)}`, ''];
    if (report.status === 'input-error') {
        // Each error names the input, shows the value and says what is expected: the list is what to fix.
        lines.push('**What to fix**', '', ...report.findings.map((f) => `- ${f.message}`), '');
        return finish(lines, report);
    }
    const todo = (0,_todo_js__WEBPACK_IMPORTED_MODULE_4__/* .todoOf */ .M3)(report);
    const serious = report.findings.some((f) => f.severity !== 'notice');
    if (todo.length > 0) {
        lines.push(`**${serious ? 'What to do' : 'Worth doing'}**`, '', ...todo.map((step, i) => `${i + 1}. ${step}`), '');
    }
    else if (report.status === 'healthy') {
        lines.push(`Nothing to do: ${healthySentence(report)}`, '');
    }
    if (report.findings.length > 0) {
        lines.push('**Findings**', '', ...(0,_todo_js__WEBPACK_IMPORTED_MODULE_4__/* .bySeverity */ .Np)(report.findings).map(findingLine), '');
    }
    for (const list of (0,_blast_js__WEBPACK_IMPORTED_MODULE_2__/* .blastLists */ .QI)(report)) {
        lines.push(`**${list.title}:**`, '', ...list.items.map((item) => `- ${item}`), '');
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
  publish: () => (/* binding */ publish),
  publishToActions: () => (/* reexport */ publishToActions)
});

// EXTERNAL MODULE: ./src/inputs/runner.ts
var runner = __webpack_require__(9571);
// EXTERNAL MODULE: ./src/report/blast.ts + 2 modules
var blast = __webpack_require__(8672);
// EXTERNAL MODULE: ./src/report/headline.ts
var headline = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/report/todo.ts
var report_todo = __webpack_require__(724);
;// CONCATENATED MODULE: ./src/report/json.ts



const SCHEMA_VERSION = 1;
const orNull = (text) => (text ? text : null);
const absolute = (url) => (url && /^https?:\/\/[^/]/.test(url) ? url : null);
function reportJson(report) {
    const radius = (0,blast/* blastOf */.Oc)(report);
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
        blastRadius: {
            could: radius ? [...radius.could] : [],
            afterFix: radius?.afterFix ? [...radius.afterFix] : null,
            byScope: radius ? [...radius.byScope] : [],
            beyondCode: (0,blast/* beyondCodeOf */.a$)(report),
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
    NeededScopes: 'needed-scopes',
    UndeclaredScopes: 'undeclared-scopes',
    UnneededScopes: 'unneeded-scopes',
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
        [Outputs.ScopesSource]: report.scopes.source ?? '',
        [Outputs.ServerSoftware]: report.instance.software ?? '',
        [Outputs.ServerVersion]: report.instance.version ?? '',
        [Outputs.TokenCreatedAt]: report.token.createdAt ?? '',
        [Outputs.TokenAgeDays]: report.token.ageDays === undefined ? '' : String(report.token.ageDays),
        [Outputs.NeededScopes]: report.code?.needed.join(' ') ?? '',
        [Outputs.UndeclaredScopes]: report.code?.undeclared.join(' ') ?? '',
        [Outputs.UnneededScopes]: report.code?.unneeded.join(' ') ?? '',
        [Outputs.Report]: JSON.stringify(reportJson(report)),
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/details.ts
var details = __webpack_require__(6716);
// EXTERNAL MODULE: ./src/report/bots.ts
var bots = __webpack_require__(6686);
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
        return (0,bots/* renderBotsText */.o)(report, (bot) => renderText(bot, options));
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
    for (const list of (0,blast/* blastLists */.QI)(report)) {
        lines.push('', `${list.title}:`);
        for (const item of list.items)
            lines.push(...wrap(item, width, '  - ', '    '));
    }
    const sections = (0,details/* detailsOf */.c)(report);
    if (sections.length > 0) {
        const labelWidth = Math.max(...sections.flatMap((s) => s.rows.map((r) => r.label.length))) + 2;
        lines.push('', 'Details:');
        for (const section of sections) {
            for (const row of section.rows) {
                const label = `  ${row.label.toLowerCase().padEnd(labelWidth)}`;
                lines.push(...wrap((0,report_todo/* plain */.pj)(row.value).replace(/\[([^\]]+)\]\((\S+?)\)/g, '$1 $2'), width, label, ' '.repeat(label.length)));
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

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/sinks/actions.ts
/** The GitHub Actions sink: outputs, job summary, one annotation per finding, and the step's outcome. */







/** The longest annotation kept: GitHub shows a few lines of one anyway. */
const MAX_ANNOTATION = 4000;
function publishToActions(report, redact) {
    // Redacted first, then made printable: cleaning first could break up a token and hide it from the redactor.
    const line = (text) => (0,util_text/* oneLine */.TN)(redact(text), MAX_ANNOTATION);
    // The log is wide and keeps no colour: the report as a terminal shows it, wrapped for reading.
    // Redacted whole, so that a token split across lines is found too; then each line is made printable.
    runner/* info */.pq(redact(renderText(report, { width: 120 }))
        .trimEnd()
        .split('\n')
        .map(util_text/* printableLine */.oy)
        .join('\n'));
    const outputs = {};
    for (const [name, value] of Object.entries(outputsOf(report)))
        outputs[name] = redact(value);
    runner/* setOutputs */.n0(outputs);
    for (const finding of report.findings) {
        const properties = {
            title: line(finding.title),
            ...(finding.location ? { file: line(finding.location.file), startLine: finding.location.line } : {}),
        };
        const text = line((0,headline/* annotationText */.xr)(finding));
        if (finding.severity === 'failure')
            runner/* error */.z3(text, properties);
        else if (finding.severity === 'warning')
            runner/* warning */.$e(text, properties);
        else
            runner/* notice */.lm(text, properties);
    }
    try {
        runner/* appendSummary */.fe(redact((0,markdown/* renderMarkdown */.Gc)(report)));
    }
    catch (error) {
        runner/* warning */.$e(line(`The job summary could not be written: ${(0,errors/* messageOf */.b)(error)}`));
    }
    if (report.failed) {
        const failures = report.findings.filter((f) => f.severity === 'failure');
        runner/* setFailed */.C1(line(report.status === 'input-error'
            ? `Invalid input: ${failures.map((f) => f.title.replace(/^Input /, '')).join(', ')}. The annotations above say what each expects; no request was made.`
            : `${[(0,headline/* headline */.Pl)(report), ...failures.map((f) => f.title).filter((t) => t !== (0,headline/* headline */.Pl)(report))].join('; ')} (status: ${report.status}). The job summary says how to fix it.`));
    }
}

// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __webpack_require__(5585);
// EXTERNAL MODULE: ./src/inputs/run-context.ts
var run_context = __webpack_require__(7762);
;// CONCATENATED MODULE: ./src/sinks/github/plan.ts
/**
 * Whether this run keeps a pull request comment or a tracking issue, decided from the report (which carries the
 * verdict), the publish settings and the run context alone. Pure, and free of the GitHub client: a run that writes neither never loads it.
 */


const WATCH_EVENTS = new Set(['schedule', 'workflow_dispatch']);
function planGitHubSinks(report, settings, event) {
    // A skipped run (secrets withheld) knows nothing about the token, and its token for GitHub is read-only anyway:
    // the code's findings of such a run (source-paths) go to the annotations and the job summary.
    if (report.status === 'input-error')
        return none('the check is input-error');
    if (report.status === 'skipped' || report.findings.some((f) => f.id === 'skipped')) {
        return none('the check is skipped');
    }
    let plan;
    const pullRequest = event.pullRequest;
    if (pullRequest &&
        (settings.comment === 'always' || (settings.comment === 'auto' && (0,run_context/* commentsOnAuto */.VC)(event.eventName)))) {
        plan = { sink: 'comment', pullRequest: pullRequest.number, verdict: report.sticky.comment };
    }
    else if (settings.issue === 'auto' && WATCH_EVENTS.has(event.eventName)) {
        const verdict = report.sticky.issue;
        if (verdict === 'unknown')
            return none("the token's state is unknown, so a tracking issue is left as it is");
        plan = { sink: 'issue', verdict };
    }
    if (!plan && !pullRequest && settings.comment !== 'never' && (0,run_context/* commentsOnAuto */.VC)(event.eventName)) {
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
function none(reason, warning) {
    return warning === undefined ? { sink: 'none', reason } : { sink: 'none', reason, warning };
}

;// CONCATENATED MODULE: ./src/sinks/github.ts


async function publishToGitHubIfNeeded(report, settings, context, log, redact, deadline) {
    try {
        const plan = planGitHubSinks(report, settings, context);
        if (plan.sink === 'none') {
            log.debug(`No pull request comment or tracking issue: ${plan.reason}.`);
            if (plan.warning)
                log.warning(plan.warning, 'Comment or issue not written');
            return;
        }
        const { publishToGitHub } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(234)]).then(__webpack_require__.bind(__webpack_require__, 6234));
        await publishToGitHub(plan, report, {
            token: settings.githubToken,
            event: context,
            redact,
            log,
            ...(deadline !== undefined ? { deadline } : {}),
        });
    }
    catch (error) {
        // GitHub's trouble never decides the run: only the token does.
        log.warning(`The pull request comment or tracking issue was not written: ${(0,errors/* messageOf */.b)(error)}. The token check's outcome does not depend on this.`, 'Comment or issue not written');
    }
}

;// CONCATENATED MODULE: ./src/sinks/index.ts



/**
 * The report to the runner (outputs, summary, annotations, the step's outcome), then to GitHub when it is kept.
 * `deadline`: epoch milliseconds, the end of the run's `timeout-seconds`; GitHub gets a few seconds more at most.
 */
async function publish(report, settings, context, log, redact, deadline) {
    publishToActions(report, redact);
    await publishToGitHubIfNeeded(report, settings, context, log, redact, deadline);
}


/***/ })

};
