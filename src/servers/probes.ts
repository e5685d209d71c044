/**
 * Harmless requests that tell a token's scopes on GoToSocial, Pleroma and Akkoma, which have no token info
 * (docs/servers/*.md §5). The GETs read a list of the account's own things, or look up id 0, which no record has;
 * the one PUT (GoToSocial's status edit) is refused for its empty body right after the scope check. What each
 * accepts follows that server's hierarchy. Other write scopes have no such request there, so they stay undetermined.
 */
import type { Probe } from '../mastodon/probes.ts';
import { solveScopes, type ScopeObservation } from '../mastodon/probes.ts';
import { sortScopes } from '../mastodon/scopes.ts';
import { versionAtLeast } from '../util/version.ts';
import type { Family } from './identity.ts';
import { acceptingScopes, knownScopes } from './scopes.ts';

interface ProbeRow {
  readonly families: readonly Family[];
  /** The scope this request is the probe for. */
  readonly scope: string;
  /** GET unless said; a write probe targets id 0 and is refused before anything is read or changed. */
  readonly method?: Probe['method'];
  readonly path: string;
  /** The scopes the endpoint lists (any-of); each also accepts its parents by the server's hierarchy. */
  readonly lists: readonly string[];
  readonly granted: Probe['granted'];
  /** First version that has the route (GoToSocial scopes are enforced from 0.19.0 anyway). */
  readonly since?: string;
  /** Where the row comes from, in docs/servers/. */
  readonly source: string;
}

const GTS: readonly Family[] = ['gotosocial'];
const PLEROMA: readonly Family[] = ['pleroma', 'akkoma'];
const OK: Probe['granted'] = ['ok'];

const ROWS: readonly ProbeRow[] = [
  // GoToSocial: TokenAuth(…, scope) before any parameter or record (gotosocial.md §5).
  {
    families: GTS,
    scope: 'read:accounts',
    path: '/api/v1/preferences',
    lists: ['read:accounts'],
    granted: OK,
    source: 'gotosocial.md §5',
  },
  {
    families: GTS,
    scope: 'read:applications',
    path: '/api/v1/apps?limit=1',
    lists: ['read:applications'],
    granted: OK,
    source: 'gotosocial.md §5',
  },
  {
    families: GTS,
    scope: 'read:blocks',
    path: '/api/v1/blocks?limit=1',
    lists: ['read:blocks'],
    granted: OK,
    source: 'gotosocial.md §5',
  },
  {
    families: GTS,
    scope: 'read:bookmarks',
    path: '/api/v1/bookmarks?limit=1',
    lists: ['read:bookmarks'],
    granted: OK,
    source: 'gotosocial.md §5',
  },
  {
    families: GTS,
    scope: 'read:favourites',
    path: '/api/v1/favourites?limit=1',
    lists: ['read:favourites'],
    granted: OK,
    source: 'gotosocial.md §5',
  },
  {
    families: GTS,
    scope: 'read:filters',
    path: '/api/v2/filters',
    lists: ['read:filters'],
    granted: OK,
    source: 'gotosocial.md §5',
  },
  {
    families: GTS,
    scope: 'read:follows',
    path: '/api/v1/follow_requests?limit=1',
    lists: ['read:follows'],
    granted: OK,
    source: 'gotosocial.md §5',
  },
  {
    families: GTS,
    scope: 'read:lists',
    path: '/api/v1/lists',
    lists: ['read:lists'],
    granted: OK,
    source: 'gotosocial.md §5',
  },
  {
    families: GTS,
    scope: 'read:mutes',
    path: '/api/v1/mutes?limit=1',
    lists: ['read:mutes'],
    granted: OK,
    source: 'gotosocial.md §5',
  },
  {
    families: GTS,
    scope: 'read:notifications',
    path: '/api/v1/notifications?limit=1',
    lists: ['read:notifications'],
    granted: OK,
    source: 'gotosocial.md §5',
  },
  {
    families: GTS,
    scope: 'read:statuses',
    path: '/api/v1/markers',
    lists: ['read:statuses'],
    granted: OK,
    source: 'gotosocial.md §5',
  },
  {
    families: GTS,
    scope: 'write:media',
    path: '/api/v1/media/0',
    lists: ['write:media'],
    granted: ['not-found'],
    source: 'gotosocial.md §5',
  },
  // PUT with no body: the scope check passes, then the form is refused for its content type (406), before the
  // status is looked up (statusedit.go:175-199, 215-248). Nothing is read or changed.
  {
    families: GTS,
    scope: 'write:statuses',
    method: 'PUT',
    path: '/api/v1/statuses/0',
    lists: ['write:statuses'],
    granted: ['not-acceptable'],
    source: 'gotosocial.md §5',
  },
  {
    families: GTS,
    scope: 'push',
    path: '/api/v1/push/subscription',
    lists: ['push'],
    granted: ['ok', 'not-found'],
    source: 'gotosocial.md §5',
  },
  // Pleroma and Akkoma: OAuthScopesPlug after authentication, before the action (akkoma.md §5, pleroma.md §5).
  {
    families: ['akkoma'],
    scope: 'read:accounts',
    path: '/api/v1/preferences',
    lists: ['read:accounts'],
    granted: OK,
    source: 'akkoma.md §5',
  },
  {
    families: PLEROMA,
    scope: 'read:blocks',
    path: '/api/v1/blocks',
    lists: ['follow', 'read:blocks'],
    granted: OK,
    source: 'akkoma.md §5',
  },
  {
    families: PLEROMA,
    scope: 'read:mutes',
    path: '/api/v1/mutes',
    lists: ['follow', 'read:mutes'],
    granted: OK,
    source: 'akkoma.md §5',
  },
  {
    families: PLEROMA,
    scope: 'read:bookmarks',
    path: '/api/v1/bookmarks',
    lists: ['read:bookmarks'],
    granted: OK,
    source: 'akkoma.md §5',
  },
  {
    families: PLEROMA,
    scope: 'read:favourites',
    path: '/api/v1/favourites',
    lists: ['read:favourites'],
    granted: OK,
    source: 'akkoma.md §5',
  },
  {
    families: PLEROMA,
    scope: 'read:filters',
    path: '/api/v1/filters',
    lists: ['read:filters'],
    granted: OK,
    source: 'akkoma.md §5',
  },
  {
    families: PLEROMA,
    scope: 'read:follows',
    path: '/api/v1/follow_requests',
    lists: ['follow', 'read:follows'],
    granted: OK,
    source: 'akkoma.md §5',
  },
  {
    families: PLEROMA,
    scope: 'read:lists',
    path: '/api/v1/lists',
    lists: ['read:lists'],
    granted: OK,
    source: 'akkoma.md §5',
  },
  {
    families: PLEROMA,
    scope: 'read:notifications',
    path: '/api/v1/notifications',
    lists: ['read:notifications'],
    granted: OK,
    source: 'akkoma.md §5',
  },
  {
    families: PLEROMA,
    scope: 'read:statuses',
    path: '/api/v1/markers',
    lists: ['read:statuses'],
    granted: OK,
    source: 'akkoma.md §5',
  },
  {
    families: PLEROMA,
    scope: 'push',
    path: '/api/v1/push/subscription',
    lists: ['push'],
    granted: ['ok', 'not-found'],
    source: 'akkoma.md §5',
  },
];

