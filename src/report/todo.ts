/**
 * The one list of what to do, written once for all findings, and the plain-text forms of a finding. Pure.
 *
 * Findings carry their own fix steps; steps with the same words are the same step (one new token fixes excess and
 * missing scopes and age together), so the report lists each once, the most severe finding's steps first.
 */
import type { Finding, Report, Severity } from './model.ts';
import { uncode } from '../util/text.ts';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { failure: 0, warning: 1, notice: 2 };

/** Findings, most severe first; equal ones keep their order. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** Every distinct step, most severe finding first. A notice's suggestions count only when nothing is wrong. */
export function todoOf(report: Pick<Report, 'findings'>): string[] {
  const findings = bySeverity(report.findings);
  const serious = findings.filter((f) => f.severity !== 'notice');
  const steps: string[] = [];
  for (const finding of serious.length > 0 ? serious : findings) {
    for (const step of finding.fix) if (!steps.includes(step)) steps.push(step);
  }
  return steps;
}

/** The Markdown of messages and steps (code spans) as plain text. */
export function plain(text: string): string {
  return uncode(text);
}

/** A finding in one plain sentence: its own `short`, else its message's first sentence. */
export function shortOf(finding: Finding): string {
  if (finding.short) return plain(finding.short);
  const text = plain(finding.message).trim();
  // A sentence ends at . ! or ? followed by a capital: "e.g. x" and "4.3 or later" do not end one.
  const end = /[.!?](?=\s+[A-Z"'(])/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}
