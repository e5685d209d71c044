/**
 * Matching what the code calls against Mastodon's routes (endpoint-table.ts), and the need of a call: the narrowest
 * scope its endpoint accepts.
 */
import { versionAtLeast } from '../util/version.ts';
import { ROUTES, STREAMING_CHANNELS, type RouteRow } from './endpoint-table.ts';

/** A path segment whose text is only known at run time (`${id}`, `{id}`, `" + id + "`, `%s`, `:id`). */
export const DYNAMIC = '\u0000';

interface CompiledRoute extends RouteRow {
  readonly segments: readonly string[];
}

const COMPILED: readonly CompiledRoute[] = ROUTES.map((r) => ({ ...r, segments: r.path.split('/').filter(Boolean) }));

const isParam = (segment: string) => segment.startsWith(':');

export interface RouteMatch {
  readonly method: string;
  readonly route: string;
  readonly scopes: readonly string[];
}

export type MatchOutcome =
  | { readonly kind: 'matched'; readonly match: RouteMatch; readonly alternatives: readonly RouteMatch[] }
  | { readonly kind: 'ambiguous'; readonly reason: string }
  | { readonly kind: 'unknown'; readonly reason: string };

/**
 * Finds the route of a path whose segments are literal text or DYNAMIC. Literal segments match the same literal or a
 * parameter (`/accounts/123/follow`); DYNAMIC matches a parameter and, failing any such route, a literal
 * (`/timelines/${kind}`). Among matches the route with more literal segments wins (`verify_credentials` over `:id`),
 * as a reader would expect. With the method unknown, the call is resolved only when every method's route needs the
 * same scopes.
 */
export function matchRoute(method: string | undefined, segments: readonly string[]): MatchOutcome {
  const scored: { route: CompiledRoute; literal: number; loose: number }[] = [];
  for (const route of COMPILED) {
    if (route.segments.length !== segments.length) continue;
    let literal = 0;
    let loose = 0;
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const want = route.segments[i] as string;
      const have = segments[i] as string;
      if (have === DYNAMIC) {
        if (!isParam(want)) loose++;
      } else if (isParam(want)) {
        // a literal where the route takes a parameter: an id written out, fine
      } else if (want === have) {
        literal++;
      } else {
        ok = false;
      }
    }
    if (ok) scored.push({ route, literal, loose });
  }
  const shown = segments.map((s) => (s === DYNAMIC ? ':?' : s)).join('/');
  if (!scored.length) return { kind: 'unknown', reason: `no Mastodon route is /${shown}` };
  const fewestLoose = Math.min(...scored.map((s) => s.loose));
  let best = scored.filter((s) => s.loose === fewestLoose);
  const mostLiteral = Math.max(...best.map((s) => s.literal));
  best = best.filter((s) => s.literal === mostLiteral);
  const byMethod = method ? best.filter((s) => s.route.method === method) : best;
  if (!byMethod.length) {
    const methods = [...new Set(best.map((s) => s.route.method))].join(', ');
    return { kind: 'unknown', reason: `Mastodon answers /${shown} to ${methods}, not ${method}` };
  }
  const matches = byMethod.map(({ route }) => ({ method: route.method, route: route.path, scopes: route.scopes }));
  const first = matches[0] as RouteMatch;
  const key = (m: RouteMatch) => [...m.scopes].sort().join(' ');
  if (matches.every((m) => key(m) === key(first))) {
    return { kind: 'matched', match: first, alternatives: matches.slice(1) };
  }
  const options = matches.map((m) => `${m.method} ${m.route} (${narrowestScope(m.scopes) ?? 'no scope'})`);
  return {
    kind: 'ambiguous',
    reason: method
      ? `the path matches routes that need different scopes: ${options.join('; ')}`
      : `the HTTP method was not found near the path, and the routes it could be need different scopes: ${options.join('; ')}`,
  };
}

/** Looks up a route spelled as the table spells it (a library table's answer). */
export function findRoute(method: string | undefined, route: string): RouteMatch | undefined {
  const found = COMPILED.find((r) => r.path === route && (method === undefined || r.method === method));
  return found ? { method: found.method, route: found.path, scopes: found.scopes } : undefined;
}

/** The streaming channel of a `stream=` value or a streaming path (`public:local`, `user:notification`). */
export function findChannel(channel: string): { channel: string; scopes: readonly string[] } | undefined {
  // The `:media` variants (only_media) share their parent channel's rule.
  const base = channel.replace(/:media$/, '');
  const row = STREAMING_CHANNELS.find((c) => c.channel === channel || c.channel === base);
  return row ? { channel, scopes: row.scopes } : undefined;
}

/** The channel of a streaming server path (`/api/v1/streaming/public/local` → `public:local`). */
export function channelOfPath(segments: readonly string[]): string | undefined {
  const path = `/${segments.join('/')}`;
  return STREAMING_CHANNELS.find((c) => c.path === path)?.channel;
}

const TOP_LEVEL = new Set(['read', 'write', 'follow', 'push', 'profile', 'admin:read', 'admin:write']);

/**
 * The need of a call: the narrowest scope its endpoint accepts. `profile` where it is accepted (verify_credentials),
 * except on a server known to be older than 4.3, where `profile` does not exist and `read:accounts` is the need;
 * otherwise the granular scope (`write:statuses`, never `write` or the deprecated `follow`); otherwise the only one.
 */
export function narrowestScope(scopes: readonly string[], serverVersion?: string): string | undefined {
  if (!scopes.length) return undefined;
  if (scopes.includes('profile')) {
    const old = serverVersion !== undefined && serverVersion !== '' && !versionAtLeast(serverVersion, '4.3.0');
    if (!old || !scopes.includes('read:accounts')) return 'profile';
    return 'read:accounts';
  }
  const granular = scopes.find((s) => s.includes(':') && !TOP_LEVEL.has(s));
  if (granular) return granular;
  return scopes.find((s) => s !== 'follow') ?? scopes[0];
}
