/**
 * Mastodon's out-of-band OAuth flow, call by call, as Mastodon and Doorkeeper answer it (reference §8; Mastodon
 * app/controllers/api/v1/apps_controller.rb, config/initializers/doorkeeper.rb and rack_attack.rb; Doorkeeper 5.9
 * pre_authorization.rb, authorization_code_request.rb, tokens_controller.rb).
 */
import { createHash, randomBytes } from 'node:crypto';
import { StepError, serverText } from './errors.ts';
import type { ClientCredentials, CommandHttp, CommandResponse } from './http.ts';
import { asRecord } from '../util/records.ts';

/** Doorkeeper's native redirect: the code is shown on a page of the instance instead of sent anywhere. */
export const OOB_REDIRECT = 'urn:ietf:wg:oauth:2.0:oob';
/** ApplicationExtension::APP_NAME_LIMIT. */
export const APP_NAME_LIMIT = 60;
/** Doorkeeper's authorization_code_expires_in default, which Mastodon keeps. */
export const CODE_LIFETIME_MINUTES = 10;

type Redact = (text: string) => string;

export interface ServerMetadata {
  /** The server accepts PKCE with S256 (`code_challenge_methods_supported`, Mastodon 4.3+). */
  readonly pkceS256: boolean;
  /** `scopes_supported`, when the server publishes it. */
  readonly scopesSupported: readonly string[] | undefined;
}

/**
 * RFC 8414 metadata, which Mastodon serves from 4.3 on. Only capabilities are read from it: the endpoints it names
 * carry the server's own host name (LOCAL_DOMAIN), and credentials go only to the origin the user gave.
 */
export async function readServerMetadata(http: CommandHttp): Promise<ServerMetadata> {
  const r = await http.request('/.well-known/oauth-authorization-server');
  const body = asRecord(r.json);
  if (r.status !== 200 || !body) return { pkceS256: false, scopesSupported: undefined };
  const methods = body['code_challenge_methods_supported'];
  const scopes = body['scopes_supported'];
  return {
    pkceS256: Array.isArray(methods) && methods.includes('S256'),
    scopesSupported: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : undefined,
  };
}

export interface RegisteredApp extends ClientCredentials {
  readonly name: string;
  readonly scopes: readonly string[];
}

export interface AppRequest {
  readonly name: string;
  readonly website: string | undefined;
  readonly scopes: readonly string[];
}

/** POST /api/v1/apps: an app with exactly these scopes and the out-of-band redirect. */
export async function registerApp(http: CommandHttp, app: AppRequest, redact: Redact): Promise<RegisteredApp> {
  const form: Record<string, string> = {
    client_name: app.name,
    redirect_uris: OOB_REDIRECT,
    scopes: app.scopes.join(' '),
  };
  if (app.website) form['website'] = app.website;
  const r = await http.request('/api/v1/apps', { method: 'POST', form });
  if (r.status === 429) throw new StepError(`Registering the app was refused: ${rateLimitAdvice(r)}`);
  if (r.status === 422) {
    throw new StepError(
      `The server refused to register the app: ${serverText(errorOf(r) ?? r.text, redact)}. Fix what it names (--app-name, --website, --scopes) and run the command again.`,
    );
  }
  const body = asRecord(r.json);
  const clientId = body?.['client_id'];
  const clientSecret = body?.['client_secret'];
  if (r.status !== 200 || typeof clientId !== 'string' || typeof clientSecret !== 'string') {
    throw new StepError(`Registering the app failed: ${describeAnswer(r, redact)}.`);
  }
  assertCredentialShape('client id', clientId);
  assertCredentialShape('client secret', clientSecret);
  // Mastodon 4.3+ answers with the registered scopes: they must be the ones asked for.
  const registered = body?.['scopes'];
  if (Array.isArray(registered) && !sameSet(registered.map(String), app.scopes)) {
    throw new StepError(
      `The server registered the app with the scopes ${serverText(registered.join(' '), redact)}, not the ones asked for (${app.scopes.join(' ')}).`,
    );
  }
  return { name: app.name, scopes: app.scopes, clientId, clientSecret };
}

