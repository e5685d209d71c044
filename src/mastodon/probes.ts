/**
 * Harmless requests that tell whether a token holds a scope, for servers whose token info cannot be read
 * (reference/mastodon-server-behaviour.md §4). Every probe either reads, or targets id 0, which no record has, so
 * the lookup fails before any action runs: none changes application data, granted or not. Each lists the scopes its
 * endpoint accepts (any-of), as the endpoint-scope table says; a test keeps the two equal.
 */
import { describeFailure, errorText, isScopeRefusal, type Outcome } from './answers.ts';
import { versionAtLeast } from '../util/version.ts';

/** What a granted request answers (besides 422 for app-only tokens, which comes after the scope check). */
/** `not-acceptable`: GoToSocial's 406 for a body it cannot read, after the scope check (docs/servers/gotosocial.md §5). */
type GrantedAnswer = 'ok' | 'record-not-found' | 'not-found' | 'bad-request' | 'not-acceptable';

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
  /** The version whose newer route replaced this one: the probe applies before it. */
  readonly before?: string;
  /** What a granted request answers on current versions. */
  readonly granted: readonly GrantedAnswer[];
  /** Where that answer changed: what a granted request answered before `version` (docs/mastodon-fidelity.md §1). */
  readonly grantedBefore?: { readonly version: string; readonly granted: readonly GrantedAnswer[] };
}

/**
 * The answers that mean "granted" on this server version; on an unknown version, any of them. Mastodon 4.5.3
 * (GHSA-gwhw-gcjx-72v8) made a missing status answer `Not Found` like a private one, where it said `Record not
 * found` before (docs/mastodon-fidelity.md §1).
 */
export function grantedAnswers(p: Probe, version: string | undefined): readonly GrantedAnswer[] {
  if (!p.grantedBefore) return p.granted;
  if (version === undefined) return [...new Set([...p.granted, ...p.grantedBefore.granted])];
  return versionAtLeast(version, p.grantedBefore.version) ? p.granted : p.grantedBefore.granted;
}

/**
 * The status lookups that 4.5.3 rescued: `Not Found` since. Before it `Record not found`, and `Not Found` too where
 * a 4.4 or 4.3 security release of the same day carried the fix (M's changelog does not say).
 */
const STATUS_LOOKUP_GRANTED = {
  granted: ['not-found'],
  grantedBefore: { version: '4.5.3', granted: ['record-not-found', 'not-found'] },
} as const satisfies Pick<Probe, 'granted' | 'grantedBefore'>;

/**
 * One row per probe. Where a newer route replaced an older one, both are listed, each with the versions it applies to
 * (`since`, and `before` for the older).
 */
