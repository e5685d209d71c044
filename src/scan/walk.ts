/**
 * The files a scan reads: `source-paths` (files, folders, globs) under the workspace, one file at a time.
 *
 * The repository may be a fork's, so it is hostile: symbolic links are never followed (a link could name a file
 * outside the workspace, and an annotation would print what it read), files are opened with O_NOFOLLOW and only when
 * they are regular files, and paths that leave the workspace are refused. Dependency folders, virtual environments,
 * build output, minified bundles, `.git`, binary files and files over 1 MiB are skipped, and `.gitignore` files
 * (nested ones too) are honoured, so a bot's own `dist/` bundling masto.js does not "need" every scope.
 *
 * The walk is a generator over an explicit stack of folders: it never holds the tree, only the folders still to visit
 * and one file's bytes, read into one reused buffer.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { globToRegExpSource, hasGlobMagic, ignoreVerdict, parseGitignore, type IgnoreRule } from './glob.ts';
import { isBinary, looksMinified } from './bytes.ts';
import { normaliseSourcePath } from '../inputs/source-paths.ts';

export { normaliseSourcePath, SourcePathError } from '../inputs/source-paths.ts';

export const MAX_FILE_BYTES = 1024 * 1024;

/** Folders that hold other people's code or generated output, never the bot's own calls. */
const SKIPPED_FOLDERS = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  '.venv',
  'venv',
  'virtualenv',
  'site-packages',
  'dist-packages',
  '__pycache__',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  'dist',
  'build',
  'out',
  '.next',
  '.nuxt',
  '.svelte-kit',
  'coverage',
  'target',
  '.gradle',
  '.cache',
  '.yarn',
  '.pnpm-store',
  'Pods',
  '.bundle',
]);

/** Extensions that are never source: skipped by name, without opening the file. */
const SKIPPED_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif webp bmp ico icns tif tiff psd svg mp3 mp4 m4a ogg oga opus wav flac webm mov avi mkv ' +
    'zip gz tgz bz2 xz zst 7z rar jar war whl egg so dylib dll exe bin o a class pyc pyo wasm node ' +
    'woff woff2 ttf otf eot pdf doc docx xls xlsx ppt pptx odt sqlite db ' +
    'map lock sum md markdown rst txt adoc json csv tsv log'
  ).split(' '),
);

const MINIFIED_NAME = /[.-]min\.[cm]?js$|\.bundle\.[cm]?js$|\.chunk\.[cm]?js$/;
const SCRIPT_NAME = /\.[cm]?[jt]sx?$/;
const LOCKFILE_NAME =
  /^(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|npm-shrinkwrap\.json|Gemfile\.lock|poetry\.lock)$/;
/** Tests are listed apart: their calls are not the bot's needs. */
const TEST_FOLDER = /(?:^|\/)(?:tests?|__tests__|specs?|testdata|test_data|fixtures|e2e)\//;
const TEST_NAME = /(?:^test_.*\.py$|_test\.\w+$|\.test\.\w+$|\.spec\.\w+$|_spec\.rb$|^conftest\.py$)/;

export type SkipReason =
  | 'dependency or build folder'
  | 'ignored by .gitignore'
  | 'symbolic link'
  | 'not a regular file'
  | 'over 1 MiB'
  | 'binary'
  | 'minified'
  | 'not source'
  | 'unreadable';

export interface WalkedFile {
  readonly path: string;
  /** the file's bytes, valid only until the walk moves on (one buffer is reused) */
  readonly bytes: Buffer;
  readonly isTest: boolean;
}

export interface WalkStats {
  files: number;
  bytes: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** symbolic links met, workspace-relative: listed so that a link pointing out of the workspace is visible */
  symlinks: string[];
  /** `source-paths` entries that matched nothing */
  unmatched: string[];
}

interface Folder {
  readonly path: string;
  /** .gitignore rules in force, outermost first, each with the folder it belongs to */
  readonly ignores: readonly { readonly base: string; readonly rules: readonly IgnoreRule[] }[];
}

export interface WalkOptions {
  /** the workspace, an absolute real path */
  readonly root: string;
  /** workspace-relative files, folders or globs; `.` for everything */
  readonly paths: readonly string[];
  readonly stats?: WalkStats;
}

export const newWalkStats = (): WalkStats => ({ files: 0, bytes: 0, skipped: {}, symlinks: [], unmatched: [] });

