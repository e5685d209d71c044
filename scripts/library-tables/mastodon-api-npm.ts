// Generates src/scan/libraries/mastodon-api-npm.json from the `mastodon-api` npm package as published.
// Usage: node scripts/library-tables/mastodon-api-npm.ts <mastodon-api-X.Y.Z.tgz from `npm pack mastodon-api@X.Y.Z`>
// The package has no per-endpoint methods: get/post/delete(path) and stream(path) take a path relative to its
// REST root (settings.js DEFAULT_REST_API_POSTFIX, `/api/v1/`), with `/:name` fragments filled from the params
// (helpers.js moveParamsIntoPath). The generator reads those facts from the package and fails if they moved.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { argv, loadReference, writeTable } from './common.ts';

const [tgz = ''] = argv('mastodon-api-npm.ts <mastodon-api-X.Y.Z.tgz>', 1);
const integrity = 'sha512-' + createHash('sha512').update(readFileSync(tgz)).digest('base64');
const unpacked = mkdtempSync(path.join(tmpdir(), 'mastodon-api-'));
execFileSync('tar', ['xzf', tgz, '-C', unpacked]);
const root = path.join(unpacked, 'package');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const client = readFileSync(path.join(root, 'lib', 'mastodon.js'), 'utf8');
const settings = readFileSync(path.join(root, 'lib', 'settings.js'), 'utf8');
const helpers = readFileSync(path.join(root, 'lib', 'helpers.js'), 'utf8');
rmSync(unpacked, { recursive: true, force: true });

const verbs: Record<string, string> = {};
for (const m of client.matchAll(
  /key: '(\w+)',\s*value: function \w+\(path, params, callback\) \{\s*return this\.request\('(\w+)'/g,
)) {
  verbs[m[1] ?? ''] = m[2] ?? '';
}
const prefix = /DEFAULT_REST_API_POSTFIX = '([^']+)'/.exec(settings)?.[1];
const streams = /key: 'stream',\s*value: function stream\(path, params\)/.test(client);
const pathParams = helpers.includes('var rgxParam = /\\/:(\\w+)/g;');
if (!prefix || Object.keys(verbs).length === 0 || !streams || !pathParams) {
  throw new Error(`mastodon-api ${version}: the client's shape changed`);
}

const reference = loadReference();
writeTable('mastodon-api-npm.json', {
  library: 'mastodon-api (npm)',
  version,
  label: `mastodon-api ${version.split('.')[0]}.x (npm)`,
  source: { registry: 'npm', package: `mastodon-api@${version}`, integrity },
  generator: 'scripts/library-tables/mastodon-api-npm.ts',
  referenceCommit: reference.header.mastodonCommit,
  overrides: [],
  unmatched: {},
  extra: { pathPrefix: prefix, verbs, streamMethod: 'stream', pathParameter: '/:name' },
  methods: {},
});
