/**
 * Raw HTTP calls of the Mastodon API in any language, read from the text: request paths in string literals,
 * template literals, f-strings, format strings and concatenations (`${base}/api/v1/statuses`,
 * `"/api/v1/accounts/" + id + "/follow"`, `fmt.Sprintf("%s/api/v1/statuses/%s", …)`), curl in shell, YAML and
 * Dockerfiles, and the streaming API (paths, `stream=`). The HTTP method is read from the code around the path
 * (`method: 'POST'`, `requests.post(`, `curl -X POST` / `-d`, `http.NewRequest("POST"`, `Net::HTTP::Post`), following
 * the variable the path is assigned to when the request is made a few lines below.
 *
 * Nothing here runs or evaluates the code: it is text, and it may be hostile.
 */
import { channelOfPath, DYNAMIC, findChannel, matchRoute } from './endpoints.ts';
import type { ApiCall, FoundCalls, SourceFile, UnresolvedCall } from './types.ts';

/**
 * Literal substrings a file must contain for this recogniser to find anything: `pi/v` for `api/v` (a search stops at
 * every first letter, and `a` is everywhere: see libraryPrefilter).
 */
export const httpPrefilter: readonly string[] = ['pi/v', 'oauth/userinfo'];

const API_PATH = /\/?\bapi\/v(?:1|2)(?:_alpha)?(?![\w])|\/oauth\/userinfo\b/g;
const MAX_PATH_CHARS = 400;
const QUOTES = new Set(['"', "'", '`']);
const PATH_CHAR = /[A-Za-z0-9_\-.~:@/]/;
const QUERY_CHAR = /[=&,+]/;

interface ParsedPath {
  /** the path with run-time parts replaced by DYNAMIC */
  readonly path: string;
  readonly query: string;
  readonly end: number;
  /** the path ended in a value only known at run time (`"/api/v1/" + endpoint`) */
  readonly dynamicTail: boolean;
  /** the literal text ended right after the version (`"https://x/api/v1"`): a base, not a call */
  readonly bareBase: boolean;
}

export function findHttpCalls(file: SourceFile): FoundCalls {
  const text = file.text;
  const lines = new LineIndex(text);
  const calls: ApiCall[] = [];
  const unresolved: UnresolvedCall[] = [];
  const bases = new Set<string>();

  const judge = (hit: number, parsed: ParsedPath) => {
    const line = lines.lineOf(hit);
    const shown = display(parsed.path, parsed.query, parsed.dynamicTail);
    const withMethod = (what: string) => {
      const clue = methodNear(text, hit, parsed.end);
      return clue ? `${clue.method} ${what}` : what;
    };
    const segments = parsed.path.split('/').filter(Boolean);
    if (segments[2] === 'streaming' && segments[0] === 'api') {
      streamingCall(file, text, hit, line, segments, parsed, calls, unresolved);
      return;
    }
    if (segments.length <= 2 && segments[0] === 'api') {
      unresolved.push({ file: file.path, line, what: withMethod(shown), reason: 'the endpoint is chosen at run time' });
      return;
    }
    if (segments[2] === DYNAMIC && segments[0] === 'api') {
      unresolved.push({
        file: file.path,
        line,
        what: withMethod(shown),
        reason: 'the endpoint is chosen at run time (the path after the API version is a variable)',
      });
      return;
    }
    const clue = methodNear(text, hit, parsed.end);
    let outcome = matchRoute(clue?.method, segments);
    // A default (fetch without options, curl without flags) that the route does not answer is no evidence.
    if (outcome.kind === 'unknown' && clue && clue.strength === Strength.Default)
      outcome = matchRoute(undefined, segments);
    if (outcome.kind === 'matched') {
      const method =
        clue && outcome.match.method === clue.method
          ? clue.method
          : outcome.alternatives.length
            ? undefined
            : outcome.match.method;
      calls.push({
        file: file.path,
        line,
        what: `${method ?? outcome.match.method} ${outcome.match.route}`,
        via: 'http',
        ...(method ? { method } : {}),
        route: outcome.match.route,
      });
    } else {
      unresolved.push({ file: file.path, line, what: `${clue?.method ?? '?'} ${shown}`, reason: outcome.reason });
    }
  };

  API_PATH.lastIndex = 0;
  for (let m = API_PATH.exec(text); m; m = API_PATH.exec(text)) {
    const hit = m.index;
    if (isCommentLine(text, hit)) continue;
    const parsed = parsePath(text, hit, text[hit] === '/' ? '' : '/');
    API_PATH.lastIndex = Math.max(parsed.end, hit + m[0].length);
    if (parsed.bareBase) {
      const name = assignedName(text, hit);
      if (name) bases.add(name);
      continue;
    }
    judge(hit, parsed);
  }

  // `API = "https://host/api/v1"` … `f"{API}/statuses"`, `API + '/statuses'`, `"$API/statuses"`.
  for (const name of bases) {
    const escaped = name.replace(/[.$]/g, '\\$&');
    const use = new RegExp(
      `(?:\\$\\{\\s*${escaped}\\s*\\}|#\\{\\s*${escaped}\\s*\\}|\\{\\s*${escaped}\\s*\\}|\\$${escaped}(?![\\w])|(?<![\\w.$])${escaped}\\s*(?:\\+|\\.|\\.\\.)\\s*["'\`])(?=/)|(?<![\\w.$])${escaped}\\s*(?:\\+|\\.|\\.\\.)\\s*["'\`](?=/)`,
      'g',
    );
    for (let m = use.exec(text); m; m = use.exec(text)) {
      const hit = m.index;
      if (isCommentLine(text, hit)) continue;
      const from = hit + m[0].length;
      const parsed = parsePath(text, from, '/api/v1');
      use.lastIndex = Math.max(parsed.end, from);
      if (parsed.path === '/api/v1') continue;
      judge(hit, parsed);
    }
  }

  return { calls, unresolved };
}

