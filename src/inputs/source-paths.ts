/**
 * `source-paths` entries: relative to the workspace and inside it. Validated with the other inputs (settings.ts),
 * without loading the scanner; the scanner's walk holds every path it reads to the same rule.
 */
import { isAbsolute, posix } from 'node:path';

export class SourcePathError extends Error {}

/** Validates one entry: relative, inside the workspace; returns it with forward slashes, normalised. */
export function normaliseSourcePath(entry: string): string {
  const raw = entry.trim().replace(/\\/g, '/');
  if (!raw) throw new SourcePathError('an empty entry');
  if (isAbsolute(raw) || /^[A-Za-z]:\//.test(raw)) {
    throw new SourcePathError(`'${raw}' is absolute; give paths relative to the workspace (the repository's root)`);
  }
  const normal = posix.normalize(raw).replace(/\/+$/, '');
  if (normal === '..' || normal.startsWith('../')) {
    throw new SourcePathError(`'${raw}' leaves the workspace; only files of the checked-out repository are scanned`);
  }
  return normal === '' ? '.' : normal;
}
