/**
 * Mastodon's answer to one request, in the order its code produces it (reference §3, §4.1, §6):
 * Rack::Attack (429) → check_self_destruct! (410) → set_rate_limit_headers → require_authenticated_user! (locked-down
 * servers) → require_not_suspended! → pre-scope callbacks (set_status) → Doorkeeper scope check (401/403) →
 * require_user! (422/403) → the action.
 */
import {
  accountJson,
  applicationJson,
  credentialAccountJson,
  errorPage,
  instanceV1Json,
  instanceV2Json,
  isUnavailable,
  nodeInfoIndexJson,
  nodeInfoJson,
  oauthMetadataJson,
  preferencesJson,
  pushSubscriptionJson,
  statusJson,
  userinfoJson,
} from './bodies.ts';
import { authorizeApprove, authorizePage, createApp, nativeCodePage } from './authorize.ts';
import { t } from './i18n.ts';
import { authenticateHeader, introspect, issueToken, revoke, tokenInfo } from './oauth.ts';
import { matchRoute, supportedScopes, versionAtLeast, type Route } from './routes.ts';
import {
  accessible,
  allParams,
  appOf,
  bearerToken,
  findToken,
  html,
  info,
  json,
  missingId,
  ownerOf,
  requestLocale,
  wantsJson,
  type Answer,
  type Incoming,
  type ServerState,
} from './state.ts';
import type { FakeAccount, FakeToken } from './types.ts';

export function normalisePath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : path;
}

export function mastodonAnswer(s: ServerState, req: Incoming): Answer {
  const path = normalisePath(req.path);
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const meta = info(s);

  // Doorkeeper's metal controllers and the well-known documents: none of Mastodon's callbacks run.
  if (path === '/oauth/token/info' && method === 'GET') return tokenInfo(s, req);
  if (path === '/oauth/introspect' && method === 'POST') return introspect(s, req);
  if (path === '/oauth/revoke' && method === 'POST') return revoke(s, req);
  if (path === '/oauth/token' && method === 'POST') return issueToken(s, req);
  // The authorization-code flow (authorize.ts): the page, its Authorize button, the out-of-band page with the code.
  if (path === '/oauth/authorize' && method === 'GET') return authorizePage(s, req);
  if (path === '/oauth/authorize' && method === 'POST') return authorizeApprove(s, req);
  if (path === '/oauth/authorize/native' && method === 'GET') return nativeCodePage(s, req);
  if (method === 'GET' && path === '/.well-known/oauth-authorization-server' && versionAtLeast(s.version, '4.3.0')) {
    return json(200, oauthMetadataJson(meta), { 'Cache-Control': 'max-age=900, public' });
  }
  if (method === 'GET' && path === '/.well-known/nodeinfo')
    return json(200, nodeInfoIndexJson(meta), { 'Cache-Control': 'max-age=259200, public' });
  if (method === 'GET' && path === '/nodeinfo/2.0') {
    return json(200, nodeInfoJson(meta), {
      'Content-Type': 'application/json; profile="http://nodeinfo.diaspora.software/ns/schema/2.0#"; charset=utf-8',
      'Cache-Control': 'max-age=1800, public',
    });
  }

  const params = allParams(req);
  const row = findToken(s, bearerToken(req, params));
  const owner = ownerOf(s, row);

  let throttle: ThrottleEntry[] = [];
  if (path.startsWith('/api')) {
    const attack = rackAttack(s, req, path, row, owner, params);
    if ('answer' in attack) return attack.answer;
    throttle = attack.data;
  }

  const match = matchRoute(req.method, path, s.version);
  if (!match) {
    // ApplicationController#raise_not_found: no token user (it reads the session), so no per-user locale.
    if (s.selfDestruct) return gone(req);
    const locale = requestLocale(s, params, undefined, req);
    return wantsJson(req)
      ? json(404, { error: 'Not Found' }, { 'Cache-Control': 'private, no-store' })
      : html(404, errorPage(t(locale, 'errors.404'), locale), { 'Cache-Control': 'private, no-store' });
  }
  if (s.selfDestruct) return gone(req);
  return apiController(s, { req, params, route: match.route, pathParams: match.params, row, owner, throttle });
}

function gone(req: Incoming): Answer {
  return wantsJson(req)
    ? json(410, { error: 'Gone' })
    : html(
        410,
        '<!DOCTYPE html>\n<html><head><title>This server is shutting down</title></head><body><h1>This server is shutting down</h1></body></html>\n',
      );
}

