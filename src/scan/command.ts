/**
 * `mastodon-token-health scopes [PATH...]`: the scopes the code needs, each with the calls that need it, then the
 * calls whose endpoint could not be told. Reads files as text; runs nothing.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parseScopeList } from '../mastodon/scopes.ts';
import { messageOf } from '../util/errors.ts';
import { analyseNeeds } from './needs.ts';
import { renderScopesMarkdown, renderScopesText, scopesJson } from './render.ts';
import { ownWorkspace, scanSources, type ScanResult } from './scan.ts';
import type { UnresolvedCall } from './types.ts';
import { newWalkStats, SourcePathError } from './walk.ts';

export const SCOPES_USAGE = `Usage: mastodon-token-health scopes [PATH...] [options]

Reads the code under PATH (files, folders or globs; default: the current folder) and prints the least scopes
it needs, each with the calls that need it (file:line, what was called), then the calls whose endpoint could
not be told. Nothing is run: files are read as text. Dependency and build folders, minified and binary files,
files over 1 MiB and what .gitignore ignores are skipped; calls found only in tests are listed apart.

Options:
  --required-scopes SCOPES    compare with a declaration: undeclared needs fail (exit 1), unneeded scopes warn
  --server-version VERSION    the server's Mastodon version (before 4.3, read:accounts instead of profile)
  --format text|markdown|json output format (default text)
  -h, --help                  this help

Exit status: 0 fine, 1 needs the declaration does not cover, 2 bad input.
`;

export async function scopesCommand(
  argv: readonly string[],
  cwd: string,
  stdout: (s: string) => void,
  stderr: (s: string) => void,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        'required-scopes': { type: 'string' },
        'server-version': { type: 'string' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    stderr(`${messageOf(error)}.\n\n${SCOPES_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    stdout(SCOPES_USAGE);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'markdown' && format !== 'json') {
    stderr(`--format is '${format}'; expected text, markdown or json.\n`);
    return 2;
  }
  const declaration = parseScopeList(values['required-scopes'] ?? '');
  if (declaration.unknown.length) {
    const bad = declaration.unknown.map(
      (u) => `'${u.name}'${u.suggestion ? ` (did you mean '${u.suggestion}'?)` : ''}`,
    );
    stderr(`--required-scopes has unknown scopes: ${bad.join(', ')}.\n`);
    return 2;
  }
  let scan: ScanResult;
  try {
    scan = await scanPaths(positionals.length ? positionals : ['.'], cwd);
  } catch (error) {
    if (!(error instanceof SourcePathError)) throw error;
    stderr(`${error.message}.\n`);
    return 2;
  }
  const declared = declaration.scopes;
  const needs = analyseNeeds(scan.calls, declared, values['server-version']);
  const view = { scan, needs, ...(declared.length ? { declared } : {}) };
  stdout(
    format === 'json'
      ? `${JSON.stringify(scopesJson(view), null, 2)}\n`
      : format === 'markdown'
        ? renderScopesMarkdown(view)
        : renderScopesText(view),
  );
  return needs.undeclared.length ? 1 : 0;
}

/**
 * Paths inside the current folder are scanned with it as the workspace; a path outside it (`../other-bot`,
 * `/srv/bot`) is scanned as its own workspace. File names are shown relative to the current folder either way.
 */
async function scanPaths(paths: readonly string[], cwd: string): Promise<ScanResult> {
  const inside: string[] = [];
  const outside: string[] = [];
  for (const path of paths) {
    const rel = relative(cwd, resolve(cwd, path));
    if (!isAbsolute(path) && !rel.startsWith('..')) inside.push(rel.split(sep).join('/') || '.');
    else outside.push(resolve(cwd, path));
  }
  const results: ScanResult[] = [];
  if (inside.length) results.push(await scanSources({ root: cwd, paths: inside }));
  for (const path of outside) {
    const own = ownWorkspace(path);
    if (!own) throw new SourcePathError(`'${path}' does not exist`);
    const result = await scanSources(own);
    const prefix = relative(cwd, own.root).split(sep).join('/');
    const move = <T extends { file: string }>(c: T): T => ({ ...c, file: prefix ? `${prefix}/${c.file}` : c.file });
    results.push({
      calls: result.calls.map(move),
      unresolved: result.unresolved.map(move),
      testCalls: result.testCalls.map(move),
      testUnresolved: result.testUnresolved.map(move),
      stats: result.stats,
    });
  }
  return mergeResults(results);
}

function mergeResults(results: readonly ScanResult[]): ScanResult {
  const stats = newWalkStats();
  const unresolved: UnresolvedCall[] = [];
  for (const r of results) {
    stats.files += r.stats.files;
    stats.bytes += r.stats.bytes;
    for (const [reason, n] of Object.entries(r.stats.skipped)) {
      const key = reason as keyof typeof stats.skipped;
      stats.skipped[key] = (stats.skipped[key] ?? 0) + (n ?? 0);
    }
    stats.symlinks.push(...r.stats.symlinks);
    stats.unmatched.push(...r.stats.unmatched);
    unresolved.push(...r.unresolved);
  }
  return {
    calls: results.flatMap((r) => r.calls),
    unresolved,
    testCalls: results.flatMap((r) => r.testCalls),
    testUnresolved: results.flatMap((r) => r.testUnresolved),
    stats,
  };
}
