/**
 * Several bots' report (config): a table with one row per bot, then each bot that needs attention in full, in the
 * same words as a one-bot report. Pure. Bot names are the file's (letters, digits, `.`, `_`, `-`); every value a
 * server chose is inside a code span (util/text.ts `code`), and table cells escape `|`.
 */
import { code } from '../util/text.ts';
import { botsNeedingAttention, headline, statusIcon } from './headline.ts';
import type { Report } from './model.ts';
import { plain, todoOf } from './todo.ts';

const cell = (markdown: string) => markdown.replace(/\|/g, '\\|');

/** The first thing to do for one bot, short: the table's last column. */
function firstStep(report: Report): string {
  if (report.status === 'healthy') return 'Nothing.';
  const step = todoOf(report)[0] ?? report.findings[0]?.message ?? '';
  const text = plain(step).replace(/\s+/g, ' ').trim();
  const sentence = /^(.*?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;
  return sentence.length > 160 ? `${sentence.slice(0, 159)}…` : sentence;
}

export function renderBotsMarkdown(
  report: Report,
  render: (report: Report, headingLevel: number) => string,
  headingLevel: number,
): string {
  const part = report.bots;
  if (!part) return '';
  const h = '#'.repeat(headingLevel);
  const lines = [`${h} ${statusIcon(report)} ${headline(report)} (${code(part.file)})`, ''];
  lines.push('| bot | instance | account | status | what to do |', '|---|---|---|---|---|');
  for (const { name, report: bot } of part.bots) {
    const row = [
      code(name),
      bot.instance.host ? code(bot.instance.host) : '—',
      bot.account ? code(bot.account.handle) : '—',
      `${statusIcon(bot)} ${code(bot.status)}`,
      // Plain text in a cell: code spans keep anything a server chose inert.
      code(firstStep(bot), { max: 160 }),
    ];
    lines.push(`| ${row.map(cell).join(' | ')} |`);
  }
  lines.push('');
  for (const { name, line, report: bot } of botsNeedingAttention(report)) {
    lines.push(`${h}# ${code(name)} (${code(`${part.file}:${line}`)})`, '');
    // The bot's own report, one level deeper, without its own closing line.
    const body = render(bot, headingLevel + 2)
      .trimEnd()
      .split('\n')
      .filter((l) => !l.startsWith('<sub>Checked '));
    lines.push(...body, '');
  }
  lines.push(`<sub>Checked ${report.checkedAt} by mastodon-token-health.</sub>`);
  return lines.join('\n').trimEnd() + '\n';
}

export function renderBotsText(report: Report, render: (report: Report) => string): string {
  const part = report.bots;
  if (!part) return '';
  const mark = report.failed ? '✗' : report.status === 'healthy' ? '✓' : '!';
  const lines = [`${mark} ${headline(report)} (${part.file}) (status: ${report.status})`, ''];
  const width = Math.max(...part.bots.map((b) => b.name.length)) + 2;
  for (const { name, report: bot } of part.bots) {
    const where = bot.instance.host ? ` on ${bot.instance.host}` : '';
    lines.push(`  ${name.padEnd(width)}${headline(bot)}${where} (${bot.status})`);
  }
  for (const { name, report: bot } of botsNeedingAttention(report)) {
    lines.push('', `── ${name} ──`, render(bot).trimEnd());
  }
  return lines.join('\n') + '\n';
}
