// Generates src/scan/libraries/mastodon-api-npm.json from the `mastodon-api` npm package as published, and
// src/scan/libraries/mastodon-npm.json from its predecessor, the `mastodon` npm package (same get/post/delete(path)
// client, without stream()).
// Usage: node scripts/library-tables/mastodon-api-npm.ts <mastodon-api-X.Y.Z.tgz or mastodon-X.Y.Z.tgz from npm pack>
// The package has no per-endpoint methods: get/post/delete(path) and stream(path) take a path relative to its
// REST root (settings.js DEFAULT_REST_API_POSTFIX, `/api/v1/`), with `/:name` fragments filled from the params
// (helpers.js moveParamsIntoPath). The generator reads those facts from the package and fails if they moved.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { argv, loadReference, writeTable, unpackNpmTarball } from './common.ts';

const [tgz = ''] = argv('mastodon-api-npm.ts <mastodon-api-X.Y.Z.tgz>', 1);
const pkg = unpackNpmTarball(tgz);
const { root, integrity } = pkg;
const { name, version } = pkg;
const client = readFileSync(path.join(root, 'lib', 'mastodon.js'), 'utf8');
const settingsFile = path.join(root, 'lib', 'settings.js');
const settings = existsSync(settingsFile) ? readFileSync(settingsFile, 'utf8') : '';
const helpers = readFileSync(path.join(root, 'lib', 'helpers.js'), 'utf8');
pkg.remove();

const verbs: Record<string, string> = {};
// `key: 'post', value: function post(path, params, callback) { return this.request('POST', ...` (mastodon-api, Babel)
// `Mastodon.prototype.post = function (path, params, callback) {\n  return this.request('POST', ...` (mastodon)
const VERB =
  /(?:key: '(\w+)',\s*value: function \w+|Mastodon\.prototype\.(\w+) = function )\s*\(path, params, callback\) \{\s*return this\.request\('(\w+)'/g;
for (const m of client.matchAll(VERB)) verbs[m[1] ?? m[2] ?? ''] = m[3] ?? '';
const prefix =
  /DEFAULT_REST_API_POSTFIX = '([^']+)'/.exec(settings)?.[1] ??
  /DEFAULT_REST_ROOT = 'https?:\/\/[^/']+(\/[^']*)'/.exec(client)?.[1];
const streams = /key: 'stream',\s*value: function stream\(path, params\)/.test(client);
const pathParams = helpers.includes('var rgxParam = /\\/:(\\w+)/g');
if (!prefix || Object.keys(verbs).length === 0 || !pathParams) {
  throw new Error(`${name} ${version}: the client's shape changed`);
}

const reference = loadReference();
writeTable(`${name}-npm.json`, {
  library: `${name} (npm)`,
  version,
  label: `${name} ${version.split('.')[0]}.x (npm)`,
  source: { registry: 'npm', package: `${name}@${version}`, integrity },
  generator: 'scripts/library-tables/mastodon-api-npm.ts',
  referenceCommit: reference.header.mastodonCommit,
  overrides: [],
  unmatched: {},
  extra: { pathPrefix: prefix, verbs, ...(streams ? { streamMethod: 'stream' } : {}), pathParameter: '/:name' },
  methods: {},
});
