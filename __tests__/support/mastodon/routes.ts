/**
 * Mastodon's routes, from the endpoint-scope table (__tests__/fixtures/mastodon-endpoint-scopes.json), gated by the
 * version that introduced them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ScopeCheck = 'required' | 'if_token_present' | 'any_valid_token' | 'none';

export interface TableEndpoint {
  method: string;
  path: string;
  scopes: string[];
  scopeCheck: ScopeCheck;
  requiresUser: boolean;
  controller: string;
  userCheck?: string;
  preScopeCallbacks?: string[];
  notes?: string[];
}

interface Table {
  endpoints: TableEndpoint[];
  otherEndpoints: TableEndpoint[];
}

export interface Route extends TableEndpoint {
  methods: string[];
  /** Names of the `:param` segments, in order. */
  params: string[];
  regex: RegExp;
  /** Static segments: the more, the more specific. */
  weight: number;
  since: string;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

const TABLE_PATH = join(import.meta.dirname, '..', '..', 'fixtures', 'mastodon-endpoint-scopes.json');

/**
 * First version with the route (reference §2, §4.2 "Since", and `git log -S` over config/routes/api.rb). Routes not
 * listed are taken to exist in every version. First match wins.
 */
const SINCE: readonly { method?: string; path: RegExp; since: string }[] = [
  { path: /^\/api\/v1(_alpha)?\/collections(\/|$)/, since: '4.6.0' },
  { path: /^\/api\/v1(_alpha)?\/accounts\/:account_id\/(in_)?collections$/, since: '4.6.0' },
  { path: /^\/api\/v1\/profile$/, since: '4.6.0' },
  { path: /^\/api\/v1\/profile\//, since: '4.2.0' },
  { path: /^\/api\/v1\/donation_campaigns$/, since: '4.6.0' },
  { path: /^\/api\/v1\/statuses\/:status_id\/(quotes|interaction_policy)/, since: '4.5.0' },
  { path: /^\/oauth\/userinfo$/, since: '4.4.0' },
  { path: /^\/api\/v1\/instance\/terms_of_service/, since: '4.4.0' },
  { path: /^\/api\/v1\/annual_reports/, since: '4.3.0' },
  { path: /^\/api\/v1\/notifications\/(requests|policy)/, since: '4.3.0' },
  { path: /^\/api\/v2\/notifications/, since: '4.3.0' },
  { path: /^\/api\/v2\/instance$/, since: '4.0.0' },
  { path: /^\/api\/v2\/filters/, since: '4.0.0' },
  {
    path: /^\/api\/v1\/admin\/(domain_allows|domain_blocks|ip_blocks|email_domain_blocks|canonical_email_blocks)/,
    since: '4.0.0',
  },
  { path: /^\/api\/v1\/followed_tags$/, since: '4.0.0' },
  { path: /^\/api\/v1\/admin\/tags/, since: '4.2.0' },
  { path: /^\/api\/v1\/admin\/trends/, since: '3.5.0' },
  { path: /^\/api\/v1\/admin\/accounts\/:id\/unsensitive$/, since: '3.5.0' },
  { path: /^\/api\/v1\/admin\/(accounts|reports)/, since: '2.9.1' },
  { method: 'PUT', path: /^\/api\/v1\/statuses\/:id$/, since: '3.5.0' },
  { method: 'PATCH', path: /^\/api\/v1\/statuses\/:id$/, since: '3.5.0' },
  { path: /^\/api\/v1\/accounts\/familiar_followers$/, since: '3.5.0' },
  { path: /^\/api\/v1\/accounts\/:account_id\/note$/, since: '3.2.0' },
  { method: 'GET', path: /^\/api\/v1\/media\/:id$/, since: '3.1.3' },
  { path: /^\/api\/v1\/bookmarks$/, since: '3.1.0' },
  { path: /^\/api\/v1\/statuses\/:status_id\/(un)?bookmark$/, since: '3.1.0' },
  { path: /^\/api\/v1\/markers$/, since: '3.0.0' },
  { path: /^\/api\/v1\/featured_tags/, since: '3.0.0' },
  { path: /^\/api\/v1\/preferences$/, since: '2.8.0' },
  { path: /^\/api\/v1\/conversations/, since: '2.6.0' },
];

function sinceOf(method: string, path: string): string {
  for (const s of SINCE) if ((s.method === undefined || s.method === method) && s.path.test(path)) return s.since;
  return '0.0.0';
}

function compile(e: TableEndpoint): Route {
  const params: string[] = [];
  let weight = 0;
  let source = '';
  // `(/*any)`: Rails' optional glob (streaming).
  const [base, glob] = e.path.split('(/*');
  for (const segment of (base ?? '').split('/').filter(Boolean)) {
    if (segment.startsWith(':')) {
      params.push(segment.slice(1));
      source += '/([^/]+)';
    } else {
      weight += 1;
      source += `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    }
  }
  if (glob !== undefined) source += '(?:/.*)?';
  return {
    ...e,
    methods: e.method.split('|'),
    params,
    regex: new RegExp(`^${source}$`),
    weight,
    since: sinceOf(e.method.split('|')[0] ?? e.method, e.path),
  };
}

let cached: Route[] | undefined;

export function allRoutes(): Route[] {
  if (!cached) {
    const table = JSON.parse(readFileSync(TABLE_PATH, 'utf8')) as Table;
    cached = [...table.endpoints, ...table.otherEndpoints].map(compile);
  }
  return cached;
}

/** The route Rails would pick: method and path match, version has it, most static segments wins. */
export function matchRoute(method: string, path: string, version: string): RouteMatch | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  let best: RouteMatch | undefined;
  for (const route of allRoutes()) {
    if (!route.methods.includes(wanted) || !versionAtLeast(version, route.since)) continue;
    const m = route.regex.exec(path);
    if (!m) continue;
    if (best && best.route.weight >= route.weight) continue;
    const params: Record<string, string> = {};
    route.params.forEach((name, i) => {
      params[name] = safeDecode(m[i + 1] ?? '');
    });
    best = { route, params };
  }
  return best;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Every scope Doorkeeper accepts on this version (reference §1.1 history). */
export function supportedScopes(version: string): string[] {
  const granular = (prefix: string, names: string[]) => names.map((n) => `${prefix}:${n}`);
  const writes = [
    'accounts',
    'blocks',
    'bookmarks',
    'collections',
    'conversations',
    'favourites',
    'filters',
    'follows',
    'lists',
    'media',
    'mutes',
    'notifications',
    'reports',
    'statuses',
  ];
  const reads = [
    'accounts',
    'blocks',
    'bookmarks',
    'collections',
    'favourites',
    'filters',
    'follows',
    'lists',
    'mutes',
    'notifications',
    'search',
    'statuses',
  ];
  const admin = [
    'accounts',
    'reports',
    'domain_allows',
    'domain_blocks',
    'ip_blocks',
    'email_domain_blocks',
    'canonical_email_blocks',
  ];
  const has = (s: string) => {
    if (s === 'profile') return versionAtLeast(version, '4.3.0');
    if (s.endsWith(':collections')) return versionAtLeast(version, '4.6.0');
    if (s.endsWith(':bookmarks')) return versionAtLeast(version, '3.1.0');
    if (/^admin:(read|write):(domain|ip|email|canonical)/.test(s)) return versionAtLeast(version, '4.1.0');
    return true;
  };
  return [
    'read',
    'profile',
    'write',
    ...granular('write', writes),
    ...granular('read', reads),
    'follow',
    'push',
    'admin:read',
    ...granular('admin:read', admin),
    'admin:write',
    ...granular('admin:write', admin),
  ].filter(has);
}

type Version = { parts: number[]; pre: string };

function parseVersion(v: string): Version {
  const [core = '', pre = ''] = v.split('+')[0]?.split('-', 2) ?? [];
  const parts = core.split('.').map((p) => Number.parseInt(p, 10) || 0);
  while (parts.length < 3) parts.push(0);
  return { parts, pre };
}

/** Semver-ish comparison: a pre-release sorts before its release ('4.7.0-beta.1' < '4.7.0'). */
export function versionAtLeast(version: string, min: string): boolean {
  const a = parseVersion(version);
  const b = parseVersion(min);
  for (let i = 0; i < 3; i++) {
    const x = a.parts[i] ?? 0;
    const y = b.parts[i] ?? 0;
    if (x !== y) return x > y;
  }
  if (a.pre === b.pre) return true;
  if (a.pre === '') return true;
  if (b.pre === '') return false;
  return a.pre >= b.pre;
}
