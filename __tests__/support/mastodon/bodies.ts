/** Response bodies shaped like Mastodon's serializers (REST::*Serializer, NodeInfo, OAuth metadata). */
import { supportedScopes, versionAtLeast } from './routes.ts';
import type { FakeAccount, FakeApp, FakeToken, Software } from './types.ts';

export interface ServerInfo {
  software: Software;
  version: string;
  domain: string;
  origin: string;
  /** GoToSocial's `instance-inject-mastodon-version` (docs/servers/gotosocial.md §4). */
  injectMastodonVersion?: boolean;
}

/** The instance `version` each server writes (docs/servers/*.md §4). */
function instanceVersion(info: ServerInfo): string {
  switch (info.software) {
    case 'pleroma':
      return `2.7.2 (compatible; Pleroma ${info.version})`;
    case 'akkoma':
      return `2.7.2 (compatible; Akkoma ${info.version})`;
    case 'gotosocial':
      return info.injectMastodonVersion ? `3.5.3+${info.version.replace(/ /g, '-')}` : info.version;
    default:
      return info.version;
  }
}

export const VAPID_KEY = 'BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=';

const ACCOUNT_CREATED_AT = '2025-11-14T00:00:00.000Z';

export function isUnavailable(a: FakeAccount): boolean {
  return a.state === 'suspended' || a.state === 'deletion-requested';
}

/** REST::AccountSerializer for a local account. */
export function accountJson(info: ServerInfo, a: FakeAccount): Record<string, unknown> {
  const unavailable = isUnavailable(a);
  const asset = (kind: 'avatars' | 'headers') => `https://${info.domain}/${kind}/original/missing.png`;
  const body: Record<string, unknown> = {
    id: a.id,
    username: a.username,
    acct: a.username,
    display_name: unavailable ? '' : (a.displayName ?? a.username),
    locked: false,
    bot: !unavailable,
    // Nullable columns the owner never set are null on real servers (docs/mastodon-fidelity.md §3).
    discoverable: unavailable ? false : null,
    indexable: false,
    group: false,
    created_at: ACCOUNT_CREATED_AT,
    note: unavailable ? '' : '<p>Posts release notes.</p>',
    url: `https://${info.domain}/@${a.username}`,
    uri: `https://${info.domain}/users/${a.username}`,
    avatar: asset('avatars'),
    avatar_static: asset('avatars'),
    avatar_description: '',
    header: asset('headers'),
    header_static: asset('headers'),
    header_description: '',
    followers_count: 12,
    following_count: 0,
    statuses_count: 345,
    last_status_at: '2026-08-20',
    hide_collections: null,
    noindex: false,
    emojis: [],
    roles: [],
    fields: [],
  };
  if (unavailable) body['suspended'] = true;
  if (a.state === 'memorial') body['memorial'] = true;
  if (a.state === 'moved') {
    body['moved'] = {
      ...accountJson(info, { id: `${a.id}9`, username: `${a.username}_new`, userId: a.userId + 100000 }),
      moved: undefined,
    };
  }
  return body;
}

/** REST::CredentialAccountSerializer: the account plus `source` and `role`. */
export function credentialAccountJson(info: ServerInfo, a: FakeAccount): Record<string, unknown> {
  const staff = a.role === 'admin' || a.role === 'owner' || a.role === 'moderator';
  return {
    ...accountJson(info, a),
    source: {
      privacy: 'public',
      sensitive: false,
      language: a.locale ?? null,
      note: 'Posts release notes.',
      fields: [],
      follow_requests_count: 0,
      hide_collections: null,
      discoverable: null,
      indexable: false,
      attribution_domains: [],
      quote_policy: 'public',
    },
    role: staff
      ? {
          id: a.role === 'moderator' ? '1' : a.role === 'admin' ? '2' : '3',
          name: a.role === 'owner' ? 'Owner' : a.role === 'admin' ? 'Admin' : 'Moderator',
          permissions: a.role === 'moderator' ? '1308' : '1048575',
          color: '',
          highlighted: true,
        }
      : { id: '-99', name: '', permissions: '65536', color: '', highlighted: false },
  };
}

