/**
 * Reads Mastodon's answers into plain facts. Pure: every function takes what a request returned.
 * Decisions rest on status codes, WWW-Authenticate error codes and Mastodon's hard-coded strings, not on localised
 * text (reference/mastodon-server-behaviour.md §3); requests also send `?lang=en`, so descriptions are English hints.
 */
import type { RequestError } from './errors.ts';
import type { HttpResponse } from './http.ts';
import { code, oneLine } from '../util/text.ts';

export type Outcome =
  { readonly ok: true; readonly response: HttpResponse } | { readonly ok: false; readonly error: RequestError };

export type AccountProblem = 'suspended-or-disabled' | 'unconfirmed' | 'pending-approval' | 'server-closing' | 'other';

export interface AccountFacts {
  readonly id: string;
  readonly username: string;
  readonly acct: string;
  readonly url: string | undefined;
}

/** What `GET /api/v1/accounts/verify_credentials` says about the token and its owner. */
export type CredentialsFacts =
  | { readonly kind: 'account'; readonly account: AccountFacts }
  /** Valid, but without `profile`, `read` or `read:accounts`: the owner cannot be read. */
  | { readonly kind: 'narrow' }
  | { readonly kind: 'app-only' }
  | { readonly kind: 'rejected'; readonly state: 'revoked' | 'invalid' | 'expired'; readonly detail: string }
  | { readonly kind: 'account-unusable'; readonly problem: AccountProblem; readonly detail: string }
  | { readonly kind: 'unreachable'; readonly detail: string };

const OUTSIDE_SCOPES = 'This action is outside the authorized scopes';
const NEEDS_USER = /requires an authenticated user|user not supplied/i;

export function readCredentials(outcome: Outcome): CredentialsFacts {
  if (!outcome.ok) return { kind: 'unreachable', detail: outcome.error.message };
  const r = outcome.response;
  const error = errorText(r);
  const wwwAuthenticate = r.headers['www-authenticate'] ?? '';
  switch (r.status) {
    case 200: {
      const account = readAccount(r.json);
      return account ? { kind: 'account', account } : { kind: 'unreachable', detail: notMastodon(r, 'an account') };
    }
    case 401: {
      // Locked-down servers (DISALLOW_UNAUTHENTICATED_API_ACCESS) refuse a token with no user before Doorkeeper runs.
      if (error !== undefined && NEEDS_USER.test(error) && !/invalid_token/.test(wwwAuthenticate))
        return { kind: 'app-only' };
      if (!/error="invalid_token"/.test(wwwAuthenticate) && error === undefined) {
        return { kind: 'unreachable', detail: notMastodon(r, "Doorkeeper's 401") };
      }
      const description = bearerParam(wwwAuthenticate, 'error_description') ?? error ?? '';
      const state = /revoked/i.test(description) ? 'revoked' : /expired/i.test(description) ? 'expired' : 'invalid';
      return { kind: 'rejected', state, detail: description || `${r.status}` };
    }
    case 403: {
      if (isScopeRefusal(r)) return { kind: 'narrow' };
      if (error === undefined) return { kind: 'unreachable', detail: notMastodon(r, "Mastodon's JSON error") };
      if (/currently disabled/i.test(error))
        return { kind: 'account-unusable', problem: 'suspended-or-disabled', detail: error };
      if (/confirmed e-?mail/i.test(error)) return { kind: 'account-unusable', problem: 'unconfirmed', detail: error };
      if (/pending approval/i.test(error))
        return { kind: 'account-unusable', problem: 'pending-approval', detail: error };
      return {
        kind: 'unreachable',
        detail: `the server refused with 403 ${code(error)}, which is not one of Mastodon's answers`,
      };
    }
    case 410:
      return error !== undefined
        ? { kind: 'account-unusable', problem: 'server-closing', detail: error }
        : { kind: 'unreachable', detail: notMastodon(r, "Mastodon's JSON error") };
    case 422:
      return error !== undefined && NEEDS_USER.test(error)
        ? { kind: 'app-only' }
        : { kind: 'unreachable', detail: notMastodon(r, 'the app-only answer') };
    default:
      return { kind: 'unreachable', detail: describeFailure(r) };
  }
}