export const PROBES: readonly Probe[] = [
  {
    scope: 'read:accounts',
    method: 'GET',
    path: '/api/v1/preferences',
    route: '/api/v1/preferences',
    accepts: ['read', 'read:accounts'],
    since: '2.8.0',
    granted: ['ok'],
  },
  {
    scope: 'read:blocks',
    method: 'GET',
    path: '/api/v1/blocks?limit=1',
    route: '/api/v1/blocks',
    accepts: ['follow', 'read', 'read:blocks'],
    since: '0.0.0',
    granted: ['ok'],
  },
  {
    scope: 'read:bookmarks',
    method: 'GET',
    path: '/api/v1/bookmarks?limit=1',
    route: '/api/v1/bookmarks',
    accepts: ['read', 'read:bookmarks'],
    since: '3.1.0',
    granted: ['ok'],
  },
  {
    scope: 'read:collections',
    method: 'GET',
    path: '/api/v1/collections/0',
    route: '/api/v1/collections/:id',
    accepts: ['read', 'read:collections'],
    since: '4.6.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'read:favourites',
    method: 'GET',
    path: '/api/v1/favourites?limit=1',
    route: '/api/v1/favourites',
    accepts: ['read', 'read:favourites'],
    since: '0.0.0',
    granted: ['ok'],
  },
  {
    scope: 'read:filters',
    method: 'GET',
    path: '/api/v2/filters',
    route: '/api/v2/filters',
    accepts: ['read', 'read:filters'],
    since: '4.0.0',
    granted: ['ok'],
  },
  {
    scope: 'read:filters',
    method: 'GET',
    path: '/api/v1/filters',
    route: '/api/v1/filters',
    accepts: ['read', 'read:filters'],
    since: '0.0.0',
    before: '4.0.0',
    granted: ['ok'],
  },
  // relationships does not accept `follow`, which is how `read:follows` is told from `follow`.
  {
    scope: 'read:follows',
    method: 'GET',
    path: '/api/v1/accounts/relationships',
    route: '/api/v1/accounts/relationships',
    accepts: ['read', 'read:follows'],
    since: '0.0.0',
    granted: ['ok'],
  },
  {
    scope: 'read:lists',
    method: 'GET',
    path: '/api/v1/lists',
    route: '/api/v1/lists',
    accepts: ['read', 'read:lists'],
    since: '0.0.0',
    granted: ['ok'],
  },
  {
    scope: 'read:mutes',
    method: 'GET',
    path: '/api/v1/mutes?limit=1',
    route: '/api/v1/mutes',
    accepts: ['follow', 'read', 'read:mutes'],
    since: '0.0.0',
    granted: ['ok'],
  },
  {
    scope: 'read:notifications',
    method: 'GET',
    path: '/api/v1/notifications?limit=1',
    route: '/api/v1/notifications',
    accepts: ['read', 'read:notifications'],
    since: '0.0.0',
    granted: ['ok'],
  },
  // Without `q` the scope check passes and parameter validation answers 400: no search runs.
  {
    scope: 'read:search',
    method: 'GET',
    path: '/api/v2/search',
    route: '/api/v2/search',
    accepts: ['read', 'read:search'],
    since: '2.4.1',
    granted: ['bad-request'],
  },
  // Not timelines/home, which can answer 206 while a feed regenerates.
  {
    scope: 'read:statuses',
    method: 'GET',
    path: '/api/v1/markers',
    route: '/api/v1/markers',
    accepts: ['read', 'read:statuses'],
    since: '3.0.0',
    granted: ['ok'],
  },
  {
    scope: 'follow',
    method: 'GET',
    path: '/api/v1/follow_requests?limit=1',
    route: '/api/v1/follow_requests',
    accepts: ['follow', 'read', 'read:follows'],
    since: '0.0.0',
    granted: ['ok'],
  },
  {
    scope: 'profile',
    method: 'GET',
    path: '/oauth/userinfo',
    route: '/oauth/userinfo',
    accepts: ['profile'],
    since: '4.4.0',
    granted: ['ok'],
  },
  // 404 "Not Found" means no subscription exists for this token: still granted.
  {
    scope: 'push',
    method: 'GET',
    path: '/api/v1/push/subscription',
    route: '/api/v1/push/subscription',
    accepts: ['push'],
    since: '2.4.0',
    granted: ['ok', 'not-found'],
  },
  {
    scope: 'write:accounts',
    method: 'POST',
    path: '/api/v1/accounts/0/note',
    route: '/api/v1/accounts/:account_id/note',
    accepts: ['write', 'write:accounts'],
    since: '3.2.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'write:blocks',
    method: 'POST',
    path: '/api/v1/accounts/0/unblock',
    route: '/api/v1/accounts/:id/unblock',
    accepts: ['follow', 'write', 'write:blocks'],
    since: '0.0.0',
    granted: ['record-not-found'],
  },
  // The un- actions: bookmark/favourite look the status up before the scope check (§4.1).
  {
    scope: 'write:bookmarks',
    method: 'POST',
    path: '/api/v1/statuses/0/unbookmark',
    route: '/api/v1/statuses/:status_id/unbookmark',
    accepts: ['write', 'write:bookmarks'],
    since: '3.1.0',
    ...STATUS_LOOKUP_GRANTED,
  },
  {
    scope: 'write:collections',
    method: 'PATCH',
    path: '/api/v1/collections/0',
    route: '/api/v1/collections/:id',
    accepts: ['write', 'write:collections'],
    since: '4.6.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'write:conversations',
    method: 'POST',
    path: '/api/v1/conversations/0/read',
    route: '/api/v1/conversations/:id/read',
    accepts: ['write', 'write:conversations'],
    since: '2.6.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'write:favourites',
    method: 'POST',
    path: '/api/v1/statuses/0/unfavourite',
    route: '/api/v1/statuses/:status_id/unfavourite',
    accepts: ['write', 'write:favourites'],
    since: '0.0.0',
    ...STATUS_LOOKUP_GRANTED,
  },
  {
    scope: 'write:filters',
    method: 'PUT',
    path: '/api/v2/filters/0',
    route: '/api/v2/filters/:id',
    accepts: ['write', 'write:filters'],
    since: '4.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'write:filters',
    method: 'PUT',
    path: '/api/v1/filters/0',
    route: '/api/v1/filters/:id',
    accepts: ['write', 'write:filters'],
    since: '0.0.0',
    before: '4.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'write:follows',
    method: 'POST',
    path: '/api/v1/accounts/0/unfollow',
    route: '/api/v1/accounts/:id/unfollow',
    accepts: ['follow', 'write', 'write:follows'],
    since: '0.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'write:lists',
    method: 'PUT',
    path: '/api/v1/lists/0',
    route: '/api/v1/lists/:id',
    accepts: ['write', 'write:lists'],
    since: '0.0.0',
    granted: ['record-not-found'],
  },
  // This GET needs a write scope.
  {
    scope: 'write:media',
    method: 'GET',
    path: '/api/v1/media/0',
    route: '/api/v1/media/:id',
    accepts: ['write', 'write:media'],
    since: '3.1.3',
    granted: ['record-not-found'],
  },
  {
    scope: 'write:mutes',
    method: 'POST',
    path: '/api/v1/accounts/0/unmute',
    route: '/api/v1/accounts/:id/unmute',
    accepts: ['follow', 'write', 'write:mutes'],
    since: '0.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'write:notifications',
    method: 'POST',
    path: '/api/v1/notifications/0/dismiss',
    route: '/api/v1/notifications/:id/dismiss',
    accepts: ['write', 'write:notifications'],
    since: '0.0.0',
    granted: ['record-not-found'],
  },
  // Empty body: Account.find(nil) raises before ReportService. Never send account_id.
  {
    scope: 'write:reports',
    method: 'POST',
    path: '/api/v1/reports',
    route: '/api/v1/reports',
    accepts: ['write', 'write:reports'],
    since: '0.0.0',
    granted: ['record-not-found'],
  },
  // Edit of status 0; not DELETE or unreblog, which count toward the 30-per-30-minutes delete throttle.
  {
    scope: 'write:statuses',
    method: 'PUT',
    path: '/api/v1/statuses/0',
    route: '/api/v1/statuses/:id',
    accepts: ['write', 'write:statuses'],
    since: '3.5.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:read',
    method: 'GET',
    path: '/api/v1/admin/tags/0',
    route: '/api/v1/admin/tags/:id',
    accepts: ['admin:read'],
    since: '4.2.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:read',
    method: 'GET',
    path: '/api/v1/admin/trends/tags?limit=1',
    route: '/api/v1/admin/trends/tags',
    accepts: ['admin:read'],
    since: '3.5.0',
    before: '4.2.0',
    granted: ['ok'],
  },
  {
    scope: 'admin:read:accounts',
    method: 'GET',
    path: '/api/v1/admin/accounts/0',
    route: '/api/v1/admin/accounts/:id',
    accepts: ['admin:read', 'admin:read:accounts'],
    since: '2.9.1',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:read:reports',
    method: 'GET',
    path: '/api/v1/admin/reports/0',
    route: '/api/v1/admin/reports/:id',
    accepts: ['admin:read', 'admin:read:reports'],
    since: '2.9.1',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:read:domain_allows',
    method: 'GET',
    path: '/api/v1/admin/domain_allows/0',
    route: '/api/v1/admin/domain_allows/:id',
    accepts: ['admin:read', 'admin:read:domain_allows'],
    since: '4.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:read:domain_blocks',
    method: 'GET',
    path: '/api/v1/admin/domain_blocks/0',
    route: '/api/v1/admin/domain_blocks/:id',
    accepts: ['admin:read', 'admin:read:domain_blocks'],
    since: '4.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:read:ip_blocks',
    method: 'GET',
    path: '/api/v1/admin/ip_blocks/0',
    route: '/api/v1/admin/ip_blocks/:id',
    accepts: ['admin:read', 'admin:read:ip_blocks'],
    since: '4.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:read:email_domain_blocks',
    method: 'GET',
    path: '/api/v1/admin/email_domain_blocks/0',
    route: '/api/v1/admin/email_domain_blocks/:id',
    accepts: ['admin:read', 'admin:read:email_domain_blocks'],
    since: '4.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:read:canonical_email_blocks',
    method: 'GET',
    path: '/api/v1/admin/canonical_email_blocks/0',
    route: '/api/v1/admin/canonical_email_blocks/:id',
    accepts: ['admin:read', 'admin:read:canonical_email_blocks'],
    since: '4.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:write',
    method: 'PUT',
    path: '/api/v1/admin/tags/0',
    route: '/api/v1/admin/tags/:id',
    accepts: ['admin:write'],
    since: '4.2.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:write:accounts',
    method: 'POST',
    path: '/api/v1/admin/accounts/0/unsensitive',
    route: '/api/v1/admin/accounts/:id/unsensitive',
    accepts: ['admin:write', 'admin:write:accounts'],
    since: '3.5.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:write:reports',
    method: 'PUT',
    path: '/api/v1/admin/reports/0',
    route: '/api/v1/admin/reports/:id',
    accepts: ['admin:write', 'admin:write:reports'],
    since: '3.5.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:write:domain_allows',
    method: 'DELETE',
    path: '/api/v1/admin/domain_allows/0',
    route: '/api/v1/admin/domain_allows/:id',
    accepts: ['admin:write', 'admin:write:domain_allows'],
    since: '4.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:write:domain_blocks',
    method: 'PUT',
    path: '/api/v1/admin/domain_blocks/0',
    route: '/api/v1/admin/domain_blocks/:id',
    accepts: ['admin:write', 'admin:write:domain_blocks'],
    since: '4.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:write:ip_blocks',
    method: 'PUT',
    path: '/api/v1/admin/ip_blocks/0',
    route: '/api/v1/admin/ip_blocks/:id',
    accepts: ['admin:write', 'admin:write:ip_blocks'],
    since: '4.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:write:email_domain_blocks',
    method: 'DELETE',
    path: '/api/v1/admin/email_domain_blocks/0',
    route: '/api/v1/admin/email_domain_blocks/:id',
    accepts: ['admin:write', 'admin:write:email_domain_blocks'],
    since: '4.0.0',
    granted: ['record-not-found'],
  },
  {
    scope: 'admin:write:canonical_email_blocks',
    method: 'DELETE',
    path: '/api/v1/admin/canonical_email_blocks/0',
    route: '/api/v1/admin/canonical_email_blocks/:id',
    accepts: ['admin:write', 'admin:write:canonical_email_blocks'],
    since: '4.0.0',
    granted: ['record-not-found'],
  },
];

/** Probes that exist on this server version. An unknown version gets those whose answers no missing route can fake. */
export function availableProbes(version: string | undefined): Probe[] {
  return PROBES.filter((p) =>
    version === undefined
      ? !p.before && !grantedAnswers(p, undefined).includes('not-found') && p.since === '0.0.0'
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
export function judgeProbe(p: Probe, outcome: Outcome, version?: string): ProbeResult {
  const granted = grantedAnswers(p, version);
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
      return verdict(granted.includes('ok') && r.json !== undefined ? 'granted' : 'inconclusive');
    case 406:
      return verdict(granted.includes('not-acceptable') ? 'granted' : 'inconclusive');
    case 400:
      return verdict(granted.includes('bad-request') ? 'granted' : 'inconclusive');
    case 404:
      if (error === 'Record not found')
        return verdict(granted.includes('record-not-found') ? 'granted' : 'inconclusive');
      return verdict(error === 'Not Found' && granted.includes('not-found') ? 'granted' : 'inconclusive');
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
