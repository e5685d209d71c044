/** The report as Markdown: the job summary, and the body of the comment and the issue. Pure. */
import { headline, SEVERITY_ICON, statusIcon } from './headline.ts';
import type { Finding, Report } from './model.ts';
import { code } from '../util/text.ts';

const scopeList = (scopes: readonly string[]) => (scopes.length ? scopes.map((s) => code(s)).join(' ') : '—');

/** The whole report as Markdown: the job summary, and the body of the comment and the issue. */
export function renderMarkdown(report: Report, options: { headingLevel?: number } = {}): string {
  const h = '#'.repeat(options.headingLevel ?? 2);
  const lines: string[] = [];
  const subject = report.account ? ` for ${code(report.account.handle)}` : '';
  lines.push(`${h} ${statusIcon(report)} ${headline(report)}${subject} on ${code(report.instance.host)}`, '');

  if (report.status === 'input-error' || report.status === 'skipped') {
    for (const finding of report.findings) lines.push(...renderFinding(finding));
    return lines.join('\n').trimEnd() + '\n';
  }

  const server = report.instance.software ? `${report.instance.software} ${report.instance.version}`.trim() : 'unknown';
  const rows: [string, string][] = [
    ['Instance', `${report.instance.origin} (${code(server)})`],
    [
      'Account',
      report.account ? `${code(report.account.handle)} (id ${code(report.account.id)})` : report.accountNote || '—',
    ],
    ['App', report.app ? code(report.app.name) : '—'],
    ['Token state', code(report.tokenState)],
    ['Scopes from', sourceText(report)],
    ['Granted', scopeList(report.scopes.granted)],
    ['Required', report.scopes.declared ? scopeList(report.scopes.required) : 'not declared'],
    ['Excess', scopeList(report.scopes.excess)],
    ['Missing', scopeList(report.scopes.missing)],
  ];
  if (report.scopes.undetermined.length) rows.push(['Not told apart', scopeList(report.scopes.undetermined)]);
  rows.push([
    'Token age',
    report.token.ageDays !== undefined
      ? `${report.token.ageDays} days (created ${report.token.createdAt.slice(0, 10)})`
      : 'unknown',
  ]);
  lines.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`), '');

  const findings = report.findings;
  if (findings.length) {
    lines.push(`${h}# Findings`, '');
    for (const finding of findings) lines.push(...renderFinding(finding));
  } else {
    lines.push('Nothing to fix: the token works and holds exactly the declared scopes.', '');
  }
  lines.push(
    `${h}# Links`,
    '',
    `- [Authorized apps](${report.links.authorizedApps}): see and revoke the apps that hold tokens for this account.`,
    `- [Development](${report.links.development}): create an application with exactly the scopes the bot needs, and copy its token.`,
    '',
    `<sub>Checked ${report.checkedAt} by mastodon-token-health.</sub>`,
  );
  return lines.join('\n').trimEnd() + '\n';
}

function renderFinding(finding: Finding): string[] {
  const lines = [`**${SEVERITY_ICON[finding.severity]} ${finding.title}**: ${finding.message}`, ''];
  if (finding.fix.length) {
    lines.push(...finding.fix.map((step, i) => `${i + 1}. ${step}`), '');
  }
  return lines;
}

function sourceText(report: Report): string {
  switch (report.scopes.source) {
    case 'token-info':
      return 'token info (exact)';
    case 'probe':
      return 'probing with harmless requests (exact)';
    case 'app':
      return "the app's registered scopes (an upper bound)";
    case '':
      return 'unknown';
  }
}
