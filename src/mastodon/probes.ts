/**
 * Harmless requests that tell whether a token holds a scope, for servers whose token info cannot be read
 * (reference/mastodon-server-behaviour.md §4). Every probe either reads, or targets id 0, which no record has, so
 * the lookup fails before any action runs: none changes application data, granted or not. Each lists the scopes its
 * endpoint accepts (any-of), as the endpoint-scope table says; a test keeps the two equal.
 */
import { describeFailure, errorText, isScopeRefusal, type Outcome } from './answers.ts';
import { versionAtLeast } from './scopes.ts';

/** What a granted request answers (besides 422 for app-only tokens, which comes after the scope check). */
type GrantedAnswer = 'ok' | 'record-not-found' | 'not-found' | 'bad-request';

export interface Probe {
  /** The scope this request is the probe for. */
  readonly scope: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  /** The route as the endpoint-scope table writes it. */
  readonly route: string;
  /** Every scope the endpoint accepts. */
  readonly accepts: readonly string[];
  readonly since: string;
  /** Last version this probe applies to, when a newer route replaced it. */
  readonly before?: string;
  readonly granted: readonly GrantedAnswer[];
}

const probe = (
  scope: string,
  method: Probe['method'],
  path: string,
  route: string,
  accepts: readonly string[],
  since: string,
  granted: readonly GrantedAnswer[],
  before?: string,
): Probe => ({ scope, method, path, route, accepts, since, granted, ...(before ? { before } : {}) });

const RNF = ['record-not-found'] as const;
const OK = ['ok'] as const;

const adminRead = (resource: string, since: string) =>
  probe(
    `admin:read:${resource}`,
    'GET',
    `/api/v1/admin/${resource}/0`,
    `/api/v1/admin/${resource}/:id`,
    ['admin:read', `admin:read:${resource}`],
    since,
    RNF,
  );

