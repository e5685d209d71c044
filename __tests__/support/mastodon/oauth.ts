/**
 * Doorkeeper's metal controllers (token info, introspection, revocation, token), reference §2.1–2.2. They inherit
 * from ActionController::API, not Mastodon's controllers: no self-destruct, suspension or rate-limit callbacks, no
 * per-user locale (I18n.default_locale).
 */
import { exchangeCode } from './authorize.ts';
import { clientIdOf, clientSecretOf, NGINX_404, tokenInfoJson } from './bodies.ts';
import { rawHeaderValue, sanitizeErrorValue, t } from './i18n.ts';
import { supportedScopes, versionAtLeast } from './routes.ts';
import {
  accessible,
  allParams,
  appOf,
  bearerToken,
  findToken,
  html,
  json,
  ownerOf,
  type Answer,
  type Incoming,
  type ServerState,
} from './state.ts';
import type { FakeApp } from './types.ts';

/** Doorkeeper ≥ 5.9.1 (Mastodon ≥ 4.6) sanitises WWW-Authenticate values; older versions write them raw. */
export function authenticateHeader(s: ServerState, error: string, description: string): string {
  const clean = versionAtLeast(s.version, '4.6.0') ? sanitizeErrorValue(description) : rawHeaderValue(description);
  return `Bearer realm="Doorkeeper", error="${error}", error_description="${clean}"`;
}

function oauthError(
  s: ServerState,
  status: number,
  error: string,
  description: string,
  extra: Record<string, string> = {},
): Answer {
  return json(
    status,
    { error, error_description: description, ...extra },
    { 'Cache-Control': 'no-store', 'WWW-Authenticate': authenticateHeader(s, error, description) },
  );
}

export function tokenInfo(s: ServerState, req: Incoming): Answer {
  if (!s.tokenInfo) return html(404, NGINX_404, { Server: 'nginx' });
  const row = findToken(s, bearerToken(req, allParams(req)));
  if (row && accessible(row)) {
    return json(200, tokenInfoJson(row, appOf(s, row), ownerOf(s, row)), {
      'Cache-Control': 'max-age=0, private, must-revalidate',
    });
  }
  // TokenInfoController builds a bare InvalidTokenResponse: reason `unknown` even for a revoked token.
  return oauthError(s, 401, 'invalid_token', t(s.defaultLocale, 'invalid_token.unknown'), { state: 'unauthorized' });
}

/** Doorkeeper's client credentials: HTTP Basic, else `client_id`/`client_secret` parameters. */
function clientCredentials(req: Incoming, params: Record<string, string>): { uid: string; secret: string } | undefined {
  const header = req.headers['authorization'];
  if (header && /^Basic /i.test(header)) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const uid = decodeURIComponent(colon < 0 ? decoded : decoded.slice(0, colon));
    if (uid) return { uid, secret: colon < 0 ? '' : decodeURIComponent(decoded.slice(colon + 1)) };
  }
  const uid = params['client_id'];
  return uid ? { uid, secret: params['client_secret'] ?? '' } : undefined;
}

/** Application.by_uid_and_secret: Mastodon's apps are confidential, so the secret must match. */
function authenticateClient(
  s: ServerState,
  credentials: { uid: string; secret: string } | undefined,
): FakeApp | undefined {
  if (!credentials) return undefined;
  return [...s.apps.values()].find(
    (a) => clientIdOf(a) === credentials.uid && clientSecretOf(a) === credentials.secret,
  );
}