export function clientIdOf(app: FakeApp): string {
  return app.clientId ?? `client-${app.id}`;
}

export function clientSecretOf(app: FakeApp): string {
  return app.clientSecret ?? `secret-${app.id}`;
}

/** REST::ApplicationSerializer: `{name, website, vapid_key}` before 4.3, the full shape since. */
export function applicationJson(info: ServerInfo, app: FakeApp): Record<string, unknown> {
  if (!versionAtLeast(info.version, '4.3.0'))
    return { name: app.name, website: app.website ?? null, vapid_key: VAPID_KEY };
  const redirectUris = app.redirectUris ?? ['urn:ietf:wg:oauth:2.0:oob'];
  return {
    id: app.id,
    name: app.name,
    website: app.website || null,
    scopes: app.scopes,
    redirect_uris: redirectUris,
    vapid_key: VAPID_KEY,
    redirect_uri: redirectUris.join('\n'),
  };
}

/** POST /api/v1/apps: REST::CredentialApplicationSerializer. */
export function credentialApplicationJson(info: ServerInfo, app: FakeApp): Record<string, unknown> {
  return {
    ...applicationJson(info, app),
    client_id: clientIdOf(app),
    client_secret: clientSecretOf(app),
    client_secret_expires_at: 0,
  };
}

/** Doorkeeper AccessToken#as_json, what GET /oauth/token/info renders. */
export function tokenInfoJson(
  token: FakeToken,
  app: FakeApp | undefined,
  owner: FakeAccount | undefined,
): Record<string, unknown> {
  return {
    resource_owner_id: owner ? owner.userId : null,
    scope: token.scopes,
    expires_in: null,
    application: { uid: app ? clientIdOf(app) : null },
    created_at: token.createdAt ?? 0,
  };
}

/** Mastodon::Version.api_versions at the release tags (reference §7); newer versions keep the latest known value. */
function mastodonApiVersion(version: string): number {
  const known: [string, number][] = [
    ['4.6.5', 11],
    ['4.6.0', 10],
    ['4.5.0', 7],
    ['4.4.0', 6],
    ['4.3.0', 2],
  ];
  return known.find(([v]) => versionAtLeast(version, v))?.[1] ?? 1;
}

const SUPPORTED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4', 'audio/mpeg'];

/** GET /api/v2/instance (REST::InstanceSerializer). */
export function instanceV2Json(info: ServerInfo): Record<string, unknown> {
  if (info.software === 'gotosocial') {
    return {
      domain: info.domain,
      account_domain: info.domain,
      title: 'GoToSocial test instance',
      version: instanceVersion(info),
      source_url: 'https://codeberg.org/superseriousbusiness/gotosocial',
      description: 'A GoToSocial instance for tests.',
      usage: { users: { active_month: 3 } },
      languages: ['en'],
      configuration: {
        urls: { streaming: `wss://${info.domain}` },
        accounts: { allow_custom_css: false, max_featured_tags: 10, max_profile_fields: 6 },
      },
      registrations: { enabled: false, approval_required: true, message: null },
      contact: { email: '', account: null },
      rules: [],
    };
  }
  if (info.software === 'pleroma') {
    return {
      domain: info.domain,
      title: 'Pleroma test instance',
      version: instanceVersion(info),
      source_url: 'https://git.pleroma.social/pleroma/pleroma',
      description: 'A Pleroma instance for tests.',
      usage: { users: { active_month: 3 } },
      languages: ['en'],
      configuration: { urls: { streaming: `wss://${info.domain}` } },
      registrations: { enabled: false, approval_required: false, message: null },
      contact: { email: 'admin@' + info.domain, account: null },
      rules: [],
    };
  }
  const body: Record<string, unknown> = {
    domain: info.domain,
    title: 'Test Social',
    version: info.version,
    source_url: 'https://github.com/mastodon/mastodon',
    description: 'A Mastodon server for tests.',
    usage: { users: { active_month: 42 } },
    thumbnail: { url: `https://${info.domain}/packs/media/images/preview.png` },
    icon: [{ src: `https://${info.domain}/packs/media/icons/android-chrome-36x36.png`, size: '36x36' }],
    languages: ['en'],
    configuration: {
      urls: {
        streaming: `wss://${info.domain}`,
        status: null,
        about: `https://${info.domain}/about`,
        privacy_policy: `https://${info.domain}/privacy-policy`,
        terms_of_service: null,
      },
      vapid: { public_key: VAPID_KEY },
      accounts: {
        max_featured_tags: 10,
        max_pinned_statuses: 5,
        max_profile_fields: 4,
        profile_field_name_limit: 255,
        profile_field_value_limit: 255,
      },
      statuses: { max_characters: 500, max_media_attachments: 4, characters_reserved_per_url: 23 },
      media_attachments: {
        description_limit: 1500,
        image_matrix_limit: 33177600,
        image_size_limit: 16777216,
        supported_mime_types: SUPPORTED_MIME_TYPES,
        video_frame_rate_limit: 120,
        video_matrix_limit: 8294400,
        video_size_limit: 103809024,
      },
      polls: { max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2629746 },
      translation: { enabled: false },
      limited_federation: false,
    },
    registrations: {
      enabled: false,
      approval_required: false,
      reason_required: false,
      message: null,
      min_age: null,
      url: null,
    },
    contact: { email: `admin@${info.domain}`, account: null },
    rules: [],
  };
  if (versionAtLeast(info.version, '4.3.0')) body['api_versions'] = { mastodon: mastodonApiVersion(info.version) };
  return body;
}

