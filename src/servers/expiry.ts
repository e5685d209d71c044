/**
 * Pleroma and Akkoma tokens expire (`valid_until`, default 100 years, an admin may set less; akkoma.md §3), and an
 * expired token then answers exactly like an unknown one. While the token works, `GET /api/oauth_tokens` lists the
 * account's tokens with `valid_until` and `app_name` (no scopes, and no mark for the asking token): when exactly one
 * token belongs to this token's app, its expiry is this token's.
 */
import type { Outcome } from '../mastodon/answers.ts';

export const PLEROMA_TOKEN_LIST = '/api/oauth_tokens';

export function readPleromaExpiry(outcome: Outcome | undefined, appName: string | undefined): Date | undefined {
  if (appName === undefined || !outcome?.ok || outcome.response.status !== 200) return undefined;
  const list = outcome.response.json;
  if (!Array.isArray(list)) return undefined;
  const mine = (list as unknown[]).filter(
    (t) => t !== null && typeof t === 'object' && (t as Record<string, unknown>)['app_name'] === appName,
  ) as Record<string, unknown>[];
  if (mine.length !== 1) return undefined;
  const raw = mine[0]?.['valid_until'];
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.test(raw))
    return undefined;
  // A NaiveDateTime in UTC, written without a zone.
  const date = new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(raw) ? raw : `${raw}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