export function introspect(s: ServerState, req: Incoming): Answer {
  const params = allParams(req);
  const locale = s.defaultLocale;
  const target = findToken(s, params['token']);
  const credentials = clientCredentials(req, params);
  let client: FakeApp | undefined;
  if (credentials) {
    client = authenticateClient(s, credentials);
    if (!client) return oauthError(s, 401, 'invalid_client', t(locale, 'invalid_client'));
  } else {
    const bearer = findToken(s, bearerToken(req, params));
    if (!bearer) return oauthError(s, 400, 'invalid_request', t(locale, 'invalid_request.request_not_authorized'));
    // RFC 7662 §2.1: a token may not introspect itself; it must be another live token of the same app.
    if (bearer.token === target?.token || !accessible(bearer) || bearer.app !== target?.app) {
      const reason = bearer.state === 'revoked' ? 'revoked' : bearer.state === 'expired' ? 'expired' : 'unknown';
      return oauthError(s, 401, 'invalid_token', t(locale, `invalid_token.${reason}`), { state: 'unauthorized' });
    }
  }
  const active = target !== undefined && accessible(target) && (client === undefined || client.id === target.app);
  if (!active) return json(200, { active: false }, { 'Cache-Control': 'no-store' });
  const app = appOf(s, target);
  const body: Record<string, unknown> = {
    active: true,
    scope: target.scopes.join(' '),
    client_id: app ? clientIdOf(app) : null,
    token_type: 'Bearer',
    iat: target.createdAt ?? 0,
  };
  // Doorkeeper ≤ 5.8 (Mastodon ≤ 4.5) sent `exp: expires_at.to_i`, i.e. 0 for a token that never expires.
  if (!versionAtLeast(s.version, '4.6.0')) body['exp'] = 0;
  return json(200, body, { 'Cache-Control': 'no-store' });
}

export function revoke(s: ServerState, req: Incoming): Answer {
  const params = allParams(req);
  const client = authenticateClient(s, clientCredentials(req, params));
  const refused = () =>
    json(403, { error: 'unauthorized_client', error_description: t(s.defaultLocale, 'revoke.unauthorized') });
  if (!client) return refused();
  const target = findToken(s, params['token']);
  if (!target) return json(200, {});
  if (target.app !== client.id) return refused();
  if (!accessible(target)) return json(200, {});
  target.state = 'revoked';
  delete target.pushSubscription;
  return json(200, {}, {}, true);
}

export function issueToken(s: ServerState, req: Incoming): Answer {
  const params = allParams(req);
  const locale = s.defaultLocale;
  const grant = params['grant_type'];
  if (!grant) return oauthError(s, 400, 'invalid_request', 'Missing required parameter: grant_type.');
  if (grant === 'password' && versionAtLeast(s.version, '4.4.0'))
    return oauthError(s, 400, 'unsupported_grant_type', t(locale, 'unsupported_grant_type'));
  if (grant !== 'client_credentials' && grant !== 'authorization_code' && grant !== 'password') {
    return oauthError(s, 400, 'unsupported_grant_type', t(locale, 'unsupported_grant_type'));
  }
  if (grant === 'authorization_code') {
    // AuthorizationCodeRequest checks its parameters before the client (authorize.ts).
    const result = exchangeCode(s, params, authenticateClient(s, clientCredentials(req, params)));
    if ('error' in result) return oauthError(s, result.status, result.error, result.description);
    const { token } = result;
    return json(
      200,
      { access_token: token.token, token_type: 'Bearer', scope: token.scopes.join(' '), created_at: token.createdAt },
      { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
      !result.reused,
    );
  }
  const client = authenticateClient(s, clientCredentials(req, params));
  if (!client) return oauthError(s, 401, 'invalid_client', t(locale, 'invalid_client'));
  // The password grant has no resource owner lookup here.
  if (grant !== 'client_credentials') return oauthError(s, 400, 'invalid_grant', t(locale, 'invalid_grant'));
  const scopes = (params['scope'] ?? 'read').split(/\s+/).filter(Boolean);
  const known = supportedScopes(s.version);
  if (scopes.some((x) => !client.scopes.includes(x) || !known.includes(x)))
    return oauthError(s, 400, 'invalid_scope', t(locale, 'invalid_scope'));
  const token = `issued-${s.nextId++}-${Math.random().toString(36).slice(2, 12)}`;
  const createdAt = Math.floor(Date.now() / 1000);
  s.tokens.set(token, { token, scopes, app: client.id, state: 'active', createdAt });
  return json(
    200,
    { access_token: token, token_type: 'Bearer', scope: scopes.join(' '), created_at: createdAt },
    { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
    true,
  );
}
