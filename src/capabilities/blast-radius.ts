/**
 * What a leaked token could do, from its scopes: the capability table read for one set of scopes.
 *
 * The table speaks Mastodon's scope names. Other servers reuse its sentences only through scope names they have too,
 * by their own hierarchy (servers/scopes.ts): a GoToSocial `read` covers `read:statuses`, so it could read direct
 * messages as Mastodon's does. A server whose rules are not known gets no sentences at all rather than guessed ones.
 */
import { knownScopes, satisfiesOn } from '../servers/scopes.ts';
import type { Family } from '../servers/identity.ts';
import { CAPABILITIES, HARMS, type Capability, type Harm } from './table.ts';

export interface CapabilityLine {
  readonly id: string;
  readonly harm: Harm;
  readonly text: string;
  /** Which of the given scopes give it. */
  readonly scopes: readonly string[];
}

export interface BlastRadius {
  /** Everything the scopes let a holder do, worst first. */
  readonly could: readonly CapabilityLine[];
  /** With an exact declaration that differs from the grant: all the declared scopes would still allow. */
  readonly afterFix: readonly CapabilityLine[] | undefined;
  /** The complete form for the report JSON: each granted scope and all it allows on its own. */
  readonly byScope: readonly { readonly scope: string; readonly can: readonly string[] }[];
}

const harmRank = (harm: Harm) => HARMS.indexOf(harm);

/** The capabilities the scopes give on a server of this family, worst harm first, in table order within a harm. */
export function capabilitiesOf(scopes: readonly string[], family: Family = 'mastodon'): CapabilityLine[] {
  const lines: CapabilityLine[] = [];
  for (const capability of CAPABILITIES) {
    const giving = scopes.filter((scope) => gives(family, scope, capability));
    if (giving.length > 0)
      lines.push({ id: capability.id, harm: capability.harm, text: capability.text, scopes: giving });
  }
  return lines.sort((a, b) => harmRank(a.harm) - harmRank(b.harm));
}

/** The row's own scope: the most specific it names (`write:follows` of `follow write write:follows`). */
const ownScope = (c: Capability): string =>
  c.scopes.reduce((a, b) => (b.split(':').length > a.split(':').length ? b : a));

function gives(family: Family, scope: string, capability: Capability): boolean {
  // Mastodon: the table lists every scope its endpoints accept, parents and `follow` included.
  if (family === 'mastodon') return capability.scopes.includes(scope);
  const known = knownScopes(family);
  if (!known?.has(scope)) return false;
  const own = ownScope(capability);
  return (
    (known.has(own) && satisfiesOn(family, scope, own)) || (scope === 'follow' && capability.scopes.includes('follow'))
  );
}

/**
 * The blast radius of a grant, and of the declaration that would replace it. `required` undefined (nothing declared)
 * or equal in reach to the grant leaves `afterFix` undefined: there is no narrower token to compare with.
 */
export function blastRadius(
  granted: readonly string[],
  required?: readonly string[],
  family: Family = 'mastodon',
): BlastRadius {
  const could = capabilitiesOf(granted, family);
  const after = required === undefined ? undefined : capabilitiesOf(required, family);
  const narrower = after !== undefined && could.some((c) => !after.some((a) => a.id === c.id));
  const byScope = [...new Set(granted)]
    .sort()
    .map((scope) => ({ scope, can: capabilitiesOf([scope], family).map((c) => c.text) }));
  return { could, afterFix: narrower ? after : undefined, byScope };
}

/** What `broad` allows that `narrow` does not: what declared scopes allow that the code never uses. */
export function capabilitiesBeyond(
  broad: readonly string[],
  narrow: readonly string[],
  family: Family = 'mastodon',
): CapabilityLine[] {
  const kept = new Set(capabilitiesOf(narrow, family).map((c) => c.id));
  return capabilitiesOf(broad, family).filter((c) => !kept.has(c.id));
}

/** The worst few, and how many more: for a summary that stays short. */
export function worstFirst(lines: readonly CapabilityLine[], max: number): { shown: CapabilityLine[]; more: number } {
  return { shown: lines.slice(0, max), more: Math.max(0, lines.length - max) };
}
