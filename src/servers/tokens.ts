/**
 * GoToSocial's `GET /api/v1/tokens` lists every token of the account with its scope (docs/servers/gotosocial.md §2).
 * It does not say which one is asking; but the asking token is live, so it is in the list, and when every listed token
 * holds the same scopes, those are this token's, exactly. Otherwise the list tells nothing and probes decide.
 */
import type { Outcome, TokenInfoFacts } from '../mastodon/answers.ts';
import { sortScopes } from '../mastodon/scopes.ts';

/** GoToSocial pages this list by at most 100 (tokensget.go:122-126): a full page may hide more. */
export const GOTOSOCIAL_TOKEN_LIST_LIMIT = 100;
export const GOTOSOCIAL_TOKEN_LIST = `/api/v1/tokens?limit=${GOTOSOCIAL_TOKEN_LIST_LIMIT}`;

/** A scope word: the characters scope names use, bounded; anything else makes the list tell nothing. */
const SCOPE_WORD = /^[a-z][a-z0-9_:.-]{0,63}$/;

export function readGoToSocialTokenList(outcome: Outcome | undefined, ownerId: string): TokenInfoFacts | undefined {
  if (!outcome?.ok || outcome.response.status !== 200) return undefined;
  const list = outcome.response.json;
  if (!Array.isArray(list) || list.length === 0 || list.length >= GOTOSOCIAL_TOKEN_LIST_LIMIT) return undefined;
  const scopeSets = new Set<string>();
  for (const entry of list as unknown[]) {
    const scope = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>)['scope'] : undefined;
    if (typeof scope !== 'string') return undefined;
    const words = scope.split(/\s+/).filter(Boolean);
    if (words.length === 0 || !words.every((w) => SCOPE_WORD.test(w))) return undefined;
    scopeSets.add(sortScopes(words).join(' '));
  }
  if (scopeSets.size !== 1) return undefined;
  const [only] = list as Record<string, unknown>[];
  const created =
    list.length === 1 && typeof only?.['created_at'] === 'string' ? new Date(only['created_at']) : undefined;
  return {
    kind: 'ok',
    scopes: [...scopeSets][0]?.split(' ') ?? [],
    resourceOwnerId: ownerId,
    createdAt: created && !Number.isNaN(created.getTime()) ? created : undefined,
  };
}
