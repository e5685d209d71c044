/** What a leaked token could do, from its scopes: the capability table read for one set of scopes. */
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
  /** The complete form for the report JSON: each scope and what it allows on its own. */
  readonly byScope: Readonly<Record<string, readonly string[]>>;
}

const harmRank = (harm: Harm) => HARMS.indexOf(harm);

/** The capabilities the scopes give, worst harm first, in table order within a harm. */
export function capabilitiesOf(scopes: readonly string[]): CapabilityLine[] {
  const held = new Set(scopes);
  return CAPABILITIES.filter((c) => c.scopes.some((s) => held.has(s)))
    .map((c) => line(c, held))
    .sort((a, b) => harmRank(a.harm) - harmRank(b.harm));
}

const line = (c: Capability, held: ReadonlySet<string>): CapabilityLine => ({
  id: c.id,
  harm: c.harm,
  text: c.text,
  scopes: c.scopes.filter((s) => held.has(s)),
});

/**
 * The blast radius of a grant, and of the declaration that would replace it. `required` undefined (nothing declared)
 * or equal in reach to the grant leaves `afterFix` undefined: there is no narrower token to compare with.
 */
export function blastRadius(granted: readonly string[], required?: readonly string[]): BlastRadius {
  const could = capabilitiesOf(granted);
  const after = required === undefined ? undefined : capabilitiesOf(required);
  const narrower = after !== undefined && could.some((c) => !after.some((a) => a.id === c.id));
  const byScope: Record<string, string[]> = {};
  for (const scope of [...new Set(granted)].sort()) byScope[scope] = capabilitiesOf([scope]).map((c) => c.text);
  return { could, afterFix: narrower ? after : undefined, byScope };
}

/** What `broad` allows that `narrow` does not: what declared scopes allow that the code never uses. */
export function capabilitiesBeyond(broad: readonly string[], narrow: readonly string[]): CapabilityLine[] {
  const kept = new Set(capabilitiesOf(narrow).map((c) => c.id));
  return capabilitiesOf(broad).filter((c) => !kept.has(c.id));
}

/** The worst few, and how many more: for a summary that stays short. */
export function worstFirst(lines: readonly CapabilityLine[], max: number): { shown: CapabilityLine[]; more: number } {
  return { shown: lines.slice(0, max), more: Math.max(0, lines.length - max) };
}
