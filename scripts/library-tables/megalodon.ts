// Generates src/scan/libraries/megalodon.json from the megalodon package as published on npm: the methods of its
// Mastodon client class (lib/esm/mastodon.js), what `generator('mastodon', ...)` returns.
// Usage: node scripts/library-tables/megalodon.ts <megalodon-X.Y.Z.tgz from `npm pack megalodon@X.Y.Z`>
// The JavaScript is parsed with the TypeScript compiler API; nothing from the package is run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { argv, buildMethods, loadReference, writeTable, type RawRequest, unpackNpmTarball } from './common.ts';
import { flatten, readClass } from './js-classes.ts';

const [tgz = ''] = argv('megalodon.ts <megalodon-X.Y.Z.tgz>', 1);
const pkg = unpackNpmTarball(tgz);
const { root, integrity } = pkg;
const { version } = pkg;
const source = readFileSync(path.join(root, 'lib', 'esm', 'mastodon.js'), 'utf8');
pkg.remove();

const methods = readClass(source, 'Mastodon', {
  http: 'this.client',
  verbs: {
    get: 'GET',
    post: 'POST',
    postForm: 'POST',
    put: 'PUT',
    putForm: 'PUT',
    patch: 'PATCH',
    patchForm: 'PATCH',
    del: 'DELETE',
  },
  // socket(url, stream, params): the second argument names the channel
  socket: { name: 'socket', channelArg: 1 },
});
if (methods.size < 100) throw new Error(`megalodon ${version}: the Mastodon class was not found`);

// streamingURL reads the public instance document to find the streaming server: no scope, not followed.
const notFollowed = new Set(['streamingURL']);
const raw: Record<string, RawRequest[]> = {};
for (const name of methods.keys()) {
  if (name === 'constructor' || name === 'cancel') continue;
  raw[name] = flatten(methods, name, notFollowed).map((r) =>
    r.stream && r.path ? { ...r, path: `/api/v1/streaming/${r.path.replace(/:/g, '/')}` } : r,
  );
}

const reference = loadReference();
const { methods: table, unmatched } = buildMethods(reference, raw, []);
writeTable('megalodon.json', {
  library: 'megalodon',
  version,
  label: `megalodon ${version.split('.')[0]}.x`,
  source: { registry: 'npm', package: `megalodon@${version}`, integrity, file: 'lib/esm/mastodon.js (class Mastodon)' },
  generator: 'scripts/library-tables/megalodon.ts',
  referenceCommit: reference.header.mastodonCommit,
  overrides: [],
  unmatched,
  methods: table,
});
