// Generates src/scan/libraries/masto-<major>.json from the masto package (v6 and later: the fluent client of
// createRestAPIClient / createStreamingAPIClient) as published on npm.
// Usage: node scripts/library-tables/masto.ts <masto-X.Y.Z.tgz from `npm pack masto@X.Y.Z`> [label]
// The type declarations are parsed with the TypeScript compiler API; nothing from the package is run.
//
// masto builds every request from the property chain (adapters/action/proxy.js): each property becomes a path
// segment in snake_case, `$select(id)` inserts the id, and the last call is the action. The HTTP verb comes from
// the action (adapters/action/dispatcher-http-hook-mastodon.js, toHttpActionType): fetch/list -> GET,
// create -> POST, update -> PUT, remove -> DELETE, lookup/verify_credentials -> GET, update_credentials -> PATCH
// (dispatch special case), any other action -> POST to `<path>/<action>`. The generator checks that the package's
// JavaScript still says so before it trusts the rule.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
  argv,
  buildMethods,
  loadReference,
  writeTable,
  type Override,
  type RawRequest,
  unpackNpmTarball,
} from './common.ts';

// the label may name a range when earlier majors give the same table (7.12.0 and 8.0.0 do)
const [tgz = '', labelArg] = argv('masto.ts <masto-X.Y.Z.tgz> [label]', 1);
const pkg = unpackNpmTarball(tgz);
const { root, integrity } = pkg;
const { version } = pkg;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}
const files = walk(path.join(root, 'dist'));
const esmFiles = files.some((f) => f.includes(`${path.sep}esm${path.sep}`))
  ? files.filter((f) => f.includes(`${path.sep}esm${path.sep}`))
  : files;
const declarationFiles = esmFiles.filter((f) => f.endsWith('.d.ts'));
const javascript = esmFiles
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

for (const needle of [
  'case "lookup":',
  'case "verify_credentials":',
  'case "update_credentials":',
  '["fetch", "create", "update", "remove", "list"]',
  'action.path + "/" + snakeCase(action.type)',
  'property.startsWith("$")',
  '.get(`/api/v1/media/${id}`)',
]) {
  if (!javascript.includes(needle)) throw new Error(`masto ${version}: the request rule changed (no ${needle})`);
}