interface Call {
  req: Incoming;
  params: Record<string, string>;
  route: Route;
  pathParams: Record<string, string>;
  row: FakeToken | undefined;
  owner: FakeAccount | undefined;
  throttle: ThrottleEntry[];
}

interface Ctx extends Call {
  s: ServerState;
  /** current_user: the token's owner, even for a revoked token (the row is read without checking revocation). */
  user: FakeAccount | undefined;
  locale: string;
}

/** Controllers that skip require_authenticated_user! (reference §2.3 edge case; `git grep skip_before_action`). */
const SKIPS_AUTHENTICATED_USER = new Set([
  'api/oembed#show',
  'api/v1/accounts#create',
  'api/v1/apps#create',
  'api/v1/invites#show',
  'api/v1/peers/search#index',
]);
/** Instance controllers override `current_user` to nil, so the suspended check and the user's locale never apply. */
const INSTANCE_CONTROLLER = /^api\/v[12]\/instances/;

function apiController(s: ServerState, call: Call): Answer {
  const { route, row } = call;
  const instance = INSTANCE_CONTROLLER.test(route.controller) || route.controller === 'api/v1/invites#show';
  const user = instance ? undefined : call.owner;
  const locale = requestLocale(s, call.params, user, call.req);
  const base: Record<string, string> = { 'Cache-Control': 'private, no-store', ...rateLimitHeaders(call.throttle) };
  const refuse = (status: number, error: string, extra: Record<string, string> = {}) =>
    json(status, { error }, { ...base, ...extra });

  if (s.lockedDown && !instance && !SKIPS_AUTHENTICATED_USER.has(route.controller) && !user) {
    return refuse(401, 'This method requires an authenticated user');
  }
  if (user && isUnavailable(user)) return refuse(403, 'Your login is currently disabled');
  // Statuses::BaseController#set_status runs before the scope check; since 4.5.3 it rescues a missing status with
  // `not_found` (docs/mastodon-fidelity.md §1), before that the RecordNotFound reached Api::ErrorHandling.
  if (route.preScopeCallbacks?.includes('set_status') && missingId(call.pathParams['status_id']))
    return refuse(404, missingStatusText(s));

  let check = route.scopeCheck;
  // Controllers list only scopes their version knows: before 4.3, verify_credentials did not accept `profile`.
  const known = supportedScopes(s.version);
  let scopes = route.scopes.some((scope) => known.includes(scope))
    ? route.scopes.filter((scope) => known.includes(scope))
    : route.scopes;
  if (route.controller === 'api/v1/apps/credentials#show' && !versionAtLeast(s.version, '4.3.0')) {
    check = 'required';
    scopes = ['read'];
  }
  // authorize_if_got_token! only checks when Doorkeeper finds a token row: an unknown token reads as no token.
  if (check === 'required' || check === 'any_valid_token' || (check === 'if_token_present' && row)) {
    if (!row || !accessible(row)) {
      const reason = row?.state === 'revoked' ? 'revoked' : row?.state === 'expired' ? 'expired' : 'unknown';
      const description = t(locale, `invalid_token.${reason}`);
      return refuse(401, description, { 'WWW-Authenticate': authenticateHeader(s, 'invalid_token', description) });
    }
    if (check !== 'any_valid_token' && !scopes.some((scope) => row.scopes.includes(scope))) {
      // Doorkeeper ≤ 5.8 (Mastodon ≤ 4.5) deleted WWW-Authenticate from the forbidden response.
      const extra: Record<string, string> = versionAtLeast(s.version, '4.6.0')
        ? {
            'WWW-Authenticate': authenticateHeader(
              s,
              'insufficient_scope',
              t(locale, 'forbidden_token.missing_scope', { oauth_scopes: scopes.join(' ') }),
            ),
          }
        : {};
      return refuse(403, 'This action is outside the authorized scopes', extra);
    }
  }

  const userCheck = route.userCheck ?? '';
  if (userCheck === 'require_user!') {
    const refusal = requireUser(s, user);
    if (refusal) return refuse(refusal.status, refusal.error);
  } else if (userCheck.startsWith('require_client_credentials!') && row?.account !== undefined) {
    return refuse(403, 'This method requires an client credentials authentication');
  } else if (userCheck.startsWith('require_authenticated_user!') && !user) {
    return refuse(401, 'This method requires an authenticated user');
  }

  const result = act({ ...call, s, user, locale });
  return { ...result, headers: { ...base, ...result.headers } };
}

