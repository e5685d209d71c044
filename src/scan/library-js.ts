// masto.js, megalodon and npm `mastodon-api`/`mastodon` calls in JavaScript/TypeScript source, read as text.
import {
  channelOf,
  Collector,
  lookup,
  matchRoute,
  receiverBefore,
  TABLES,
  type LibraryTable,
} from './library-tables.ts';

const MASTO_EVIDENCE = /(?:from\s+|require\s*\(\s*|import\s*\(\s*)["']masto(?:\/[^"']*)?["']/;
// npm `mastodon-api`, and its predecessor `mastodon` (the same get/post/delete(path) client)
const MASTODON_API_IMPORT =
  /(?:(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\s*\(\s*["'](mastodon(?:-api)?)["']\s*\)|import\s+([A-Za-z_$][\w$]*)\s+from\s+["'](mastodon(?:-api)?)["'])/g;

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
function readChain(text: string, from: number): { segments: string[]; actionAt: number; called: boolean } {
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
  return { segments, actionAt, called: text[k] === '(' };
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
  if (/masto/i.test(text)) findMasto(found);
  findMastodonApi(found);
  if (text.includes('megalodon')) findMegalodon(found);
}

function findMasto(found: Collector): void {
  const text = found.text;
  const evidence = MASTO_EVIDENCE.test(text);
  const notificationEvents = /["'`]notification["'`]/.test(text);
  const tables = /\blogin\b[^;]*["']masto["']|["']masto["'][^;]*\blogin\b/.test(text)
    ? TABLES.mastoLogin
    : TABLES.masto;
  // REST: <receiver>.v1... / <receiver>.v2...
  for (const chain of chainsFrom(text, /\??\.\s*v[12]\b/g)) {
    if (!chain.called || found.inComment(chain.start)) continue;
    const segments = chain.segments.at(-1) === '$raw' ? chain.segments.slice(0, -1) : chain.segments;
    if (segments.length < 2) continue;
    const key = segments.join('.');
    const result = lookup(tables, key);
    // Without the import or a client-like name, only a known chain of three or more steps (`v1.statuses.create`):
    // other libraries have `.v1.`/`.v2.` namespaces too (twitter-api-v2's client.v2.search)
    if (!evidence && !/masto/i.test(chain.receiver) && (segments.length < 3 || result.kind !== 'known')) continue;
    const what = `${chain.receiver}.${chain.segments.join('.')}`.replace(/\$select/g, '$select()');
    found.method(chain.actionAt, what, result, 'masto');
  }
  // Streaming (createStreamingAPIClient): <receiver>.user.subscribe(), .public.local.subscribe(), .hashtag...
  if (!evidence || !text.includes('subscribe')) return;
  for (const chain of chainsFrom(text, /\??\.\s*(?:user|public|hashtag|list|direct)\b/g)) {
    if (!chain.called || chain.segments.at(-1) !== 'subscribe' || found.inComment(chain.start)) continue;
    const key = `streaming.${chain.segments.join('.')}`;
    const result = lookup(tables, key);
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
  let imported = false;
  for (const m of text.matchAll(MASTODON_API_IMPORT)) {
    imported = true;
    const ctor = m[1] ?? m[3] ?? '';
    const table = (m[2] ?? m[4]) === 'mastodon-api' ? TABLES.mastodonApiNpm : TABLES.mastodonNpm;
    const receivers = new Set<string>();
    const made = new RegExp(`([A-Za-z_$][\\w$]*)\\s*=\\s*new\\s+${ctor.replace(/\$/g, '\\$')}\\s*\\(`, 'g');
    for (const made1 of text.matchAll(made)) receivers.add(made1[1] ?? '');
    findPathCalls(found, receivers, table, false);
  }
  if (imported) return;
  // A client made in another module (`const { mastodon } = require('./init')`): a receiver named like one, calling
  // get/post/delete with a path relative to /api/v1/ that is a Mastodon route.
  const named = new Set<string>();
  for (const m of text.matchAll(/([A-Za-z_$][\w$]*)\s*\.\s*(?:get|post|delete)\s*\(\s*["'`][a-z]/g)) {
    if (/masto|mstdn/i.test(m[1] ?? '')) named.add(m[1] ?? '');
  }
  if (named.size > 0) findPathCalls(found, named, TABLES.mastodonApiNpm, true);
}

/** Calls of a client whose methods take a path: `M.post('statuses', ...)`, `M.stream('streaming/user')`. */
function findPathCalls(found: Collector, receivers: ReadonlySet<string>, table: LibraryTable, guessed: boolean): void {
  const text = found.text;
  const extra = table.extra as { pathPrefix: string; verbs: Record<string, string>; streamMethod?: string };
  if (receivers.size === 0) return;
  const label = guessed ? 'a get/post(path) client made in another file' : table.label;
  const verbs = [...Object.keys(extra.verbs), ...(extra.streamMethod ? [extra.streamMethod] : [])].join('|');
  const call = new RegExp(`([A-Za-z_$][\\w$]*)\\s*\\.\\s*(${verbs})\\s*\\(\\s*`, 'g');
  for (const m of text.matchAll(call)) {
    const receiver = m[1] ?? '';
    const verb = m[2] ?? '';
    if (!receivers.has(receiver) || found.inComment(m.index)) continue;
    const what = `${receiver}.${verb}`;
    const argAt = m.index + m[0].length;
    const path = literalPath(text, argAt);
    const line = found.lineAt(m.index);
    if (guessed && (path === undefined || /^(\/|https?:)/.test(path))) continue;
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
        found.add(line, `${what}('${path}')`, `stream:${channel}`, label);
        if (channel === 'user' && /["'`]notification["'`]/.test(text)) {
          found.add(line, `${what}('${path}')`, 'stream:user:notification', label);
        }
      }
      continue;
    }
    const method = extra.verbs[verb] ?? 'GET';
    const route = matchRoute(method, absolute);
    if (guessed && route === undefined) continue;
    if (route === undefined)
      found.unresolvedAt(m.index, `${what}('${path}')`, `no Mastodon endpoint ${method} ${absolute}`);
    else found.add(line, `${what}('${path}')`, route, label, method);
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

const MEGALODON_EVIDENCE = /(?:from\s+|require\s*\(\s*)["']megalodon["']/;
// Methods every object or promise has, and megalodon's own non-request helpers: not API calls.
const JS_OBJECT_METHODS = new Set([
  'then',
  'catch',
  'finally',
  'toString',
  'bind',
  'call',
  'apply',
  'cancel',
  'on',
  'once',
]);

function findMegalodon(found: Collector): void {
  const text = found.text;
  if (!MEGALODON_EVIDENCE.test(text)) return;
  const receivers = new Set<string>();
  // const client = generator('mastodon', url, token) / megalodon(...) / new Mastodon(url, token); client: MegalodonInterface
  const made =
    /([A-Za-z_$][\w$]*)\s*(?::\s*[\w.<>]+\s*)?=\s*(?:await\s+)?(?:new\s+)?(?:[\w$]+\.)?(?:generator|megalodon|default|Mastodon)\s*\(/g;
  for (const m of text.matchAll(made)) receivers.add(m[1] ?? '');
  for (const m of text.matchAll(/([A-Za-z_$][\w$]*)\s*[?!]?:\s*(?:[\w$]+\.)?(?:MegalodonInterface|Mastodon)\b/g))
    receivers.add(m[1] ?? '');
  for (const m of text.matchAll(/\.[ \t]*([a-z][A-Za-z0-9]*)[ \t]*\(/g)) {
    const name = m[1] ?? '';
    if (!receivers.size && lookup(TABLES.megalodon, name).kind === 'unknown') continue;
    const receiver = receiverBefore(text, m.index);
    if (receiver === '') continue;
    const last = receiver.split('.').pop() ?? '';
    if (found.inComment(m.index)) continue;
    const result = lookup(TABLES.megalodon, name);
    const known = receivers.has(last);
    const offset = m.index + m[0].indexOf(name);
    if (result.kind === 'unknown') {
      if (known && !JS_OBJECT_METHODS.has(name)) found.method(offset, `${receiver}.${name}`, result, 'megalodon');
      continue;
    }
    // megalodon's camelCase names (postStatus, uploadMedia) are its own; a one-word name needs a known client
    if (!known && !/[A-Z]/.test(name)) continue;
    const what = `${receiver}.${name}`;
    found.method(offset, what, result, 'megalodon');
    if (
      result.kind === 'known' &&
      result.requests.some((r) => r.route === 'stream:user') &&
      /["'`]notification["'`]/.test(text)
    ) {
      found.add(found.lineAt(offset), what, 'stream:user:notification', result.table.label);
    }
  }
}
