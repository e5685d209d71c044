// masto.js and npm `mastodon-api` calls in JavaScript/TypeScript source, read as text.
import { channelOf, Collector, lookup, matchRoute, TABLES } from './library-tables.ts';

const MASTO_EVIDENCE = /(?:from\s+|require\s*\(\s*|import\s*\(\s*)["']masto(?:\/[^"']*)?["']/;
const MASTODON_API_IMPORT =
  /(?:(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\s*\(\s*["']mastodon-api["']\s*\)|import\s+([A-Za-z_$][\w$]*)\s+from\s+["']mastodon-api["'])/g;

/** `masto.v1.statuses.$select(id).favourite(` -> receiver `masto`, chain [v1, statuses, $select, favourite]. */
interface Chain {
  readonly receiver: string;
  readonly segments: string[];
  readonly start: number;
  /** offset of the last segment (the action) */
  readonly actionAt: number;
  readonly called: boolean;
}

const IDENT = /[A-Za-z_$][\w$]*/y;

/** Reads `.name` / `?.name` / `.$select(...)` segments forward from `from` (which points at a `.`). */
function readChain(text: string, from: number): { segments: string[]; end: number; actionAt: number; called: boolean } {
  const segments: string[] = [];
  let i = from;
  let actionAt = from;
  for (;;) {
    let j = skipSpace(text, i);
    if (text[j] === '?' && text[j + 1] === '.') j++;
    if (text[j] !== '.') break;
    j = skipSpace(text, j + 1);
    IDENT.lastIndex = j;
    const id = IDENT.exec(text);
    if (!id) break;
    const name = id[0];
    actionAt = j;
    j += name.length;
    if (name === '$select') {
      const k = skipSpace(text, j);
      if (text[k] !== '(') break;
      const close = matchParen(text, k);
      if (close === -1) break;
      segments.push('$select');
      i = close + 1;
      continue;
    }
    segments.push(name);
    i = j;
  }
  const k = skipSpace(text, i);
  return { segments, end: i, actionAt, called: text[k] === '(' };
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

function matchParen(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + 2000);
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The dotted receiver that ends just before `end` (`this.masto`, `client`). */
function receiverBefore(text: string, end: number): string {
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  let i = end;
  while (i > 0 && /[\w$.?]/.test(text[i - 1] ?? '')) i--;
  return text
    .slice(i, end)
    .replace(/\?\./g, '.')
    .replace(/^\.+|\.+$/g, '');
}

function chainsFrom(text: string, anchor: RegExp): Chain[] {
  const chains: Chain[] = [];
  for (const m of text.matchAll(anchor)) {
    const dot = m.index;
    const receiver = receiverBefore(text, dot);
    if (receiver === '') continue;
    const read = readChain(text, dot);
    if (read.segments.length === 0) continue;
    chains.push({ receiver, segments: read.segments, start: dot, actionAt: read.actionAt, called: read.called });
  }
  return chains;
}

export function findJsCalls(found: Collector): void {
  const text = found.text;
  if (text.includes('masto')) findMasto(found);
  if (text.includes('mastodon-api')) findMastodonApi(found);
}

function findMasto(found: Collector): void {
  const text = found.text;
  const evidence = MASTO_EVIDENCE.test(text);
  const notificationEvents = /["'`]notification["'`]/.test(text);
  // REST: <receiver>.v1... / <receiver>.v2...
  for (const chain of chainsFrom(text, /\??\.\s*v[12]\b/g)) {
    if (!chain.called || found.inComment(chain.start)) continue;
    if (!evidence && !/masto/i.test(chain.receiver)) continue;
    const segments = chain.segments.at(-1) === '$raw' ? chain.segments.slice(0, -1) : chain.segments;
    if (segments.length < 2) continue;
    const key = segments.join('.');
    const what = `${chain.receiver}.${chain.segments.join('.')}`.replace(/\$select/g, '$select()');
    found.method(chain.actionAt, what, lookup(TABLES.masto, key), 'masto');
  }
  // Streaming (createStreamingAPIClient): <receiver>.user.subscribe(), .public.local.subscribe(), .hashtag...
  if (!evidence || !text.includes('subscribe')) return;
  for (const chain of chainsFrom(text, /\??\.\s*(?:user|public|hashtag|list|direct)\b/g)) {
    if (!chain.called || chain.segments.at(-1) !== 'subscribe' || found.inComment(chain.start)) continue;
    const key = `streaming.${chain.segments.join('.')}`;
    const result = lookup(TABLES.masto, key);
    if (result.kind === 'unknown') continue;
    const what = `${chain.receiver}.${chain.segments.join('.')}`;
    found.method(chain.actionAt, what, result, 'masto');
    if (result.kind === 'known' && notificationEvents && result.requests.some((r) => r.route === 'stream:user')) {
      found.add(found.lineAt(chain.actionAt), what, 'stream:user:notification', result.table.label);
    }
  }
}

function findMastodonApi(found: Collector): void {
  const text = found.text;
  const table = TABLES.mastodonApiNpm;
  const extra = table.extra as { pathPrefix: string; verbs: Record<string, string>; streamMethod: string };
  const constructors = [...text.matchAll(MASTODON_API_IMPORT)].map((m) => m[1] ?? m[2] ?? '').filter(Boolean);
  if (constructors.length === 0) return;
  const receivers = new Set<string>();
  for (const ctor of constructors) {
    const made = new RegExp(`([A-Za-z_$][\\w$]*)\\s*=\\s*new\\s+${ctor.replace(/\$/g, '\\$')}\\s*\\(`, 'g');
    for (const m of text.matchAll(made)) receivers.add(m[1] ?? '');
  }
  const verbs = [...Object.keys(extra.verbs), extra.streamMethod].join('|');
  const call = new RegExp(`([A-Za-z_$][\\w$]*)\\s*\\.\\s*(${verbs})\\s*\\(\\s*`, 'g');
  for (const m of text.matchAll(call)) {
    const receiver = m[1] ?? '';
    const verb = m[2] ?? '';
    if (!receivers.has(receiver) || found.inComment(m.index)) continue;
    const what = `${receiver}.${verb}`;
    const argAt = m.index + m[0].length;
    const path = literalPath(text, argAt);
    const line = found.lineAt(m.index);
    if (path === undefined) {
      found.unresolvedAt(m.index, what, 'the path is computed at run time');
      continue;
    }
    const absolute = /^https?:\/\//.test(path)
      ? path.replace(/^https?:\/\/[^/]*/, '')
      : path.startsWith('/api/')
        ? path
        : extra.pathPrefix + path.replace(/^\/+/, '');
    if (verb === extra.streamMethod) {
      const channel = channelOf(absolute);
      if (channel === undefined)
        found.unresolvedAt(m.index, `${what}('${path}')`, 'not a streaming channel Mastodon has');
      else {
        found.add(line, `${what}('${path}')`, `stream:${channel}`, table.label);
        if (channel === 'user' && /["'`]notification["'`]/.test(text)) {
          found.add(line, `${what}('${path}')`, 'stream:user:notification', table.label);
        }
      }
      continue;
    }
    const method = extra.verbs[verb] ?? 'GET';
    const route = matchRoute(method, absolute);
    if (route === undefined)
      found.unresolvedAt(m.index, `${what}('${path}')`, `no Mastodon endpoint ${method} ${absolute}`);
    else found.add(line, `${what}('${path}')`, route, table.label, method);
  }
}

/** The string, or template with `${...}` turned into `{}`, that starts at `at`; undefined when not a literal. */
export function literalPath(text: string, at: number): string | undefined {
  const quote = text[at];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  let out = '';
  for (let i = at + 1; i < text.length && i < at + 500; i++) {
    const c = text[i];
    if (c === '\\') {
      out += text[i + 1] ?? '';
      i++;
    } else if (c === quote) {
      return out;
    } else if (quote === '`' && c === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i);
      if (close === -1) return undefined;
      out += '{}';
      i = close;
    } else if (c === '\n' && quote !== '`') {
      return undefined;
    } else out += c;
  }
  return undefined;
}