function display(path: string, query: string, dynamicTail: boolean): string {
  const shown = path.replace(/\u0000/g, '…') + (query ? `?${query.replace(/\u0000/g, '…')}` : '');
  return dynamicTail && !shown.endsWith('…') ? `${shown}…` : shown;
}

// ---------------------------------------------------------------------------------------------- the path itself

/**
 * Reads a path from `start` (the `/` or `a` of `/api/v1`) to where the string ends, following concatenations.
 * Run-time parts become DYNAMIC: `${x}`, `{x}`, `#{x}`, `$x`, `%s`, `<x>`, `" + x + "`.
 */
function parsePath(text: string, start: number, prefix: string): ParsedPath {
  let path = prefix;
  let query = '';
  let inQuery = false;
  let dynamicTail = false;
  let i = start;
  const limit = Math.min(text.length, start + MAX_PATH_CHARS);
  const add = (s: string) => {
    if (inQuery) query += s;
    else path += s;
  };
  while (i < limit) {
    const c = text[i] as string;
    if (PATH_CHAR.test(c) || (inQuery && QUERY_CHAR.test(c))) {
      add(c);
      i++;
    } else if (c === '%') {
      const spec = /^%(?:\([^)]*\))?[-+ #0-9.]*[sdivxfqr]/.exec(text.slice(i, i + 24));
      if (spec) {
        add(DYNAMIC);
        i += spec[0].length;
      } else {
        add(c);
        i++;
      }
    } else if (c === '$' && text[i + 1] === '{') {
      add(DYNAMIC);
      i = closeBrace(text, i + 1);
    } else if (c === '#' && text[i + 1] === '{') {
      add(DYNAMIC);
      i = closeBrace(text, i + 1);
    } else if (c === '{') {
      add(DYNAMIC);
      i = closeBrace(text, i);
    } else if (c === '$' && /[A-Za-z_(]/.test(text[i + 1] ?? '')) {
      add(DYNAMIC);
      i++;
      if (text[i] === '(') i = closeParen(text, i);
      else while (i < limit && /[\w]/.test(text[i] as string)) i++;
    } else if (c === '<' && /^<[A-Za-z_]\w*>/.test(text.slice(i, i + 40))) {
      add(DYNAMIC);
      i = text.indexOf('>', i) + 1;
    } else if (c === '?' && !inQuery) {
      inQuery = true;
      i++;
    } else if (QUOTES.has(c)) {
      // The string ends: does a concatenation carry the path on?
      const after = /^\s*(?:\+|\.(?=\s|\$|["'])|\.\.|<>|\+\+)\s*/.exec(text.slice(i + 1, i + 16));
      if (!after) break;
      let j = i + 1 + after[0].length;
      if (QUOTES.has(text[j] as string)) {
        i = j + 1;
        continue;
      }
      const expression =
        /^[$@]?[A-Za-z_][\w$]*(?:(?:\.|::|->)[A-Za-z_][\w$]*|\[[^\]\n]{0,40}\]|\([^()\n]{0,60}\))*/.exec(
          text.slice(j, j + 120),
        );
      if (!expression) break;
      add(DYNAMIC);
      j += expression[0].length;
      const more = /^\s*(?:\+|\.|\.\.|<>|\+\+)\s*(["'`])/.exec(text.slice(j, j + 16));
      if (!more) {
        dynamicTail = !inQuery;
        i = j;
        break;
      }
      i = j + more[0].length;
    } else {
      break;
    }
  }
  // `…/api/v1/statuses.json` (old clients) and a trailing slash are the same route.
  path = path.replace(/\.json$/, '').replace(/\/+$/, '');
  const segments = path.split('/').filter(Boolean);
  const normalised = segments.map((s) => (s.includes(DYNAMIC) || s.startsWith(':') ? DYNAMIC : s));
  if (dynamicTail && !inQuery && normalised[normalised.length - 1] !== DYNAMIC) normalised.push(DYNAMIC);
  const bareBase = !dynamicTail && !query && normalised.length === 2 && normalised[0] === 'api';
  return { path: `/${normalised.join('/')}`, query, end: i, dynamicTail, bareBase };
}

function closeBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < Math.min(text.length, open + 200); i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
    else if (text[i] === '\n') return i;
  }
  return Math.min(text.length, open + 200);
}

function closeParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < Math.min(text.length, open + 200); i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i + 1;
    else if (text[i] === '\n') return i;
  }
  return Math.min(text.length, open + 200);
}

function isCommentLine(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const head = text.slice(start, index).trimStart();
  return /^(?:\/\/|#(?!\{)|\/\*|\*(?!\*?\/)|<!--|;;|REM\s)/.test(head);
}

/** The variable a string is assigned to on its line: `url = f"…"`, `const url = \``, `url := fmt.Sprintf(`. */
function assignedName(text: string, index: number): string | undefined {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const head = text.slice(start, index);
  const m =
    /(?:^|[\s;({,])(?:(?:const|let|var|my|local|final|val|export|readonly|static)\s+)*(\$?[A-Za-z_][\w.]*|\$\{?[A-Za-z_]\w*\}?)\s*(?::\s*\w+\s*)?(?::=|=(?!=)|<-)\s*[^=]*$/.exec(
      head,
    ) ??
    // YAML and keyword arguments: `api_base: https://…/api/v1`, `base_url="…"`
    /^\s*([A-Za-z_][\w-]*)\s*:\s*[^:]*$/.exec(head);
  const name = m?.[1];
  return name && !/^(?:if|return|and|or|not|in)$/.test(name) ? name.replace(/^\$\{?|\}$/g, '') : undefined;
}

// ---------------------------------------------------------------------------------------------- streaming

function streamingCall(
  file: SourceFile,
  text: string,
  hit: number,
  line: number,
  segments: readonly string[],
  parsed: ParsedPath,
  calls: ApiCall[],
  unresolved: UnresolvedCall[],
): void {
  const rest = segments.slice(3);
  let channel: string | undefined;
  let what: string;
  if (rest.length) {
    if (rest.includes(DYNAMIC)) {
      unresolved.push({
        file: file.path,
        line,
        what: display(parsed.path, parsed.query, parsed.dynamicTail),
        reason: 'the streaming channel is chosen at run time',
      });
      return;
    }
    channel = channelOfPath(segments);
    what = `GET /${segments.join('/')}`;
  } else {
    const fromQuery = /(?:^|&)stream=([^&]*)/.exec(parsed.query)?.[1];
    const nearby = fromQuery ?? streamParameterNear(text, hit);
    if (nearby === undefined || nearby.includes(DYNAMIC) || nearby === '') {
      unresolved.push({
        file: file.path,
        line,
        what: display(parsed.path, parsed.query, parsed.dynamicTail),
        reason:
          nearby === undefined
            ? 'a streaming connection whose channel (`stream=`) was not found near it'
            : 'the streaming channel is chosen at run time',
      });
      return;
    }
    channel = nearby;
    what = `GET /api/v1/streaming?stream=${channel}`;
  }
  const known = channel ? findChannel(channel) : undefined;
  if (!channel || !known) {
    unresolved.push({ file: file.path, line, what, reason: 'not a channel of Mastodon’s streaming server' });
    return;
  }
  calls.push({ file: file.path, line, what, via: 'streaming', method: 'GET', route: `stream:${channel}` });
  // The user stream carries notification events only with read:notifications (streaming/index.js
  // channelsForUserStream): a bot that handles them needs that too.
  if (channel === 'user' && /["'`]notification["'`]|on_notification|onNotification/.test(text)) {
    calls.push({
      file: file.path,
      line,
      what: `${what} (notification events)`,
      via: 'streaming',
      method: 'GET',
      route: 'stream:user:notification',
    });
  }
}

/** `stream: 'user'`, `"stream": "public:local"`, `params={'stream': 'user'}` within a few lines of the connection. */
function streamParameterNear(text: string, index: number): string | undefined {
  const window = text.slice(Math.max(0, index - 300), Math.min(text.length, index + 400));
  const m = /["']?\bstream["']?\s*(?:=>|[:=])\s*["'`]([\w:]+)["'`]/.exec(window);
  if (m) return m[1];
  return /["']?\bstream["']?\s*(?:=>|[:=])\s*[A-Za-z_$]/.test(window) ? DYNAMIC : undefined;
}

// ---------------------------------------------------------------------------------------------- the method

/** How sure a clue is: an explicit method beats one implied by data flags, which beats a client's default (GET). */
const Strength = { Default: 1, Implied: 2, Explicit: 3 } as const;
type Strength = (typeof Strength)[keyof typeof Strength];

interface MethodClue {
  readonly method: string;
  readonly strength: Strength;
  readonly index: number;
}

const VERBS = 'get|post|put|patch|delete';

interface ClueRule {
  readonly regex: RegExp;
  readonly strength: Strength;
  /** a fixed method, else the first capture group */
  readonly method?: string;
  /** counts only before the path (it names the call that encloses the path) */
  readonly before?: boolean;
  /** counts only when the window holds curl */
  readonly curl?: boolean;
}

const CLUES: readonly ClueRule[] = [
  { regex: new RegExp(`\\bmethod\\b["']?\\s*(?:=>|[:=])\\s*[:"'\`]?(${VERBS})\\b`, 'gi'), strength: Strength.Explicit },
  {
    regex: new RegExp(
      `\\bNewRequest(?:WithContext)?\\s*\\(\\s*(?:\\w+\\s*,\\s*)?(?:"|http\\.Method)(${VERBS})\\b`,
      'gi',
    ),
    strength: Strength.Explicit,
  },
  { regex: new RegExp(`(?:-X\\s*|--request[\\s=]+)["']?(${VERBS})\\b`, 'gi'), strength: Strength.Explicit },
  { regex: new RegExp(`::(${VERBS})\\.new\\b`, 'gi'), strength: Strength.Explicit },
  { regex: new RegExp(`-Method\\s+["']?(${VERBS})\\b`, 'gi'), strength: Strength.Explicit },
  { regex: new RegExp(`CURLOPT_CUSTOMREQUEST\\s*,\\s*["'](${VERBS})["']`, 'gi'), strength: Strength.Explicit },
  { regex: /CURLOPT_POST(?:FIELDS)?\b/g, strength: Strength.Implied, method: 'POST' },
  {
    regex: new RegExp(
      `(?:\\.|::|(?<![\\w.$]))(${VERBS})(?:_form|Form|_json|JSON)?\\s*(?:!\\s*)?(?:\\(|\\s+["'\`])`,
      'gi',
    ),
    strength: Strength.Explicit,
    before: true,
  },
  {
    regex: /(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode|-ascii)?|-F|--form(?:-string)?|--json)(?=[\s='"])/g,
    strength: Strength.Implied,
    method: 'POST',
    curl: true,
  },
  { regex: /(?:^|\s)(?:-T|--upload-file)(?=[\s='"])/g, strength: Strength.Implied, method: 'PUT', curl: true },
  { regex: /(?:^|\s)(?:-G|--get)(?=\s)/g, strength: Strength.Explicit, method: 'GET', curl: true },
  { regex: /--post-(?:data|file)\b/g, strength: Strength.Implied, method: 'POST' },
  { regex: /\b(?:Request|urlopen)\s*\([^)]*\bdata\s*=/g, strength: Strength.Implied, method: 'POST' },
  { regex: /\b(?:fetch|urlopen|curl|wget|URI\.open|open-uri)\b/g, strength: Strength.Default, method: 'GET' },
];

/** The HTTP method of the request around a path, or of the request its variable is given to a few lines below. */
function methodNear(text: string, hit: number, end: number): MethodClue | undefined {
  const here = cluesInStatement(text, hit, end);
  if (here && here.strength !== Strength.Default) return here;
  const name = assignedName(text, hit);
  if (name) {
    const lineEnd = text.indexOf('\n', end);
    const tail = text.slice(lineEnd === -1 ? text.length : lineEnd, nthNewline(text, end, 15));
    const use = new RegExp(`(?<![\\w$.])${name.replace(/[.$]/g, '\\$&')}(?![\\w$])(?!\\s*(?::=|=(?!=)))`, 'g');
    for (let m = use.exec(tail); m; m = use.exec(tail)) {
      const at = (lineEnd === -1 ? text.length : lineEnd) + m.index;
      const clue = cluesInStatement(text, at, at + m[0].length);
      if (clue) return clue;
    }
  }
  return here;
}

function nthNewline(text: string, from: number, n: number): number {
  let at = from;
  for (let k = 0; k < n; k++) {
    const next = text.indexOf('\n', at + 1);
    if (next === -1) return text.length;
    at = next;
  }
  return at;
}

/** Clues in the statement around [hit, end): back to the line's start (and continued lines), on to the call's end. */
function cluesInStatement(text: string, hit: number, end: number): MethodClue | undefined {
  let start = text.lastIndexOf('\n', hit - 1) + 1;
  for (let k = 0; k < 4 && start > 0; k++) {
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    const previous = text.slice(previousStart, start - 1).trimEnd();
    const head = text.slice(start, hit).trim();
    // The path is an argument on its own line, or the line before goes on (`\`, `(`, `,`, `{`, `|`).
    if (/[\\(,{[|]$/.test(previous) || /^[\s"'`fFrRbB$]*$/.test(head) || /^[.)]/.test(head)) start = previousStart;
    else break;
  }
  let depth = 0;
  let stop = end;
  const limit = Math.min(text.length, end + 600);
  for (; stop < limit; stop++) {
    const c = text[stop];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth < 0) break;
    } else if (c === '\n' && depth <= 0) {
      const lineBefore = text.slice(text.lastIndexOf('\n', stop - 1) + 1, stop).trimEnd();
      if (!/[\\,(|]$/.test(lineBefore) && !/^\s*[.-]/.test(text.slice(stop + 1, stop + 40))) break;
    }
  }
  const window = text.slice(start, stop);
  const offset = hit - start;
  const hasCurl = /\bcurl\b/.test(window);
  let best: MethodClue | undefined;
  for (const rule of CLUES) {
    if (rule.curl && !hasCurl) continue;
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(window); m; m = rule.regex.exec(window)) {
      if (rule.before && m.index >= offset) break;
      // Text inside the path itself (a `-d` in a query, a `.get` in a host name) is not a clue.
      if (m.index >= offset && m.index < offset + (end - hit)) continue;
      const method = (rule.method ?? m[1] ?? '').toUpperCase();
      const clue = { method, strength: rule.strength, index: m.index };
      if (
        !best ||
        clue.strength > best.strength ||
        (clue.strength === best.strength && Math.abs(clue.index - offset) < Math.abs(best.index - offset))
      ) {
        best = clue;
      }
    }
  }
  return best;
}

class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  lineOf(index: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
