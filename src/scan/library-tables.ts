// The generated method -> endpoint tables (src/scan/libraries/*.json, made by scripts/library-tables/ from each
// library's own source at a pinned version) and the helpers every recogniser shares.
import { ROUTES } from './endpoint-table.ts';
import { channelOfPath, compileRoutes, routeOfRequest } from './endpoints.ts';
import type { ApiCall, UnresolvedCall } from './types.ts';
import mastodonPy2 from './libraries/mastodon-py-2.json' with { type: 'json' };
import mastodonPy1 from './libraries/mastodon-py-1.json' with { type: 'json' };
import masto8 from './libraries/masto-8.json' with { type: 'json' };
import masto6 from './libraries/masto-6.json' with { type: 'json' };
import masto5 from './libraries/masto-5.json' with { type: 'json' };
import megalodon from './libraries/megalodon.json' with { type: 'json' };
import goMastodon from './libraries/go-mastodon.json' with { type: 'json' };
import mastodonApiGem from './libraries/mastodon-api-gem.json' with { type: 'json' };
import elefren from './libraries/elefren.json' with { type: 'json' };
import mastodonApiNpm from './libraries/mastodon-api-npm.json' with { type: 'json' };
import mastodonNpm from './libraries/mastodon-npm.json' with { type: 'json' };

export interface TableRequest {
  readonly method?: string;
  readonly route: string;
  readonly via?: string;
}

export interface LibraryTable {
  readonly library: string;
  readonly version: string;
  readonly label: string;
  readonly methods: Readonly<Record<string, readonly TableRequest[]>>;
  readonly unmatched: Readonly<Record<string, readonly string[]>>;
  readonly extra?: Readonly<Record<string, unknown>>;
}

const table = (json: unknown): LibraryTable => json as LibraryTable;

/** Newest first: a method is looked up in each in turn. */
export const TABLES = {
  mastodonPy: [table(mastodonPy2), table(mastodonPy1)],
  masto: [table(masto8), table(masto6), table(masto5)],
  /** masto 5.x first for a file that uses its login() */
  mastoLogin: [table(masto5), table(masto8), table(masto6)],
  mastodonApiNpm: table(mastodonApiNpm),
  mastodonNpm: table(mastodonNpm),
  megalodon: [table(megalodon)],
  goMastodon: [table(goMastodon)],
  mastodonApiGem: [table(mastodonApiGem)],
  elefren: [table(elefren)],
} as const;

export type Lookup =
  | { readonly kind: 'known'; readonly table: LibraryTable; readonly requests: readonly TableRequest[] }
  | { readonly kind: 'gone'; readonly table: LibraryTable; readonly requests: readonly string[] }
  | { readonly kind: 'unknown' };

export function lookup(tables: readonly LibraryTable[], name: string): Lookup {
  for (const candidate of tables) {
    if (!Object.hasOwn(candidate.methods, name)) continue;
    const requests = candidate.methods[name] ?? [];
    const lost = Object.hasOwn(candidate.unmatched, name) ? (candidate.unmatched[name] ?? []) : [];
    if (requests.length === 0 && lost.length > 0) return { kind: 'gone', table: candidate, requests: lost };
    return { kind: 'known', table: candidate, requests };
  }
  return { kind: 'unknown' };
}

/** Collects calls for one file; `at` turns an offset into a 1-based line. */
export class Collector {
  readonly calls: ApiCall[] = [];
  readonly unresolved: UnresolvedCall[] = [];
  private readonly lineStarts: number[] = [0];
  readonly file: string;
  readonly text: string;

  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** True when the offset sits on a line that is a comment (`#`, `//`, `*`, `--`). */
  inComment(offset: number): boolean {
    const start = this.lineStarts[this.lineAt(offset) - 1] ?? 0;
    const before = this.text.slice(start, offset).trimStart();
    return /^(#|\/\/|\/?\*|--)/.test(before);
  }

  /** The calls of one library method, or an unresolved call when the method is unknown or its endpoint is gone. */
  method(offset: number, what: string, found: Lookup, libraryName: string): void {
    const line = this.lineAt(offset);
    if (found.kind === 'unknown') {
      this.unresolved.push({
        file: this.file,
        line,
        what,
        reason: `not a method of ${libraryName} as far as its tables know`,
      });
      return;
    }
    if (found.kind === 'gone') {
      this.unresolved.push({
        file: this.file,
        line,
        what,
        reason: `${found.table.label} sends ${found.requests.join(', ')}, which the endpoint table does not have`,
      });
      return;
    }
    for (const request of found.requests) this.add(line, what, request.route, found.table.label, request.method);
  }

  add(line: number, what: string, route: string, library: string, method?: string): void {
    const streaming = route.startsWith('stream:');
    if (this.calls.some((c) => c.line === line && c.what === what && c.route === route)) return;
    this.calls.push({
      file: this.file,
      line,
      what,
      via: streaming ? 'streaming' : 'library',
      ...(method && !streaming ? { method } : {}),
      route,
      library,
    });
  }

  unresolvedAt(offset: number, what: string, reason: string): void {
    this.unresolved.push({ file: this.file, line: this.lineAt(offset), what, reason });
  }
}

/**
 * The dotted receiver that ends just before `end` (`this.masto`, `self.client`, `bot.mstd`, `c.NewWSClient()`),
 * skipping the spaces, newlines and line-continuation backslashes between it and the dot.
 */
export function receiverBefore(text: string, end: number): string {
  while (end > 0 && /[\s\\]/.test(text[end - 1] ?? '')) end--;
  let i = end;
  if (text[i - 1] === ')' && text[i - 2] === '(') i -= 2; // Go: c.NewWSClient().StreamingWSUser(
  while (i > 0 && /[\w$.?@]/.test(text[i - 1] ?? '')) i--;
  return text
    .slice(i, end)
    .replace(/\?\./g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/**
 * The routes a library's path may name: the REST API's and the legacy ones a library may still call, not the OAuth
 * endpoints nor those beside the REST API (alpha, the web app's).
 */
const LIBRARY_ROUTES = compileRoutes(ROUTES.filter((r) => r.kind === 'rest' || r.kind === 'legacy'));

/** A path as written, cut into segments; undefined unless it is absolute with no empty segment. */
function segmentsOf(path: string): string[] | undefined {
  const clean = (path.split(/[?#]/)[0] ?? '').replace(/\/+$/, '');
  if (!clean.startsWith('/')) return undefined;
  const segments = clean.slice(1).split('/');
  return segments.includes('') ? undefined : segments;
}

/**
 * The route of the endpoint table a concrete or templated path names (`/api/v1/statuses/:id/favourite`,
 * `/api/v1/statuses/{}/favourite`, `/api/v1/statuses/123/favourite`), for libraries whose methods take a path.
 * `{}` marks a value only known at run time. A literal segment beats a parameter.
 */
export function matchRoute(method: string, path: string): string | undefined {
  const segments = segmentsOf(path);
  return segments && routeOfRequest(method, segments, LIBRARY_ROUTES)?.path;
}

/** The streaming channel a streaming path names (`/api/v1/streaming/public/local` -> `public:local`). */
export function channelOf(path: string): string | undefined {
  const segments = segmentsOf(path);
  return segments && channelOfPath(segments);
}