/** The files of the source paths, read one at a time into one reused buffer. */
export function* walkFiles(options: WalkOptions): Generator<WalkedFile> {
  const stats = options.stats ?? newWalkStats();
  const buffer = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
  for (const path of walkPaths({ ...options, stats })) {
    const file = readSourceFile(options.root, path, stats, buffer);
    if (file) yield file;
  }
}

/** The workspace-relative paths of the files to read, after every rule that needs only names; nothing is read. */
export function* walkPaths(options: WalkOptions): Generator<string> {
  const stats = options.stats ?? newWalkStats();
  const seen = options.paths.length > 1 ? new Set<string>() : undefined;
  for (const entry of options.paths) {
    const path = normaliseSourcePath(entry);
    let matched = false;
    for (const file of walkEntry(options.root, path, stats)) {
      matched = true;
      if (seen) {
        if (seen.has(file)) continue;
        seen.add(file);
      }
      yield file;
    }
    if (!matched) stats.unmatched.push(path);
  }
}

function* walkEntry(root: string, entry: string, stats: WalkStats): Generator<string> {
  if (hasGlobMagic(entry)) {
    const segments = entry.split('/');
    const firstMagic = segments.findIndex(hasGlobMagic);
    const base = segments.slice(0, firstMagic).join('/') || '.';
    const matcher = new RegExp(`^${globToRegExpSource(entry)}(?:/.*)?$`);
    if (!isPlainFolder(root, base, stats)) return;
    yield* walkFolder(root, { path: base, ignores: ancestorIgnores(root, base) }, stats, (p) => matcher.test(p));
    return;
  }
  if (entry === '.') {
    yield* walkFolder(root, { path: '.', ignores: [] }, stats);
    return;
  }
  // Every folder on the way must be a real folder, not a link.
  if (!isPlainFolder(root, entry.split('/').slice(0, -1).join('/') || '.', stats)) return;
  let info;
  try {
    info = lstatSync(join(root, entry));
  } catch {
    return;
  }
  if (info.isSymbolicLink()) {
    skip(stats, 'symbolic link');
    stats.symlinks.push(entry);
  } else if (info.isDirectory()) {
    yield* walkFolder(root, { path: entry, ignores: ancestorIgnores(root, entry) }, stats);
  } else if (info.isFile()) {
    // Named on purpose: read even when ignored or in a dependency folder, but never a link, a binary or a huge file.
    yield entry;
  } else {
    skip(stats, 'not a regular file');
  }
}

/** Is every folder from the workspace down to `relative` a real folder (no link on the way)? */
function isPlainFolder(root: string, relative: string, stats?: WalkStats): boolean {
  if (relative === '.') return true;
  const parts = relative.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    try {
      const info = lstatSync(join(root, prefix));
      if (info.isSymbolicLink()) {
        if (stats) {
          skip(stats, 'symbolic link');
          stats.symlinks.push(prefix);
        }
        return false;
      }
      if (!info.isDirectory()) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** The .gitignore rules of the folders above a starting folder (root's included), as git applies them. */
function ancestorIgnores(root: string, folder: string): Folder['ignores'] {
  const ignores: { base: string; rules: IgnoreRule[] }[] = [];
  const parts = folder === '.' ? [] : folder.split('/');
  for (let i = 0; i < parts.length; i++) {
    const base = parts.slice(0, i).join('/') || '.';
    const rules = readGitignore(root, base);
    if (rules.length) ignores.push({ base, rules });
  }
  return ignores;
}

function readGitignore(root: string, folder: string): IgnoreRule[] {
  const buffer = Buffer.allocUnsafe(64 * 1024);
  const rules: IgnoreRule[] = [];
  const names = ['.gitignore'];
  // .git/info/exclude, unless .git is a link (it would be read outside the workspace).
  if (folder === '.' && isPlainFolder(root, '.git/info')) names.unshift('.git/info/exclude');
  for (const name of names) {
    const text = readSmallText(join(root, folder, name), buffer);
    if (text !== undefined) rules.push(...parseGitignore(text));
  }
  return rules;
}

function readSmallText(path: string, buffer: Buffer): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return undefined;
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.toString('utf8', 0, length);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isIgnored(folder: Folder, relative: string, name: string, isDir: boolean): boolean {
  let ignored = false;
  for (const { base, rules } of folder.ignores) {
    const local = base === '.' ? relative : relative.slice(base.length + 1);
    const verdict = ignoreVerdict(rules, local, name, isDir);
    if (verdict !== undefined) ignored = verdict;
  }
  return ignored;
}

function* walkFolder(
  root: string,
  start: Folder,
  stats: WalkStats,
  accept?: (path: string) => boolean,
): Generator<string> {
  const stack: Folder[] = [start];
  while (stack.length) {
    const folder = stack.pop() as Folder;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, folder.path), { withFileTypes: true });
    } catch {
      skip(stats, 'unreadable');
      continue;
    }
    // A virtual environment is known by its pyvenv.cfg, whatever its name.
    if (folder !== start && entries.some((e) => e.name === 'pyvenv.cfg')) {
      skip(stats, 'dependency or build folder');
      continue;
    }
    let here = folder;
    if (entries.some((e) => e.name === '.gitignore')) {
      const rules = readGitignore(root, folder.path);
      if (rules.length) here = { path: folder.path, ignores: [...folder.ignores, { base: folder.path, rules }] };
    }
    const subfolders: Folder[] = [];
    for (const entry of entries) {
      const name = entry.name;
      const relative = folder.path === '.' ? name : `${folder.path}/${name}`;
      if (entry.isSymbolicLink()) {
        skip(stats, 'symbolic link');
        stats.symlinks.push(relative);
      } else if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.has(name)) skip(stats, 'dependency or build folder');
        else if (isIgnored(here, relative, name, true)) skip(stats, 'ignored by .gitignore');
        else subfolders.push({ path: relative, ignores: here.ignores });
      } else if (entry.isFile()) {
        if (accept && !accept(relative)) continue;
        if (isIgnored(here, relative, name, false)) {
          skip(stats, 'ignored by .gitignore');
          continue;
        }
        yield relative;
      } else {
        skip(stats, 'not a regular file');
      }
    }
    // Depth-first, in name order: the same tree gives the same report.
    subfolders.sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
    stack.push(...subfolders);
  }
}

