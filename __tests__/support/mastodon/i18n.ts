/**
 * The localised texts the fake needs, copied from Mastodon's config/locales/{en,de}.yml and doorkeeper.{en,de}.yml
 * (mjankowski/mastodon 2f40549d) and Doorkeeper 5.9.6's own en.yml. Keys missing from a locale fall back to English,
 * as Mastodon's I18n fallbacks do (e.g. `forbidden_token.missing_scope`, which Mastodon never translated).
 */

type Key =
  | 'invalid_token.unknown'
  | 'invalid_token.revoked'
  | 'invalid_token.expired'
  | 'forbidden_token.missing_scope'
  | 'errors.404'
  | 'errors.429'
  | 'invalid_request.request_not_authorized'
  | 'invalid_client'
  | 'invalid_grant'
  | 'invalid_scope'
  | 'unsupported_grant_type'
  | 'revoke.unauthorized';

const EN: Record<Key, string> = {
  'invalid_token.unknown': 'The access token is invalid',
  'invalid_token.revoked': 'The access token was revoked',
  'invalid_token.expired': 'The access token expired',
  'forbidden_token.missing_scope': 'Access to this resource requires scope "%{oauth_scopes}".',
  'errors.404': "The page you are looking for isn't here.",
  'errors.429': 'Too many requests',
  'invalid_request.request_not_authorized':
    'Request need to be authorized. Required parameter for authorizing request is missing or invalid.',
  invalid_client:
    'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
  invalid_grant:
    'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
  invalid_scope: 'The requested scope is invalid, unknown, or malformed.',
  unsupported_grant_type: 'The authorization grant type is not supported by the authorization server.',
  'revoke.unauthorized': 'You are not authorized to revoke this token',
};

const DE: Partial<Record<Key, string>> = {
  'invalid_token.unknown': 'Der Zugriffstoken ist ungültig',
  'invalid_token.revoked': 'Der Zugriffstoken wurde widerrufen',
  'invalid_token.expired': 'Der Zugriffstoken ist abgelaufen',
  'errors.404': 'Die Seite, nach der du gesucht hast, wurde nicht gefunden.',
  'errors.429': 'Zu viele Anfragen',
  'invalid_request.request_not_authorized':
    'Anfrage muss autorisiert werden. Benötigter Parameter für die Autorisierung der Anfrage fehlt oder ungültig.',
  invalid_client:
    'Client-Authentifizierung ist fehlgeschlagen: Client unbekannt, keine Authentisierung mitgeliefert oder Authentisierungsmethode wird nicht unterstützt.',
  invalid_scope: 'Die angeforderte Befugnis ist ungültig, unbekannt oder fehlerhaft.',
  unsupported_grant_type: 'Der Autorisierungs-Typ wird nicht vom Autorisierungs-Server unterstützt.',
};

const TRANSLATIONS: Record<string, Partial<Record<Key, string>>> = { en: EN, de: DE };

/** A subset of I18n.available_locales: a locale outside it is ignored when picking one, as Mastodon does. */
const AVAILABLE = new Set(
  (
    'ar ast be bg bn br ca ckb co cs cy da de el en en-GB eo es es-AR es-MX et eu fa fi fo fr fr-CA fy ga gd gl he hi ' +
    'hr hu hy id ig io is it ja ka kab kk kn ko ku lt lv mk ml mr ms my nl nn no oc pa pl pt-BR pt-PT ro ru sa sc sco ' +
    'si sk sl sq sr sr-Latn sv ta te th tr tt ug uk ur vi zgh zh-CN zh-HK zh-TW'
  ).split(' '),
);

export function t(locale: string, key: Key, vars: Record<string, string> = {}): string {
  const base = locale.split('-')[0] ?? locale;
  const text = TRANSLATIONS[locale]?.[key] ?? TRANSLATIONS[base]?.[key] ?? EN[key];
  return text.replace(/%\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}

export function availableLocale(name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (AVAILABLE.has(name)) return name;
  const lower = [...AVAILABLE].find((l) => l.toLowerCase() === name.toLowerCase());
  return lower;
}

/** http_accept_language's `language_region_compatible_from`: by quality, an exact locale or one of the same language. */
export function acceptLanguageLocale(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const wanted = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((w) => w.tag && w.tag !== '*' && w.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of wanted) {
    const exact = availableLocale(tag);
    if (exact) return exact;
    const language = tag.split('-')[0]?.toLowerCase() ?? '';
    const sameLanguage = [...AVAILABLE].find((l) => l.split('-')[0]?.toLowerCase() === language);
    if (sameLanguage) return sameLanguage;
  }
  return undefined;
}

/**
 * Doorkeeper ≥ 5.9 (Mastodon ≥ 4.6) replaces every character outside RFC 6750's set (%x20-21 / %x23-5B / %x5D-7E)
 * with `_`, one per character, so `"` and `ü` both become `_`.
 */
export function sanitizeErrorValue(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    out += (c >= 0x20 && c <= 0x21) || (c >= 0x23 && c <= 0x5b) || (c >= 0x5d && c <= 0x7e) ? ch : '_';
  }
  return out;
}

/**
 * Older Doorkeeper wrote the description raw: Rails sends its UTF-8 bytes. Node writes header strings as latin1, so
 * hand it one character per UTF-8 byte to put the same bytes on the wire.
 */
export function rawHeaderValue(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}
