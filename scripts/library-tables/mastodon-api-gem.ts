// Generates src/scan/libraries/mastodon-api-gem.json from the Ruby `mastodon-api` gem's own source at a tag.
// Usage: node scripts/library-tables/mastodon-api-gem.ts <mastodon-api git dir> <tag>
// (the git dir from the search tool's fetch of github:mastodon/mastodon-api). The Ruby files are read as text with
// `git show`: each `def` of lib/mastodon/rest/*.rb and its perform_request*(:verb, 'path') requests; the
// streaming client's methods (lib/mastodon/streaming/client.rb) and the channel each passes to stream().
import { argv, buildMethods, git, loadReference, writeTable, type RawRequest } from './common.ts';

const [gitDir = '', tag = ''] = argv('mastodon-api-gem.ts <git-dir> <tag>', 2);
const files = git(gitDir, 'ls-tree', '-r', '--name-only', tag, 'lib/mastodon/')
  .split('\n')
  .filter((f) => f.endsWith('.rb'));

const DEF = /^\s*def (\w+[?!]?)/gm;
const REQUEST = /perform_request(?:_with_object|_with_collection)?\(\s*(?::(\w+),\s*)?(['"])(\/api\/[^'"]*)\2/g;
const raw: Record<string, RawRequest[]> = {};
let restFiles = 0;

function bodies(text: string): { name: string; body: string }[] {
  const starts = [...text.matchAll(DEF)];
  return starts.map((m, i) => ({ name: m[1] ?? '', body: text.slice(m.index, starts[i + 1]?.index ?? text.length) }));
}

const template = (path: string): string => path.replace(/#\{[^}]*\}/g, '{}');

for (const file of files) {
  const text = git(gitDir, 'show', `${tag}:${file}`);
  if (file.startsWith('lib/mastodon/rest/')) {
    restFiles++;
    for (const { name, body } of bodies(text)) {
      if (name === 'initialize' || name.startsWith('perform_request')) continue;
      const requests: RawRequest[] = [];
      // a collection request without a verb (custom_emojis, filters, ...) is a GET in the gem's intent
      for (const r of body.matchAll(REQUEST))
        requests.push({ method: (r[1] ?? 'get').toUpperCase(), path: template(r[3] ?? '') });
      if (requests.length > 0) raw[name] = requests;
    }
  }
  if (file === 'lib/mastodon/streaming/client.rb') {
    for (const { name, body } of bodies(text)) {
      const channel = /\bstream\(\s*'([^']+)'/.exec(body)?.[1];
      if (channel) raw[`streaming.${name}`] = [{ method: 'GET', path: `/api/v1/streaming/${channel}`, stream: true }];
    }
  }
}
if (restFiles < 10) throw new Error(`mastodon-api gem ${tag}: lib/mastodon/rest/ not found`);

const reference = loadReference();
const { methods, unmatched } = buildMethods(reference, raw, []);
const version = tag.replace(/^v/, '');
writeTable('mastodon-api-gem.json', {
  library: 'mastodon-api (Ruby gem)',
  version,
  label: `mastodon-api gem ${version}`,
  source: {
    repository: 'https://github.com/mastodon/mastodon-api',
    tag,
    commit: git(gitDir, 'rev-list', '-n', '1', tag).trim(),
  },
  generator: 'scripts/library-tables/mastodon-api-gem.ts',
  referenceCommit: reference.header.mastodonCommit,
  overrides: [],
  unmatched,
  methods,
});
