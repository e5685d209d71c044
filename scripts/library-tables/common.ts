// Shared by the library-table generators: matching a library's request paths to the routes of
// reference/mastodon-endpoint-scopes.json, and writing a table with its provenance.
// The generators read a library's source from a directory the caller names; they never download anything.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One request as a library's source spells it: `{id}` (or any `{...}`) marks a value filled at run time. */
export interface RawRequest {
  readonly method: string | null;
  readonly path: string | null;
  readonly stream?: boolean;
  /** the inner methods this request is made through, outermost first */
  readonly via?: readonly string[];
}

/** One request of a table: an HTTP route as the endpoint table spells it, or a streaming channel. */
export interface TableRequest {
  readonly method?: string;
  readonly route: string;
  readonly via?: string;
}

export interface Provenance {
  readonly library: string;
  readonly version: string;
  /** e.g. `Mastodon.py 2.x`: what ApiCall.library says */
  readonly label: string;
  readonly source: Record<string, string>;
  readonly generator: string;
}

export interface Override {
  readonly method: string;
  readonly why: string;
  /** requests to put in place of what the parser found (empty: the method makes no request) */
  readonly requests: readonly TableRequest[];
}

export interface LibraryTable extends Provenance {
  readonly referenceCommit: string;
  readonly overrides: readonly Override[];
  /** requests the generator found but could not match to a route: listed so nothing is silently lost */
  readonly unmatched: Record<string, readonly string[]>;
  readonly extra?: Record<string, unknown>;
  readonly methods: Record<string, readonly TableRequest[]>;
}

interface ReferenceRoute {
  readonly method: string;
  readonly path: string;
  readonly channel?: string;
}

interface ReferenceFile {
  header: { mastodonCommit: string };
  endpoints: ReferenceRoute[];
  otherEndpoints: ReferenceRoute[];
  oauthEndpoints: ReferenceRoute[];
  legacyEndpoints: ReferenceRoute[];
  streamingEndpoints: ReferenceRoute[];
}

/** The endpoint table: REFERENCE env var, else the repository's copy of the reference (streaming channels included). */
export function loadReference(
  file = process.env['REFERENCE'] ??
    fileURLToPath(new URL('../../__tests__/fixtures/mastodon-endpoint-scopes.json', import.meta.url)),
): ReferenceFile {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ReferenceFile> & Pick<ReferenceFile, 'header'>;
  return {
    header: parsed.header,
    endpoints: parsed.endpoints ?? [],
    otherEndpoints: parsed.otherEndpoints ?? [],
    oauthEndpoints: parsed.oauthEndpoints ?? [],
    legacyEndpoints: parsed.legacyEndpoints ?? [],
    streamingEndpoints: parsed.streamingEndpoints ?? [],
  };
}

const PLACEHOLDER = /^\{[^}]*\}$|^:\w+$/;

function segments(rawPath: string): string[] {
  const noQuery = rawPath.split('?')[0] ?? '';
  const trimmed = noQuery.length > 1 ? noQuery.replace(/\/+$/, '') : noQuery;
  return trimmed.split('/');
}

/** The route of the endpoint table a library path names, or undefined. A literal segment beats a parameter. */
export function matchRoute(
  reference: ReferenceFile,
  method: string | null,
  rawPath: string | null,
): TableRequest | undefined {
  if (rawPath === null || !rawPath.startsWith('/')) return undefined;
  const wanted = segments(rawPath);
  if (wanted[3] === 'streaming' || (wanted[2] === 'v1' && wanted[3] === 'streaming')) {
    const channel = reference.streamingEndpoints.find((e) => e.path === wanted.join('/'));
    if (channel?.channel) return { route: `stream:${channel.channel.split(' ')[0]}` };
  }
  const routes = [
    ...reference.endpoints,
    ...reference.otherEndpoints,
    ...reference.legacyEndpoints,
    ...reference.oauthEndpoints,
  ];
  let best: { route: ReferenceRoute; score: number } | undefined;
  for (const route of routes) {
    if (method !== null && !route.method.split('|').includes(method)) continue;
    const have = route.path.split('/');
    if (have.length !== wanted.length) continue;
    let score = 0;
    let ok = true;
    for (let i = 0; i < have.length; i++) {
      const a = have[i] ?? '';
      const b = wanted[i] ?? '';
      if (a === b) score += 2;
      else if (a.startsWith(':') && b !== '') score += PLACEHOLDER.test(b) ? 1 : 0;
      else {
        ok = false;
        break;
      }
    }
    if (ok && (best === undefined || score > best.score)) best = { route, score };
  }
  if (best === undefined) return undefined;
  return { method: method ?? best.route.method, route: best.route.path };
}

export function buildMethods(
  reference: ReferenceFile,
  raw: Record<string, readonly RawRequest[]>,
  overrides: readonly Override[],
): { methods: Record<string, TableRequest[]>; unmatched: Record<string, string[]> } {
  const methods: Record<string, TableRequest[]> = {};
  const unmatched: Record<string, string[]> = {};
  const overridden = new Map(overrides.map((o) => [o.method, o]));
  for (const name of Object.keys(raw).sort()) {
    const override = overridden.get(name);
    if (override) {
      methods[name] = [...override.requests];
      continue;
    }
    const found: TableRequest[] = [];
    for (const request of raw[name] ?? []) {
      const match = matchRoute(reference, request.method, request.path);
      if (match === undefined) {
        (unmatched[name] ??= []).push(`${request.method ?? '?'} ${request.path ?? '(computed at run time)'}`);
        continue;
      }
      const via = request.via && request.via.length > 0 ? request.via.join(' > ') : undefined;
      const entry: TableRequest = via ? { ...match, via } : match;
      if (!found.some((f) => f.method === entry.method && f.route === entry.route)) found.push(entry);
    }
    methods[name] = found;
  }
  for (const override of overrides) {
    if (!(override.method in methods)) methods[override.method] = [...override.requests];
  }
  return { methods, unmatched };
}

export function writeTable(file: string, table: LibraryTable): void {
  const target = path.join(repoRoot, 'src', 'scan', 'libraries', file);
  writeFileSync(target, JSON.stringify(table, null, 2) + '\n');
  execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'prettier'), ['--write', '--log-level', 'warn', target]);
  const count = Object.keys(table.methods).length;
  const lost = Object.keys(table.unmatched).length;
  console.log(`${path.relative(repoRoot, target)}: ${count} methods, ${lost} with unmatched requests`);
}

export function git(gitDir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function argv(usage: string, count: number): string[] {
  const args = process.argv.slice(2);
  if (args.length < count) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return args;
}

/** An npm tarball (from `npm pack <pkg>@<version>`) unpacked in a temporary folder, with its registry integrity. */
export function unpackNpmTarball(tgz: string): {
  root: string;
  name: string;
  version: string;
  integrity: string;
  remove: () => void;
} {
  const integrity = 'sha512-' + createHash('sha512').update(readFileSync(tgz)).digest('base64');
  const unpacked = mkdtempSync(path.join(tmpdir(), 'library-table-'));
  execFileSync('tar', ['xzf', tgz, '-C', unpacked]);
  const root = path.join(unpacked, 'package');
  const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return { root, name, version, integrity, remove: () => rmSync(unpacked, { recursive: true, force: true }) };
}
