/**
 * The report as plain text, for a terminal (the CLI) and the step's log. Pure: the caller says how wide the terminal
 * is. Same order as the Markdown: verdict, what to do (numbered, wrapped), findings, details. Colour is added by
 * `paintText` after the text has been made safe to print, so no server string can carry an escape sequence in.
 */
import { detailsOf } from './details.ts';
import { headline } from './headline.ts';
import type { Report, Severity } from './model.ts';
import { blastLists } from './blast.ts';
import { renderBotsText } from './bots.ts';
import { bySeverity, plain, todoOf } from './todo.ts';

export interface TextOptions {
  /** Columns to wrap to; 80 when not told. */
  readonly width?: number;
}

const MARK: Readonly<Record<Severity, string>> = { failure: '✗', warning: '!', notice: 'i' };
const ANSI = { red: '31', yellow: '33', green: '32', cyan: '36', bold: '1' } as const;

export function renderText(report: Report, options: TextOptions = {}): string {
  if (report.bots) return renderBotsText(report, (bot) => renderText(bot, options));
  const width = Math.max(40, Math.min(options.width ?? 80, 120));
  const mark = report.failed ? '✗' : report.status === 'healthy' ? '✓' : report.status === 'skipped' ? '-' : '!';

  const subject = report.account ? ` for ${report.account.handle}` : '';
  const where = report.instance.host ? ` on ${report.instance.host}` : '';
  const verdict = `${mark} ${headline(report)}${subject}${where}`;
  const status = `(status: ${report.status})`;
  const lines = verdict.length + 1 + status.length <= width ? [`${verdict} ${status}`] : [verdict, `  ${status}`];

  if (report.status === 'input-error') {
    lines.push('', 'What to fix:');
    for (const finding of report.findings) lines.push(...wrap(plain(finding.message), width, '  - ', '    '));
    return lines.join('\n') + '\n';
  }

  const todo = todoOf(report);
  if (todo.length > 0) {
    const serious = report.findings.some((f) => f.severity !== 'notice');
    lines.push('', serious ? 'What to do:' : 'Worth doing:');
    todo.forEach((step, i) => {
      const number = `  ${i + 1}. `;
      lines.push(...wrap(plain(step), width, number, ' '.repeat(number.length)));
    });
  } else if (report.status === 'healthy') {
    lines.push('', 'Nothing to do.');
  }

  if (report.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const finding of bySeverity(report.findings)) {
      const text = `${finding.title}: ${plain(finding.message)}`;
      lines.push(...wrap(text, width, `  ${MARK[finding.severity]} `, '    '));
    }
  }

  for (const list of blastLists(report)) {
    lines.push('', `${list.title}:`);
    for (const item of list.items) lines.push(...wrap(item, width, '  - ', '    '));
  }

  const sections = detailsOf(report);
  if (sections.length > 0) {
    const labelWidth = Math.max(...sections.flatMap((s) => s.rows.map((r) => r.label.length))) + 2;
    lines.push('', 'Details:');
    for (const section of sections) {
      for (const row of section.rows) {
        const label = `  ${row.label.toLowerCase().padEnd(labelWidth)}`;
        lines.push(
          ...wrap(plain(row.value).replace(/\[([^\]]+)\]\((\S+?)\)/g, '$1 $2'), width, label, ' '.repeat(label.length)),
        );
      }
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * ANSI colour for a terminal that takes it: the verdict line in the status's colour, the severity marks of the
 * findings in theirs. Applied to text already made safe to print: it adds escape sequences, it never passes any on.
 */
export function paintText(text: string, report: Report): string {
  const paint = (code: string, part: string) => `\x1b[${code}m${part}\x1b[0m`;
  const verdictColour = report.failed ? ANSI.red : report.status === 'healthy' ? ANSI.green : ANSI.yellow;
  const markColour: Readonly<Record<string, string>> = { '✗': ANSI.red, '!': ANSI.yellow, i: ANSI.cyan };
  const [first = '', ...rest] = text.split('\n');
  const verdict = first.replace(/ \(status: [a-z-]+\)$/, '');
  let inFindings = false;
  const painted = rest.map((line) => {
    if (/^\S/.test(line)) inFindings = line === 'Findings:';
    const mark = /^ {2}([✗!i]) /.exec(line);
    return inFindings && mark
      ? `  ${paint(markColour[mark[1] ?? ''] ?? ANSI.bold, mark[1] ?? '')}${line.slice(3)}`
      : line;
  });
  return [paint(ANSI.bold, paint(verdictColour, verdict)) + first.slice(verdict.length), ...painted].join('\n');
}

/** Words to lines of at most `width` columns; a word longer than a line (a URL) stands on a line of its own. */
export function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}
