/**
 * `--scopes-from PATH`: the least scopes the code under PATH needs, from the scanner (src/scan), the same one that
 * `mastodon-token-health scopes` and the action's `source-paths` use. Calls whose endpoint cannot be told are never
 * dropped: they stop the command unless --scopes adds what they need.
 */
import { statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { analyseNeeds } from '../scan/needs.ts';
import { scanSources } from '../scan/scan.ts';
import { SourcePathError } from '../inputs/source-paths.ts';
import { UsageError } from './errors.ts';

export interface CodeNeeds {
  readonly needed: string[];
  readonly calls: number;
  readonly unresolved: readonly { file: string; line: number; what: string; reason: string }[];
}

export async function scopesFromCode(path: string, cwd: string): Promise<CodeNeeds> {
  const target = resolve(cwd, path);
  const rel = relative(cwd, target);
  let root = cwd;
  let paths = [rel || '.'];
  if (rel.startsWith('..') || isAbsolute(rel)) {
    let directory: boolean;
    try {
      directory = statSync(target).isDirectory();
    } catch {
      throw new UsageError(`--scopes-from ${path}: no such file or folder.`);
    }
    root = directory ? target : dirname(target);
    paths = [directory ? '.' : basename(target)];
  }
  try {
    const scan = await scanSources({ root, paths });
    return { needed: analyseNeeds(scan.calls).needed, calls: scan.calls.length, unresolved: scan.unresolved };
  } catch (error) {
    if (error instanceof SourcePathError) throw new UsageError(`--scopes-from ${path}: ${error.message}.`);
    throw error;
  }
}
