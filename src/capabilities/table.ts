/**
 * What a token holder can do with each scope, in a bot maintainer's words.
 *
 * Each row is one capability, backed by the endpoints that give it. Every endpoint listed accepts every scope the row
 * names (reference/mastodon-endpoint-scopes.json), and every endpoint that accepts a scope is claimed by a row naming
 * that scope: __tests__/capabilities.test.ts holds the table to both rules, so a sentence never claims what no
 * accepting endpoint does and no scope's reach is left unsaid.
 */

/** Worst first: what a leaked token could do to the server, to other people through the account, to privacy. */
export type Harm = 'administers' | 'acts' | 'reads-private' | 'reads';

export const HARMS: readonly Harm[] = ['administers', 'acts', 'reads-private', 'reads'];

export interface Capability {
  readonly id: string;
  readonly harm: Harm;
  /** Plain words, under ten where possible; completes "A leaked token could …". */
  readonly text: string;
  /** The scopes that give it: the granular one, its parent, and `follow` where Mastodon lists it. */
  readonly scopes: readonly string[];
  /** `METHOD /path` as the endpoint table spells them. */
  readonly endpoints: readonly string[];
}

const row = (
  id: string,
  harm: Harm,
  text: string,
  scopes: readonly string[],
  endpoints: readonly string[],
): Capability => ({ id, harm, text, scopes, endpoints });

const R = (name: string) => ['read', `read:${name}`];
const W = (name: string) => ['write', `write:${name}`];
const AR = (name: string) => ['admin:read', `admin:read:${name}`];
const AW = (name: string) => ['admin:write', `admin:write:${name}`];

/** In order of harm, worst first within each group: the report shows the first few. */
export const CAPABILITIES: readonly Capability[] = [
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
  row(
    'admin-trends',
    'administers',
    'approve or reject trends and hashtags',
    ['admin:write'],
    [
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
    ],
  ),
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
  row(
    'admin-read-canonical-email-blocks',
    'administers',
    'see and test blocked email addresses',
    AR('canonical_email_blocks'),
    [
      'GET /api/v1/admin/canonical_email_blocks',
      'GET /api/v1/admin/canonical_email_blocks/:id',
      'POST /api/v1/admin/canonical_email_blocks/test',
    ],
  ),
  row(
    'admin-read-stats',
    'administers',
    'read server statistics and pending trends',
    ['admin:read'],
    [
      'POST /api/v1/admin/measures',
      'POST /api/v1/admin/dimensions',
      'POST /api/v1/admin/retention',
      'GET /api/v1/admin/trends/tags',
      'GET /api/v1/admin/trends/links',
      'GET /api/v1/admin/trends/statuses',
      'GET /api/v1/admin/trends/links/publishers',
      'GET /api/v1/admin/tags',
      'GET /api/v1/admin/tags/:id',
    ],
  ),

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
  row(
    'follow',
    'acts',
    'follow and unfollow accounts and hashtags',
    ['follow', ...W('follows')],
    [
      'POST /api/v1/accounts/:id/follow',
      'POST /api/v1/accounts/:id/unfollow',
      'POST /api/v1/accounts/:id/remove_from_followers',
      'POST /api/v1/tags/:id/follow',
      'POST /api/v1/tags/:id/unfollow',
    ],
  ),
  row(
    'follow-requests',
    'acts',
    'accept or reject follow requests',
    ['follow', ...W('follows')],
    ['POST /api/v1/follow_requests/:id/authorize', 'POST /api/v1/follow_requests/:id/reject'],
  ),
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
  row(
    'block',
    'acts',
    'block and unblock accounts and servers',
    ['follow', ...W('blocks')],
    [
      'POST /api/v1/accounts/:id/block',
      'POST /api/v1/accounts/:id/unblock',
      'POST /api/v1/domain_blocks',
      'DELETE /api/v1/domain_blocks',
      'GET /api/v1/domain_blocks/preview',
    ],
  ),
  row(
    'mute-accounts',
    'acts',
    'mute and unmute accounts',
    ['follow', ...W('mutes')],
    ['POST /api/v1/accounts/:id/mute', 'POST /api/v1/accounts/:id/unmute'],
  ),
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
  row(
    'push',
    'reads-private',
    'have your notifications pushed to any server',
    ['push'],
    [
      'POST /api/v1/push/subscription',
      'GET /api/v1/push/subscription',
      'PATCH /api/v1/push/subscription',
      'PUT /api/v1/push/subscription',
      'DELETE /api/v1/push/subscription',
    ],
  ),
  row('read-bookmarks', 'reads-private', 'read your bookmarks', R('bookmarks'), ['GET /api/v1/bookmarks']),
  row('read-favourites', 'reads-private', 'read your favourites', R('favourites'), ['GET /api/v1/favourites']),
  row('read-lists', 'reads-private', 'read your lists and their feeds', R('lists'), [
    'GET /api/v1/lists',
    'GET /api/v1/lists/:id',
    'GET /api/v1/lists/:list_id/accounts',
    'GET /api/v1/accounts/:account_id/lists',
    'GET /api/v1/timelines/list/:id',
  ]),
  row(
    'read-blocks',
    'reads-private',
    'see whom you block',
    ['follow', ...R('blocks')],
    ['GET /api/v1/blocks', 'GET /api/v1/domain_blocks'],
  ),
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
  row(
    'read-follow-requests',
    'reads-private',
    'see follow requests and followed hashtags',
    ['follow', ...R('follows')],
    ['GET /api/v1/follow_requests', 'GET /api/v1/followed_tags'],
  ),
  row('read-relationships', 'reads-private', 'see your relationships with other accounts', R('follows'), [
    'GET /api/v1/accounts/relationships',
    'GET /api/v1/accounts/familiar_followers',
  ]),

  // Reads what is mostly public, as the account.
  row(
    'whoami',
    'reads',
    'see which account it is',
    ['profile', ...R('accounts')],
    ['GET /api/v1/accounts/verify_credentials', 'GET /api/v1/profile'],
  ),
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
