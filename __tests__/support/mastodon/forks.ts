/**
 * GoToSocial and Pleroma, only as far as reference §7 describes them: verify_credentials (their scope hierarchy and
 * error bodies), the instance endpoints and NodeInfo. Everything else is "not there".
 */
import {
  applicationJson,
  credentialAccountJson,
  instanceV1Json,
  instanceV2Json,
  isUnavailable,
  nodeInfoIndexJson,
  nodeInfoJson,
  PLEROMA_INDEX,
} from './bodies.ts';
import { normalisePath } from './mastodon.ts';
import { versionAtLeast } from './routes.ts';
import {
  accessible,
  allParams,
  appOf,
  bearerToken,
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

function common(s: ServerState, path: string, method: string): Answer | undefined {
  if (method !== 'GET') return undefined;
  if (path === '/.well-known/nodeinfo') return json(200, nodeInfoIndexJson(info(s)));
  if (path === '/nodeinfo/2.0') return json(200, nodeInfoJson(info(s)));
  if (path === '/api/v1/instance') return json(200, instanceV1Json(info(s)));
  return undefined;
}

/** GoToSocial (GTS internal/api/util/scopes.go, auth.go, client/accounts/accountverify.go). */
export function gotosocialAnswer(s: ServerState, req: Incoming): Answer {
  const path = normalisePath(req.path);
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const shared = common(s, path, method);
  if (shared) return shared;
  if (method === 'GET' && path === '/api/v2/instance') return json(200, instanceV2Json(info(s)));
  if (method === 'GET' && path === '/api/v1/accounts/verify_credentials') {
    // GoToSocial deletes revoked tokens, so only live rows exist.
    const row = findToken(s, bearerToken(req, allParams(req)));
    if (!row || !accessible(row)) return json(401, { error: 'Unauthorized: token not supplied' });
    const owner = ownerOf(s, row);
    if (!owner) return json(401, { error: 'Unauthorized: user not supplied or not authorized' });
    const state = owner.state ?? 'ok';
    if (state === 'disabled' || state === 'pending' || state === 'unconfirmed')
      return json(401, { error: 'Unauthorized: user not supplied or not authorized' });
    if (isUnavailable(owner)) return json(401, { error: 'Unauthorized: account not supplied or not authorized' });
    if (!permits(row.scopes, 'profile') && !permits(row.scopes, 'read:accounts'))
      return json(403, { error: 'Forbidden: token has insufficient scope permission' });
    return json(200, credentialAccountJson(info(s), owner));
  }
  return json(404, { error: 'Not Found' });
}

/** Pleroma (PL lib/pleroma/web/plugs/o_auth_scopes_plug.ex, ensure_authenticated_plug.ex). */
export function pleromaAnswer(s: ServerState, req: Incoming): Answer {
  const path = normalisePath(req.path);
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const shared = common(s, path, method);
  if (shared) return shared;
  const row = findToken(s, bearerToken(req, allParams(req)));
  const live = row && accessible(row) ? row : undefined;
  if (method === 'GET' && path === '/api/v2/instance') {
    return versionAtLeast(s.version, '2.6.0')
      ? json(200, instanceV2Json(info(s)))
      : json(404, { error: 'Not implemented' });
  }
  if (method === 'GET' && path === '/api/v1/accounts/verify_credentials') {
    const owner = ownerOf(s, live);
    // EnsureAuthenticatedPlug runs in the pipeline, before the controller's OAuthScopesPlug.
    if (!live || !owner || isUnavailable(owner) || owner.state === 'disabled')
      return json(403, { error: 'Invalid credentials.' });
    if (!permits(live.scopes, 'read:accounts')) return json(403, { error: 'Insufficient permissions: read:accounts.' });
    return json(200, {
      ...credentialAccountJson(info(s), owner),
      pleroma: { is_admin: owner.role === 'admin', is_moderator: owner.role === 'moderator' },
    });
  }
  if (method === 'GET' && path === '/api/v1/apps/verify_credentials') {
    const app = appOf(s, live);
    if (!live || !app || !permits(live.scopes, 'read')) return json(403, { error: 'Insufficient permissions: read.' });
    const body = applicationJson({ ...info(s), version: '0.0.0' }, app);
    return json(200, body);
  }
  if (path.startsWith('/api/')) return json(404, { error: 'Not implemented' });
  // Any other path falls through to the front-end's index page.
  return method === 'GET' ? html(200, PLEROMA_INDEX) : json(404, { error: 'Not found' });
}