/**
 * Mastodon allows 5 app registrations per 10 minutes from one address (rack_attack.rb,
 * throttle_oauth_application_registrations/ip), and says when the window ends only in X-RateLimit-Reset.
 */
export function rateLimitAdvice(r: CommandResponse, now = Date.now()): string {
  const reset = Date.parse(r.headers['x-ratelimit-reset'] ?? '');
  const limit = r.headers['x-ratelimit-limit'];
  const what = `the server allows ${limit && /^\d+$/.test(limit) ? limit : 'only a few'} app registrations per address in a time window (Mastodon: 5 per 10 minutes)`;
  if (!Number.isFinite(reset)) return `${what}; try again in 10 minutes.`;
  const at = new Date(Math.ceil(reset / 1000) * 1000);
  const minutes = Math.max(1, Math.ceil((reset - now) / 60_000));
  return `${what}; try again after ${at.toISOString().slice(11, 19)} UTC (in about ${minutes} minute${minutes === 1 ? '' : 's'}).`;
}

export interface Pkce {
  readonly verifier: string;
  readonly challenge: string;
}

/** RFC 7636: a 43-character verifier from 32 random bytes, and its S256 challenge. */
export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The address the user opens, logged in as the bot's account, to approve the app. */
export function authorizeUrl(origin: string, clientId: string, scopes: readonly string[], pkce?: Pkce): string {
  const query = new URLSearchParams({
    client_id: clientId,
    redirect_uri: OOB_REDIRECT,
    response_type: 'code',
    scope: scopes.join(' '),
    // Mastodon shows the approval page even when this browser already approved the app (authorizations_controller).
    force_login: 'true',
  });
  if (pkce) {
    query.set('code_challenge', pkce.challenge);
    query.set('code_challenge_method', 'S256');
  }
  return `${origin}/oauth/authorize?${query.toString()}`;
}

export interface IssuedToken {
  readonly accessToken: string;
  readonly scopes: readonly string[];
}

/** POST /oauth/token with grant_type=authorization_code, the client authenticated with HTTP Basic. */
export async function exchangeCode(
  http: CommandHttp,
  client: ClientCredentials,
  code: string,
  pkce: Pkce | undefined,
  redact: Redact,
): Promise<IssuedToken> {
  const form: Record<string, string> = { grant_type: 'authorization_code', code, redirect_uri: OOB_REDIRECT };
  // Only with a challenge: Doorkeeper refuses a verifier for a grant that had none (validate_code_verifier).
  if (pkce) form['code_verifier'] = pkce.verifier;
  const r = await http.request('/oauth/token', { method: 'POST', form, client });
  const body = asRecord(r.json);
  if (r.status === 200 && typeof body?.['access_token'] === 'string') {
    const accessToken = body['access_token'];
    assertCredentialShape('access token', accessToken);
    const scope = typeof body['scope'] === 'string' ? body['scope'] : '';
    return { accessToken, scopes: scope.split(/\s+/).filter(Boolean) };
  }
  const error = typeof body?.['error'] === 'string' ? body['error'] : undefined;
  const description = typeof body?.['error_description'] === 'string' ? body['error_description'] : undefined;
  const says = description ? ` (the server says ${serverText(description, redact)})` : '';
  switch (error) {
    case 'invalid_grant':
      throw new StepError(
        `The authorization code was not accepted${says}: it was mistyped, already used, is older than ${CODE_LIFETIME_MINUTES} minutes, or was made for another app. Run the command again and paste the code shown after you press Authorize.`,
      );
    case 'invalid_request':
      throw new StepError(`The server refused the code exchange as malformed${says}.`);
    case 'invalid_client':
      throw new StepError(`The server did not accept the new app's client id and secret${says}.`);
    default:
      throw new StepError(`Exchanging the code for a token failed: ${describeAnswer(r, redact)}.`);
  }
}

