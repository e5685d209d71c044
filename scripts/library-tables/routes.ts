// Generates src/scan/libraries/routes.json: the routes of reference/mastodon-endpoint-scopes.json (method and path
// only, and the streaming channels), for libraries whose methods take a path (npm mastodon-api's get/post/delete,
// its stream). Usage: REFERENCE=<path to mastodon-endpoint-scopes.json> node scripts/library-tables/routes.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadReference, repoRoot } from './common.ts';

const reference = loadReference();
const routes = [...reference.endpoints, ...reference.legacyEndpoints].map((e) => ({ method: e.method, path: e.path }));
const channels = reference.streamingEndpoints.map((e) => ({ path: e.path, channel: (e.channel ?? '').split(' ')[0] }));
const target = path.join(repoRoot, 'src', 'scan', 'libraries', 'routes.json');
writeFileSync(
  target,
  JSON.stringify(
    {
      referenceCommit: reference.header.mastodonCommit,
      generator: 'scripts/library-tables/routes.ts',
      routes,
      channels,
    },
    null,
    2,
  ) + '\n',
);
execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'prettier'), ['--write', '--log-level', 'warn', target]);
console.log(`${path.relative(repoRoot, target)}: ${routes.length} routes, ${channels.length} channels`);