/** Api::BaseController#require_user!, texts hard-coded. */
function requireUser(s: ServerState, user: FakeAccount | undefined): { status: number; error: string } | undefined {
  if (!user) return { status: 422, error: 'This method requires an authenticated user' };
  const state = user.state ?? 'ok';
  if (state === 'unconfirmed') return { status: 403, error: 'Your login is missing a confirmed e-mail address' };
  if (state === 'pending') return { status: 403, error: 'Your login is currently pending approval' };
  const missing2fa = state === 'missing-2fa' && versionAtLeast(s.version, '4.6.0');
  if (state === 'disabled' || state === 'moved' || state === 'memorial' || missing2fa)
    return { status: 403, error: 'Your login is currently disabled' };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Rack::Attack (config/initializers/rack_attack.rb) and Api::RateLimitHeaders.

interface ThrottleEntry {
  name: string;
  limit: number;
  period: number;
  count: number;
}

function rackAttack(
  s: ServerState,
  req: Incoming,
  path: string,
  row: FakeToken | undefined,
  owner: FakeAccount | undefined,
  params: Record<string, string>,
): { data: ThrottleEntry[] } | { answer: Answer } {
  // Revoked tokens still resolve to their row, so to their user and token id.
  const userId = row?.account !== undefined ? String(owner?.userId ?? `account-${row.account}`) : undefined;
  const ip = req.ip;
  const post = req.method === 'POST';
  const paging = ['page', 'min_id', 'max_id', 'since_id'].some((k) => params[k]);
  const r = s.rateLimit;
  const rules: [string, number, number, string | undefined][] = [
    ['throttle_authenticated_api', r * 5, 300, userId],
    ['throttle_per_token_api', r, 300, row?.token],
    ['throttle_unauthenticated_api', r, 300, userId === undefined ? ip : undefined],
    ['throttle_api_media', 30, 1800, post && /^\/api\/v\d+\/media$/i.test(path) ? userId : undefined],
    ['throttle_api_sign_up', 5, 1800, post && path === '/api/v1/accounts' ? ip : undefined],
    ['throttle_authenticated_paging', 300, 900, paging ? userId : undefined],
    ['throttle_unauthenticated_paging', 300, 900, paging && userId === undefined ? ip : undefined],
    [
      'throttle_api_delete',
      30,
      1800,
      (post && /^\/api\/v1\/statuses\/\d+\/unreblog$/.test(path)) ||
      (req.method === 'DELETE' && /^\/api\/v1\/statuses\/\d+$/.test(path))
        ? userId
        : undefined,
    ],
    ['throttle_oauth_application_registrations/ip', 5, 600, post && path === '/api/v1/apps' ? ip : undefined],
  ];
  const now = Math.floor(Date.now() / 1000);
  const data: ThrottleEntry[] = [];
  for (const [name, limit, period, key] of rules) {
    if (key === undefined) continue;
    const counter = `${name}:${key}:${Math.floor(now / period)}`;
    const count = (s.counters.get(counter) ?? 0) + 1;
    s.counters.set(counter, count);
    data.push({ name, limit, period, count });
    if (count > limit) {
      // throttled_responder: plain application/json, default-locale text, no Retry-After.
      return {
        answer: {
          status: 429,
          headers: {
            'Content-Type': 'application/json',
            'X-RateLimit-Limit': String(limit),
            'X-RateLimit-Remaining': '0',
            'X-RateLimit-Reset': resetAt(period),
          },
          body: JSON.stringify({ error: t(s.defaultLocale, 'errors.429') }),
          changed: false,
        },
      };
    }
  }
  return { data };
}

function rateLimitHeaders(data: ThrottleEntry[]): Record<string, string> {
  const first = data[0];
  if (!first) return {};
  const most = data.reduce((a, b) => (b.limit - b.count < a.limit - a.count ? b : a), first);
  return {
    'X-RateLimit-Limit': String(most.limit),
    'X-RateLimit-Remaining': String(most.limit - most.count),
    'X-RateLimit-Reset': resetAt(most.period),
  };
}

/** `(now + (period - now.to_i % period)).iso8601(6)`: the window's end, keeping now's fraction of a second. */
function resetAt(period: number): string {
  const nowMs = Date.now();
  const seconds = Math.floor(nowMs / 1000);
  const reset = seconds + (period - (seconds % period));
  const micros = String((nowMs % 1000) * 1000).padStart(6, '0');
  return new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, `.${micros}Z`);
}

