/** A token that will expire soon, where the server tells (Pleroma, Akkoma: docs/servers/akkoma.md §3). */
import type { Finding, TokenState } from '../../report/model.ts';

const DAY_MS = 86_400_000;
/** Sooner than this is a warning: time enough to make and store a new token. */
export const EXPIRY_WARNING_DAYS = 30;

export function expiryFindings(
  expiresAt: Date | undefined,
  tokenState: TokenState,
  now: Date,
  newToken: readonly string[],
): Finding[] {
  if (!expiresAt || tokenState !== 'active') return [];
  const daysLeft = Math.floor((expiresAt.getTime() - now.getTime()) / DAY_MS);
  if (daysLeft >= EXPIRY_WARNING_DAYS) return [];
  return [
    {
      id: 'token-expiring',
      severity: 'warning',
      title: 'Token expiring',
      message: `The token expires on ${expiresAt.toISOString().slice(0, 10)}, in ${Math.max(daysLeft, 0)} day(s); after that the instance answers as for an unknown token and the bot stops working.`,
      fix: [...newToken],
    },
  ];
}
