/**
 * Reads Mastodon's answers into plain facts. Pure: every function takes what a request returned.
 * Decisions rest on status codes, WWW-Authenticate error codes and Mastodon's hard-coded strings, not on localised
 * text (reference/mastodon-server-behaviour.md §3); requests also send `?lang=en`, so descriptions are English hints.
 */
import type { RequestError } from './errors.ts';
import type { HttpResponse } from './http.ts';
import { asRecord } from '../util/records.ts';
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
  | {
      readonly kind: 'rejected';
      readonly state: 'revoked' | 'invalid' | 'expired';
      readonly detail: string;
      /** The description is in a language this check does not read: revoked or unknown, not which. */
      readonly unread?: true;
    }
  | { readonly kind: 'account-unusable'; readonly problem: AccountProblem; readonly detail: string }
  | { readonly kind: 'unreachable'; readonly detail: string }
  /** Refused by a server that gives several causes one answer (docs/servers/*.md §3): any of them may be it. */
  | { readonly kind: 'refused'; readonly causes: readonly RefusalCause[]; readonly detail: string };

export type RefusalCause = 'dead-token' | 'account-unusable' | 'app-only';

/** Doorkeeper's English descriptions (Mastodon's config/locales/doorkeeper.en.yml, `invalid_token`). */
const REFUSAL_TEXTS: Readonly<Record<string, 'revoked' | 'invalid' | 'expired'>> = {
  'the access token is invalid': 'invalid',
  'the access token was revoked': 'revoked',
  'the access token expired': 'expired',
};

/** `WWW-Authenticate: Bearer realm="Doorkeeper", error="invalid_token", …`: Doorkeeper refused the token itself. */
export function isDoorkeeperRefusal(wwwAuthenticate: string): boolean {
  return /^\s*Bearer\s+realm="Doorkeeper"/i.test(wwwAuthenticate) && /\berror="invalid_token"/.test(wwwAuthenticate);
}

/**
 * The token was refused; which of revoked, unknown or expired, only an English description says. A server that
 * ignored `?lang=en` answers in its owner's language (Doorkeeper ≥ 5.9 even turns the header's non-ASCII letters into
 * `_`): then the state is "revoked or unknown", and the report says no more than that.
 */
function rejection(header: string | undefined, body: string | undefined): CredentialsFacts {
  for (const text of [header, body]) {
    const state = text === undefined ? undefined : REFUSAL_TEXTS[text.trim().toLowerCase()];
    if (state) return { kind: 'rejected', state, detail: text ?? '' };
  }
  return { kind: 'rejected', state: 'invalid', detail: body ?? header ?? '', unread: true };
}

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
      // Locked-down servers (DISALLOW_UNAUTHENTICATED_API_ACCESS) refuse a token with no user before Doorkeeper runs,
      // with Mastodon's own text and no challenge.
      if (error !== undefined && NEEDS_USER.test(error) && wwwAuthenticate === '') return { kind: 'app-only' };
      // Only Doorkeeper's challenge says the token itself was refused (docs/mastodon-fidelity.md §2). A `Basic`
      // challenge, another realm or none at all is a proxy or a gateway in front of the instance.
      if (!isDoorkeeperRefusal(wwwAuthenticate)) {
        return {
          kind: 'unreachable',
          detail: `${r.method} ${code(r.path)}: the server answered 401 ${wwwAuthenticate ? `with the challenge ${code(wwwAuthenticate, { max: 120 })}` : 'without a challenge'}, not Doorkeeper's (\`Bearer realm="Doorkeeper", error="invalid_token"\`): something in front of the instance (a proxy, a single sign-on gateway) refused the request, so this says nothing about the token`,
        };
      }
      return rejection(bearerParam(wwwAuthenticate, 'error_description'), error);
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
      /** The `created_at` given, when it is no plausible time (huge, in milliseconds, negative, not a number). */
      readonly createdAtUnusable?: string;
    }
  | { readonly kind: 'inaccessible' }
  | { readonly kind: 'unavailable'; readonly detail: string };