// ---------------------------------------------------------------------------------------------------------------
// Actions.

type Handler = (c: Ctx) => Answer;

const ok = (body: unknown, changed = false, headers: Record<string, string> = {}): Answer =>
  json(200, body, headers, changed);
const recordNotFound = (): Answer => json(404, { error: 'Record not found' });
const notFound = (): Answer => json(404, { error: 'Not Found' });

/** Rails' ActionController::ParameterMissing text: Rails 8 (Mastodon ≥ 4.4) added "or invalid". */
function parameterMissing(s: ServerState, name: string): Answer {
  const text = versionAtLeast(s.version, '4.4.0')
    ? `param is missing or the value is empty or invalid: ${name}`
    : `param is missing or the value is empty: ${name}`;
  return json(400, { error: text });
}

/**
 * Mastodon 4.5.3 (GHSA-gwhw-gcjx-72v8, M commit 607449336d) rescues a missing status like a private one, with
 * `not_found`; before, `Record not found` (docs/mastodon-fidelity.md §1).
 */
function missingStatusText(s: ServerState): string {
  return versionAtLeast(s.version, '4.5.3') ? 'Not Found' : 'Record not found';
}

/** Routes whose status (or poll) lookup rescues RecordNotFound with `not_found` since 4.5.3 (missingStatusText). */
const RESCUED_NOT_FOUND = new Set([
  'GET /api/v1/statuses/:id',
  'GET /api/v1/statuses/:status_id/context',
  'GET /api/v1/polls/:id',
  'POST /api/v1/statuses/:status_id/reblog',
  'POST /api/v1/statuses/:status_id/unreblog',
  'POST /api/v1/statuses/:status_id/unfavourite',
  'POST /api/v1/statuses/:status_id/unbookmark',
]);

/** GET routes without a trailing id that render one object rather than a list. */
const SINGULAR = new Set([
  '/api/v1/markers',
  '/api/v1/notifications/policy',
  '/api/v2/notifications/policy',
  '/api/v1/notifications/requests/merged',
  '/api/v1/profile',
  '/api/v1/domain_blocks/preview',
  '/api/v1/instance/extended_description',
  '/api/v1/instance/privacy_policy',
  '/api/v1/instance/terms_of_service',
  '/api/v1/instance/translation_languages',
  '/api/v1/annual_reports/:id/state',
  '/api/v1/statuses/:status_id/source',
  '/api/v1/statuses/:status_id/context',
]);

function key(c: Ctx): string {
  return `${c.req.method === 'HEAD' ? 'GET' : c.req.method} ${c.route.path}`;
}

function act(c: Ctx): Answer {
  const handler = HANDLERS[key(c)];
  if (handler) return handler(c);
  const userCheck = c.route.userCheck ?? '';
  if (userCheck.startsWith('Pundit')) return admin(c);
  return generic(c);
}

function missingParam(c: Ctx): boolean {
  return c.route.params.some((p) => missingId(c.pathParams[p]));
}

function generic(c: Ctx): Answer {
  if (missingParam(c))
    return RESCUED_NOT_FOUND.has(key(c)) ? json(404, { error: missingStatusText(c.s) }) : recordNotFound();
  const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
  if (method === 'GET') {
    const endsWithId = c.route.params.length > 0 && c.route.path.endsWith(`:${c.route.params.at(-1)}`);
    return ok(endsWithId || SINGULAR.has(c.route.path) ? {} : []);
  }
  return ok({}, true);
}

/** Admin controllers: scope check, then `set_*` lookups, then Pundit inside the action. */
function admin(c: Ctx): Answer {
  if (missingParam(c)) return recordNotFound();
  const role = c.user?.role;
  if (role !== 'admin' && role !== 'owner' && role !== 'moderator')
    return json(403, { error: 'This action is not allowed' });
  return generic(c);
}

function status(c: Ctx, id: string, changed: boolean): Answer {
  return ok(statusJson(info(c.s), c.user, id, c.params['status'] ?? 'Hello'), changed);
}

function relationship(id: string): Record<string, unknown> {
  return {
    id,
    following: false,
    showing_reblogs: false,
    notifying: false,
    languages: null,
    followed_by: false,
    blocking: false,
    blocked_by: false,
    muting: false,
    muting_notifications: false,
    muting_expires_at: null,
    requested: false,
    requested_by: false,
    domain_blocking: false,
    endorsed: false,
    note: '',
  };
}