function toProbe(family: Family, row: ProbeRow): Probe {
  const accepts = sortScopes(row.lists.flatMap((s) => acceptingScopes(family, s)));
  return {
    scope: row.scope,
    method: row.method ?? 'GET',
    path: row.path,
    route: row.path.split('?')[0] ?? row.path,
    accepts,
    since: row.since ?? '0.0.0',
    granted: row.granted,
  };
}

export function probesOn(family: Family, version: string | undefined): Probe[] {
  return ROWS.filter(
    (row) => row.families.includes(family) && (version === undefined || versionAtLeast(version, row.since ?? '0.0.0')),
  ).map((row) => toProbe(family, row));
}

/** The broad scopes a token may hold beyond a declaration, probed on each server. */
const BROAD: Readonly<Partial<Record<Family, readonly string[]>>> = {
  gotosocial: ['read', 'write', 'push', 'profile', 'admin', 'admin:read', 'admin:write'],
  pleroma: ['read', 'write', 'follow', 'push', 'admin', 'admin:read', 'admin:write'],
  akkoma: ['read', 'write', 'follow', 'push', 'admin', 'admin:read', 'admin:write'],
};

/** What verify_credentials accepts there: GoToSocial `profile`/`read:accounts`, Pleroma `read:accounts`. */
export function verifyCredentialsAcceptsOn(family: Family): string[] {
  const listed = family === 'gotosocial' ? ['profile', 'read:accounts'] : ['read:accounts'];
  return sortScopes(listed.flatMap((s) => acceptingScopes(family, s)));
}

export interface ServerProbePlan {
  readonly candidates: ReadonlySet<string>;
  readonly known: readonly ScopeObservation[];
  readonly probes: readonly Probe[];
}

/**
 * The candidates are the declared scopes, every scope that satisfies one of them there, and the broad ones; a
 * refused verify_credentials rules out what it accepts. For each open candidate, the probe that accepts the fewest
 * other candidates.
 */
export function planProbingOn(
  family: Family,
  credentials: 'account' | 'narrow' | 'app-only' | string,
  version: string | undefined,
  required: readonly string[],
): ServerProbePlan {
  const known = knownScopes(family);
  const available = probesOn(family, version);
  const declared = required.flatMap((s) => acceptingScopes(family, s));
  // A broad scope that no request here shows would only stay undetermined: looked for when declared, else not.
  const showable = (s: string) =>
    available.some((p) => p.accepts.includes(s)) || verifyCredentialsAcceptsOn(family).includes(s);
  const candidates = new Set(
    [...declared, ...(BROAD[family] ?? []).filter(showable)].filter((s) => known?.has(s) ?? false),
  );
  const observations: ScopeObservation[] = [];
  if (credentials === 'account') observations.push({ accepts: verifyCredentialsAcceptsOn(family), granted: true });
  if (credentials === 'narrow') observations.push({ accepts: verifyCredentialsAcceptsOn(family), granted: false });
  const open = new Set(
    solveScopes(
      candidates,
      observations.filter((o) => !o.granted),
    ).undetermined,
  );
  const chosen = new Set<Probe>();
  for (const scope of [...open].sort()) {
    const overlap = (p: Probe) => p.accepts.filter((s) => s !== scope && open.has(s)).length;
    const rank = (p: Probe) => overlap(p) * 2 + (p.scope === scope ? 0 : 1);
    const best = available.filter((p) => p.accepts.includes(scope)).sort((a, b) => rank(a) - rank(b))[0];
    if (best) chosen.add(best);
  }
  return { candidates, known: observations, probes: [...chosen] };
}
