/** The report as Markdown: the job summary, and the body of the comment and the issue. Pure. */
import { headline, SEVERITY_ICON, statusIcon } from './headline.ts';
import type { CodeCall, Finding, Report } from './model.ts';
import { code, oneLine } from '../util/text.ts';

const scopeList = (scopes: readonly string[]) => (scopes.length ? scopes.map((s) => code(s)).join(' ') : '—');

/** The whole report as Markdown: the job summary, and the body of the comment and the issue. */
export function renderMarkdown(report: Report, options: { headingLevel?: number } = {}): string {
  const h = '#'.repeat(options.headingLevel ?? 2);
  const lines: string[] = [];
  const subject = report.account ? ` for ${code(report.account.handle)}` : '';
  lines.push(`${h} ${statusIcon(report)} ${headline(report)}${subject} on ${code(report.instance.host)}`, '');

  if (report.status === 'input-error' || report.findings.some((f) => f.id === 'skipped')) {
    for (const finding of report.findings) lines.push(...renderFinding(finding));
    if (report.code) lines.push(...renderCode(report, h));
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
  if (report.code) lines.push(...renderCode(report, h));
  // Pleroma and Akkoma have no such pages, nor does a server whose software is not known (docs/servers/ §6).
  const links = [
    report.links.authorizedApps &&
      `- [Authorized apps](${report.links.authorizedApps}): see and revoke the apps that hold tokens for this account.`,
    report.links.development &&
      `- [Development](${report.links.development}): create an application with exactly the scopes the bot needs, and copy its token.`,
  ].filter((line): line is string => Boolean(line));
  if (links.length) lines.push(`${h}# Links`, '', ...links, '');
  lines.push(`<sub>Checked ${report.checkedAt} by mastodon-token-health.</sub>`);
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

/** What the code needs (`source-paths`): granted vs declared vs needed per scope, with the calls; then the rest. */
function renderCode(report: Report, h: string): string[] {
  const scanned = report.code;
  if (!scanned) return [];
  const where = (c: { file: string; line: number }) => code(`${oneLine(c.file)}:${c.line}`);
  const lines = [`${h}# Scopes the code needs`, ''];
  const declared = scanned.declaration === 'required-scopes' ? report.scopes.required : [];
  const granted = report.scopes.source ? report.scopes.granted : undefined;
  const scopes = [...new Set([...(granted ?? []), ...declared, ...scanned.needed])].sort();
  const byNeed = (scope: string) => scanned.calls.filter((c) => c.need === scope);
  const mark = (yes: boolean) => (yes ? '✓' : '—');
  lines.push(
    `${scanned.calls.length} call${scanned.calls.length === 1 ? '' : 's'} in ${scanned.files.scanned} scanned file${scanned.files.scanned === 1 ? '' : 's'} of ${scanned.sourcePaths.map((p) => code(oneLine(p))).join(' ')}; needed: ${scopeList(scanned.needed)}` +
      (scanned.declaration === 'code' ? ' (no `required-scopes`: the needs stood as the declaration).' : '.'),
    '',
  );
  if (scopes.length) {
    lines.push(
      `| scope |${granted ? ' granted |' : ''} declared | needed by |`,
      `|---|${granted ? '---|' : ''}---|---|`,
    );
    for (const scope of scopes) {
      const calls = byNeed(scope);
      const shown = calls.slice(0, 5).map((c) => `${where(c)} ${code(oneLine(c.what))}`);
      if (calls.length > 5) shown.push(`and ${calls.length - 5} more`);
      lines.push(
        `| ${code(scope)} |${granted ? ` ${mark(granted.includes(scope))} |` : ''} ${mark(declared.includes(scope))} | ${(shown.join('<br>') || '—').replace(/\|/g, '\\|')} |`,
      );
    }
    lines.push('');
  }
  const details = (summary: string, items: string[]) =>
    items.length ? ['<details>', `<summary>${summary}</summary>`, '', ...items, '', '</details>', ''] : [];
  lines.push(
    ...details(
      `${scanned.unresolved.length} unresolved call${scanned.unresolved.length === 1 ? '' : 's'} (check by hand)`,
      scanned.unresolved.map((u) => `- ${where(u)} ${code(oneLine(u.what))}: ${code(oneLine(u.reason))}`),
    ),
    ...details(
      `${scanned.tests.calls.length + scanned.tests.unresolved.length} call${scanned.tests.calls.length + scanned.tests.unresolved.length === 1 ? '' : 's'} in tests only (not counted)`,
      [
        ...scanned.tests.calls.map(
          (c: CodeCall) => `- ${where(c)} ${code(oneLine(c.what))}${c.need ? ` (${code(c.need)})` : ''}`,
        ),
        ...scanned.tests.unresolved.map((u) => `- ${where(u)} ${code(oneLine(u.what))} (unresolved)`),
      ],
    ),
  );
  return lines;
}