export type TokenInfoFacts =
  | {
      readonly kind: 'ok';
      readonly scopes: readonly string[];
      /** users.id, not an account id: never look an account up by it (DESIGN.md). Null for app-only tokens. */
      readonly resourceOwnerId: string | null;
      readonly createdAt: Date | undefined;
    }
  | { readonly kind: 'inaccessible' }
  | { readonly kind: 'unavailable'; readonly detail: string };

/** `GET /oauth/token/info` (Doorkeeper, reference §2.1). */
export function readTokenInfo(outcome: Outcome): TokenInfoFacts {
  if (!outcome.ok) return { kind: 'unavailable', detail: outcome.error.message };
  const r = outcome.response;
  if (
    r.status === 401 &&
    (/invalid_token/.test(r.headers['www-authenticate'] ?? '') || errorText(r) === 'invalid_token')
  ) {
    return { kind: 'inaccessible' };
  }
  const body = asRecord(r.json);
  if (r.status !== 200 || !body) return { kind: 'unavailable', detail: describeFailure(r) };
  const scopes = scopeStrings(body['scope']);
  if (!scopes) return { kind: 'unavailable', detail: notMastodon(r, 'token info') };
  const owner = body['resource_owner_id'];
  const created = body['created_at'];
  return {
    kind: 'ok',
    scopes,
    resourceOwnerId: owner === null || owner === undefined ? null : String(owner),
    createdAt: typeof created === 'number' && created > 0 ? new Date(created * 1000) : undefined,
  };
}

export interface AppFacts {
  readonly name: string;
  readonly website: string | undefined;
  /** The app's registered scopes (Mastodon ≥ 4.3): an upper bound on the token's. */
  readonly scopes: readonly string[] | undefined;
}

/** `GET /api/v1/apps/verify_credentials` (reference §2.3). */
export function readApp(outcome: Outcome): AppFacts | undefined {
  if (!outcome.ok || outcome.response.status !== 200) return undefined;
  const body = asRecord(outcome.response.json);
  const name = text(body?.['name']);
  if (!body || name === undefined) return undefined;
  const scopes = scopeStrings(body['scopes']);
  return {
    name,
    website: text(body['website']) || undefined,
    scopes: Array.isArray(body['scopes']) ? scopes : undefined,
  };
}

export interface ServerFacts {
  readonly software: string;
  readonly version: string;
  /** LOCAL_DOMAIN: the domain in handles, which may differ from the web address. */
  readonly domain: string | undefined;
}

/** `GET /api/v2/instance` (≥ 4.0) or `/api/v1/instance` (reference §7). */
export function readServer(outcome: Outcome | undefined): ServerFacts | undefined {
  if (!outcome?.ok || outcome.response.status !== 200) return undefined;
  const body = asRecord(outcome.response.json);
  const rawVersion = text(body?.['version']);
  if (!body || rawVersion === undefined) return undefined;
  const domain = text(body['domain']) ?? text(body['uri']);
  const sourceUrl = text(body['source_url']) ?? '';
  const compatible = /compatible;\s*(Pleroma|Akkoma)\s+([^\s)]+)/i.exec(rawVersion);
  if (compatible) {
    return { software: (compatible[1] ?? '').toLowerCase(), version: compatible[2] ?? rawVersion, domain };
  }
  if (/gotosocial/i.test(sourceUrl)) {
    // GoToSocial may inject a Mastodon-looking version: "3.5.3+0.17.0" (reference §7).
    return { software: 'gotosocial', version: rawVersion.split('+').pop()?.split(' ')[0] ?? rawVersion, domain };
  }
  return { software: 'mastodon', version: rawVersion, domain };
}

/**
 * A 403 for want of scope: Mastodon's hard-coded text, Doorkeeper ≥ 5.9's `insufficient_scope` (Mastodon ≥ 4.6),
 * GoToSocial's "insufficient scope permission" and Pleroma's "Insufficient permissions: …" (reference §3, §7).
 */
export function isScopeRefusal(r: HttpResponse): boolean {
  if (r.status !== 403) return false;
  const error = errorText(r) ?? '';
  return (
    error === OUTSIDE_SCOPES ||
    /error="insufficient_scope"/.test(r.headers['www-authenticate'] ?? '') ||
    /insufficient scope|insufficient permissions/i.test(error)
  );
}

