/**
 * Globs of `source-paths` and the patterns of `.gitignore` files, compiled to regular expressions over
 * workspace-relative paths with forward slashes (gitignore(5): `*`, `?`, `[...]`, `**`, `!`, anchoring, a trailing `/`).
 */

/** A glob over a relative path: `*` and `?` stay within a segment, `**` crosses them. */
export function globToRegExpSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more folders; a final `**` everything below.
          if (i + 2 === glob.length) out += '.*';
          else out += '(?:.*/)?';
          i += 2;
          continue;
        }
        out += '[^/]*';
        i++;
        continue;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escapeRegExp(glob[i + 1] as string);
      i++;
    } else {
      out += escapeRegExp(c);
    }
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export const hasGlobMagic = (s: string) => /[*?[]/.test(s);

export interface IgnoreRule {
  readonly negate: boolean;
  readonly dirOnly: boolean;
  /** tested against the path relative to the .gitignore's folder (anchored) or against the name alone */
  readonly anchored: boolean;
  readonly regex: RegExp;
}

/** The rules of one .gitignore file, in order (the last matching rule decides). */
export function parseGitignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (let line of text.split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    // Trailing spaces are ignored unless escaped.
    line = line.replace(/(?<!\\)\s+$/, '');
    if (!line) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
      line = line.slice(1);
    }
    let dirOnly = false;
    if (line.endsWith('/')) {
      dirOnly = true;
      line = line.replace(/\/+$/, '');
    }
    if (!line) continue;
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    rules.push({ negate, dirOnly, anchored, regex: new RegExp(`^${globToRegExpSource(line)}$`) });
  }
  return rules;
}

/** The verdict of one file's rules for a path relative to its folder: true ignored, false re-included, undefined silent. */
export function ignoreVerdict(
  rules: readonly IgnoreRule[],
  relative: string,
  name: string,
  isDir: boolean,
): boolean | undefined {
  let verdict: boolean | undefined;
  for (const rule of rules) {
    if (rule.dirOnly && !isDir) continue;
    if (rule.regex.test(rule.anchored ? relative : name)) verdict = !rule.negate;
  }
  return verdict;
}
