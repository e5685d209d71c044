/**
 * The terminal's side of the CLI: where it writes, what it knows about the terminal (a TTY or not, its width, colour),
 * the log lines on standard error, and the report printed in the asked format with the exit status.
 */
import { readFileSync } from 'node:fs';
import { reportJson } from '../report/json.ts';
import { renderMarkdown } from '../report/markdown.ts';
import type { Report } from '../report/model.ts';
import { paintText, renderText } from '../report/text.ts';
import { safeLog, type Log } from '../util/log.ts';
import type { Redactor } from '../util/redact.ts';
import { printableLine } from '../util/text.ts';
import type { Format } from './args.ts';

/** Where the CLI writes, and what it knows about the terminal. */
export interface Terminal {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Columns of the terminal, when standard output is one. */
  readonly columns: number | undefined;
  readonly readStdin: () => string;
}

/** The process's own standard streams. */
export function processTerminal(): Terminal {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns,
    readStdin: () => readFileSync(0, 'utf8'),
  };
}

/** The one logging interface (util/log.ts), to standard error; debug lines only when asked for. */
export function terminalLog(terminal: Terminal, env: NodeJS.ProcessEnv, redact: Redactor): Log {
  const { stderr } = terminal;
  const debugging = Boolean(env['MASTODON_TOKEN_HEALTH_DEBUG']);
  return safeLog(
    {
      debug: (line) => (debugging ? stderr(`${line}\n`) : undefined),
      info: (line) => stderr(`${line}\n`),
      warning: (line, title) => stderr(`${title ? `${title}: ` : ''}${line}\n`),
    },
    redact,
  );
}

/** Prints the report in the asked format; the exit status: 0 fine or warnings, 1 the check failed, 2 bad input. */
export function printReport(
  report: Report,
  format: Format,
  env: NodeJS.ProcessEnv,
  terminal: Terminal,
  redact: Redactor,
): number {
  const { stdout, stderr } = terminal;
  const code = report.status === 'input-error' ? 2 : report.failed ? 1 : 0;
  // Redacted, then each line made safe for a terminal (no escape sequence from a server string reaches it); colour,
  // when wanted, is added after that, to the verdict and the marks only.
  const safe = (text: string) => redact(text).split('\n').map(printableLine).join('\n');
  if (format === 'json') {
    // Exactly the action's `report` output: one line, one shape (report/json.ts).
    stdout(safe(`${JSON.stringify(reportJson(report))}\n`));
  } else if (format === 'markdown') {
    stdout(safe(renderMarkdown(report)));
  } else {
    // Bad input is an error about the command, not a report: standard error.
    const toStderr = report.status === 'input-error';
    const options = textOptions(env, toStderr ? terminal.stderrIsTTY : terminal.stdoutIsTTY, terminal.columns);
    const text = safe(renderText(report, { width: options.width }));
    (toStderr ? stderr : stdout)(options.color ? paintText(text, report) : text);
  }
  return code;
}

/** Colour only on a terminal, and never with NO_COLOR set to anything (no-color.org); wrapped to its width. */
function textOptions(env: NodeJS.ProcessEnv, isTTY: boolean, columns: number | undefined) {
  const color = isTTY && !env['NO_COLOR'] && env['TERM'] !== 'dumb';
  return { color, width: isTTY && columns ? columns : 80 };
}