/** GET /api/v1/instance (REST::V1::InstanceSerializer; Pleroma's `version` is the compatibility string). */
export function instanceV1Json(info: ServerInfo): Record<string, unknown> {
  const version = instanceVersion(info);
  const body: Record<string, unknown> = {
    uri: info.domain,
    title:
      info.software === 'mastodon'
        ? 'Test Social'
        : info.software === 'pleroma' || info.software === 'akkoma'
          ? 'Pleroma test instance'
          : 'GoToSocial test instance',
    short_description: '',
    description: 'A server for tests.',
    email: `admin@${info.domain}`,
    version,
    urls: { streaming_api: `wss://${info.domain}` },
    stats: { user_count: 42, status_count: 1234, domain_count: 56 },
    thumbnail: null,
    languages: ['en'],
    registrations: false,
    approval_required: false,
    invites_enabled: false,
    configuration: { statuses: { max_characters: 500, max_media_attachments: 4, characters_reserved_per_url: 23 } },
    contact_account: null,
    rules: [],
  };
  // GoToSocial's v1 has no source_url (internal/api/model/instancev1.go); only v2 names it.
  if (info.software === 'pleroma' || info.software === 'akkoma')
    body['pleroma'] = { metadata: { features: ['mastodon_api', 'pleroma_api'] } };
  return body;
}

export function nodeInfoIndexJson(info: ServerInfo): Record<string, unknown> {
  return { links: [{ rel: 'http://nodeinfo.diaspora.software/ns/schema/2.0', href: `${info.origin}/nodeinfo/2.0` }] };
}

export function nodeInfoJson(info: ServerInfo): Record<string, unknown> {
  return {
    version: '2.0',
    software: { name: info.software, version: info.version },
    protocols: ['activitypub'],
    services: { outbound: [], inbound: [] },
    usage: { users: { total: 42, activeMonth: 21, activeHalfyear: 30 }, localPosts: 1234 },
    openRegistrations: false,
    metadata: { nodeName: 'Test Social', nodeDescription: '' },
  };
}

