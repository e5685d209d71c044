/**
 * The fake Mastodon server answers as the research notes say Mastodon does
 * (reference/mastodon-server-behaviour.md §2–§4, §6–§8). Real HTTP, global fetch.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BOT_USER_ID,
  DEMO_CREATED_AT,
  demoWorld,
  startMastodonServer,
  TOKEN_ADMIN,
  TOKEN_ADMIN_SCOPES_NO_ROLE,
  TOKEN_APP_ONLY,
  TOKEN_APP_ONLY_NO_READ,
  TOKEN_DELETION_REQUESTED,
  TOKEN_DISABLED,
  TOKEN_EXPIRED,
  TOKEN_FOLLOW_ONLY,
  TOKEN_GERMAN,
  TOKEN_GERMAN_REVOKED,
  TOKEN_HEALTHY,
  TOKEN_MEMORIAL,
  TOKEN_MISSING_2FA,
  TOKEN_MOVED,
  TOKEN_NARROW,
  TOKEN_OVERSCOPED,
  TOKEN_PENDING,
  TOKEN_PUSH,
  TOKEN_READ,
  TOKEN_REVOKED,
  TOKEN_SUSPENDED,
  TOKEN_SUSPENDED_REVOKED,
  TOKEN_UNCONFIRMED,
  TOKEN_UNKNOWN,
  TOKEN_VACUUMED,
  type MastodonServer,
  type MastodonServerOptions,
} from './support/mastodon-server.ts';

const OUTSIDE = 'This action is outside the authorized scopes';
const DISABLED = 'Your login is currently disabled';
const NEEDS_USER = 'This method requires an authenticated user';
const RNF = { error: 'Record not found' };
const NOT_FOUND = { error: 'Not Found' };

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

async function call(
  server: MastodonServer,
  path: string,
  options: { token?: string; method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  const init: RequestInit = { method: options.method ?? 'GET', headers };
  if (options.body !== undefined) init.body = options.body;
  const res = await fetch(server.url + path, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

const servers: MastodonServer[] = [];
async function serve(opts: MastodonServerOptions = {}): Promise<MastodonServer> {
  const server = await startMastodonServer({ ...demoWorld(), ...opts });
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('verify_credentials: every row of the §3 error table', () => {
  let v46: MastodonServer;
  let v45: MastodonServer;
  beforeAll(async () => {
    v46 = await startMastodonServer({ ...demoWorld(), version: '4.6.5' });
    v45 = await startMastodonServer({ ...demoWorld(), version: '4.5.0' });
  });
  afterAll(async () => {
    await v46.close();
    await v45.close();
  });
  const VC = '/api/v1/accounts/verify_credentials';

  it('200 with a CredentialAccount for a healthy token', async () => {
    const r = await call(v46, VC, { token: TOKEN_HEALTHY });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(r.json).toMatchObject({
      id: '109384022838744455',
      username: 'bot',
      acct: 'bot',
      bot: true,
      url: 'https://social.example/@bot',
      source: { privacy: 'public', fields: [] },
      role: { id: '-99' },
    });
  });

  it.each([
    ['no token', undefined, {}],
    ['an unknown token', TOKEN_UNKNOWN, {}],
    ['a vacuumed (revoked, then deleted) token', TOKEN_VACUUMED, {}],
    ['a malformed Authorization header', undefined, { authorization: `Token ${TOKEN_HEALTHY}` }],
  ])('401 "is invalid" for %s', async (_, token, headers) => {
    for (const server of [v46, v45]) {
      const r = await call(server, VC, token === undefined ? { headers } : { token, headers });
      expect(r.status).toBe(401);
      expect(r.json).toEqual({ error: 'The access token is invalid' });
      expect(r.headers.get('www-authenticate')).toBe(
        'Bearer realm="Doorkeeper", error="invalid_token", error_description="The access token is invalid"',
      );
      expect(r.headers.get('cache-control')).toContain('no-store');
    }
  });

  it('401 "was revoked" and "expired" name the reason', async () => {
    const revoked = await call(v46, VC, { token: TOKEN_REVOKED });
    expect(revoked.status).toBe(401);
    expect(revoked.json).toEqual({ error: 'The access token was revoked' });
    expect(revoked.headers.get('www-authenticate')).toBe(
      'Bearer realm="Doorkeeper", error="invalid_token", error_description="The access token was revoked"',
    );
    const expired = await call(v46, VC, { token: TOKEN_EXPIRED });
    expect(expired.status).toBe(401);
    expect(expired.json).toEqual({ error: 'The access token expired' });
    expect(expired.headers.get('www-authenticate')).toContain('error_description="The access token expired"');
  });

  it('reads the token from `access_token`, and `Bearer` in any case', async () => {
    expect((await call(v46, `${VC}?access_token=${TOKEN_HEALTHY}`)).status).toBe(200);
    expect((await call(v46, VC, { headers: { authorization: `bearer ${TOKEN_HEALTHY}` } })).status).toBe(200);
    expect(v46.requests.at(-1)?.token).toBe(TOKEN_HEALTHY);
  });

  it('403 outside the scopes, with insufficient_scope WWW-Authenticate from 4.6 only', async () => {
    const r46 = await call(v46, VC, { token: TOKEN_NARROW });
    expect(r46.status).toBe(403);
    expect(r46.json).toEqual({ error: OUTSIDE });
    expect(r46.headers.get('www-authenticate')).toBe(
      'Bearer realm="Doorkeeper", error="insufficient_scope", error_description="Access to this resource requires scope _profile read read:accounts_."',
    );
    const r45 = await call(v45, VC, { token: TOKEN_NARROW });
    expect(r45.status).toBe(403);
    expect(r45.json).toEqual({ error: OUTSIDE });
    expect(r45.headers.get('www-authenticate')).toBeNull();
  });

  it('422 for an app-only token with read; 403 for one without (Doorkeeper runs first)', async () => {
    const withRead = await call(v46, VC, { token: TOKEN_APP_ONLY });
    expect(withRead.status).toBe(422);
    expect(withRead.json).toEqual({ error: NEEDS_USER });
    expect(withRead.headers.get('www-authenticate')).toBeNull();
    const withoutRead = await call(v46, VC, { token: TOKEN_APP_ONLY_NO_READ });
    expect(withoutRead.status).toBe(403);
    expect(withoutRead.json).toEqual({ error: OUTSIDE });
  });

  it.each([
    ['suspended', TOKEN_SUSPENDED],
    ['deletion-requested', TOKEN_DELETION_REQUESTED],
    ['suspended, with a revoked token', TOKEN_SUSPENDED_REVOKED],
  ])('403 "%s" before the scope check', async (_, token) => {
    const r = await call(v46, VC, { token });
    expect(r.status).toBe(403);
    expect(r.json).toEqual({ error: DISABLED });
    expect(r.headers.get('www-authenticate')).toBeNull();
    // require_not_suspended! runs before Doorkeeper everywhere, even where the token lacks the scope.
    const admin = await call(v46, '/api/v1/admin/accounts/0', { token });
    expect(admin.json).toEqual({ error: DISABLED });
  });

  it.each([
    ['unconfirmed', TOKEN_UNCONFIRMED, 'Your login is missing a confirmed e-mail address'],
    ['pending', TOKEN_PENDING, 'Your login is currently pending approval'],
    ['disabled', TOKEN_DISABLED, DISABLED],
    ['moved', TOKEN_MOVED, DISABLED],
    ['memorial', TOKEN_MEMORIAL, DISABLED],
    ['missing 2FA', TOKEN_MISSING_2FA, DISABLED],
  ])('403 for a %s user (require_user!)', async (_, token, error) => {
    const r = await call(v46, VC, { token });
    expect(r.status).toBe(403);
    expect(r.json).toEqual({ error });
    expect(r.headers.get('www-authenticate')).toBeNull();
  });

  it('accepts `profile` only from 4.3, where the scope exists', async () => {
    const v42 = await startMastodonServer({ ...demoWorld(), version: '4.2.0' });
    try {
      expect((await call(v42, VC, { token: TOKEN_HEALTHY })).json).toEqual({ error: OUTSIDE });
      expect((await call(v42, VC, { token: TOKEN_READ })).status).toBe(200);
    } finally {
      await v42.close();
    }
  });

  it('missing 2FA only blocks from 4.6', async () => {
    expect((await call(v45, VC, { token: TOKEN_MISSING_2FA })).status).toBe(200);
  });

  it('sends rate-limit headers on every API answer, errors included', async () => {
    for (const token of [TOKEN_HEALTHY, TOKEN_REVOKED, TOKEN_NARROW, TOKEN_SUSPENDED]) {
      const r = await call(v46, VC, { token });
      expect(r.headers.get('x-ratelimit-limit')).toBe('300');
      expect(r.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
      expect(r.headers.get('x-ratelimit-reset')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d[05]:00\.\d{6}Z$/);
    }
  });
});

describe('server modes', () => {
  it('locked down: 401 for tokens without a user, before Doorkeeper', async () => {
    const server = await serve({ lockedDown: true });
    const VC = '/api/v1/accounts/verify_credentials';
    for (const token of [undefined, TOKEN_APP_ONLY, TOKEN_UNKNOWN]) {
      const r = await call(server, VC, token === undefined ? {} : { token });
      expect(r.status).toBe(401);
      expect(r.json).toEqual({ error: NEEDS_USER });
      expect(r.headers.get('www-authenticate')).toBeNull();
    }
    // A revoked token still resolves to its user, so Doorkeeper answers.
    expect((await call(server, VC, { token: TOKEN_REVOKED })).json).toEqual({ error: 'The access token was revoked' });
    expect((await call(server, VC, { token: TOKEN_HEALTHY })).status).toBe(200);
    // The instance endpoints skip the check.
    expect((await call(server, '/api/v2/instance')).status).toBe(200);
  });

  it('self-destruct: 410 {"error":"Gone"} everywhere under /api', async () => {
    const server = await serve({ selfDestruct: true });
    for (const path of ['/api/v1/accounts/verify_credentials', '/api/v2/instance', '/api/v1/no_such_route']) {
      const r = await call(server, path, { token: TOKEN_HEALTHY });
      expect(r.status).toBe(410);
      expect(r.json).toEqual({ error: 'Gone' });
    }
  });
});

describe('GET /oauth/token/info (§2.1)', () => {
  it('200 with the token row for a live token, without Mastodon callbacks', async () => {
    const server = await serve();
    const r = await call(server, '/oauth/token/info', { token: TOKEN_HEALTHY });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      resource_owner_id: BOT_USER_ID,
      scope: ['profile', 'write:statuses'],
      expires_in: null,
      application: { uid: 'Zq8mWx3Lt6Rc1Yk9Vb2Nd5Ps7Hf4Gz0JeAa1Bb2Cc3' },
      created_at: DEMO_CREATED_AT,
    });
    expect(r.headers.get('x-ratelimit-limit')).toBeNull();
    // No suspended check: token info does not know about the user's state.
    expect((await call(server, '/oauth/token/info', { token: TOKEN_SUSPENDED })).status).toBe(200);
    // App-only token: no resource owner.
    expect((await call(server, '/oauth/token/info', { token: TOKEN_APP_ONLY })).json).toMatchObject({
      resource_owner_id: null,
      scope: ['read'],
    });
  });

  it.each([
    ['revoked', TOKEN_REVOKED],
    ['expired', TOKEN_EXPIRED],
    ['unknown', TOKEN_UNKNOWN],
    ['missing', undefined],
  ])('401 "is invalid" for a %s token (reason is always unknown)', async (_, token) => {
    const server = await serve();
    const r = await call(server, '/oauth/token/info', token === undefined ? {} : { token });
    expect(r.status).toBe(401);
    expect(r.json).toEqual({
      error: 'invalid_token',
      error_description: 'The access token is invalid',
      state: 'unauthorized',
    });
    expect(r.headers.get('www-authenticate')).toBe(
      'Bearer realm="Doorkeeper", error="invalid_token", error_description="The access token is invalid"',
    );
    expect(r.headers.get('cache-control')).toBe('no-store');
  });

  it('is never throttled', async () => {
    const server = await serve({ rateLimit: 2 });
    for (let i = 0; i < 5; i++)
      expect((await call(server, '/oauth/token/info', { token: TOKEN_HEALTHY })).status).toBe(200);
  });

  it('404 HTML page when a reverse proxy blocks it', async () => {
    const server = await serve({ tokenInfo: false });
    const r = await call(server, '/oauth/token/info', { token: TOKEN_HEALTHY });
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toContain('text/html');
    expect(r.json).toBeUndefined();
  });
});

describe('POST /oauth/introspect and /oauth/revoke', () => {
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  const CLIENT = {
    client_id: 'Zq8mWx3Lt6Rc1Yk9Vb2Nd5Ps7Hf4Gz0JeAa1Bb2Cc3',
    client_secret: 'Xs5Lq1Wm7Rt3Yc9Vb2Nd8Ps4Hf6Gz0JeKk1Mm2Nn3',
  };

  it('introspects with the issuing app credentials; exp:0 only before 4.6', async () => {
    const server = await serve();
    const r = await call(server, '/oauth/introspect', form({ ...CLIENT, token: TOKEN_HEALTHY }));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      active: true,
      scope: 'profile write:statuses',
      client_id: CLIENT.client_id,
      token_type: 'Bearer',
      iat: DEMO_CREATED_AT,
    });
    expect((await call(server, '/oauth/introspect', form({ ...CLIENT, token: TOKEN_REVOKED }))).json).toEqual({
      active: false,
    });
    server.update({ version: '4.5.0' });
    expect((await call(server, '/oauth/introspect', form({ ...CLIENT, token: TOKEN_HEALTHY }))).json).toMatchObject({
      active: true,
      exp: 0,
    });
  });

  it('refuses without client authentication (400) and self-introspection (401)', async () => {
    const server = await serve();
    const none = await call(server, '/oauth/introspect', form({ token: TOKEN_HEALTHY }));
    expect(none.status).toBe(400);
    expect(none.json).toEqual({
      error: 'invalid_request',
      error_description:
        'Request need to be authorized. Required parameter for authorizing request is missing or invalid.',
    });
    const self = await call(server, '/oauth/introspect', { ...form({ token: TOKEN_HEALTHY }), token: TOKEN_HEALTHY });
    expect(self.status).toBe(401);
    const other = await call(server, '/oauth/introspect', {
      ...form({ token: TOKEN_HEALTHY }),
      token: TOKEN_OVERSCOPED,
    });
    expect(other.json).toMatchObject({ active: true });
  });

  it('revokes a token of the client, which then reads "was revoked"', async () => {
    const server = await serve();
    const r = await call(server, '/oauth/revoke', form({ ...CLIENT, token: TOKEN_OVERSCOPED }));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({});
    expect(server.requests.at(-1)?.couldChangeState).toBe(true);
    expect(server.getToken(TOKEN_OVERSCOPED)?.state).toBe('revoked');
    expect((await call(server, '/api/v1/accounts/verify_credentials', { token: TOKEN_OVERSCOPED })).json).toEqual({
      error: 'The access token was revoked',
    });
    const refused = await call(server, '/oauth/revoke', form({ token: TOKEN_HEALTHY }));
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ error: 'unauthorized_client' });
    expect(server.requests.at(-1)?.couldChangeState).toBe(false);
  });
});

describe('scope probes of §4.2: granted vs not granted', () => {
  let server: MastodonServer;
  beforeAll(async () => {
    server = await startMastodonServer(demoWorld());
  });
  afterAll(async () => {
    await server.close();
  });

  it.each([
    // [label, method, path, granted token, expected granted answer, refused token]
    ['read:statuses markers', 'GET', '/api/v1/markers', TOKEN_READ, 200, {}, TOKEN_NARROW],
    ['read:follows relationships', 'GET', '/api/v1/accounts/relationships', TOKEN_READ, 200, [], TOKEN_FOLLOW_ONLY],
    ['follow: follow_requests', 'GET', '/api/v1/follow_requests?limit=1', TOKEN_FOLLOW_ONLY, 200, [], TOKEN_NARROW],
    ['follow: blocks', 'GET', '/api/v1/blocks?limit=1', TOKEN_FOLLOW_ONLY, 200, [], TOKEN_NARROW],
    ['follow: mutes', 'GET', '/api/v1/mutes?limit=1', TOKEN_FOLLOW_ONLY, 200, [], TOKEN_NARROW],
    ['read:collections', 'GET', '/api/v1/collections/0', TOKEN_READ, 404, RNF, TOKEN_NARROW],
    ['write:accounts note', 'POST', '/api/v1/accounts/0/note', TOKEN_OVERSCOPED, 404, RNF, TOKEN_READ],
    ['follow: unfollow', 'POST', '/api/v1/accounts/0/unfollow', TOKEN_FOLLOW_ONLY, 404, RNF, TOKEN_READ],
    [
      'write:bookmarks unbookmark',
      'POST',
      '/api/v1/statuses/0/unbookmark',
      TOKEN_OVERSCOPED,
      404,
      NOT_FOUND,
      TOKEN_READ,
    ],
    [
      'write:favourites unfavourite',
      'POST',
      '/api/v1/statuses/0/unfavourite',
      TOKEN_OVERSCOPED,
      404,
      NOT_FOUND,
      TOKEN_READ,
    ],
    ['write:collections', 'PATCH', '/api/v1/collections/0', TOKEN_OVERSCOPED, 404, RNF, TOKEN_READ],
    ['write:filters', 'PUT', '/api/v2/filters/0', TOKEN_OVERSCOPED, 404, RNF, TOKEN_NARROW],
    ['write:media (a GET)', 'GET', '/api/v1/media/0', TOKEN_OVERSCOPED, 404, RNF, TOKEN_READ],
    ['write:reports, empty body', 'POST', '/api/v1/reports', TOKEN_OVERSCOPED, 404, RNF, TOKEN_READ],
    ['write:statuses', 'PUT', '/api/v1/statuses/0', TOKEN_NARROW, 404, RNF, TOKEN_READ],
    ['push subscription', 'GET', '/api/v1/push/subscription', TOKEN_OVERSCOPED, 404, NOT_FOUND, TOKEN_READ],
    ['admin:read', 'GET', '/api/v1/admin/tags/0', TOKEN_ADMIN, 404, RNF, TOKEN_OVERSCOPED],
    ['admin:write:accounts', 'POST', '/api/v1/admin/accounts/0/unsensitive', TOKEN_ADMIN, 404, RNF, TOKEN_OVERSCOPED],
  ] as const)('%s', async (_, method, path, granted, status, body, refused) => {
    const yes = await call(server, path, { method, token: granted });
    expect(yes.status).toBe(status);
    expect(yes.json).toEqual(body);
    const no = await call(server, path, { method, token: refused });
    expect(no.status).toBe(403);
    expect(no.json).toEqual({ error: OUTSIDE });
    expect(no.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
  });

  it('preferences: 200 JSON with read', async () => {
    const r = await call(server, '/api/v1/preferences', { token: TOKEN_READ });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ 'posting:default:visibility': 'public' });
  });

  it('search without q: 400 after the scope check', async () => {
    const r = await call(server, '/api/v2/search', { token: TOKEN_READ });
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ error: 'param is missing or the value is empty or invalid: q' });
    expect((await call(server, '/api/v2/search', { token: TOKEN_NARROW })).status).toBe(403);
  });

  it('push subscription: 200 when one exists for this token', async () => {
    const r = await call(server, '/api/v1/push/subscription', { token: TOKEN_PUSH });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ endpoint: expect.any(String) });
  });

  it('profile: /oauth/userinfo accepts only profile (read gets 403)', async () => {
    expect((await call(server, '/oauth/userinfo', { token: TOKEN_HEALTHY })).json).toMatchObject({
      preferred_username: 'bot',
    });
    const r = await call(server, '/oauth/userinfo', { token: TOKEN_READ });
    expect(r.status).toBe(403);
    expect(r.json).toEqual({ error: OUTSIDE });
  });

  it('app-only tokens get 422 once the scope passed; admin probes have no require_user!', async () => {
    expect((await call(server, '/api/v1/markers', { token: TOKEN_APP_ONLY })).json).toEqual({ error: NEEDS_USER });
    expect((await call(server, '/api/v1/markers', { token: TOKEN_APP_ONLY_NO_READ })).json).toEqual({ error: OUTSIDE });
  });

  it('admin: lookups run before the role check, which answers "not allowed"', async () => {
    expect((await call(server, '/api/v1/admin/accounts/0', { token: TOKEN_ADMIN_SCOPES_NO_ROLE })).json).toEqual(RNF);
    const r = await call(server, '/api/v1/admin/accounts', { token: TOKEN_ADMIN_SCOPES_NO_ROLE });
    expect(r.status).toBe(403);
    expect(r.json).toEqual({ error: 'This action is not allowed' });
    expect((await call(server, '/api/v1/admin/accounts', { token: TOKEN_ADMIN })).status).toBe(200);
  });

  it('set_status runs before the scope check: an unknown status is 404 whatever the scopes', async () => {
    const r = await call(server, '/api/v1/statuses/0/bookmark', { method: 'POST', token: TOKEN_READ });
    expect(r.status).toBe(404);
    expect(r.json).toEqual(NOT_FOUND);
  });

  it('authorize_if_got_token!: public without a token, 401 with a revoked one', async () => {
    expect((await call(server, '/api/v1/accounts/109384022838744455')).status).toBe(200);
    expect((await call(server, '/api/v1/accounts/109384022838744455', { token: TOKEN_REVOKED })).status).toBe(401);
  });
});

describe('unknown routes and version gating', () => {
  it('an unknown route is 404 {"error":"Not Found"} for JSON, an HTML page otherwise', async () => {
    const server = await serve();
    const r = await call(server, '/api/v1/nothing_here', { token: TOKEN_HEALTHY });
    expect(r.status).toBe(404);
    expect(r.json).toEqual(NOT_FOUND);
    const page = await call(server, '/api/v1/nothing_here', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('The page you are looking for isn&#39;t here.');
  });

  it('collections: Record not found on 4.6, a missing route on 4.2', async () => {
    const v46 = await serve({ version: '4.6.0' });
    const v42 = await serve({ version: '4.2.0' });
    expect((await call(v46, '/api/v1/collections/0', { token: TOKEN_READ })).json).toEqual(RNF);
    const old = await call(v42, '/api/v1/collections/0', { token: TOKEN_READ });
    expect(old.status).toBe(404);
    expect(old.json).toEqual(NOT_FOUND);
    expect(old.headers.get('x-ratelimit-limit')).toBeNull();
  });

  it('gates /oauth/userinfo (4.4), the OAuth metadata (4.3), /api/v2/instance and v2 filters (4.0), admin tags (4.2)', async () => {
    const v43 = await serve({ version: '4.3.0' });
    const v39 = await serve({ version: '3.5.3' });
    const v41 = await serve({ version: '4.1.0' });
    expect((await call(v43, '/oauth/userinfo', { token: TOKEN_HEALTHY })).status).toBe(404);
    expect((await call(v43, '/.well-known/oauth-authorization-server')).json).toMatchObject({
      scopes_supported: expect.arrayContaining(['profile', 'read:statuses']),
    });
    expect((await call(v39, '/.well-known/oauth-authorization-server')).status).toBe(404);
    expect((await call(v39, '/api/v2/instance')).json).toEqual(NOT_FOUND);
    expect((await call(v39, '/api/v1/instance')).json).toMatchObject({ version: '3.5.3' });
    expect((await call(v39, '/api/v2/filters', { token: TOKEN_READ })).json).toEqual(NOT_FOUND);
    expect((await call(v39, '/api/v1/filters', { token: TOKEN_READ })).json).toEqual([]);
    expect((await call(v41, '/api/v1/admin/tags/0', { token: TOKEN_ADMIN })).json).toEqual(NOT_FOUND);
  });

  it('apps/verify_credentials: any valid token and the full shape from 4.3; read and three fields before', async () => {
    const v46 = await serve();
    const v42 = await serve({ version: '4.2.0' });
    const modern = await call(v46, '/api/v1/apps/verify_credentials', { token: TOKEN_NARROW });
    expect(modern.status).toBe(200);
    expect(Object.keys(modern.json as object).sort()).toEqual([
      'id',
      'name',
      'redirect_uri',
      'redirect_uris',
      'scopes',
      'vapid_key',
      'website',
    ]);
    expect((await call(v46, '/api/v1/apps/verify_credentials', { token: TOKEN_REVOKED })).status).toBe(401);
    expect((await call(v42, '/api/v1/apps/verify_credentials', { token: TOKEN_NARROW })).json).toEqual({
      error: OUTSIDE,
    });
    const old = await call(v42, '/api/v1/apps/verify_credentials', { token: TOKEN_READ });
    expect(Object.keys(old.json as object).sort()).toEqual(['name', 'vapid_key', 'website']);
  });

  it('instance: version, api_versions from 4.3, the v1 Deprecation header, NodeInfo', async () => {
    const v46 = await serve({ domain: 'mastodon.example' });
    const v42 = await serve({ version: '4.2.10' });
    expect((await call(v46, '/api/v2/instance')).json).toMatchObject({
      domain: 'mastodon.example',
      version: '4.6.5',
      api_versions: { mastodon: 11 },
    });
    expect((await call(v42, '/api/v2/instance')).json).not.toHaveProperty('api_versions');
    expect((await call(v46, '/api/v1/instance')).headers.get('deprecation')).toBe('@1668384000');
    expect((await call(v46, '/nodeinfo/2.0')).json).toMatchObject({ software: { name: 'mastodon', version: '4.6.5' } });
    // No token needed, and a bad one is not looked at.
    expect((await call(v46, '/api/v2/instance', { token: TOKEN_SUSPENDED })).status).toBe(200);
  });
});

describe('localisation', () => {
  it("uses the token user's locale unless ?lang= says otherwise", async () => {
    const server = await serve();
    const de = await call(server, '/api/v1/accounts/verify_credentials', { token: TOKEN_GERMAN_REVOKED });
    expect(de.json).toEqual({ error: 'Der Zugriffstoken wurde widerrufen' });
    expect(de.headers.get('www-authenticate')).toContain('error_description="Der Zugriffstoken wurde widerrufen"');
    const en = await call(server, '/api/v1/accounts/verify_credentials?lang=en', { token: TOKEN_GERMAN_REVOKED });
    expect(en.json).toEqual({ error: 'The access token was revoked' });
    // Hard-coded texts stay English.
    const narrow = await call(server, '/api/v1/push/subscription', { token: TOKEN_GERMAN });
    expect(narrow.json).toEqual({ error: OUTSIDE });
  });

  it('falls back to Accept-Language; sanitises the header from 4.6, raw UTF-8 before', async () => {
    const v46 = await serve();
    const v45 = await serve({ version: '4.5.0' });
    const headers = { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' };
    const r46 = await call(v46, '/api/v1/accounts/verify_credentials', { token: TOKEN_UNKNOWN, headers });
    expect(r46.json).toEqual({ error: 'Der Zugriffstoken ist ungültig' });
    expect(r46.headers.get('www-authenticate')).toContain('error_description="Der Zugriffstoken ist ung_ltig"');
    const r45 = await call(v45, '/api/v1/accounts/verify_credentials', { token: TOKEN_UNKNOWN, headers });
    const raw = Buffer.from(r45.headers.get('www-authenticate') ?? '', 'latin1').toString('utf8');
    expect(raw).toContain('error_description="Der Zugriffstoken ist ungültig"');
  });

  it('token info speaks the default locale, whatever the request asks', async () => {
    const server = await serve({ defaultLocale: 'de' });
    const r = await call(server, '/oauth/token/info?lang=en', { token: TOKEN_REVOKED });
    expect(r.json).toMatchObject({ error_description: 'Der Zugriffstoken ist ungültig' });
  });
});

describe('rate limits (§6)', () => {
  it('counts down per token and answers 429 past the limit, without Retry-After', async () => {
    const server = await serve({ rateLimit: 5 });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await call(server, '/api/v1/accounts/verify_credentials', { token: TOKEN_HEALTHY });
      expect(r.status).toBe(200);
      remaining.push(r.headers.get('x-ratelimit-remaining'));
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);
    const limited = await call(server, '/api/v1/accounts/verify_credentials', { token: TOKEN_HEALTHY });
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ error: 'Too many requests' });
    expect(limited.headers.get('x-ratelimit-limit')).toBe('5');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-reset')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d[05]:00\.\d{6}Z$/);
    expect(limited.headers.get('retry-after')).toBeNull();
    // Another token has its own budget.
    expect((await call(server, '/api/v1/accounts/verify_credentials', { token: TOKEN_OVERSCOPED })).status).toBe(200);
  });

  it('uses the 300 default and the default locale for the 429 text', async () => {
    const server = await serve({ defaultLocale: 'de' });
    let last: Reply | undefined;
    for (let i = 0; i < 301; i++) last = await call(server, '/api/v1/markers', { token: TOKEN_READ });
    expect(last?.status).toBe(429);
    expect(last?.json).toEqual({ error: 'Zu viele Anfragen' });
  });
});

describe('couldChangeState', () => {
  it('is true only when a state-changing action really ran', async () => {
    const server = await serve();
    const cases: [string, string, string, Record<string, string>?][] = [
      ['PUT', '/api/v1/statuses/123', TOKEN_NARROW],
      ['PUT', '/api/v1/statuses/0', TOKEN_NARROW],
      ['PUT', '/api/v1/statuses/123', TOKEN_READ],
      ['GET', '/api/v1/markers', TOKEN_READ],
      ['POST', '/api/v1/reports', TOKEN_OVERSCOPED],
      ['POST', '/api/v1/reports?account_id=42', TOKEN_OVERSCOPED],
      ['POST', '/api/v1/statuses?status=hi', TOKEN_HEALTHY],
      ['DELETE', '/api/v1/push/subscription', TOKEN_PUSH],
      ['DELETE', '/api/v1/push/subscription', TOKEN_PUSH],
      ['PUT', '/api/v1/statuses/123', TOKEN_REVOKED],
      ['PUT', '/api/v1/statuses/123', TOKEN_APP_ONLY_NO_READ],
    ];
    for (const [method, path, token] of cases) await call(server, path, { method, token });
    expect(server.requests.map((r) => r.couldChangeState)).toEqual([
      true,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(server.requests.map((r) => r.status)).toEqual([200, 404, 403, 200, 404, 200, 200, 200, 200, 401, 422]);
  });
});

describe('recording and waves', () => {
  it('records method, path, query, headers, body, token and timing', async () => {
    const server = await serve();
    await call(server, '/api/v1/statuses?visibility=public', {
      method: 'POST',
      token: TOKEN_HEALTHY,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'hello' }),
    });
    const [r] = server.requests;
    expect(r).toMatchObject({
      method: 'POST',
      path: '/api/v1/statuses',
      query: { visibility: 'public' },
      body: '{"status":"hello"}',
      token: TOKEN_HEALTHY,
      status: 200,
      wave: 1,
    });
    expect(r?.headers['content-type']).toBe('application/json');
    expect(r?.endedAt).toBeGreaterThanOrEqual(r?.startedAt ?? Infinity);
    server.reset();
    expect(server.requests).toHaveLength(0);
    expect(server.waves()).toBe(0);
  });

  it('counts 3 parallel requests then 1 sequential as 2 waves', async () => {
    const server = await serve({ delayMs: 30 });
    await Promise.all([
      call(server, '/api/v1/accounts/verify_credentials', { token: TOKEN_HEALTHY }),
      call(server, '/oauth/token/info', { token: TOKEN_HEALTHY }),
      call(server, '/api/v2/instance'),
    ]);
    await call(server, '/api/v1/markers', { token: TOKEN_READ });
    expect(server.requests.map((r) => r.wave)).toEqual([1, 1, 1, 2]);
    expect(server.waves()).toBe(2);
  });

  it('delays every answer by delayMs, canned ones included', async () => {
    const server = await serve({
      delayMs: 120,
      intercept: (r) => (r.path === '/canned' ? { status: 204 } : undefined),
    });
    for (const path of ['/api/v2/instance', '/canned']) {
      const started = performance.now();
      await call(server, path);
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    }
    server.setDelay(0);
    const started = performance.now();
    await call(server, '/api/v2/instance');
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('fault injection', () => {
  it('answers with a canned response', async () => {
    const server = await serve({
      intercept: (r) =>
        r.path === '/api/v1/accounts/verify_credentials'
          ? { status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>Bad Gateway</h1>' }
          : undefined,
    });
    const r = await call(server, '/api/v1/accounts/verify_credentials', { token: TOKEN_HEALTHY });
    expect(r.status).toBe(502);
    expect(r.text).toBe('<h1>Bad Gateway</h1>');
    expect(server.requests[0]).toMatchObject({ status: 502, couldChangeState: false });
    expect((await call(server, '/oauth/token/info', { token: TOKEN_HEALTHY })).status).toBe(200);
  });

  it('resets the connection, before or after the headers', async () => {
    const server = await serve({
      intercept: (r) =>
        r.path === '/oauth/token/info'
          ? { reset: true }
          : r.path === '/api/v2/instance'
            ? { reset: true, afterBytes: 10 }
            : undefined,
    });
    await expect(fetch(`${server.url}/oauth/token/info`)).rejects.toThrow();
    const res = await fetch(`${server.url}/api/v2/instance`);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it('hangs until the client gives up, and close() still returns', async () => {
    const server = await startMastodonServer({ ...demoWorld(), intercept: () => ({ hang: true }) });
    await expect(fetch(`${server.url}/api/v2/instance`, { signal: AbortSignal.timeout(150) })).rejects.toThrow();
    expect(server.requests[0]?.status).toBeUndefined();
    const hung = fetch(`${server.url}/api/v2/instance`).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.close();
    expect(await hung).toBeInstanceOf(Error);
  });
});

describe('other software (§7)', () => {
  it('GoToSocial: its own error bodies and version', async () => {
    const server = await serve({ software: 'gotosocial' });
    const VC = '/api/v1/accounts/verify_credentials';
    expect((await call(server, VC)).json).toEqual({ error: 'Unauthorized: token not supplied' });
    expect((await call(server, VC, { token: TOKEN_APP_ONLY })).json).toEqual({
      error: 'Unauthorized: user not supplied or not authorized',
    });
    const narrow = await call(server, VC, { token: TOKEN_NARROW });
    expect(narrow.status).toBe(403);
    expect(narrow.json).toEqual({ error: 'Forbidden: token has insufficient scope permission' });
    expect((await call(server, VC, { token: TOKEN_READ })).status).toBe(200);
    expect((await call(server, '/api/v2/instance')).json).toMatchObject({
      version: '0.20.3',
      source_url: expect.stringContaining('gotosocial'),
    });
    expect((await call(server, '/nodeinfo/2.0')).json).toMatchObject({
      software: { name: 'gotosocial', version: '0.20.3' },
    });
    expect((await call(server, '/oauth/token/info', { token: TOKEN_READ })).status).toBe(404);
  });

  it('Pleroma: compatible version string and its 403s', async () => {
    const server = await serve({ software: 'pleroma', version: '2.5.0' });
    const VC = '/api/v1/accounts/verify_credentials';
    expect((await call(server, VC)).json).toEqual({ error: 'Invalid credentials.' });
    expect((await call(server, VC, { token: TOKEN_HEALTHY })).json).toEqual({
      error: 'Insufficient permissions: read:accounts.',
    });
    expect((await call(server, VC, { token: TOKEN_READ })).status).toBe(200);
    expect((await call(server, '/api/v1/instance')).json).toMatchObject({
      version: '2.7.2 (compatible; Pleroma 2.5.0)',
    });
    expect((await call(server, '/api/v2/instance')).status).toBe(404);
    expect((await call(server, '/nodeinfo/2.0')).json).toMatchObject({
      software: { name: 'pleroma', version: '2.5.0' },
    });
    expect((await call(server, '/api/v1/apps/verify_credentials', { token: TOKEN_READ })).json).toEqual({
      name: 'Release Bot',
      website: 'https://example.org/release-bot',
      vapid_key: expect.any(String),
    });
  });
});
