/** The words and icons every view of a report shares: the headline, the status icon, a finding's annotation. */
import type { Finding, Report, Severity, Status } from './model.ts';
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
  return STATUS_HEADLINE[report.status];
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