/** `GET /oauth/token/info` (Doorkeeper, reference §2.1). */
export function readTokenInfo(outcome: Outcome): TokenInfoFacts {
  if (!outcome.ok) return { kind: 'unavailable', detail: outcome.error.message };
  const r = outcome.response;
  // Doorkeeper's refusal, with its challenge (a proxy that drops the header leaves Doorkeeper's body).
  const challenge = r.headers['www-authenticate'] ?? '';
  if (r.status === 401 && (isDoorkeeperRefusal(challenge) || (challenge === '' && errorText(r) === 'invalid_token'))) {
    return { kind: 'inaccessible' };
  }
  const body = asRecord(r.json);
  if (r.status !== 200 || !body) return { kind: 'unavailable', detail: describeFailure(r) };
  const scopes = scopeStrings(body['scope']);
  if (!scopes) return { kind: 'unavailable', detail: notMastodon(r, 'token info') };
  const owner = body['resource_owner_id'];
  const created = readCreatedAt(body['created_at']);
  return {
    kind: 'ok',
    scopes,
    resourceOwnerId: owner === null || owner === undefined ? null : String(owner),
    createdAt: created.at,
    ...(created.unusable !== undefined ? { createdAtUnusable: created.unusable } : {}),
  };
}

/** Doorkeeper writes `created_at.to_i`: Unix seconds. Mastodon did not exist before 2016; 2100 is no token's time. */
const EARLIEST_CREATED_AT = Date.UTC(2016, 0, 1) / 1000;
const LATEST_CREATED_AT = Date.UTC(2100, 0, 1) / 1000;

/**
 * Token info's `created_at` as a time, or what was given when it is none: a value past 2100 (milliseconds, garbage),
 * before 2016, negative or not a number is "unknown", never a crash (a Date past year 275760 throws on
 * `toISOString`) nor a negative age.
 */
function readCreatedAt(value: unknown): { at: Date | undefined; unusable: string | undefined } {
  if (value === undefined || value === null) return { at: undefined, unusable: undefined };
  if (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= EARLIEST_CREATED_AT &&
    value < LATEST_CREATED_AT
  ) {
    return { at: new Date(Math.floor(value) * 1000), unusable: undefined };
  }
  return { at: undefined, unusable: code(oneLine(JSON.stringify(value) ?? String(value), 40)) };
}

/** The scopes verify_credentials accepts (reference §3): a token that holds none of them cannot read its owner. */
const READS_OWNER = ['profile', 'read', 'read:accounts'];

/**
 * Mastodon's two answers about one token must agree: token info and verify_credentials both ask Doorkeeper whether
 * the token is accessible, and verify_credentials then checks the same scopes token info lists. When they disagree,
 * something between the runner and the instance answers for one of them (a proxy, a cache, a rewriting gateway), and
 * neither answer can be trusted: the token's state is unknown, and the report states both facts.
 */
export function reconcile(credentials: CredentialsFacts, tokenInfo: TokenInfoFacts): CredentialsFacts {
  if (tokenInfo.kind !== 'ok') return credentials;
  const scopes = tokenInfo.scopes.length ? tokenInfo.scopes.map((s) => code(s)).join(' ') : 'no scope';
  const both = (says: string) =>
    `the instance's answers contradict each other: ${says}, while token info (\`GET /oauth/token/info\`) accepted it, with ${scopes}. One of them does not come from Mastodon (a proxy or a cache in front of it?), so neither is taken as the token's state`;
  if (credentials.kind === 'rejected') {
    return {
      kind: 'unreachable',
      detail: both(
        `verify_credentials refused the token (401${credentials.detail ? ` ${code(credentials.detail)}` : ''})`,
      ),
    };
  }
  const readsOwner = tokenInfo.scopes.some((s) => READS_OWNER.includes(s));
  if (credentials.kind === 'account' && !readsOwner) {
    return {
      kind: 'unreachable',
      detail: both(
        `verify_credentials named the account ${code(credentials.account.acct)}, which needs one of ${READS_OWNER.map((s) => code(s)).join(', ')}`,
      ),
    };
  }
  return credentials;
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

export function readAccount(json: unknown): AccountFacts | undefined {
  const body = asRecord(json);
  const id = body?.['id'];
  const username = text(body?.['username']);
  if (!body || (typeof id !== 'string' && typeof id !== 'number') || username === undefined) return undefined;
  return { id: accountId(id), username, acct: text(body['acct']) ?? username, url: text(body['url']) };
}

/**
 * Ids stay strings end to end: Mastodon sends them as strings because its snowflake ids pass 2^53, where a JSON
 * number has already lost digits by the time it is parsed. A number is kept only while it is exact; past that the id
 * is unknown (empty), never a wrong one.
 */
function accountId(id: string | number): string {
  if (typeof id === 'string') return oneLine(id, 64);
  return Number.isSafeInteger(id) && id >= 0 ? String(id) : '';
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
