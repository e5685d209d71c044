/**
 * Each server's own scope rules (docs/servers/*.md §1). Mastodon matches exact strings and gets its hierarchy from
 * endpoints that list the parent; GoToSocial and Pleroma/Akkoma have a real prefix hierarchy, each its own.
 */
import { satisfies as mastodonSatisfies, scopeInfo, sortScopes } from '../mastodon/scopes.ts';
import { versionAtLeast } from '../util/version.ts';
import type { Family } from './identity.ts';

/** GoToSocial's top-level scopes: only these permit their `:`-extensions (`Scope.Permits`, gotosocial.md §1). */
const GTS_TOP_LEVEL: ReadonlySet<string> = new Set([
  'profile',
  'push',
  'read',
  'write',
  'admin',
  'admin:read',
  'admin:write',
]);

const prefixed = (parent: string, names: readonly string[]) => names.map((n) => `${parent}:${n}`);

/** Every scope GoToSocial knows (internal/api/util/scopes.go:26-104). */
export const GOTOSOCIAL_SCOPES: ReadonlySet<string> = new Set([
  ...GTS_TOP_LEVEL,
  ...prefixed('read', [
    'accounts',
    'applications',
    'blocks',
    'bookmarks',
    'custom_emojis',
    'directory',
    'favourites',
    'filters',
    'follows',
    'lists',
    'mutes',
    'notifications',
    'search',
    'statuses',
  ]),
  ...prefixed('write', [
    'accounts',
    'applications',
    'blocks',
    'bookmarks',
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
  ]),
  ...prefixed('admin:read', [
    'accounts',
    'custom_emojis',
    'domain_allows',
    'domain_blocks',
    'domain_limits',
    'instances',
    'reports',
  ]),
  ...prefixed('admin:write', [
    'accounts',
    'custom_emojis',
    'domain_allows',
    'domain_blocks',
    'domain_limits',
    'reports',
  ]),
]);

/** GoToSocial enforces scopes from 0.19.0 on ("Enforce OAuth token scopes", #3835; gotosocial.md §1). */
export const GOTOSOCIAL_SCOPES_SINCE = '0.19.0';

/** The scope strings Akkoma's endpoints check (akkoma.md §1); Pleroma's differ by chats and admin:metrics. */
const PLEROMA_COMMON: readonly string[] = [
  'read',
  'write',
  'follow',
  'push',
  ...prefixed('read', [
    'accounts',
    'backups',
    'blocks',
    'bookmarks',
    'favourites',
    'filters',
    'follows',
    'lists',
    'media',
    'mutes',
    'notifications',
    'reports',
    'search',
    'security',
    'statuses',
  ]),
  ...prefixed('write', [
    'accounts',
    'blocks',
    'bookmarks',
    'conversations',
    'favourites',
    'filters',
    'follows',
    'lists',
    'media',
    'mutes',
    'notifications',
    'reports',
    'security',
    'statuses',
  ]),
  'admin',
  'admin:read',
  'admin:write',
  ...prefixed('admin:read', ['accounts', 'invites', 'media_proxy_caches', 'reports', 'statuses']),
  ...prefixed('admin:write', ['accounts', 'follows', 'invites', 'media_proxy_caches', 'reports', 'statuses']),
];

export const AKKOMA_SCOPES: ReadonlySet<string> = new Set([...PLEROMA_COMMON, 'admin:metrics']);
export const PLEROMA_SCOPES: ReadonlySet<string> = new Set([
  ...PLEROMA_COMMON,
  'read:chats',
  'write:chats',
  'admin:read:chats',
  'admin:write:chats',
]);

/** Does a granted scope satisfy a required one on this server? */
export function satisfiesOn(family: Family, granted: string, required: string): boolean {
  if (granted === required) return true;
  switch (family) {
    case 'gotosocial':
      return GTS_TOP_LEVEL.has(granted) && required.startsWith(`${granted}:`);
    case 'pleroma':
    case 'akkoma':
      // `filter_descendants/2`: any granted string is a parent of its `:`-extensions.
      return required.startsWith(`${granted}:`);
    case 'mastodon':
      return mastodonSatisfies(granted, required);
    default:
      return false;
  }
}

/** The scopes a server knows, or undefined when its rules are not known. */
export function knownScopes(family: Family): ReadonlySet<string> | undefined {
  switch (family) {
    case 'gotosocial':
      return GOTOSOCIAL_SCOPES;
    case 'pleroma':
      return PLEROMA_SCOPES;
    case 'akkoma':
      return AKKOMA_SCOPES;
    default:
      return undefined;
  }
}

/** Whether a scope exists on this server and version (Mastodon: the `since` of its table). */
export function scopeExistsOn(family: Family, version: string | undefined, scope: string): boolean {
  if (family === 'mastodon') {
    const info = scopeInfo(scope);
    return info !== undefined && (version === undefined || versionAtLeast(version, info.since));
  }
  return knownScopes(family)?.has(scope) ?? true;
}

/** Whether the server checks scopes at all: GoToSocial before 0.19 lets every token do what its account can. */
export function scopesEnforced(family: Family, version: string | undefined): boolean {
  return !(family === 'gotosocial' && version !== undefined && !versionAtLeast(version, GOTOSOCIAL_SCOPES_SINCE));
}

/** Every known scope of this server that satisfies `scope` (itself included): what a probe of it accepts. */
export function acceptingScopes(family: Family, scope: string): string[] {
  const known = knownScopes(family) ?? new Set<string>();
  return sortScopes([scope, ...[...known].filter((g) => g !== scope && satisfiesOn(family, g, scope))]);
}

export interface ServerScopeComparison {
  /** Required scopes that no granted scope satisfies by this server's rule. */
  readonly missing: string[];
  /** Granted scopes that are not themselves required: a parent that covers a requirement still grants far more. */
  readonly excess: string[];
}

export function compareScopesOn(
  family: Family,
  granted: readonly string[],
  required: readonly string[],
): ServerScopeComparison {
  const requiredSet = new Set(required);
  return {
    missing: sortScopes(required.filter((r) => !granted.some((g) => satisfiesOn(family, g, r)))),
    excess: sortScopes(granted.filter((g) => !requiredSet.has(g))),
  };
}

/** The parent a required scope may be granted through on this server, for advice ("`read` covers `read:lists`"). */
export function parentsOn(family: Family, scope: string): string[] {
  return acceptingScopes(family, scope).filter((s) => s !== scope);
}