// Every interface and type alias of the declarations, by name; a name declared in several files (v7's rest,
// streaming and oauth `Client`) is told apart by its qualifier (`mastodon.rest.Client`, `v1.AdminResource`).
type Declaration = ts.InterfaceDeclaration | ts.TypeAliasDeclaration;
const byName = new Map<string, Declaration[]>();
const declarations = {
  set(name: string, node: Declaration): void {
    byName.set(name, [...(byName.get(name) ?? []), node]);
  },
  get(qualified: string, from?: ts.Node): Declaration | undefined {
    const parts = qualified.split('.');
    const name = parts.pop() ?? qualified;
    const candidates = byName.get(name) ?? [];
    if (candidates.length <= 1) return candidates[0];
    const qualifiers = parts.filter((p) => p !== 'mastodon');
    const inFolders = candidates.filter((c) =>
      qualifiers.every((q) => c.getSourceFile().fileName.includes(`${path.sep}${q}${path.sep}`)),
    );
    const pool = inFolders.length > 0 ? inFolders : candidates;
    const here = from?.getSourceFile().fileName;
    const sameFile = pool.find((c) => c.getSourceFile().fileName === here);
    const sameFolder = pool.find((c) => here && path.dirname(c.getSourceFile().fileName) === path.dirname(here));
    const last = qualifiers[qualifiers.length - 1];
    const directly = pool.find((c) => path.basename(path.dirname(c.getSourceFile().fileName)) === last);
    return sameFile ?? sameFolder ?? directly ?? pool[0];
  },
};
const starts: { client?: ts.TypeNode; streaming?: ts.TypeNode } = {};
for (const file of declarationFiles) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) declarations.set(node.name.text, node);
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'createRestAPIClient') {
      if (node.type && ts.isFunctionTypeNode(node.type)) starts.client = node.type.type;
    }
    if (ts.isFunctionDeclaration(node) && node.name?.text === 'createStreamingAPIClient' && node.type) {
      starts.streaming = node.type;
    }
    if (ts.isFunctionDeclaration(node) && node.name?.text === 'createRestAPIClient' && node.type) {
      starts.client = node.type;
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'createStreamingAPIClient') {
      if (node.type && ts.isFunctionTypeNode(node.type)) starts.streaming = node.type.type;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
if (!starts.client || !starts.streaming)
  throw new Error(`masto ${version}: no createRestAPIClient/createStreamingAPIClient`);

const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

type Member = { name: string; kind: 'leaf' | 'select' | 'branch'; type?: ts.TypeNode };

function membersOf(type: ts.TypeNode | undefined, seen = new Set<ts.Node>()): Member[] {
  if (!type) return [];
  if (ts.isParenthesizedTypeNode(type)) return membersOf(type.type, seen);
  if (ts.isIntersectionTypeNode(type) || ts.isUnionTypeNode(type)) return type.types.flatMap((t) => membersOf(t, seen));
  if (ts.isTypeReferenceNode(type)) {
    const name = type.typeName.getText();
    if (name === 'Method' || name === 'Promise') return [];
    const declaration = declarations.get(name, type);
    if (!declaration || seen.has(declaration)) return [];
    seen.add(declaration);
    if (ts.isTypeAliasDeclaration(declaration)) return membersOf(declaration.type, seen);
    const inherited = (declaration.heritageClauses ?? []).flatMap((clause) =>
      clause.types.flatMap((t) => {
        const base = declarations.get(t.expression.getText(), t);
        return base && ts.isInterfaceDeclaration(base) ? elements(base.members) : [];
      }),
    );
    return [...elements(declaration.members), ...inherited];
  }
  if (ts.isTypeLiteralNode(type)) return elements(type.members);
  return [];
}

function isCallable(type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  if (ts.isFunctionTypeNode(type)) return true;
  if (ts.isTypeReferenceNode(type)) {
    const name = type.typeName.getText();
    if (name === 'Method') return true;
    const declaration = declarations.get(name, type);
    if (declaration && ts.isInterfaceDeclaration(declaration)) {
      return declaration.members.some((m) => ts.isCallSignatureDeclaration(m));
    }
  }
  if (ts.isTypeLiteralNode(type)) return type.members.some((m) => ts.isCallSignatureDeclaration(m));
  return false;
}

function elements(members: ts.NodeArray<ts.TypeElement>): Member[] {
  const out: Member[] = [];
  for (const member of members) {
    if (!member.name || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
    const name = member.name.text;
    if (name.startsWith('$') && name !== '$select') continue;
    if (ts.isMethodSignature(member)) {
      if (name === '$select') out.push({ name, kind: 'select', ...(member.type ? { type: member.type } : {}) });
      else out.push({ name, kind: 'leaf' });
    } else if (ts.isPropertySignature(member)) {
      if (isCallable(member.type)) out.push({ name, kind: 'leaf' });
      else out.push({ name, kind: 'branch', ...(member.type ? { type: member.type } : {}) });
    }
  }
  return out;
}

const HTTP_ACTIONS = new Set(['fetch', 'create', 'update', 'remove', 'list']);
const VERB: Record<string, string> = { fetch: 'GET', list: 'GET', create: 'POST', update: 'PUT', remove: 'DELETE' };

function request(segments: string[], action: string): RawRequest {
  const actionSnake = snake(action);
  const base = '/' + segments.join('/');
  if (HTTP_ACTIONS.has(action)) return { method: VERB[action] ?? 'GET', path: base };
  if (actionSnake === 'lookup' || actionSnake === 'verify_credentials')
    return { method: 'GET', path: `${base}/${actionSnake}` };
  if (actionSnake === 'update_credentials') return { method: 'PATCH', path: `${base}/${actionSnake}` };
  return { method: 'POST', path: `${base}/${actionSnake}` };
}

const raw: Record<string, RawRequest[]> = {};
function collect(type: ts.TypeNode | undefined, chain: string[], segments: string[], depth: number): void {
  if (depth > 8) return;
  for (const member of membersOf(type)) {
    if (member.kind === 'select') {
      collect(member.type, [...chain, '$select'], [...segments, '{id}'], depth + 1);
    } else if (member.kind === 'branch') {
      collect(member.type, [...chain, member.name], [...segments, snake(member.name)], depth + 1);
    } else if (segments[0] === 'api') {
      raw[[...chain, member.name].join('.')] = [request(segments, member.name)];
    }
  }
}
collect(starts.client, [], ['api'], 0);

// The streaming client: the chain names the channel (public.local.subscribe() -> public:local); `:media`
// variants are the same channels with only_media, spelled as the endpoint table spells the channel.
const streams: Record<string, string> = {};
function collectStreams(type: ts.TypeNode | undefined, chain: string[], depth: number): void {
  if (depth > 4) return;
  for (const member of membersOf(type)) {
    if (member.kind === 'branch') collectStreams(member.type, [...chain, member.name], depth + 1);
    else if (member.name === 'subscribe' && chain.length > 0) {
      streams[[...chain, 'subscribe'].join('.')] = chain.filter((c) => c !== 'media').join(':');
    }
  }
}
collectStreams(starts.streaming, [], 0);

const major = version.split('.')[0] ?? '';
const overrides: Override[] = [
  {
    method: 'v2.media.create',
    why: 'waits for the upload: polls GET /api/v1/media/:id until it has a url (dispatcher-http-hook-mastodon.js afterDispatch)',
    requests: [
      { method: 'POST', route: '/api/v2/media' },
      { method: 'GET', route: '/api/v1/media/:id', via: 'waitForMediaAttachment' },
    ],
  },
];
const reference = loadReference();
const { methods, unmatched } = buildMethods(reference, raw, overrides);
for (const [chain, channel] of Object.entries(streams))
  methods[`streaming.${chain}`] = [{ route: `stream:${channel}` }];
pkg.remove();

writeTable(`masto-${major}.json`, {
  library: 'masto',
  version,
  label: labelArg ?? `masto ${major}.x`,
  source: { registry: 'npm', package: `masto@${version}`, integrity },
  generator: 'scripts/library-tables/masto.ts',
  referenceCommit: reference.header.mastodonCommit,
  overrides,
  unmatched,
  methods,
});
