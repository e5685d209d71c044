/**
 * `--scopes-from PATH`: the least scopes the code under PATH needs, from the scanner (src/scan), the same one that
 * `mastodon-token-health scopes` and the action's `source-paths` use. Calls whose endpoint cannot be told are never
 * dropped: they stop the command unless --scopes adds what they need.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { analyseNeeds } from '../scan/needs.ts';
import { ownWorkspace, scanSources, type ScanOptions } from '../scan/scan.ts';
import type { UnresolvedCall } from '../scan/types.ts';
import { SourcePathError } from '../inputs/source-paths.ts';
import { UsageError } from './errors.ts';

export interface CodeNeeds {
  readonly needed: string[];
  readonly calls: number;
  readonly unresolved: readonly UnresolvedCall[];
}

export async function scopesFromCode(path: string, cwd: string): Promise<CodeNeeds> {
  const target = resolve(cwd, path);
  const rel = relative(cwd, target);
  let workspace: Pick<ScanOptions, 'root' | 'paths'> = { root: cwd, paths: [rel || '.'] };
  if (rel.startsWith('..') || isAbsolute(rel)) {
    const own = ownWorkspace(target);
    if (!own) throw new UsageError(`--scopes-from ${path}: no such file or folder.`);
    workspace = own;
  }
  try {
    const scan = await scanSources(workspace);
    return { needed: analyseNeeds(scan.calls).needed, calls: scan.calls.length, unresolved: scan.unresolved };
  } catch (error) {
    if (error instanceof SourcePathError) throw new UsageError(`--scopes-from ${path}: ${error.message}.`);
    throw error;
  }
}
