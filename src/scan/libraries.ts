// Calls of the Mastodon client libraries, found by reading a file as text (never importing or running it).
// Each library's method -> endpoint table is generated from that library's own source at a pinned version
// (scripts/library-tables/, provenance inside each src/scan/libraries/*.json).
import { Collector } from './library-tables.ts';
import { findJsCalls } from './library-js.ts';
import { findPythonCalls } from './library-python.ts';
import { findRubyCalls } from './library-ruby.ts';
import { findGoCalls } from './library-go.ts';
import { findRustCalls } from './library-rust.ts';
import type { FoundCalls, SourceFile } from './types.ts';

/**
 * A file must contain one of these for findLibraryCalls to find anything (`masto` is in `mastodon` too; `MASTO` for
 * a file that only names its settings, `MASTODON_TOKEN`, and uses a client made elsewhere). `galodon` and `fren` stand
 * for `megalodon` and `elefren`: a literal's tail is found wherever the name is, and Buffer#indexOf finds it twice as
 * fast, since a search stops at every occurrence of a literal's first letter and `m` and `e` are everywhere in code
 * (npm run bench, the large tree). A file with the tail alone is only read for calls that are not there.
 */
export const libraryPrefilter: readonly string[] = ['masto', 'Masto', 'MASTO', 'galodon', 'fren'];

type Language = 'python' | 'js' | 'ruby' | 'go' | 'rust';

const EXTENSIONS: Record<string, Language> = {
  py: 'python',
  pyw: 'python',
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  jsx: 'js',
  ts: 'js',
  mts: 'js',
  cts: 'js',
  tsx: 'js',
  rb: 'ruby',
  go: 'go',
  rs: 'rust',
};

export function languageOf(path: string): Language | undefined {
  const dot = path.lastIndexOf('.');
  if (dot === -1 || dot < path.lastIndexOf('/')) return undefined;
  return EXTENSIONS[path.slice(dot + 1).toLowerCase()];
}

export function findLibraryCalls(file: SourceFile): FoundCalls {
  const language = languageOf(file.path);
  if (language === undefined || !libraryPrefilter.some((literal) => file.text.includes(literal))) {
    return { calls: [], unresolved: [] };
  }
  const found = new Collector(file.path, file.text);
  if (language === 'python') findPythonCalls(found);
  else if (language === 'js') findJsCalls(found);
  else if (language === 'ruby') findRubyCalls(found);
  else if (language === 'go') findGoCalls(found);
  else findRustCalls(found);
  return { calls: found.calls, unresolved: found.unresolved };
}