export interface RateLimitFacts {
  readonly limit: number;
  readonly remaining: number;
  /** ISO 8601, as Mastodon sends it. */
  readonly reset: string;
}

/** X-RateLimit-* headers, which Mastodon sets on every /api answer, 401 and 403 included (reference §6). */
export function readRateLimit(outcome: Outcome): RateLimitFacts | undefined {
  if (!outcome.ok) return undefined;
  const limit = Number(outcome.response.headers['x-ratelimit-limit']);
  const remaining = Number(outcome.response.headers['x-ratelimit-remaining']);
  const reset = oneLine(outcome.response.headers['x-ratelimit-reset'] ?? '', 64);
  return Number.isFinite(limit) && Number.isFinite(remaining) && limit > 0 ? { limit, remaining, reset } : undefined;
}

/** Mastodon's `{"error": "…"}`, as one clean line. */
export function errorText(r: HttpResponse): string | undefined {
  return text(asRecord(r.json)?.['error'], MAX_ERROR_TEXT);
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function readAccount(json: unknown): AccountFacts | undefined {
  const body = asRecord(json);
  const id = body?.['id'];
  const username = text(body?.['username']);
  if (!body || (typeof id !== 'string' && typeof id !== 'number') || username === undefined) return undefined;
  return { id: String(id), username, acct: text(body['acct']) ?? username, url: text(body['url']) };
}

/** The longest error text kept: Mastodon's are one sentence. */
const MAX_ERROR_TEXT = 300;

/**
 * A string the server chose, as one clean line (util/text.ts): every name, version, domain, URL and error text is
 * read through here, so what the report, the outputs and the logs carry is already safe to print. Anything that is
 * not a string (null included, which real servers send for many fields) is "not told".
 */
function text(value: unknown, max?: number): string | undefined {
  return typeof value === 'string' ? oneLine(value, max) : undefined;
}

/**
 * Scope strings as an array (token info, app) or a space-separated string (introspection, other servers): each one
 * word without control characters, at most 100 of them.
 */
function scopeStrings(value: unknown): string[] | undefined {
  const words = Array.isArray(value)
    ? value.filter((s): s is string => typeof s === 'string')
    : typeof value === 'string'
      ? [value]
      : undefined;
  return words
    ?.flatMap((w) => w.split(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/))
    .map((w) => oneLine(w, 100))
    .filter(Boolean)
    .slice(0, 100);
}

function bearerParam(header: string, name: string): string | undefined {
  const value = new RegExp(`${name}="([^"]*)"`).exec(header)?.[1];
  return value === undefined ? undefined : oneLine(value, MAX_ERROR_TEXT);
}

/** One line on what came back, for a message: status, and the kind of body. */
export function describeFailure(r: HttpResponse): string {
  const error = errorText(r);
  const what =
    r.status === 429
      ? `rate limited (429) until ${r.headers['x-ratelimit-reset'] ? code(r.headers['x-ratelimit-reset'], { max: 64 }) : 'an unknown time'}`
      : r.status >= 500
        ? `the server failed with ${r.status}`
        : `the server answered ${r.status}`;
  const body =
    error !== undefined
      ? ` ${code(error)}`
      : r.json === undefined && r.text.trim()
        ? ` with a non-JSON body (${kindOfBody(r)})`
        : '';
  const tries = r.attempts > 1 ? ` after ${r.attempts} attempts` : '';
  return `${r.method} ${code(r.path)}: ${what}${body}${tries}`;
}

function notMastodon(r: HttpResponse, expected: string): string {
  return `${r.method} ${code(r.path)}: the server answered ${r.status} ${r.json === undefined ? `with a non-JSON body (${kindOfBody(r)})` : 'with JSON'}, not ${expected}; this does not look like Mastodon's API (a proxy, a maintenance page or another server?)`;
}

function kindOfBody(r: HttpResponse): string {
  const type = (r.headers['content-type'] ?? '').split(';')[0]?.trim();
  return type ? code(type, { max: 80 }) : 'no content type';
}
