// Generates src/scan/libraries/masto-5.json from masto 5.x as published on npm: the older API of
// `const masto = await login({ url, accessToken })`, where `masto.v1.statuses.create(...)`,
// `masto.v1.statuses.favourite(id)` and `masto.v1.stream.streamUser()` are methods of repository classes.
// Usage: node scripts/library-tables/masto-v5.ts <masto-5.Y.Z.tgz from `npm pack masto@5.Y.Z`>
// dist/index.js is parsed with the TypeScript compiler API: from the `Client` class, each `this.x = new Repo()`
// of a constructor is a step of the chain, and each method's this.http.<verb>(path) / this.ws.stream(path,
// { stream }) / new Paginator(this.http, path) is its request. Nothing from the package is run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  argv,
  buildMethods,
  loadReference,
  writeTable,
  type Override,
  type RawRequest,
  unpackNpmTarball,
} from './common.ts';
import { flatten, readClasses } from './js-classes.ts';

const [tgz = ''] = argv('masto-v5.ts <masto-5.Y.Z.tgz>', 1);
const pkg = unpackNpmTarball(tgz);
const { root, integrity } = pkg;
const { version } = pkg;
const source = readFileSync(path.join(root, 'dist', 'index.js'), 'utf8');
pkg.remove();
if (!/const login = \(params\) =>/.test(source)) throw new Error(`masto ${version}: no login()`);

const classes = readClasses(source, {
  http: 'this.http',
  verbs: { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE' },
  socket: { name: 'stream', channelArg: 1, target: 'this.ws' },
});
const rootClass = classes.get('Client');
if (!rootClass) throw new Error(`masto ${version}: no Client class`);

const raw: Record<string, RawRequest[]> = {};
function walk(className: string, chain: string[], depth: number): void {
  const facts = classes.get(className);
  if (!facts || depth > 5) return;
  for (const [name] of facts.methods) {
    if (name === 'constructor') continue;
    raw[[...chain, name].join('.')] = flatten(facts.methods, name, new Set()).map((r) =>
      r.stream && r.path ? { ...r, path: `/api/v1/streaming/${r.path.replace(/:/g, '/')}` } : r,
    );
  }
  for (const [property, child] of facts.members) walk(child, [...chain, property], depth + 1);
}
walk('Client', [], 0);

const reference = loadReference();
const overrides: Override[] = [
  {
    method: 'v2.mediaAttachments.create',
    why: 'waits for the upload: waitFor() polls this.v1.fetch(id), GET /api/v1/media/:id (dist/index.js)',
    requests: [
      { method: 'POST', route: '/api/v2/media' },
      { method: 'GET', route: '/api/v1/media/:id', via: 'waitFor' },
    ],
  },
];
const { methods, unmatched } = buildMethods(reference, raw, overrides);
writeTable('masto-5.json', {
  library: 'masto',
  version,
  label: 'masto 5.x (login)',
  source: { registry: 'npm', package: `masto@${version}`, integrity, file: 'dist/index.js' },
  generator: 'scripts/library-tables/masto-v5.ts',
  referenceCommit: reference.header.mastodonCommit,
  overrides,
  unmatched,
  methods,
});
