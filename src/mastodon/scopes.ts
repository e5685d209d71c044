/**
 * Mastodon's OAuth scopes and how a granted set compares with a declared one.
 *
 * Doorkeeper matches scope strings exactly and any-of; a "parent" scope works only because each controller lists
 * it next to the granular one (reference/mastodon-server-behaviour.md §1.2). So `read` satisfies `read:statuses`,
 * but `follow` satisfies only `follow`: the endpoints that accept it are a partial, odd set.
 */

export interface ScopeInfo {
  readonly name: string;
  /** First Mastodon version that accepts the scope. */
  readonly since: string;
  /** The scope that every endpoint accepting this one also accepts. */
  readonly parent?: string;
  readonly deprecated?: string;
}

const granular = (parent: string, since: string, names: Record<string, string>): ScopeInfo[] =>
  Object.entries(names).map(([name, version]) => ({
    name: `${parent}:${name}`,
    parent,
    since: version || since,
  }));

const adminResources = (since41: string): Record<string, string> => ({
  accounts: '2.9.1',
  reports: '2.9.1',
  domain_allows: since41,
  domain_blocks: since41,
  ip_blocks: since41,
  email_domain_blocks: since41,
  canonical_email_blocks: since41,
});

/** Every scope Mastodon accepts (config/initializers/doorkeeper.rb), with the version that introduced it. */
export const SCOPES: readonly ScopeInfo[] = [
  { name: 'read', since: '0.0.0' },
  { name: 'write', since: '0.0.0' },
  {
    name: 'follow',
    since: '0.0.0',
    deprecated:
      '`follow` is deprecated since Mastodon 3.5 and only some endpoints accept it; declare the granular scopes ' +
      'the bot uses instead (`read:follows`, `write:follows`, `read:blocks`, `write:blocks`, `read:mutes`, `write:mutes`).',
  },
  { name: 'push', since: '2.4.0' },
  { name: 'profile', since: '4.3.0' },
  ...granular('read', '2.4.3', {
    accounts: '',
    blocks: '',
    bookmarks: '3.1.0',
    collections: '4.6.0',
    favourites: '',
    filters: '',
    follows: '',
    lists: '',
    mutes: '',
    notifications: '',
    search: '',
    statuses: '',
  }),
  ...granular('write', '2.4.3', {
    accounts: '',
    blocks: '',
    bookmarks: '3.1.0',
    collections: '4.6.0',
    conversations: '2.6.0',
    favourites: '',
    filters: '',
    follows: '',
    lists: '',
    media: '',
    mutes: '',
    notifications: '',
    reports: '',
    statuses: '',
  }),
  { name: 'admin:read', since: '2.9.1' },
  ...granular('admin:read', '2.9.1', adminResources('4.1.0')),
  { name: 'admin:write', since: '2.9.1' },
  ...granular('admin:write', '2.9.1', adminResources('4.1.0')),
];

const BY_NAME: ReadonlyMap<string, ScopeInfo> = new Map(SCOPES.map((s) => [s.name, s]));

/** Names people write that are not scopes, with what they most likely meant. */
const KNOWN_MISTAKES: Readonly<Record<string, string>> = {
  admin: 'admin:read',
  'read:me': 'profile',
  'read:reports': 'write:reports',
};

export function scopeInfo(name: string): ScopeInfo | undefined {
  return BY_NAME.get(name);
}

export function parentOf(name: string): string | undefined {
  return BY_NAME.get(name)?.parent;
}

/** Is `required` satisfied by `granted`: the same string, or its parent. */
export function satisfies(granted: string, required: string): boolean {
  return granted === required || parentOf(required) === granted;
}

export interface ScopeComparison {
  /** Required scopes that no granted scope satisfies. */
  readonly missing: string[];
  /** Granted scopes that are not themselves required. */
  readonly excess: string[];
}

export function compareScopes(granted: readonly string[], required: readonly string[]): ScopeComparison {
  const requiredSet = new Set(required);
  return {
    missing: sortScopes(required.filter((r) => !granted.some((g) => satisfies(g, r)))),
    excess: sortScopes(granted.filter((g) => !requiredSet.has(g))),
  };
}

/** Sorted, de-duplicated: the form every output and report uses. */
export function sortScopes(scopes: Iterable<string>): string[] {
  return [...new Set(scopes)].sort();
}

export interface ParsedScopeList {
  readonly scopes: string[];
  readonly unknown: { readonly name: string; readonly suggestion?: string }[];
  readonly deprecated: string[];
  readonly duplicates: string[];
}

/** Splits a declaration on spaces, commas and newlines; keeps the order of first appearance. */
export function parseScopeList(text: string): ParsedScopeList {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const unknown: { name: string; suggestion?: string }[] = [];
  const scopes: string[] = [];
  for (const raw of text.split(/[\s,]+/)) {
    const name = raw.trim();
    if (!name) continue;
    if (seen.has(name)) {
      duplicates.add(name);
      continue;
    }
    seen.add(name);
    if (BY_NAME.has(name)) {
      scopes.push(name);
    } else {
      const suggestion = suggestScope(name);
      unknown.push(suggestion ? { name, suggestion } : { name });
    }
  }
  return {
    scopes,
    unknown,
    deprecated: scopes.filter((s) => BY_NAME.get(s)?.deprecated),
    duplicates: [...duplicates],
  };
}

/** The nearest real scope (or list of scopes) to a mistyped one, or undefined when nothing is close. */
export function suggestScope(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (BY_NAME.has(lower)) return lower;
  const known = KNOWN_MISTAKES[lower];
  if (known) return known;
  // Scopes joined by a separator the list does not take (`write:statuses;write:media`): suggest the list itself.
  const parts = lower.split(/[^a-z0-9:_]+/).filter(Boolean);
  if (parts.length > 1 && parts.every((part) => BY_NAME.has(part))) return parts.join(' ');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const scope of BY_NAME.keys()) {
    const distance = editDistance(lower, scope);
    if (distance < bestDistance) {
      best = scope;
      bestDistance = distance;
    }
  }
  // Beyond a third of the name it is a different word, not a typo.
  return bestDistance <= Math.max(2, Math.floor(lower.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
