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
    method: 'oauth_userinfo',
    why: "the URL comes from the server's OAuth metadata (oauth_authorization_server_info), normally /oauth/userinfo",
    requests: [
      { method: 'GET', route: '/.well-known/oauth-authorization-server', via: 'oauth_authorization_server_info' },
      { method: 'GET', route: '/oauth/userinfo' },
    ],
  },
  {
    method: 'revoke_access_token',
    why: 'the URL is built from the base URL at run time: POST /oauth/revoke',
    requests: [{ method: 'POST', route: '/oauth/revoke' }],
  },
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
// Requests that carry no scope need, which the endpoint table does not list: a public health check, the server's
// clock, nodeinfo. And the pagination helpers, which repeat the request that produced the page they are given
// (its need is that call's, already counted where it was made).
for (const [method, why] of [
  ['instance_health', 'GET /health: public health check, no token needed'],
  ['stream_healthy', 'GET /api/v1/streaming/health on the streaming server: public, no token needed'],
  ['get_approx_server_time', 'HEAD / on the server: reads the Date header, no token needed'],
  ['instance_nodeinfo', 'GET /.well-known/nodeinfo and the schema document it links: public, no token needed'],
  ['fetch_next', 'repeats the request of the page it is given (its need is counted at that call)'],
  ['fetch_previous', 'repeats the request of the page it is given (its need is counted at that call)'],
  ['fetch_remaining', 'repeats the request of the page it is given (its need is counted at that call)'],
  ['pagination_iterator', 'repeats the request of the page it is given (its need is counted at that call)'],
] as const) {
  if (method in extracted.methods) overrides.push({ method, why, requests: [] });
}

const reference = loadReference();
// only for methods this version has
const applicable = overrides.filter((o) => o.method in extracted.methods);
const { methods, unmatched } = buildMethods(reference, extracted.methods, applicable);
const commit = git(gitDir, 'rev-list', '-n', '1', tag).trim();

writeTable(`mastodon-py-${major}.json`, {
  library: 'Mastodon.py',
  version: tag.replace(/^v/, ''),
  label: `Mastodon.py ${major}.x`,
  source: { repository: 'https://github.com/halcy/Mastodon.py', tag, commit },
  generator: 'scripts/library-tables/mastodon-py.ts (with extract-mastodon-py.py)',
  referenceCommit: reference.header.mastodonCommit,
  overrides: applicable,
  unmatched,
  extra: { createAppDefaultScopes: extracted.createAppDefaultScopes },
  methods,
});
