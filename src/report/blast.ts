/**
 * The blast radius in a report: what a leaked token could do now, and after the fix. Pure; decided from the report's
 * own facts, so every view (summary, comment, issue, CLI, JSON) says the same.
 */
import {
  blastRadius,
  capabilitiesBeyond,
  worstFirst,
  type BlastRadius,
  type CapabilityLine,
} from '../capabilities/blast-radius.ts';
import { familyOf as familyOfSoftware, type Family } from '../servers/identity.ts';
import type { Report } from './model.ts';

/** How many capabilities a summary shows before "and N more": the worst few, so the list is read. */
export const SHOWN = 5;

const familyOf = (report: Pick<Report, 'instance'>): Family =>
  // Mastodon's rules when the software could not be read, as everywhere else in the report.
  report.instance.software ? familyOfSoftware(report.instance.software) : 'mastodon';

/**
 * What the declared scopes allow that the scanned code never uses (`source-paths` with `required-scopes`): the part
 * of a leak that the declaration, not the bot, is responsible for. Empty when the code uses all it declares.
 */
export function beyondCodeOf(report: Pick<Report, 'code' | 'instance'>): CapabilityLine[] {
  const code = report.code;
  if (!code || code.declaration !== 'required-scopes' || code.unneeded.length === 0) return [];
  return capabilitiesBeyond(code.declared, code.needed, familyOf(report));
}

/** Only a live token with known scopes has a blast radius; an unknown software's scopes mean nothing we can say. */
export function blastOf(report: Pick<Report, 'tokenState' | 'scopes' | 'instance'>): BlastRadius | undefined {
  if (report.tokenState !== 'active' || report.scopes.granted.length === 0) return undefined;
  const family = familyOf(report);
  const radius = blastRadius(
    report.scopes.granted,
    report.scopes.declared ? report.scopes.required : undefined,
    family,
  );
  return radius.could.length > 0 ? radius : undefined;
}

export interface BlastList {
  readonly title: string;
  readonly items: readonly string[];
}

/** The lists as a summary shows them: the worst few now, and all that the fixed token could still do. */
export function blastLists(report: Report): BlastList[] {
  const beyond = beyondCodeOf(report);
  const codeList = beyond.length
    ? [{ title: 'What the declared scopes allow that the code never uses', items: shortList(beyond) }]
    : [];
  const radius = blastOf(report);
  if (!radius) return codeList;
  const upperBound = report.scopes.source === 'app';
  const lists = [
    { title: upperBound ? 'A leaked token could at most' : 'A leaked token could', items: shortList(radius.could) },
  ];
  if (radius.afterFix) {
    lists.push({
      title: 'After the fix it could only',
      items: shortList(radius.afterFix, 8),
    });
  }
  return [...lists, ...codeList];
}

function shortList(lines: readonly CapabilityLine[], max = SHOWN): string[] {
  const { shown, more } = worstFirst(lines, max);
  return [...shown.map((c) => c.text), ...(more > 0 ? [`and ${more} more ${more === 1 ? 'thing' : 'things'}`] : [])];
}