export const PROBES: readonly Probe[] = [
  probe('read:accounts', 'GET', '/api/v1/preferences', '/api/v1/preferences', ['read', 'read:accounts'], '2.8.0', OK),
  probe(
    'read:blocks',
    'GET',
    '/api/v1/blocks?limit=1',
    '/api/v1/blocks',
    ['follow', 'read', 'read:blocks'],
    '0.0.0',
    OK,
  ),
  probe(
    'read:bookmarks',
    'GET',
    '/api/v1/bookmarks?limit=1',
    '/api/v1/bookmarks',
    ['read', 'read:bookmarks'],
    '3.1.0',
    OK,
  ),
  probe(
    'read:collections',
    'GET',
    '/api/v1/collections/0',
    '/api/v1/collections/:id',
    ['read', 'read:collections'],
    '4.6.0',
    RNF,
  ),
  probe(
    'read:favourites',
    'GET',
    '/api/v1/favourites?limit=1',
    '/api/v1/favourites',
    ['read', 'read:favourites'],
    '0.0.0',
    OK,
  ),
  probe('read:filters', 'GET', '/api/v2/filters', '/api/v2/filters', ['read', 'read:filters'], '4.0.0', OK),
  probe('read:filters', 'GET', '/api/v1/filters', '/api/v1/filters', ['read', 'read:filters'], '0.0.0', OK, '4.0.0'),
  // relationships does not accept `follow`, which is how `read:follows` is told from `follow`.
  probe(
    'read:follows',
    'GET',
    '/api/v1/accounts/relationships',
    '/api/v1/accounts/relationships',
    ['read', 'read:follows'],
    '0.0.0',
    OK,
  ),
  probe('read:lists', 'GET', '/api/v1/lists', '/api/v1/lists', ['read', 'read:lists'], '0.0.0', OK),
  probe('read:mutes', 'GET', '/api/v1/mutes?limit=1', '/api/v1/mutes', ['follow', 'read', 'read:mutes'], '0.0.0', OK),
  probe(
    'read:notifications',
    'GET',
    '/api/v1/notifications?limit=1',
    '/api/v1/notifications',
    ['read', 'read:notifications'],
    '0.0.0',
    OK,
  ),
  // Without `q` the scope check passes and parameter validation answers 400: no search runs.
  probe('read:search', 'GET', '/api/v2/search', '/api/v2/search', ['read', 'read:search'], '2.4.1', ['bad-request']),
  // Not timelines/home, which can answer 206 while a feed regenerates.
  probe('read:statuses', 'GET', '/api/v1/markers', '/api/v1/markers', ['read', 'read:statuses'], '3.0.0', OK),
  probe(
    'follow',
    'GET',
    '/api/v1/follow_requests?limit=1',
    '/api/v1/follow_requests',
    ['follow', 'read', 'read:follows'],
    '0.0.0',
    OK,
  ),
  probe('profile', 'GET', '/oauth/userinfo', '/oauth/userinfo', ['profile'], '4.4.0', OK),
  // 404 "Not Found" means no subscription exists for this token: still granted.
  probe('push', 'GET', '/api/v1/push/subscription', '/api/v1/push/subscription', ['push'], '2.4.0', [
    'ok',
    'not-found',
  ]),
  probe(
    'write:accounts',
    'POST',
    '/api/v1/accounts/0/note',
    '/api/v1/accounts/:account_id/note',
    ['write', 'write:accounts'],
    '3.2.0',
    RNF,
  ),
  probe(
    'write:blocks',
    'POST',
    '/api/v1/accounts/0/unblock',
    '/api/v1/accounts/:id/unblock',
    ['follow', 'write', 'write:blocks'],
    '0.0.0',
    RNF,
  ),
  // The un- actions: bookmark/favourite look the status up before the scope check (§4.1).
  probe(
    'write:bookmarks',
    'POST',
    '/api/v1/statuses/0/unbookmark',
    '/api/v1/statuses/:status_id/unbookmark',
    ['write', 'write:bookmarks'],
    '3.1.0',
    ['not-found', 'record-not-found'],
  ),
  probe(
    'write:collections',
    'PATCH',
    '/api/v1/collections/0',
    '/api/v1/collections/:id',
    ['write', 'write:collections'],
    '4.6.0',
    RNF,
  ),
  probe(
    'write:conversations',
    'POST',
    '/api/v1/conversations/0/read',
    '/api/v1/conversations/:id/read',
    ['write', 'write:conversations'],
    '2.6.0',
    RNF,
  ),
  probe(
    'write:favourites',
    'POST',
    '/api/v1/statuses/0/unfavourite',
    '/api/v1/statuses/:status_id/unfavourite',
    ['write', 'write:favourites'],
    '0.0.0',
    ['not-found', 'record-not-found'],
  ),
  probe('write:filters', 'PUT', '/api/v2/filters/0', '/api/v2/filters/:id', ['write', 'write:filters'], '4.0.0', RNF),
  probe(
    'write:filters',
    'PUT',
    '/api/v1/filters/0',
    '/api/v1/filters/:id',
    ['write', 'write:filters'],
    '0.0.0',
    RNF,
    '4.0.0',
  ),
  probe(
    'write:follows',
    'POST',
    '/api/v1/accounts/0/unfollow',
    '/api/v1/accounts/:id/unfollow',
    ['follow', 'write', 'write:follows'],
    '0.0.0',
    RNF,
  ),
  probe('write:lists', 'PUT', '/api/v1/lists/0', '/api/v1/lists/:id', ['write', 'write:lists'], '0.0.0', RNF),
  // This GET needs a write scope.
  probe('write:media', 'GET', '/api/v1/media/0', '/api/v1/media/:id', ['write', 'write:media'], '3.1.3', RNF),
  probe(
    'write:mutes',
    'POST',
    '/api/v1/accounts/0/unmute',
    '/api/v1/accounts/:id/unmute',
    ['follow', 'write', 'write:mutes'],
    '0.0.0',
    RNF,
  ),
  probe(
    'write:notifications',
    'POST',
    '/api/v1/notifications/0/dismiss',
    '/api/v1/notifications/:id/dismiss',
    ['write', 'write:notifications'],
    '0.0.0',
    RNF,
  ),
  // Empty body: Account.find(nil) raises before ReportService. Never send account_id.
  probe('write:reports', 'POST', '/api/v1/reports', '/api/v1/reports', ['write', 'write:reports'], '0.0.0', RNF),
  // Edit of status 0; not DELETE or unreblog, which count toward the 30-per-30-minutes delete throttle.
  probe(
    'write:statuses',
    'PUT',
    '/api/v1/statuses/0',
    '/api/v1/statuses/:id',
    ['write', 'write:statuses'],
    '3.5.0',
    RNF,
  ),
  probe('admin:read', 'GET', '/api/v1/admin/tags/0', '/api/v1/admin/tags/:id', ['admin:read'], '4.2.0', RNF),
  probe(
    'admin:read',
    'GET',
    '/api/v1/admin/trends/tags?limit=1',
    '/api/v1/admin/trends/tags',
    ['admin:read'],
    '3.5.0',
    OK,
    '4.2.0',
  ),
  adminRead('accounts', '2.9.1'),
  adminRead('reports', '2.9.1'),
  adminRead('domain_allows', '4.0.0'),
  adminRead('domain_blocks', '4.0.0'),
  adminRead('ip_blocks', '4.0.0'),
  adminRead('email_domain_blocks', '4.0.0'),
  adminRead('canonical_email_blocks', '4.0.0'),
  probe('admin:write', 'PUT', '/api/v1/admin/tags/0', '/api/v1/admin/tags/:id', ['admin:write'], '4.2.0', RNF),
  probe(
    'admin:write:accounts',
    'POST',
    '/api/v1/admin/accounts/0/unsensitive',
    '/api/v1/admin/accounts/:id/unsensitive',
    ['admin:write', 'admin:write:accounts'],
    '3.5.0',
    RNF,
  ),
  probe(
    'admin:write:reports',
    'PUT',
    '/api/v1/admin/reports/0',
    '/api/v1/admin/reports/:id',
    ['admin:write', 'admin:write:reports'],
    '3.5.0',
    RNF,
  ),
  probe(
    'admin:write:domain_allows',
    'DELETE',
    '/api/v1/admin/domain_allows/0',
    '/api/v1/admin/domain_allows/:id',
    ['admin:write', 'admin:write:domain_allows'],
    '4.0.0',
    RNF,
  ),
  probe(
    'admin:write:domain_blocks',
    'PUT',
    '/api/v1/admin/domain_blocks/0',
    '/api/v1/admin/domain_blocks/:id',
    ['admin:write', 'admin:write:domain_blocks'],
    '4.0.0',
    RNF,
  ),
  probe(
    'admin:write:ip_blocks',
    'PUT',
    '/api/v1/admin/ip_blocks/0',
    '/api/v1/admin/ip_blocks/:id',
    ['admin:write', 'admin:write:ip_blocks'],
    '4.0.0',
    RNF,
  ),
  probe(
    'admin:write:email_domain_blocks',
    'DELETE',
    '/api/v1/admin/email_domain_blocks/0',
    '/api/v1/admin/email_domain_blocks/:id',
    ['admin:write', 'admin:write:email_domain_blocks'],
    '4.0.0',
    RNF,
  ),
  probe(
    'admin:write:canonical_email_blocks',
    'DELETE',
    '/api/v1/admin/canonical_email_blocks/0',
    '/api/v1/admin/canonical_email_blocks/:id',
    ['admin:write', 'admin:write:canonical_email_blocks'],
    '4.0.0',
    RNF,
  ),
];