function pushSubscription(c: Ctx, method: string): Answer {
  const row = c.row;
  if (!row) return notFound();
  switch (method) {
    case 'GET':
      return row.pushSubscription ? ok(pushSubscriptionJson(row)) : notFound();
    case 'PUT':
    case 'PATCH':
      return row.pushSubscription ? ok(pushSubscriptionJson(row), true) : notFound();
    case 'POST':
      if (!Object.keys(c.params).some((k) => k.startsWith('subscription[')))
        return parameterMissing(c.s, 'subscription');
      row.pushSubscription = true;
      return ok(pushSubscriptionJson(row), true);
    default: {
      const existed = row.pushSubscription === true;
      delete row.pushSubscription;
      return ok({}, existed);
    }
  }
}

function accountById(c: Ctx, id: string): FakeAccount {
  return c.s.accounts.get(id) ?? { id, username: `user${id}`, userId: Number(id) % 1_000_000 };
}

const HANDLERS: Record<string, Handler> = {
  'GET /api/v1/accounts/verify_credentials': (c) =>
    c.user
      ? ok(credentialAccountJson(info(c.s), c.user))
      : json(422, { error: 'This method requires an authenticated user' }),
  'PATCH /api/v1/accounts/update_credentials': (c) =>
    c.user
      ? ok(credentialAccountJson(info(c.s), c.user), true)
      : json(422, { error: 'This method requires an authenticated user' }),
  'GET /api/v1/apps/verify_credentials': (c) => {
    const app = appOf(c.s, c.row);
    return app ? ok(applicationJson(info(c.s), app)) : recordNotFound();
  },
  'POST /api/v1/apps': (c) => createApp(c.s, c.req),
  'POST /api/v1/accounts': (c) => {
    if (!c.params['username'])
      return json(422, {
        error: "Validation failed: Username can't be blank",
        details: { username: [{ error: 'ERR_BLANK', description: "can't be blank" }] },
      });
    const token = `signup-${c.s.nextId++}`;
    return ok(
      {
        access_token: token,
        token_type: 'Bearer',
        scope: (c.row?.scopes ?? ['read']).join(' '),
        created_at: Math.floor(Date.now() / 1000),
      },
      true,
    );
  },
  'GET /api/v1/accounts/:id': (c) =>
    missingId(c.pathParams['id'])
      ? recordNotFound()
      : ok(accountJson(info(c.s), accountById(c, c.pathParams['id'] ?? ''))),
  'GET /api/v1/accounts/lookup': (c) => {
    const acct = (c.params['acct'] ?? '')
      .replace(/^@/, '')
      .replace(new RegExp(`@${c.s.domain.replace(/\./g, '\\.')}$`), '');
    const found = [...c.s.accounts.values()].find((a) => a.username === acct);
    return found ? ok(accountJson(info(c.s), found)) : recordNotFound();
  },
  'GET /api/v1/preferences': (c) =>
    c.user ? ok(preferencesJson(c.user)) : json(422, { error: 'This method requires an authenticated user' }),
  'GET /api/v1/markers': () => ok({}),
  'POST /api/v1/markers': (c) =>
    ok(
      {},
      Object.keys(c.params).some((k) => k.startsWith('home') || k.startsWith('notifications')),
    ),
  'GET /api/v1/accounts/relationships': (c) => {
    const ids = [...c.req.query.getAll('id[]'), ...c.req.query.getAll('id')].filter((id) => !missingId(id));
    return ok(ids.map(relationship));
  },
  'GET /api/v2/search': (c) =>
    c.params['q'] ? ok({ accounts: [], statuses: [], hashtags: [] }) : parameterMissing(c.s, 'q'),
  'GET /api/v1/push/subscription': (c) => pushSubscription(c, 'GET'),
  'PUT /api/v1/push/subscription': (c) => pushSubscription(c, 'PUT'),
  'PATCH /api/v1/push/subscription': (c) => pushSubscription(c, 'PATCH'),
  'POST /api/v1/push/subscription': (c) => pushSubscription(c, 'POST'),
  'DELETE /api/v1/push/subscription': (c) => pushSubscription(c, 'DELETE'),
  'POST /api/v1/reports': (c) => {
    const target = c.params['account_id'];
    // Account.find(nil) raises before ReportService runs.
    if (missingId(target)) return recordNotFound();
    return ok(
      {
        id: String(c.s.nextId++),
        action_taken: false,
        category: c.params['category'] ?? 'other',
        comment: c.params['comment'] ?? '',
        forwarded: false,
        status_ids: null,
        rule_ids: null,
        target_account: accountJson(info(c.s), accountById(c, target ?? '')),
      },
      true,
    );
  },
  'POST /api/v1/statuses': (c) => {
    if (!c.params['status'] && !Object.keys(c.params).some((k) => k.startsWith('media_ids')))
      return json(422, { error: "Validation failed: Text can't be blank" });
    return status(c, String(115_000_000_000_000_000 + c.s.nextId++), true);
  },
  'PUT /api/v1/statuses/:id': (c) =>
    missingId(c.pathParams['id']) ? recordNotFound() : status(c, c.pathParams['id'] ?? '', true),
  'PATCH /api/v1/statuses/:id': (c) =>
    missingId(c.pathParams['id']) ? recordNotFound() : status(c, c.pathParams['id'] ?? '', true),
  'DELETE /api/v1/statuses/:id': (c) =>
    missingId(c.pathParams['id']) ? recordNotFound() : status(c, c.pathParams['id'] ?? '', true),
  'GET /api/v1/statuses/:id': (c) =>
    missingId(c.pathParams['id'])
      ? json(404, { error: missingStatusText(c.s) })
      : status(c, c.pathParams['id'] ?? '', false),
  'GET /api/v1/statuses/:status_id/context': (c) =>
    missingId(c.pathParams['status_id'])
      ? json(404, { error: missingStatusText(c.s) })
      : ok({ ancestors: [], descendants: [] }),
  'POST /api/v1/domain_blocks': (c) =>
    c.params['domain'] ? ok({}, true) : json(422, { error: "Validation failed: Domain can't be blank" }),
  'DELETE /api/v1/domain_blocks': (c) => ok({}, Boolean(c.params['domain'])),
  'POST /api/v1/media': (c) =>
    ok(
      {
        id: String(c.s.nextId++),
        type: 'image',
        url: null,
        preview_url: null,
        description: c.params['description'] ?? null,
      },
      true,
    ),
  'POST /api/v2/media': (c) =>
    json(
      202,
      {
        id: String(c.s.nextId++),
        type: 'image',
        url: null,
        preview_url: null,
        description: c.params['description'] ?? null,
      },
      {},
      true,
    ),
  'GET /api/v1/notifications/unread_count': () => ok({ count: 0 }),
  'GET /api/v2/notifications/unread_count': () => ok({ count: 0 }),
  'GET /api/v2/notifications': () => ok({ accounts: [], statuses: [], notification_groups: [] }),
  'GET /api/v1/streaming': () => notFound(),
  'GET /api/v1/streaming(/*any)': () => notFound(),
  'GET /api/v1/instance': (c) => {
    const headers: Record<string, string> = { 'Cache-Control': 'max-age=180, public' };
    if (versionAtLeast(c.s.version, '4.4.0')) headers['Deprecation'] = '@1668384000';
    return ok(instanceV1Json(info(c.s)), false, headers);
  },
  'GET /api/v2/instance': (c) => ok(instanceV2Json(info(c.s)), false, { 'Cache-Control': 'max-age=180, public' }),
  'GET|POST /oauth/userinfo': (c) =>
    c.user ? ok(userinfoJson(info(c.s), c.user)) : json(422, { error: 'This method requires an authenticated user' }),
  'POST /api/v1/emails/confirmations': (c) => {
    if (!c.user)
      return json(403, {
        error: 'This method is only available to the application the user originally signed-up with',
      });
    if (c.user.state !== 'unconfirmed')
      return json(403, { error: 'This method is only available while the e-mail is awaiting confirmation' });
    return ok({}, true);
  },
  'GET /api/v1/emails/check_confirmation': (c) => ok(c.user?.state !== 'unconfirmed'),
  'GET /api/v1/admin/trends/tags': () => ok([]),
  'GET /api/v1/admin/trends/links': () => ok([]),
  'GET /api/v1/admin/trends/statuses': () => ok([]),
};
// The table writes /oauth/userinfo as one `GET|POST` route.
HANDLERS['GET /oauth/userinfo'] = HANDLERS['GET|POST /oauth/userinfo'] as Handler;
HANDLERS['POST /oauth/userinfo'] = HANDLERS['GET|POST /oauth/userinfo'] as Handler;
