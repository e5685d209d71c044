// Generates src/scan/libraries/elefren.json from elefren's own source (Rust) at a tag.
// Usage: node scripts/library-tables/elefren.ts <elefren git dir> <tag>
// (the git dir from the search tool's fetch of github:pwoolcoc/elefren). src/lib.rs is read as text with
// `git show`: the route macros (`route!`, `route_id!`, `paged_routes!`, `paged_routes_with_id!` under /api/v1/,
// `route_v2!` under /api/v2/: `(verb ...) name: "path"`), and the hand-written `fn`s of the client with their
// path literal, their verb (self.client.post / self.get ...) and, for streams, the `stream` query pair.
import { argv, buildMethods, git, loadReference, writeTable, type Override, type RawRequest } from './common.ts';

const [gitDir = '', tag = ''] = argv('elefren.ts <git-dir> <tag>', 2);
const text = git(gitDir, 'show', `${tag}:src/lib.rs`);
const raw: Record<string, RawRequest[]> = {};

const MACRO = /^\s*(paged_routes_with_id|paged_routes|route_v2|route_id|route)! \{([\s\S]*?)^\s*\}/gm;
for (const block of text.matchAll(MACRO)) {
  const prefix = block[1] === 'route_v2' ? '/api/v2/' : '/api/v1/';
  for (const entry of (block[2] ?? '').matchAll(
    /^\s*\((get|post|put|patch|delete)\b.*\)\s*(\w+):\s*"([^"]*)"\s*=>/gm,
  )) {
    raw[entry[2] ?? ''] = [{ method: (entry[1] ?? '').toUpperCase(), path: prefix + (entry[3] ?? '') }];
  }
}
const macroCount = Object.keys(raw).length;
if (macroCount < 30) throw new Error(`elefren ${tag}: the route macros were not found`);

const FN = /^ {4}fn (\w+)[<(]/gm;
const starts = [...text.matchAll(FN)];
for (const [i, m] of starts.entries()) {
  const name = m[1] ?? '';
  if (name in raw || name === 'route' || name === 'send' || name === 'from') continue;
  const body = text.slice(m.index, starts[i + 1]?.index ?? text.length);
  const path = /"(?:\{\})?(\/api\/v[12]\/[^"?]*)/.exec(body)?.[1];
  if (!path) continue;
  const channel = /append_pair\("stream",\s*"([^"]+)"\)/.exec(body)?.[1];
  if (channel) {
    raw[name] = [{ method: 'GET', path: `/api/v1/streaming/${channel.replace(/:/g, '/')}`, stream: true }];
    continue;
  }
  const verb =
    /self\.client\s*\.(get|post|put|patch|delete)\(/.exec(body)?.[1] ?? (/self\.get\(/.test(body) ? 'get' : null);
  raw[name] = [{ method: verb ? verb.toUpperCase() : null, path }];
}

const overrides: Override[] = [
  {
    method: 'get_tagged_timeline',
    why: 'the path is "/api/v1/timelines/tag/" followed by the hashtag, joined with format! (lib.rs)',
    requests: [{ method: 'GET', route: '/api/v1/timelines/tag/:id' }],
  },
];
const reference = loadReference();
const { methods, unmatched } = buildMethods(reference, raw, overrides);
const version = tag.replace(/^v/, '');
writeTable('elefren.json', {
  library: 'elefren',
  version,
  label: `elefren ${version}`,
  source: {
    repository: 'https://github.com/pwoolcoc/elefren',
    tag,
    commit: git(gitDir, 'rev-list', '-n', '1', tag).trim(),
  },
  generator: 'scripts/library-tables/elefren.ts',
  referenceCommit: reference.header.mastodonCommit,
  overrides,
  unmatched,
  methods,
});