/** Probes that exist on this server version. An unknown version gets those whose answers no missing route can fake. */
export function availableProbes(version: string | undefined): Probe[] {
  return PROBES.filter((p) =>
    version === undefined
      ? !p.before && !p.granted.includes('not-found') && p.since === '0.0.0'
      : versionAtLeast(version, p.since) && !(p.before && versionAtLeast(version, p.before)),
  );
}

export type ProbeVerdict = 'granted' | 'denied' | 'inconclusive';

export interface ProbeResult {
  readonly verdict: ProbeVerdict;
  /** 422 "requires an authenticated user": the scope passed, and no user stands behind the token. */
  readonly appOnly: boolean;
  /** What came back, for the report. */
  readonly answer: string;
  /** Why the probe got no answer to judge (network, timeout, 5xx, 429), when it got none. */
  readonly failure?: string;
}

/** Reads one probe's answer by reference §4.1's decision rule. */
export function judgeProbe(p: Probe, outcome: Outcome): ProbeResult {
  if (!outcome.ok)
    return { verdict: 'inconclusive', appOnly: false, answer: outcome.error.kind, failure: outcome.error.message };
  const r = outcome.response;
  // A server error or a rate limit is no answer about the scope: told apart from an ambiguous answer, so that a
  // server fault is not read as "the scopes could not be told apart" (or, worse, as healthy).
  if (r.status >= 500 || r.status === 429)
    return { verdict: 'inconclusive', appOnly: false, answer: String(r.status), failure: describeFailure(r) };
  const error = errorText(r);
  const answer = `${r.status}${error ? ` ${error}` : ''}`;
  const verdict = (v: ProbeVerdict, appOnly = false): ProbeResult => ({ verdict: v, appOnly, answer });
  if (r.json === undefined && r.status !== 200) return verdict('inconclusive');
  switch (r.status) {
    case 200:
    case 206:
      return verdict(p.granted.includes('ok') && r.json !== undefined ? 'granted' : 'inconclusive');
    case 400:
      return verdict(p.granted.includes('bad-request') ? 'granted' : 'inconclusive');
    case 404:
      if (error === 'Record not found')
        return verdict(p.granted.includes('record-not-found') ? 'granted' : 'inconclusive');
      return verdict(error === 'Not Found' && p.granted.includes('not-found') ? 'granted' : 'inconclusive');
    case 403:
      if (isScopeRefusal(r)) return verdict('denied');
      // A role check (Pundit) runs after the scope check: the scope passed.
      return verdict(error === 'This action is not allowed' ? 'granted' : 'inconclusive');
    case 422:
      return error !== undefined && /requires an authenticated user/i.test(error)
        ? verdict('granted', true)
        : verdict('inconclusive');
    default:
      return verdict('inconclusive');
  }
}