/**
 * POST /oauth/revoke (RFC 7009) with the app's client credentials. A 200 proves nothing (it is also the answer for a
 * token the server does not know), so the caller confirms with {@link tokenLiveness}.
 */
export async function revokeToken(
  http: CommandHttp,
  client: ClientCredentials,
  token: string,
  redact: Redact,
): Promise<void> {
  const r = await http.request('/oauth/revoke', { method: 'POST', form: { token }, client });
  if (r.status === 200) return;
  if (r.status === 403 || r.status === 401) {
    throw new StepError(
      `The server refused to revoke the token${errorOf(r) ? ` (${serverText(errorOf(r) ?? '', redact)})` : ''}: the client id and secret given are wrong, or belong to another app than the one that made this token.`,
    );
  }
  throw new StepError(`Revoking the token failed: ${describeAnswer(r, redact)}.`);
}

export type Liveness = 'dead' | 'live' | 'unknown';

/**
 * Whether the instance still accepts the token: verify_credentials answers 401 for a revoked or unknown token, and
 * anything else for one it accepts (200, 403 outside the scopes, 422 app-only). A disabled account's 403 comes before
 * Doorkeeper looks at the token, so token info, which skips Mastodon's callbacks, decides then.
 */
export async function tokenLiveness(http: CommandHttp, token: string): Promise<{ liveness: Liveness; detail: string }> {
  const r = await http.request('/api/v1/accounts/verify_credentials', { bearer: token });
  if (r.status === 401) return { liveness: 'dead', detail: 'verify_credentials answers 401' };
  if (r.status === 200 || r.status === 422 || (r.status === 403 && /scopes/i.test(errorOf(r) ?? ''))) {
    return { liveness: 'live', detail: `verify_credentials answers ${r.status}` };
  }
  const info = await http.request('/oauth/token/info', { bearer: token });
  if (info.status === 401) return { liveness: 'dead', detail: `token info answers 401` };
  if (info.status === 200) return { liveness: 'live', detail: 'token info answers 200' };
  return {
    liveness: 'unknown',
    detail: `verify_credentials answers ${r.status} and token info ${info.status}`,
  };
}

/** The user id behind a token (token info's resource_owner_id), to tell whether two tokens are the same account's. */
export async function tokenOwner(http: CommandHttp, token: string): Promise<string | undefined> {
  const r = await http.request('/oauth/token/info', { bearer: token });
  const owner = asRecord(r.json)?.['resource_owner_id'];
  return r.status === 200 && (typeof owner === 'number' || typeof owner === 'string') ? String(owner) : undefined;
}

/**
 * A credential the server chose is written into files and secrets: it must look like one (Doorkeeper's are URL-safe
 * Base64), so that a hostile answer cannot put a line break or a second variable into what is stored.
 */
export function assertCredentialShape(what: string, value: string): void {
  if (!/^[A-Za-z0-9._~+/=-]{8,512}$/.test(value)) {
    throw new StepError(
      `The server sent ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} that is not of the form OAuth credentials have; it was not used.`,
    );
  }
}

function describeAnswer(r: CommandResponse, redact: Redact): string {
  const error = errorOf(r);
  if (r.status === 429) return `rate limited (429); ${rateLimitAdvice(r)}`;
  if (error) return `${r.method} ${r.path} answered ${r.status} ${serverText(error, redact)}`;
  if (r.json === undefined)
    return `${r.method} ${r.path} answered ${r.status} without JSON (${r.headers['content-type'] ?? 'no content type'}): is this a Mastodon server?`;
  return `${r.method} ${r.path} answered ${r.status} with an answer Mastodon does not give`;
}

function errorOf(r: CommandResponse): string | undefined {
  const body = asRecord(r.json);
  const description = body?.['error_description'];
  const error = body?.['error'];
  return typeof description === 'string' ? description : typeof error === 'string' ? error : undefined;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((s) => y.has(s));
}