/** One file read with the walk's rules; undefined (and counted in stats) when it is skipped. */
export function readSourceFile(
  root: string,
  relative: string,
  stats: WalkStats,
  buffer: Buffer,
  sourceOnly = true,
): WalkedFile | undefined {
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  const byName = sourceOnly ? skipByName(name) : undefined;
  if (byName) return skip(stats, byName);
  let fd: number | undefined;
  let length: number;
  try {
    // O_NOFOLLOW: a link swapped in after the folder was listed is refused; O_NONBLOCK: a FIFO swapped in never
    // blocks (its read fails). One read of up to 1 MiB + 1 byte tells the size too: a regular file is read whole.
    fd = openSync(join(root, relative), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    length = readSync(fd, buffer, 0, buffer.length, 0);
    if (length === buffer.length) return skip(stats, 'over 1 MiB');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return skip(
      stats,
      code === 'ELOOP' ? 'symbolic link' : code === 'EISDIR' || code === 'EAGAIN' ? 'not a regular file' : 'unreadable',
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (length > MAX_FILE_BYTES) return skip(stats, 'over 1 MiB');
  const bytes = buffer.subarray(0, length);
  if (isBinary(bytes)) return skip(stats, 'binary');
  if (sourceOnly && SCRIPT_NAME.test(name) && looksMinified(bytes)) return skip(stats, 'minified');
  stats.files++;
  stats.bytes += length;
  return { path: relative, bytes, isTest: isTestPath(relative) };
}

/**
 * One file of the workspace as text, read with the walk's rules (no link on the way or at the end, a regular file,
 * at most 1 MiB), or undefined.
 */
export function readWorkspaceFile(root: string, relative: string): string | undefined {
  let path: string;
  try {
    path = normaliseSourcePath(relative);
  } catch {
    return undefined;
  }
  if (!isPlainFolder(root, path.split('/').slice(0, -1).join('/') || '.')) return undefined;
  const file = readSourceFile(root, path, newWalkStats(), Buffer.allocUnsafe(MAX_FILE_BYTES + 1), false);
  return file ? file.bytes.toString('utf8') : undefined;
}

/** Files skipped for their name alone, without opening them. */
export function skipByName(name: string): 'not source' | 'minified' | undefined {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (SKIPPED_EXTENSIONS.has(extension) || LOCKFILE_NAME.test(name)) return 'not source';
  if (MINIFIED_NAME.test(name)) return 'minified';
  return undefined;
}

/** Scripts are checked for minification by their content too. */
export const isScriptName = (name: string) => SCRIPT_NAME.test(name);

export function isTestPath(relative: string): boolean {
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  return TEST_FOLDER.test(`${relative.slice(0, relative.length - name.length)}`) || TEST_NAME.test(name);
}

export function skip(stats: WalkStats, reason: SkipReason): undefined {
  stats.skipped[reason] = (stats.skipped[reason] ?? 0) + 1;
  return undefined;
}
