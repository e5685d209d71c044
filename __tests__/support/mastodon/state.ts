/** The fake server's world and the small helpers every responder shares. */
import { availableLocale, acceptLanguageLocale } from './i18n.ts';
import type { ServerInfo } from './bodies.ts';
import type { FakeAccount, FakeApp, FakeToken, Software } from './types.ts';

export interface ServerState {
  software: Software;
  version: string;
  injectMastodonVersion: boolean;
  domain: string;
  origin: string;
  tokenInfo: boolean;
  lockedDown: boolean;
  selfDestruct: boolean;
  rateLimit: number;
  defaultLocale: string;
  accounts: Map<string, FakeAccount>;
  apps: Map<string, FakeApp>;
  tokens: Map<string, FakeToken>;
  /** Rack::Attack counters: `<throttle>:<key>:<window>` → count. */
  counters: Map<string, number>;
  nextId: number;
}

/** One request as the responders see it. */
export interface Incoming {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: string;
  ip: string;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The action ran and modified data. */
  changed: boolean;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

export function json(status: number, body: unknown, headers: Record<string, string> = {}, changed = false): Answer {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(body), changed };
}

export function html(status: number, body: string, headers: Record<string, string> = {}): Answer {
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers }, body, changed: false };
}

export function info(s: ServerState): ServerInfo {
  return {
    software: s.software,
    version: s.version,
    domain: s.domain,
    origin: s.origin,
    injectMastodonVersion: s.injectMastodonVersion,
  };
}

/** Rails' `params`: query string, then a form or JSON body on top. */
export function allParams(req: Incoming): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (k: string, v: unknown): void => {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
    else if (Array.isArray(v)) v.forEach((item) => add(`${k}[]`, item));
    else if (v && typeof v === 'object') for (const [sub, item] of Object.entries(v)) add(`${k}[${sub}]`, item);
  };
  req.query.forEach((v, k) => add(k, v));
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (req.body && type.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(req.body);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        for (const [k, v] of Object.entries(parsed)) add(k, v);
    } catch {
      // Rails answers 400 for unparsable JSON; the fake ignores the body.
    }
  } else if (req.body && (type.includes('application/x-www-form-urlencoded') || type === '')) {
    new URLSearchParams(req.body).forEach((v, k) => add(k, v));
  }
  return out;
}

/** Doorkeeper's access_token_methods: `Authorization: Bearer …` (/^Bearer /i), then `access_token`, then `bearer_token`. */
export function bearerToken(req: Incoming, params: Record<string, string>): string | undefined {
  const header = req.headers['authorization'];
  if (header && /^Bearer /i.test(header)) {
    const token = header.replace(/^Bearer /i, '');
    if (token) return token;
  }
  return params['access_token'] || params['bearer_token'] || undefined;
}

/** The token row as the database holds it: vacuumed tokens are gone. */
export function findToken(s: ServerState, token: string | undefined): FakeToken | undefined {
  if (token === undefined) return undefined;
  const row = s.tokens.get(token);
  return row && row.state !== 'vacuumed' ? row : undefined;
}

export function accessible(t: FakeToken): boolean {
  return (t.state ?? 'active') === 'active';
}

export function ownerOf(s: ServerState, t: FakeToken | undefined): FakeAccount | undefined {
  return t?.account !== undefined ? s.accounts.get(t.account) : undefined;
}

export function appOf(s: ServerState, t: FakeToken | undefined): FakeApp | undefined {
  return t ? s.apps.get(t.app) : undefined;
}

/** Localized#requested_locale: `?lang=`, then the signed-in user's locale, then Accept-Language. */
export function requestLocale(
  s: ServerState,
  params: Record<string, string>,
  user: FakeAccount | undefined,
  req: Incoming,
): string {
  return (
    availableLocale(params['lang']) ??
    availableLocale(user?.locale) ??
    acceptLanguageLocale(req.headers['accept-language']) ??
    s.defaultLocale
  );
}

/**
 * Rails' respond_to with `format.any` first: JSON only when the Accept header asks for it and is not a browser-like
 * list (one that adds the any-type wildcard), which Rails ignores.
 */
export function wantsJson(req: Incoming): boolean {
  const accept = req.headers['accept'];
  if (!accept || /,\s*\*\/\*|\*\/\*\s*,/.test(accept)) return false;
  return accept.split(',').some((part) => part.split(';')[0]?.trim().toLowerCase() === 'application/json');
}

/** A record id that no row has: Postgres and snowflake ids are positive. */
export function missingId(id: string | undefined): boolean {
  return id === undefined || id === '' || id === '0' || id.startsWith('-');
}

/** Token scopes with a real prefix hierarchy (GoToSocial, Pleroma): `read` permits `read:accounts`. */
export function permits(has: readonly string[], wanted: string): boolean {
  return has.some((h) => h === wanted || wanted.startsWith(`${h}:`));
}
