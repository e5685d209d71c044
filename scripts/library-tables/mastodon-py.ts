// Generates src/scan/libraries/mastodon-py-<major>.json from Mastodon.py's own source at a tag.
// Usage: node scripts/library-tables/mastodon-py.ts <Mastodon.py git dir> <tag> <major: 1|2>
// (get the git dir with the search tool's fetch of github:halcy/Mastodon.py). The Python side of the work,
// extract-mastodon-py.py, parses the library with Python's ast module (needs python3); nothing is imported or run.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  argv,
  buildMethods,
  git,
  loadReference,
  repoRoot,
  writeTable,
  type Override,
  type RawRequest,
} from './common.ts';

const [gitDir = '', tag = '', major = ''] = argv('mastodon-py.ts <git-dir> <tag> <1|2>', 3);

interface Extracted {
  methods: Record<string, RawRequest[]>;
  createAppDefaultScopes: string[];
}

const extracted = JSON.parse(
  execFileSync('python3', [path.join(repoRoot, 'scripts', 'library-tables', 'extract-mastodon-py.py'), gitDir, tag], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }),
) as Extracted;

// What the parser cannot see, each with the reason.
const overrides: Override[] = [
  {
    method: 'timeline_local',
    why: "timeline() rewrites the 'local' timeline to /api/v1/timelines/public with local=true (timeline.py)",
    requests: [{ method: 'GET', route: '/api/v1/timelines/public', via: 'timeline' }],
  },
  {
    method: 'stream_local',
    why: 'stream_public(local=True): the path is extended with /local in a branch the parser does not follow',
    requests: [{ route: 'stream:public:local', via: 'stream_public' }],
  },
];

const reference = loadReference();
const { methods, unmatched } = buildMethods(reference, extracted.methods, overrides);
const commit = git(gitDir, 'rev-list', '-n', '1', tag).trim();

writeTable(`mastodon-py-${major}.json`, {
  library: 'Mastodon.py',
  version: tag.replace(/^v/, ''),
  label: `Mastodon.py ${major}.x`,
  source: { repository: 'https://github.com/halcy/Mastodon.py', tag, commit },
  generator: 'scripts/library-tables/mastodon-py.ts (with extract-mastodon-py.py)',
  referenceCommit: reference.header.mastodonCommit,
  overrides,
  unmatched,
  extra: { createAppDefaultScopes: extracted.createAppDefaultScopes },
  methods,
});
