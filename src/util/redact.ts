/**
 * Removes a secret from text that may reach a log, output, summary, comment or issue. The token is masked with the
 * runner too, but the runner does not mask files (job summary) or API bodies (comments, issues), and a misbehaving
 * server or proxy may echo the Authorization header back: so every string that leaves the program passes here, and
 * every answer is cleaned here before anything reads it (mastodon/http.ts).
 *
 * A secret is found in every form a server or a URL can give it back in: as is, in any case (a host name made of the
 * token comes back lower-cased), each character percent-encoded (`%2D`), JSON-escaped (`\u0068`), or as an HTML
 * character reference, in any mix; with control or invisible characters (raw or escaped) between its characters, which
 * a later step would turn into spaces or remove; and in Base64. Redaction happens before any clipping: a token cut in
 * two is no longer recognisable.
 */
export type Redactor = (text: string) => string;

export const REDACTED = '***';

/** Forms shorter than this are not secrets anyone could mask (settings.ts refuses shorter tokens). */
const MIN_SECRET_LENGTH = 8;

/** What may sit between two characters of an echoed secret: control and invisible characters, raw or escaped. */
const FILLER =
  '(?:[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff]' +
  '|\\\\u00[01][0-9a-f]|\\\\u007f|\\\\[nrtbf0]|%[01][0-9a-f]|%7f|&#(?:x0*[01]?[0-9a-f]|0*(?:[0-9]|[12][0-9]|3[01]|127));)*';

export function createRedactor(secrets: readonly string[]): Redactor {
  const forms = [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_LENGTH))];
  if (forms.length === 0) return (text) => text;
  const alternatives = forms
    .sort((a, b) => b.length - a.length)
    .flatMap((secret) => [
      Array.from(secret).map(characterForms).join(FILLER),
      ...base64Forms(secret).map(escapeRegExp),
    ]);
  const pattern = new RegExp(alternatives.join('|'), 'gi');
  return (text) => text.replace(pattern, REDACTED);
}

/**
 * Compiles a redactor's pattern ahead of its first real use. The pattern covers every form of every secret, and V8
 * compiles a regular expression on its first run, again (to machine code) on a later one, and once more for the first
 * text that is not Latin-1 (a report's ✓ or —): about 5 ms for one token, 60 ms for twenty (npm run bench). The HTTP
 * client calls this once its requests are written, so that the cost falls in the wait for the answers instead of
 * after them.
 */
export function warmRedactor(redact: Redactor): void {
  for (const text of ['warm', 'warm', 'warm \u2713', 'warm \u2713']) redact(text);
}

/** Every string inside a parsed JSON value (object keys included), redacted. */
export function redactDeep(value: unknown, redact: Redactor): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v, redact)]));
  }
  return value;
}

/**
 * The forms of the token as given that the runner must mask and the redactor must find: as pasted, trimmed, without
 * a `Bearer ` prefix, and line by line (the runner masks lines one by one). Shared by the action and the CLI.
 */
export function secretForms(rawToken: string, ...otherSecrets: readonly string[]): string[] {
  const trimmed = rawToken.trim();
  const forms = [rawToken, trimmed, trimmed.replace(/^bearer\s+/i, ''), ...trimmed.split(/[\r\n]+/), ...otherSecrets];
  return [...new Set(forms.map((f) => f.trim()).filter((f) => f.length >= MIN_SECRET_LENGTH))];
}

function characterForms(character: string): string {
  const point = character.codePointAt(0) ?? 0;
  const bytes = [...Buffer.from(character, 'utf8')];
  const percent = bytes.map((b) => `%${hex(b)}`).join('');
  const json = point <= 0xffff ? `\\\\u${hex(point, 4)}` : '';
  const forms = [
    escapeRegExp(character),
    percent,
    ...(json ? [json] : []),
    `&#0*${point};`,
    `&#x0*${point.toString(16)};`,
    // JSON writes `/`, `"` and `\` with a backslash before them.
    ...('/"\\'.includes(character) ? [`\\\\${escapeRegExp(character)}`] : []),
  ];
  return `(?:${forms.join('|')})`;
}

function base64Forms(secret: string): string[] {
  const standard = Buffer.from(secret, 'utf8').toString('base64');
  const bare = standard.replace(/=+$/, '');
  const urlSafe = bare.replace(/\+/g, '-').replace(/\//g, '_');
  return [...new Set([standard, bare, urlSafe])].filter((f) => f.length >= MIN_SECRET_LENGTH);
}

function hex(value: number, width = 2): string {
  return value.toString(16).padStart(width, '0');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
