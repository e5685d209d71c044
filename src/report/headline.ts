/** The words and icons every view of a report shares: the headline, the status icon, a finding's annotation. */
import type { BotReport, Finding, Report, Severity, Status } from './model.ts';
import { shortOf } from './todo.ts';

const STATUS_HEADLINE: Readonly<Record<Status, string>> = {
  healthy: 'Token healthy',
  'over-scoped': 'Token over-scoped',
  'under-scoped': 'Token under-scoped',
  'over-declared': 'Declared scopes broader than the code needs',
  'under-declared': 'The code needs undeclared scopes',
  revoked: 'Token revoked',
  invalid: 'Token invalid',
  'account-unusable': 'Account unusable',
  'app-only': 'App-only token',
  unreachable: 'Token state unknown',
  skipped: 'Check skipped',
  'input-error': 'Input error',
};

export const SEVERITY_ICON: Readonly<Record<Severity, string>> = { failure: '❌', warning: '⚠️', notice: 'ℹ️' };

export function headline(report: Report): string {
  return report.bots ? botsHeadline(report) : STATUS_HEADLINE[report.status];
}

/** The bots of a several-bots report that need a reader: something to fix or to know, not merely skipped. */
export function botsNeedingAttention(report: Report): readonly BotReport[] {
  return (report.bots?.bots ?? []).filter((b) => b.report.sticky.comment === 'attention');
}

/** The verdict of a several-bots run: how many bots need attention, of how many. */
function botsHeadline(report: Report): string {
  const all = report.bots?.bots.length ?? 0;
  const attention = botsNeedingAttention(report).length;
  const noun = all === 1 ? 'bot' : 'bots';
  if (attention === 0) return report.status === 'skipped' ? `${all} ${noun} skipped` : `All ${all} ${noun} healthy`;
  return `${attention} of ${all} ${noun} need${attention === 1 ? 's' : ''} attention`;
}

export function statusIcon(report: Report): string {
  if (report.failed) return '❌';
  if (report.status === 'healthy') return '✅';
  if (report.status === 'skipped') return '⏭️';
  return '⚠️';
}

/**
 * A finding as an annotation: annotations are plain text and show one short paragraph, so one plain sentence and a
 * pointer to the job summary, where the fix is. The title goes in the annotation's own title.
 */
export function annotationText(finding: Finding): string {
  return `${shortOf(finding)} See the job summary.`;
}
