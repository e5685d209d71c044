// Generates src/scan/libraries/go-mastodon.json from go-mastodon's own source at a tag.
// Usage: node scripts/library-tables/go-mastodon.ts <go-mastodon git dir> <tag>
// (the git dir from the search tool's fetch of github:mattn/go-mastodon). The Go files are read as text with
// `git show`: each method of *Client / *WSClient, its c.doAPI(ctx, http.MethodX, path, ...) requests, its
// c.streaming / c.streamingWS channels, and the methods it calls on c, followed.
import { argv, buildMethods, git, loadReference, writeTable, type Override, type RawRequest } from './common.ts';

const [gitDir = '', tag = ''] = argv('go-mastodon.ts <git-dir> <tag>', 2);
const files = git(gitDir, 'ls-tree', '--name-only', tag)
  .split('\n')
  .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'));

interface Facts {
  params: string[];
  requests: RawRequest[];
  /** callee and the literal string arguments it is given, by parameter position */
  calls: { name: string; literals: Map<number, string> }[];
}
const methods = new Map<string, Facts>();
const FUNC = /^func \((\w+) \*(Client|WSClient)\) (\w+)\(/gm;

/** Top-level comma-separated arguments of a Go argument list text. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '(' || c === '[' || c === '{') depth++;
    if (c === ')' || c === ']' || c === '}') depth--;
    if (c === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}

/** A Go path expression as a template: "a" + x + "b" -> a{x}b, fmt.Sprintf("a/%s/%s", x, action) -> a/{x}/{action}. */
function pathOf(expression: string): string | null {
  const sprintf = /^fmt\.Sprintf\(\s*"([^"]*)"([\s\S]*)\)$/.exec(expression);
  if (sprintf) {
    const args = splitArgs((sprintf[2] ?? '').replace(/^,/, ''));
    let index = 0;
    return (sprintf[1] ?? '').replace(/%[sdv]/g, () => `{${bare(args[index++] ?? '')}}`);
  }
  if (!expression.startsWith('"')) return null;
  let out = '';
  for (const part of expression.split(/\s*\+\s*/))
    out += part.startsWith('"') ? part.replace(/^"|"$/g, '') : `{${bare(part)}}`;
  return out;
}

/** The text inside the parentheses that open at `open`. */
function balanced(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return '';
}

/** url.PathEscape(string(id)) -> id: the variable a placeholder stands for. */
function bare(expression: string): string {
  const names = expression.match(/\w+/g) ?? [];
  return names[names.length - 1] ?? '';
}

for (const file of files) {
  const text = git(gitDir, 'show', `${tag}:${file}`);
  const starts = [...text.matchAll(FUNC)];
  for (const [i, m] of starts.entries()) {
    const receiver = m[1] ?? 'c';
    const name = m[3] ?? '';
    const end = text.indexOf('\n}\n', m.index);
    const body = text.slice(m.index, end === -1 ? (starts[i + 1]?.index ?? text.length) : end);
    const signature = text.slice(m.index + m[0].length, text.indexOf(')', m.index + m[0].length));
    const params = splitArgs(signature).map((p) => p.split(/\s+/)[0] ?? '');
    const facts: Facts = { params, requests: [], calls: [] };
    for (const call of body.matchAll(new RegExp(`${receiver}\\.doAPI\\(`, 'g'))) {
      const args = splitArgs(balanced(body, call.index + call[0].length - 1));
      const verb = /^http\.Method(\w+)$/.exec(args[1] ?? '')?.[1];
      facts.requests.push({ method: verb ? verb.toUpperCase() : null, path: pathOf(args[2] ?? '') });
    }
    // streaming(ctx, p, ...) with p a literal or a variable first set to one ("public", then public/local)
    const stream = new RegExp(`${receiver}\\.streaming(?:WS)?\\(\\s*ctx,\\s*("[^"]*"|\\w+)`, 'g');
    for (const call of body.matchAll(stream)) {
      let channel = call[1] ?? '';
      if (!channel.startsWith('"')) channel = new RegExp(`\\b${channel} :?= ("[^"]*")`).exec(body)?.[1] ?? '';
      facts.requests.push({
        method: 'GET',
        path: channel ? `/api/v1/streaming/${channel.replace(/"/g, '')}` : null,
        stream: true,
      });
    }
    for (const call of body.matchAll(new RegExp(`\\b${receiver}\\.(\\w+)\\(([^\\n]*)\\)`, 'g'))) {
      const callee = call[1] ?? '';
      if (callee === 'doAPI' || callee === 'streaming' || callee === 'streamingWS' || callee === name) continue;
      const literals = new Map<number, string>();
      splitArgs(call[2] ?? '').forEach((arg, index) => {
        if (/^"[^"]*"$/.test(arg)) literals.set(index, arg.slice(1, -1));
      });
      facts.calls.push({ name: callee, literals });
    }
    methods.set(name, facts);
  }
}

function flatten(name: string, stack: string[], bound: ReadonlyMap<string, string>): RawRequest[] {
  const facts = methods.get(name);
  if (!facts || stack.includes(name)) return [];
  const via = stack.slice(1).concat(stack.length > 0 ? [name] : []);
  const fill = (path: string | null): string | null =>
    path === null ? null : path.replace(/\{(\w*)\}/g, (all, key: string) => bound.get(key) ?? all);
  return [
    ...facts.requests.map((r) => ({ ...r, path: fill(r.path), ...(via.length > 0 ? { via } : {}) })),
    ...facts.calls.flatMap((c) => {
      const params = methods.get(c.name)?.params ?? [];
      const next = new Map<string, string>();
      for (const [index, value] of c.literals) if (params[index]) next.set(params[index] ?? '', value);
      return flatten(c.name, [...stack, name], next);
    }),
  ];
}

const raw: Record<string, RawRequest[]> = {};
for (const name of methods.keys()) if (/^[A-Z]/.test(name)) raw[name] = flatten(name, [], new Map());

// What the text reading cannot see, each with the reason.
const overrides: Override[] = [
  {
    method: 'PostStatus',
    why: 'postStatus(ctx, toot, false, ...) takes the `!update` branch: POST only (status.go)',
    requests: [{ method: 'POST', route: '/api/v1/statuses', via: 'postStatus' }],
  },
  {
    method: 'UpdateStatus',
    why: 'postStatus(ctx, toot, true, id) takes the update branch: PUT only (status.go)',
    requests: [{ method: 'PUT', route: '/api/v1/statuses/:id', via: 'postStatus' }],
  },
];

const reference = loadReference();
const { methods: table, unmatched } = buildMethods(reference, raw, overrides);
writeTable('go-mastodon.json', {
  library: 'go-mastodon',
  version: tag.replace(/^v/, ''),
  label: `go-mastodon ${tag}`,
  source: {
    repository: 'https://github.com/mattn/go-mastodon',
    tag,
    commit: git(gitDir, 'rev-list', '-n', '1', tag).trim(),
  },
  generator: 'scripts/library-tables/go-mastodon.ts',
  referenceCommit: reference.header.mastodonCommit,
  overrides,
  unmatched,
  methods: table,
});
