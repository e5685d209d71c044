/** The report as a few plain lines for a terminal (the CLI) and the step's log. Pure. */
import { annotationText, headline, SEVERITY_ICON, statusIcon } from './headline.ts';
import type { Report } from './model.ts';
import { uncode } from '../util/text.ts';

/** A few plain lines for a terminal. */
export function renderText(report: Report): string {
  const lines = [
    `${statusIcon(report)} ${headline(report)} (status: ${report.status}, token: ${report.tokenState})`,
    `  instance:  ${report.instance.origin}${report.instance.software ? ` (${report.instance.software} ${report.instance.version})` : ''}`,
  ];
  if (report.status !== 'input-error' && report.status !== 'skipped') {
    lines.push(
      `  account:   ${report.account?.handle ?? `- (${report.accountNote})`}`,
      `  app:       ${report.app?.name ?? '-'}`,
      `  scopes:    ${report.scopes.granted.join(' ') || '-'} (from ${report.scopes.source || 'nowhere'})`,
      `  required:  ${report.scopes.declared ? report.scopes.required.join(' ') : '(not declared)'}`,
      `  excess:    ${report.scopes.excess.join(' ') || '-'}`,
      `  missing:   ${report.scopes.missing.join(' ') || '-'}`,
    );
  }
  for (const finding of report.findings) {
    lines.push(`  ${SEVERITY_ICON[finding.severity]} ${finding.title}: ${uncode(annotationText(finding))}`);
  }
  return lines.join('\n') + '\n';
}