/** An answer that says whether the token holds at least one of `accepts`. */
export interface ScopeObservation {
  readonly accepts: readonly string[];
  readonly granted: boolean;
}

export interface ScopeSolution {
  readonly granted: string[];
  readonly undetermined: string[];
  /** A granted answer that no candidate explains: the token holds a scope outside the candidates. */
  readonly unexplained: boolean;
}

/**
 * Works out which candidates the token holds, assuming it holds no scope outside `candidates` (the app's registered
 * scopes bound the token's; without them, the declared scopes, their parents and the broad ones). A denied answer
 * rules out every scope it accepts; a granted one whose accepted candidates are all ruled out but one proves that one.
 */
export function solveScopes(candidates: ReadonlySet<string>, observations: readonly ScopeObservation[]): ScopeSolution {
  const denied = new Set<string>();
  const granted = new Set<string>();
  for (const o of observations) if (!o.granted) for (const s of o.accepts) denied.add(s);
  let unexplained = false;
  for (let changed = true; changed;) {
    changed = false;
    for (const o of observations) {
      if (!o.granted) continue;
      const open = o.accepts.filter((s) => candidates.has(s) && !denied.has(s));
      if (open.length === 0) unexplained = true;
      if (open.length === 1 && !granted.has(open[0] as string)) {
        granted.add(open[0] as string);
        changed = true;
      }
    }
  }
  const undetermined = [...candidates].filter((s) => !granted.has(s) && !denied.has(s));
  return { granted: [...granted].sort(), undetermined: undetermined.sort(), unexplained };
}

/**
 * The probes to send, all at once. For each candidate, of the probes whose endpoint accepts it, the one that accepts
 * the fewest other candidates (its own first, reads first): a parent scope has no endpoint of its own, and a child's
 * probe whose siblings are not candidates isolates it.
 */
export function planProbes(candidates: ReadonlySet<string>, version: string | undefined): Probe[] {
  const available = availableProbes(version);
  const chosen = new Set<Probe>();
  for (const scope of [...candidates].sort()) {
    const overlap = (p: Probe) => p.accepts.filter((s) => s !== scope && candidates.has(s)).length;
    const rank = (p: Probe) => overlap(p) * 4 + (p.scope === scope ? 0 : 2) + (p.method === 'GET' ? 0 : 1);
    const best = available.filter((p) => p.accepts.includes(scope)).sort((a, b) => rank(a) - rank(b))[0];
    if (best) chosen.add(best);
  }
  return [...chosen];
}