/** GET /.well-known/oauth-authorization-server (4.3+). */
export function oauthMetadataJson(info: ServerInfo): Record<string, unknown> {
  const base = `https://${info.domain}`;
  const body: Record<string, unknown> = {
    issuer: `${base}/`,
    authorization_endpoint: `${base}/oauth/authorize`,
    token_endpoint: `${base}/oauth/token`,
    revocation_endpoint: `${base}/oauth/revoke`,
  };
  if (versionAtLeast(info.version, '4.4.0')) body['userinfo_endpoint'] = `${base}/oauth/userinfo`;
  return {
    ...body,
    scopes_supported: supportedScopes(info.version),
    response_types_supported: ['code'],
    response_modes_supported: ['query', 'fragment', 'form_post'],
    grant_types_supported: versionAtLeast(info.version, '4.4.0')
      ? ['authorization_code', 'client_credentials']
      : ['authorization_code', 'password', 'client_credentials'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    code_challenge_methods_supported: ['S256'],
    service_documentation: 'https://docs.joinmastodon.org/',
    app_registration_endpoint: `${base}/api/v1/apps`,
  };
}

/** OAuthUserinfoSerializer (4.4+). */
export function userinfoJson(info: ServerInfo, a: FakeAccount): Record<string, unknown> {
  return {
    iss: `https://${info.domain}/`,
    sub: `https://${info.domain}/users/${a.username}`,
    name: a.displayName ?? a.username,
    preferred_username: a.username,
    profile: `https://${info.domain}/@${a.username}`,
    picture: `https://${info.domain}/avatars/original/missing.png`,
  };
}

export function preferencesJson(a: FakeAccount): Record<string, unknown> {
  return {
    'posting:default:visibility': 'public',
    'posting:default:sensitive': false,
    'posting:default:language': a.locale ?? null,
    'posting:default:quote_policy': 'public',
    'reading:expand:media': 'default',
    'reading:expand:spoilers': false,
    'reading:autoplay:gifs': false,
  };
}

export function statusJson(
  info: ServerInfo,
  a: FakeAccount | undefined,
  id: string,
  text = 'Hello',
): Record<string, unknown> {
  const author = a ?? { id: '1', username: 'someone', userId: 1 };
  return {
    id,
    created_at: '2026-08-20T12:00:00.000Z',
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    sensitive: false,
    spoiler_text: '',
    visibility: 'public',
    language: 'en',
    uri: `https://${info.domain}/users/${author.username}/statuses/${id}`,
    url: `https://${info.domain}/@${author.username}/${id}`,
    replies_count: 0,
    reblogs_count: 0,
    favourites_count: 0,
    edited_at: null,
    content: `<p>${text.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'))}</p>`,
    reblog: null,
    account: accountJson(info, author),
    media_attachments: [],
    mentions: [],
    tags: [],
    emojis: [],
    card: null,
    poll: null,
  };
}

export function pushSubscriptionJson(token: FakeToken): Record<string, unknown> {
  return {
    id: String(Math.abs(hash(token.token)) % 100000),
    endpoint: 'https://push.example/subscription/abc',
    standard: false,
    alerts: {
      mention: true,
      status: false,
      reblog: false,
      follow: true,
      follow_request: false,
      favourite: false,
      poll: false,
      update: false,
    },
    server_key: VAPID_KEY,
    policy: 'all',
  };
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** Mastodon's error layout (app/views/layouts/error.html.haml), as an unknown route renders it for browsers. */
export function errorPage(message: string, locale: string): string {
  const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
  return `<!DOCTYPE html>
<html data-color-scheme="auto" data-contrast="auto" lang="${locale}">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta charset="utf-8">
<title>${escaped} - Mastodon</title>
<meta content="width=device-width,initial-scale=1" name="viewport">
</head>
<body class="error">
<div class="dialog">
<div class="dialog__illustration">
<img alt="Mastodon" src="/oops.png">
</div>
<div class="dialog__message">
<h1>${escaped}</h1>
</div>
</div>
</body>
</html>
`;
}

/** nginx's default 404 page: what a reverse proxy that blocks /oauth/token/info serves. */
export const NGINX_404 =
  '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/** Pleroma's front-end shell, which it serves with 200 for any unknown non-API path. */
export const PLEROMA_INDEX =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pleroma</title></head><body><noscript>To use Pleroma, please enable JavaScript.</noscript><div id="app"></div></body></html>';
