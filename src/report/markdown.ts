/** The report as Markdown: the job summary, and the body of the comment and the issue. Pure. */
import { headline, SEVERITY_ICON, statusIcon } from './headline.ts';
import type { CodeCall, Finding, Report } from './model.ts';

/** A code span that nothing inside can break out of. */
export function literal(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
}

const scopeList = (scopes: readonly string[]) => (scopes.length ? scopes.map(literal).join(' ') : '—');

/** The whole report as Markdown: the job summary, and the body of the comment and the issue. */
export function renderMarkdown(report: Report, options: { headingLevel?: number } = {}): string {
  const h = '#'.repeat(options.headingLevel ?? 2);
  const lines: string[] = [];
  const subject = report.account ? ` for ${literal(report.account.handle)}` : '';
  lines.push(`${h} ${statusIcon(report)} ${headline(report)}${subject} on ${literal(report.instance.host)}`, '');

  if (report.status === 'input-error' || report.findings.some((f) => f.id === 'skipped')) {
    for (const finding of report.findings) lines.push(...renderFinding(finding));
    if (report.code) lines.push(...renderCode(report, h));
    return lines.join('\n').trimEnd() + '\n';
  }

  const server = report.instance.software ? `${report.instance.software} ${report.instance.version}`.trim() : 'unknown';
  const rows: [string, string][] = [
    ['Instance', `${report.instance.origin} (${literal(server)})`],
    [
      'Account',
      report.account
        ? `${literal(report.account.handle)} (id ${literal(report.account.id)})`
        : report.accountNote || '—',
    ],
    ['App', report.app ? literal(report.app.name) : '—'],
    ['Token state', literal(report.tokenState)],
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

/** What the code needs (`source-paths`): granted vs declared vs needed per scope, with the calls; then the rest. */
function renderCode(report: Report, h: string): string[] {
  const code = report.code;
  if (!code) return [];
  const where = (c: { file: string; line: number }) => literal(`${oneLine(c.file)}:${c.line}`);
  const lines = [`${h}# Scopes the code needs`, ''];
  const declared = code.declaration === 'required-scopes' ? report.scopes.required : [];
  const granted = report.scopes.source ? report.scopes.granted : undefined;
  const scopes = [...new Set([...(granted ?? []), ...declared, ...code.needed])].sort();
  const byNeed = (scope: string) => code.calls.filter((c) => c.need === scope);
  const mark = (yes: boolean) => (yes ? '✓' : '—');
  lines.push(
    `${code.calls.length} call${code.calls.length === 1 ? '' : 's'} in ${code.files.scanned} scanned file${code.files.scanned === 1 ? '' : 's'} of ${code.sourcePaths.map((p) => literal(oneLine(p))).join(' ')}; needed: ${scopeList(code.needed)}` +
      (code.declaration === 'code' ? ' (no `required-scopes`: the needs stood as the declaration).' : '.'),
    '',
  );
  if (scopes.length) {
    lines.push(
      `| scope |${granted ? ' granted |' : ''} declared | needed by |`,
      `|---|${granted ? '---|' : ''}---|---|`,
    );
    for (const scope of scopes) {
      const calls = byNeed(scope);
      const shown = calls.slice(0, 5).map((c) => `${where(c)} ${literal(oneLine(c.what))}`);
      if (calls.length > 5) shown.push(`and ${calls.length - 5} more`);
      lines.push(
        `| ${literal(scope)} |${granted ? ` ${mark(granted.includes(scope))} |` : ''} ${mark(declared.includes(scope))} | ${(shown.join('<br>') || '—').replace(/\|/g, '\\|')} |`,
      );
    }
    lines.push('');
  }
  const details = (summary: string, items: string[]) =>
    items.length ? ['<details>', `<summary>${summary}</summary>`, '', ...items, '', '</details>', ''] : [];
  lines.push(
    ...details(
      `${code.unresolved.length} unresolved call${code.unresolved.length === 1 ? '' : 's'} (check by hand)`,
      code.unresolved.map((u) => `- ${where(u)} ${literal(oneLine(u.what))}: ${literal(oneLine(u.reason))}`),
    ),
    ...details(
      `${code.tests.calls.length + code.tests.unresolved.length} call${code.tests.calls.length + code.tests.unresolved.length === 1 ? '' : 's'} in tests only (not counted)`,
      [
        ...code.tests.calls.map(
          (c: CodeCall) => `- ${where(c)} ${literal(oneLine(c.what))}${c.need ? ` (${literal(c.need)})` : ''}`,
        ),
        ...code.tests.unresolved.map((u) => `- ${where(u)} ${literal(oneLine(u.what))} (unresolved)`),
      ],
    ),
  );
  return lines;
}

/** Repository text on one line, without control characters or direction overrides, bounded. */
export function oneLine(text: string, max = 200): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
