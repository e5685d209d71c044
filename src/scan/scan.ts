/**
 * The scan: walk the source paths, keep the files that contain a cheap literal (prefilter), find the calls in them
 * (raw HTTP, streaming, workflow actions, client libraries) and look each up in Mastodon's endpoint table.
 *
 * Files are handled one at a time and dropped; only the calls found are kept. The walk is synchronous (it is fastest
 * for many small files) and hands the event loop back every few files, so requests in flight are still answered.
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { findChannel, findRoute } from './endpoints.ts';
import { TABLE_SOURCE } from './endpoint-table.ts';
import { findHttpCalls, httpPrefilter } from './http.ts';
import { findLibraryCalls, languageOf, libraryPrefilter } from './libraries.ts';
import type { ApiCall, FoundCalls, SourceFile, UnresolvedCall } from './types.ts';
import { hasAny } from './bytes.ts';
import { PrefilterThread, type PrefilterAnswer, type PrefilterFile } from './prefilter.ts';
import {
  isScriptName,
  isTestPath,
  MAX_FILE_BYTES,
  newWalkStats,
  readSourceFile,
  skip,
  skipByName,
  walkPaths,
  type SkipReason,
  type WalkStats,
} from './walk.ts';
import { findWorkflowCalls, workflowPrefilter } from './workflow.ts';

/** A call found in the code, with the scopes its endpoint accepts (any one of them passes). */
export interface ScannedCall extends ApiCall {
  readonly accepts: readonly string[];
}

export interface ScanResult {
  /** calls in the bot's own code: these make its needs */
  readonly calls: readonly ScannedCall[];
  readonly unresolved: readonly UnresolvedCall[];
  /** calls found only in tests: listed apart, never counted */
  readonly testCalls: readonly ScannedCall[];
  readonly testUnresolved: readonly UnresolvedCall[];
  readonly stats: WalkStats;
}

export interface ScanOptions {
  /** the workspace; resolved to its real path, and nothing outside it is read */
  readonly root: string;
  /** workspace-relative files, folders or globs */
  readonly paths: readonly string[];
  /** hand the event loop back every this many files (default 64) */
  readonly yieldEvery?: number;
  /** share the files with a second thread once this many were walked (default 2000; tests set it low) */
  readonly parallelAfter?: number;
}

/**
 * The workspace a path outside the current folder (`../other-bot`, `/srv/bot`) is scanned as: a folder is its own, a
 * file is scanned inside its folder. Undefined when nothing is at the path.
 */
export function ownWorkspace(path: string): Pick<ScanOptions, 'root' | 'paths'> | undefined {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    return undefined;
  }
  return isDirectory ? { root: path, paths: ['.'] } : { root: dirname(path), paths: [basename(path)] };
}

const HTTP_NEEDLES = httpPrefilter.map((s) => Buffer.from(s));
const WORKFLOW_NEEDLES = workflowPrefilter.map((s) => Buffer.from(s));
const WORKFLOW_FILE = /\.ya?ml$/i;

/** Files walked before a second thread is worth starting, and the batch each thread takes in turn. */
const PARALLEL_AFTER = 2000;
const BATCH = 128;

