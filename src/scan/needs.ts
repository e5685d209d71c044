/**
 * What the code needs, and how a declaration (`required-scopes`) compares with it (DESIGN.md "Needs from the code").
 *
 * Each call is judged by Mastodon's own any-of rule: it is covered when the declaration holds any scope its endpoint
 * accepts (`read` covers verify_credentials as `profile` does). Undeclared: the needs of the calls nothing declared
 * covers (the bot will fail once deployed). Unneeded: declared scopes that are not themselves a need (`write` where
 * the code only posts, or a scope no call uses). `profile` is tolerated, as everywhere in this product: it only
 * reads the owner's own account and lets the check name the owner.
 */
import { narrowestScope } from './endpoints.ts';
import type { ScannedCall } from './scan.ts';

export interface NeedsAnalysis {
  /** the least scopes the calls need, sorted */
  readonly needed: string[];
  /** needed by a call that no declared scope covers, sorted (empty without a declaration) */
  readonly undeclared: string[];
  /** declared but not themselves needed, sorted (empty without a declaration) */
  readonly unneeded: string[];
  /** each call with its need; calls to endpoints that take no scope have none */
  readonly calls: readonly JudgedCall[];
}

export interface JudgedCall extends ScannedCall {
  readonly need?: string;
  /** some declared scope passes it (true without a declaration) */
  readonly covered: boolean;
}

export function analyseNeeds(
  calls: readonly ScannedCall[],
  declared: readonly string[] = [],
  serverVersion?: string,
): NeedsAnalysis {
  const judged = calls.map((call): JudgedCall => {
    const need = narrowestScope(call.accepts, serverVersion);
    const covered = !declared.length || !need || call.accepts.some((scope) => declared.includes(scope));
    return need ? { ...call, need, covered } : { ...call, covered };
  });
  const needed = sorted(judged.flatMap((c) => (c.need ? [c.need] : [])));
  if (!declared.length) return { needed, undeclared: [], unneeded: [], calls: judged };
  const undeclared = sorted(judged.flatMap((c) => (!c.covered && c.need ? [c.need] : [])));
  const unneeded = sorted(declared.filter((scope) => scope !== 'profile' && !needed.includes(scope)));
  return { needed, undeclared, unneeded, calls: judged };
}

const sorted = (scopes: Iterable<string>) => [...new Set(scopes)].sort();
