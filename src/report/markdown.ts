/**
 * The report as Markdown: the job summary, and the body of the comment and the issue. Pure.
 *
 * In the order a reader needs it: the verdict; one list of what to do, written once for all findings; the findings;
 * then the details, collapsed. Server-chosen text is already inside code spans (util/text.ts `code`, the one escaper).
 */
import { detailsOf, type DetailSection } from './details.ts';
import { headline, SEVERITY_ICON, statusIcon } from './headline.ts';
import type { Finding, Report } from './model.ts';
import { blastLists } from './blast.ts';
import { renderBotsMarkdown } from './bots.ts';
import { bySeverity, todoOf } from './todo.ts';
import { code } from '../util/text.ts';
import { shownHost } from '../inputs/instance.ts';

export interface MarkdownOptions {
  /** 2 for the job summary; 3 inside a comment or an issue. */
  readonly headingLevel?: number;
}

/** The verdict as one line: icon, headline, whose token, where. */
export function verdictLine(report: Report): string {
  const subject = report.account ? ` for ${code(report.account.handle)}` : '';
  const where = report.instance.host ? ` on ${code(shownHost(report.instance.host))}` : '';
  const tail = report.status === 'input-error' ? ': no request was made' : '';
  return `${statusIcon(report)} ${headline(report)}${subject}${where}${tail}`;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  if (report.bots) {
    return renderBotsMarkdown(
      report,
      (bot, headingLevel) => renderMarkdown(bot, { headingLevel }),
      options.headingLevel ?? 2,
    );
  }
  const h = '#'.repeat(options.headingLevel ?? 2);
  const lines: string[] = [`${h} ${verdictLine(report)}`, ''];

  if (report.status === 'input-error') {
    // Each error names the input, shows the value and says what is expected: the list is what to fix.
    lines.push('**What to fix**', '', ...report.findings.map((f) => `- ${f.message}`), '');
    return finish(lines, report);
  }

  const todo = todoOf(report);
  const serious = report.findings.some((f) => f.severity !== 'notice');
  if (todo.length > 0) {
    lines.push(`**${serious ? 'What to do' : 'Worth doing'}**`, '', ...todo.map((step, i) => `${i + 1}. ${step}`), '');
  } else if (report.status === 'healthy') {
    lines.push(`Nothing to do: ${healthySentence(report)}`, '');
  }
  if (report.findings.length > 0) {
    lines.push('**Findings**', '', ...bySeverity(report.findings).map(findingLine), '');
  }
  for (const list of blastLists(report)) {
    lines.push(`**${list.title}:**`, '', ...list.items.map((item) => `- ${item}`), '');
  }
  lines.push(...detailsBlock(detailsOf(report)));
  return finish(lines, report);
}

export function findingLine(finding: Finding): string {
  return `- ${SEVERITY_ICON[finding.severity]} **${finding.title}**: ${finding.message}`;
}

/** The details, collapsed: one bold title and a list of rows per section. */
export function detailsBlock(sections: readonly DetailSection[]): string[] {
  if (sections.length === 0) return [];
  const names = sections.map((s) => s.title.toLowerCase()).join(', ');
  const lines = ['<details>', `<summary>Details: ${names}</summary>`, ''];
  for (const section of sections) {
    lines.push(`**${section.title}**`, '', ...section.rows.map((row) => `- ${row.label}: ${row.value}`), '');
  }
  lines.push('</details>', '');
  return lines;
}

function healthySentence(report: Report): string {
  return report.scopes.declared ? 'the token works and holds exactly the declared scopes.' : 'the token works.';
}

function finish(lines: string[], report: Report): string {
  lines.push(`<sub>Checked ${report.checkedAt} by mastodon-token-health.</sub>`);
  return lines.join('\n').trimEnd() + '\n';
}