export async function scanSources(options: ScanOptions): Promise<ScanResult> {
  const root = realpathSync(options.root);
  const stats = newWalkStats();
  const calls: ScannedCall[] = [];
  const unresolved: UnresolvedCall[] = [];
  const testCalls: ScannedCall[] = [];
  const testUnresolved: UnresolvedCall[] = [];
  const libraryNeedles = libraryPrefilter.map((s) => Buffer.from(s));
  const yieldEvery = options.yieldEvery ?? 64;
  const parallelAfter = options.parallelAfter ?? PARALLEL_AFTER;
  const buffer = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);

  const recognise = (path: string, bytes: Buffer, own: boolean, usesLibrary: boolean) => {
    const file: SourceFile = { path, text: bytes.toString('utf8') };
    const resolved = resolveCalls(findCalls(file, own, usesLibrary));
    const test = isTestPath(path);
    (test ? testCalls : calls).push(...resolved.calls);
    (test ? testUnresolved : unresolved).push(...resolved.unresolved);
  };

  let thread: PrefilterThread | undefined;
  const answers: Promise<PrefilterAnswer>[] = [];
  let batch: PrefilterFile[] = [];
  let count = 0;
  for (const path of walkPaths({ root, paths: options.paths, stats })) {
    if (++count % yieldEvery === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const name = path.slice(path.lastIndexOf('/') + 1);
    const library = languageOf(path) !== undefined;
    // A large tree: every other batch of files goes to a second thread (prefilter.ts).
    if (count > parallelAfter && Math.floor(count / BATCH) % 2 === 1) {
      const byName = skipByName(name);
      if (byName) {
        skip(stats, byName);
        continue;
      }
      thread ??= new PrefilterThread(root, MAX_FILE_BYTES, {
        own: httpPrefilter,
        workflow: workflowPrefilter,
        library: libraryPrefilter,
      });
      batch.push({ path, script: isScriptName(name), workflow: WORKFLOW_FILE.test(path), library });
      if (batch.length >= BATCH) {
        answers.push(thread.check(batch));
        batch = [];
      }
      continue;
    }
    const walked = readSourceFile(root, path, stats, buffer);
    if (!walked) continue;
    const bytes = walked.bytes;
    // Each recogniser's literals only where it can find something: workflows are YAML, libraries have languages.
    const own = hasAny(bytes, HTTP_NEEDLES) || (WORKFLOW_FILE.test(path) && hasAny(bytes, WORKFLOW_NEEDLES));
    const usesLibrary = library && hasAny(bytes, libraryNeedles);
    if (own || usesLibrary) recognise(path, bytes, own, usesLibrary);
  }
  if (thread) {
    try {
      if (batch.length) answers.push(thread.check(batch));
      for (const answer of await Promise.all(answers)) {
        stats.files += answer.files;
        stats.bytes += answer.bytes;
        for (const [reason, n] of Object.entries(answer.skipped) as [SkipReason, number][]) {
          stats.skipped[reason] = (stats.skipped[reason] ?? 0) + n;
        }
        // The few files with a literal are read again here, with the same rules, and recognised.
        for (const hit of answer.hits) {
          const walked = readSourceFile(root, hit.path, newWalkStats(), buffer);
          if (walked) recognise(hit.path, walked.bytes, hit.own, hit.library);
        }
      }
    } finally {
      await thread.close();
    }
  }
  // Walk order and thread order differ: the same tree gives the same report.
  const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
  for (const list of [calls, unresolved, testCalls, testUnresolved]) list.sort(byPlace);
  return { calls, unresolved, testCalls, testUnresolved, stats };
}

/** Every recogniser over one file; the same request seen twice (a library call on a raw path) counts once. */
export function findCalls(file: SourceFile, own = true, library = true): FoundCalls {
  const parts: FoundCalls[] = [];
  if (own) parts.push(findHttpCalls(file), findWorkflowCalls(file));
  if (library) parts.push(findLibraryCalls(file));
  const seen = new Set<string>();
  const calls: ApiCall[] = [];
  for (const call of parts.flatMap((p) => p.calls)) {
    const key = `${call.line}\u0000${call.method ?? ''}\u0000${call.route ?? call.what}`;
    if (seen.has(key)) continue;
    seen.add(key);
    calls.push(call);
  }
  return { calls, unresolved: parts.flatMap((p) => p.unresolved) };
}

/** Looks each call's route up in the endpoint table; a route the table does not know is unresolved, never dropped. */
export function resolveCalls(found: FoundCalls): { calls: ScannedCall[]; unresolved: UnresolvedCall[] } {
  const calls: ScannedCall[] = [];
  const unresolved = [...found.unresolved];
  for (const call of found.calls) {
    const accepts = acceptedScopes(call);
    if (typeof accepts === 'string') {
      unresolved.push({ file: call.file, line: call.line, what: call.what, reason: accepts });
    } else {
      calls.push({ ...call, accepts });
    }
  }
  return { calls, unresolved };
}

/** The scopes the call's endpoint accepts, or why they cannot be told. */
function acceptedScopes(call: ApiCall): readonly string[] | string {
  if (!call.route) return 'the endpoint was not recognised';
  if (call.route.startsWith('stream:')) {
    const channel = findChannel(call.route.slice('stream:'.length));
    return channel ? channel.scopes : `\`${call.route.slice(7)}\` is not a channel of Mastodon’s streaming server`;
  }
  const route = findRoute(call.method, call.route);
  if (route) return route.scopes;
  const anyMethod = findRoute(undefined, call.route);
  return anyMethod
    ? `Mastodon does not answer ${call.method ?? '?'} ${call.route}`
    : `${call.route} is not an endpoint of Mastodon ${TABLE_SOURCE.mastodonVersion}`;
}
