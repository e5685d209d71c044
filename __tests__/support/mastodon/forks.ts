/**
 * GoToSocial, Pleroma, Akkoma and Misskey as their source says they answer (docs/servers/*.md; each rule below names
 * the section it comes from). Only what the check meets: authentication, verify_credentials, apps/verify_credentials,
 * the harmless probes of §5, the instance endpoints and NodeInfo, and each server's answer to a route it lacks.
 *
 * Runs under vitest and directly under Node 24 (type stripping): erasable syntax only, `.ts` imports.
 */
import {
  credentialAccountJson,
  instanceV1Json,
  instanceV2Json,
  isUnavailable,
  nodeInfoIndexJson,
  nodeInfoJson,
  PLEROMA_INDEX,
  VAPID_KEY,
} from './bodies.ts';
import { normalisePath } from './mastodon.ts';
import { versionAtLeast } from './routes.ts';
import {
  accessible,
  allParams,
  appOf,
  findToken,
  html,
  info,
  json,
  ownerOf,
  permits,
  type Answer,
  type Incoming,
  type ServerState,
} from './state.ts';
import type { FakeAccount, FakeToken } from './types.ts';

/** NodeInfo and the instance endpoints, as each server has them (§4). */
function identity(s: ServerState, path: string, method: string): Answer | undefined {
  if (method !== 'GET') return undefined;
  if (path === '/.well-known/nodeinfo') return json(200, nodeInfoIndexJson(info(s)));
  if (path === '/nodeinfo/2.0' || path === '/nodeinfo/2.1') return json(200, nodeInfoJson(info(s)));
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// GoToSocial (docs/servers/gotosocial.md)

/** `Authorization: Bearer …` only: GoToSocial's token check reads the header (tokencheck.go:56-66). */
function headerToken(req: Incoming): string | undefined {
  const header = req.headers['authorization'];
  return header && /^Bearer /i.test(header) ? header.replace(/^Bearer /i, '') || undefined : undefined;
}

interface GtsAuth {
  token: FakeToken | undefined;
  user: FakeAccount | undefined;
  account: FakeAccount | undefined;
}

/** TokenCheck middleware (§3): revoked tokens are deleted, so only live rows validate; user and account checks. */
function gtsAuthenticate(s: ServerState, req: Incoming): GtsAuth {
  const row = findToken(s, headerToken(req));
  const token = row && accessible(row) ? row : undefined;
  const owner = ownerOf(s, token);
  const state = owner?.state ?? 'ok';
  const user = owner && state !== 'unconfirmed' && state !== 'pending' && state !== 'disabled' ? owner : undefined;
  const account = user && !isUnavailable(user) ? user : undefined;
  return { token, user, account };
}

/** TokenAuth(c, true, true, true, true, scopes…) (auth.go:108-149); scopes are enforced from 0.19.0 (§1). */
function gtsTokenAuth(s: ServerState, auth: GtsAuth, scopes: readonly string[]): Answer | undefined {
  if (!auth.token) return json(401, { error: 'Unauthorized: token not supplied' });
  if (!auth.user) return json(401, { error: 'Unauthorized: user not supplied or not authorized' });
  if (!auth.account) return json(401, { error: 'Unauthorized: account not supplied or not authorized' });
  if (!versionAtLeast(s.version, '0.19.0')) return undefined;
  const top = new Set(['profile', 'push', 'read', 'write', 'admin', 'admin:read', 'admin:write']);
  const ok = auth.token.scopes.some((has) =>
    scopes.some((wanted) => has === wanted || (top.has(has) && wanted.startsWith(`${has}:`))),
  );
  return ok ? undefined : json(403, { error: 'Forbidden: token has insufficient scope permission' });
}

/** GET routes of §3 and §5: [path, scope, answer when allowed]. */
const GTS_ROUTES: readonly [RegExp, string, (s: ServerState, auth: GtsAuth) => Answer][] = [
  [
    /^\/api\/v1\/accounts\/verify_credentials$/,
    'profile read:accounts',
    (s, a) => json(200, credentialAccountJson(info(s), a.account as FakeAccount)),
  ],
  [/^\/api\/v1\/preferences$/, 'read:accounts', () => json(200, { 'posting:default:visibility': 'public' })],
  [/^\/api\/v1\/tokens$/, 'read:accounts', (s, a) => json(200, gtsTokenList(s, a))],
  [/^\/api\/v1\/apps$/, 'read:applications', () => json(200, [])],
  // The route GET /api/v1/apps/:id: `verify_credentials` is taken for an app id, which no app has (§2).
  [/^\/api\/v1\/apps\/[^/]+$/, 'read:applications', () => json(404, { error: 'Not Found' })],
  [/^\/api\/v1\/blocks$/, 'read:blocks', () => json(200, [])],
  [/^\/api\/v1\/bookmarks$/, 'read:bookmarks', () => json(200, [])],
  [/^\/api\/v1\/favourites$/, 'read:favourites', () => json(200, [])],
  [/^\/api\/v2\/filters$/, 'read:filters', () => json(200, [])],
  [/^\/api\/v1\/follow_requests$/, 'read:follows', () => json(200, [])],
  [/^\/api\/v1\/lists$/, 'read:lists', () => json(200, [])],
  [/^\/api\/v1\/mutes$/, 'read:mutes', () => json(200, [])],
  [/^\/api\/v1\/notifications$/, 'read:notifications', () => json(200, [])],
  [/^\/api\/v1\/markers$/, 'read:statuses', () => json(200, {})],
  [/^\/api\/v1\/media\/[^/]+$/, 'write:media', () => json(404, { error: 'Not Found' })],
  [
    /^\/api\/v1\/push\/subscription$/,
    'push',
    (_s, a) =>
      a.token?.pushSubscription
        ? json(200, { id: '1', endpoint: 'https://push.example/1', alerts: {}, server_key: VAPID_KEY })
        : json(404, { error: 'Not Found' }),
  ],
];

function gtsTokenList(s: ServerState, auth: GtsAuth): unknown[] {
  return [...s.tokens.values()]
    .filter((t) => t.account === auth.user?.id && accessible(t))
    .map((t, i) => ({
      id: `01TOKEN${i}`,
      created_at: new Date((t.createdAt ?? 0) * 1000).toISOString(),
      scope: t.scopes.join(' '),
      application: { name: s.apps.get(t.app)?.name ?? '' },
    }));
}

export function gotosocialAnswer(s: ServerState, req: Incoming): Answer {
  const path = normalisePath(req.path);
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const shared = identity(s, path, method);
  if (shared) return shared;
  if (method === 'GET' && path === '/api/v1/instance') return json(200, instanceV1Json(info(s)));
  if (method === 'GET' && path === '/api/v2/instance') return json(200, instanceV2Json(info(s)));
  if (method === 'GET') {
    const route = GTS_ROUTES.find(([pattern]) => pattern.test(path));
    if (route) {
      const auth = gtsAuthenticate(s, req);
      return gtsTokenAuth(s, auth, route[1].split(' ')) ?? route[2](s, auth);
    }
  }
  if (method === 'PUT' && /^\/api\/v1\/statuses\/[^/]+$/.test(path)) {
    // The status edit: scope check, then the form's content type, before the status is looked up (gotosocial.md §5).
    const auth = gtsAuthenticate(s, req);
    const refused = gtsTokenAuth(s, auth, ['write:statuses']);
    if (refused) return refused;
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    if (!['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'].includes(type)) {
      const text = `content-type ${type} not supported for this endpoint; supported content-types are application/json, application/x-www-form-urlencoded, multipart/form-data`;
      return json(406, { error: `Not Acceptable: ${text}` });
    }
    return json(404, { error: 'Not Found: target status not found' });
  }
  // The global NoRoute handler (server.go:476-479), JSON for a JSON request.
  return json(404, { error: 'Not Found' });
}

// ---------------------------------------------------------------------------------------------------------------
// Pleroma and Akkoma (docs/servers/akkoma.md, pleroma.md)

/** OAuthPlug's token: `access_token` param, then `Authorization: Bearer …` (o_auth_plug.ex:76-98). */
function pleromaToken(req: Incoming): string | undefined {
  const param = allParams(req)['access_token'];
  if (param) return param;
  const match = /Bearer:?\s+(.*)$/i.exec((req.headers['authorization'] ?? '').trim());
  return match?.[1]?.trim() || undefined;
}

interface PleromaAuth {
  token: FakeToken | undefined;
  user: FakeAccount | undefined;
}

/**
 * OAuthPlug, then UserEnabledPlug (§3): revoked tokens are deleted and expired ones ignored; a token of a user who
 * is not active (deactivated, unconfirmed, unapproved) is dropped with its user.
 */
function pleromaAuthenticate(s: ServerState, req: Incoming): PleromaAuth {
  const row = findToken(s, pleromaToken(req));
  const expired = row?.validUntil !== undefined && row.validUntil * 1000 < Date.now();
  const token = row && accessible(row) && !expired ? row : undefined;
  const owner = ownerOf(s, token);
  if (token?.account !== undefined && !owner) return { token, user: undefined };
  if (owner && !pleromaActive(owner)) return { token: undefined, user: undefined };
  return { token, user: owner };
}

/** User.account_status/1 == :active (user.ex:305-309 / 311-315). Moved, memorial and 2FA are Mastodon's states. */
function pleromaActive(a: FakeAccount): boolean {
  const state = a.state ?? 'ok';
  return !['suspended', 'deletion-requested', 'disabled', 'unconfirmed', 'pending'].includes(state);
}

/** EnsureAuthenticatedPlug, then OAuthScopesPlug any-of with `filter_descendants` (o_auth_scopes_plug.ex). */
function pleromaAuthorize(auth: PleromaAuth, scopes: readonly string[]): Answer | undefined {
  if (!auth.user) return json(403, { error: 'Invalid credentials.' });
  if (scopes.some((wanted) => permits(auth.token?.scopes ?? [], wanted))) return undefined;
  return json(403, { error: `Insufficient permissions: ${scopes.join(' | ')}.` });
}

const PLEROMA_ROUTES: readonly [RegExp, string, 'akkoma' | 'both', (s: ServerState, a: PleromaAuth) => Answer][] = [
  [
    /^\/api\/v1\/accounts\/verify_credentials$/,
    'read:accounts',
    'both',
    (s, a) =>
      json(200, {
        ...credentialAccountJson(info(s), a.user as FakeAccount),
        pleroma: { is_admin: a.user?.role === 'admin', is_moderator: a.user?.role === 'moderator' },
        ...(s.software === 'akkoma' ? { akkoma: { instance: null, status_ttl_days: null } } : {}),
      }),
  ],
  [/^\/api\/v1\/preferences$/, 'read:accounts', 'akkoma', () => json(200, { 'posting:default:visibility': 'public' })],
  [/^\/api\/v1\/blocks$/, 'follow read:blocks', 'both', () => json(200, [])],
  [/^\/api\/v1\/mutes$/, 'follow read:mutes', 'both', () => json(200, [])],
  [/^\/api\/v1\/bookmarks$/, 'read:bookmarks', 'both', () => json(200, [])],
  [/^\/api\/v1\/favourites$/, 'read:favourites', 'both', () => json(200, [])],
  [/^\/api\/v1\/filters$/, 'read:filters', 'both', () => json(200, [])],
  [/^\/api\/v1\/follow_requests$/, 'follow read:follows', 'both', () => json(200, [])],
  [/^\/api\/v1\/lists$/, 'read:lists', 'both', () => json(200, [])],
  [/^\/api\/v1\/notifications$/, 'read:notifications', 'both', () => json(200, [])],
  [/^\/api\/v1\/markers$/, 'read:statuses', 'both', () => json(200, {})],
  [
    /^\/api\/v1\/push\/subscription$/,
    'push',
    'both',
    (_s, a) =>
      a.token?.pushSubscription
        ? json(200, { id: 1, endpoint: 'https://push.example/1', alerts: {}, server_key: VAPID_KEY })
        : json(404, { error: 'Record not found' }),
  ],
];

export function pleromaAnswer(s: ServerState, req: Incoming): Answer {
  const path = normalisePath(req.path);
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const shared = identity(s, path, method);
  if (shared) return shared;
  const notImplemented = () => json(404, { error: 'Not implemented' });
  if (method === 'GET' && path === '/api/v1/instance') return json(200, instanceV1Json(info(s)));
  if (method === 'GET' && path === '/api/v2/instance') {
    // Pleroma since 2.7.0 (pleroma.md §4); Akkoma has none (akkoma.md §4).
    return s.software === 'pleroma' && versionAtLeast(s.version, '2.7.0')
      ? json(200, instanceV2Json(info(s)))
      : notImplemented();
  }
  if (method === 'GET' && path === '/api/v1/apps/verify_credentials') {
    // :app_api, scope check skipped: any assigned token, user or app-only (akkoma.md §3).
    const auth = pleromaAuthenticate(s, req);
    const app = appOf(s, auth.token);
    if (!auth.token || !app) return json(400, { errors: { detail: 'Internal server error' } });
    return json(200, { name: app.name, website: app.website ?? null, vapid_key: VAPID_KEY });
  }
  if (method === 'GET' && path === '/api/oauth_tokens') {
    const auth = pleromaAuthenticate(s, req);
    if (!auth.user) return json(403, { error: 'Invalid credentials.' });
    return json(
      200,
      [...s.tokens.values()]
        .filter((t) => t.account === auth.user?.id && accessible(t))
        .map((t, i) => ({
          id: i + 1,
          // A NaiveDateTime: UTC, written without a zone; 100 years after creation by default (config.exs:704-707).
          valid_until: new Date((t.validUntil ?? (t.createdAt ?? 0) + 3600 * 24 * 365 * 100) * 1000)
            .toISOString()
            .replace('Z', '000'),
          app_name: s.apps.get(t.app)?.name,
        })),
    );
  }
  if (method === 'GET') {
    const route = PLEROMA_ROUTES.find(
      ([pattern, , where]) => pattern.test(path) && (where === 'both' || s.software === 'akkoma'),
    );
    if (route) {
      const auth = pleromaAuthenticate(s, req);
      return pleromaAuthorize(auth, route[1].split(' ')) ?? route[3](s, auth);
    }
    // `get("/api/*path", …, :api_not_implemented)`, then the front-end for everything else (router.ex:945-946).
    if (path.startsWith('/api/')) return notImplemented();
    return html(200, PLEROMA_INDEX);
  }
  return json(404, { error: 'Not found' });
}

// ---------------------------------------------------------------------------------------------------------------
// Misskey (docs/servers/misskey.md)

export const MISSKEY_UNKNOWN_ENDPOINT = {
  error: {
    message: 'Unknown API endpoint.',
    code: 'UNKNOWN_API_ENDPOINT',
    id: '2ca3b769-540a-4f08-9dd5-b5a825b6d0f1',
    kind: 'client',
  },
};

export function misskeyAnswer(s: ServerState, req: Incoming): Answer {
  const path = normalisePath(req.path);
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  if (method === 'GET' && path === '/.well-known/nodeinfo') {
    return json(200, {
      links: [
        { rel: 'http://nodeinfo.diaspora.software/ns/schema/2.1', href: `${s.origin}/nodeinfo/2.1` },
        { rel: 'http://nodeinfo.diaspora.software/ns/schema/2.0', href: `${s.origin}/nodeinfo/2.0` },
      ],
    });
  }
  if (method === 'GET' && (path === '/nodeinfo/2.0' || path === '/nodeinfo/2.1')) {
    return json(200, nodeInfoJson(info(s)));
  }
  if (method === 'GET' && path === '/api/v1/instance/peers') return json(200, []);
  if (path.startsWith('/api/')) return json(404, MISSKEY_UNKNOWN_ENDPOINT);
  // The web client answers every other path with its HTML.
  return html(
    200,
    '<!DOCTYPE html><html><head><title>Misskey</title></head><body><div id="misskey_app"></div></body></html>',
  );
}
