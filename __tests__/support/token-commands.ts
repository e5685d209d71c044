/**
 * Runs the token commands (mint, rotate, revoke) in-process, with standard input as a pipe and everything they print
 * collected, for the engine's tests; the bundle's own tests run dist/cli/index.js instead.
 */
import { PassThrough } from 'node:stream';
import { expect } from 'vitest';
import { runTokenCommand, type TokenCommand } from '../../src/commands/main.ts';
import { approveInBrowser, type Approval } from './mastodon/authorize.ts';
import { leakedTokenForms } from './run-action.ts';

export interface CommandRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  /** The authorize address the command showed, when it showed one. */
  readonly authorizeUrl: string | undefined;
  /** What the browser step saw and copied, when it ran. */
  readonly approval: Approval | undefined;
}

export interface CommandOptions {
  readonly env?: Record<string, string>;
  /** Lines on standard input before anything else (an old token for --token-stdin). */
  readonly stdin?: string;
  readonly cwd?: string;
  /** When the authorize address appears: approve it in the "browser" as this account, and paste the code. */
  readonly approveAs?: string;
  /** Paste this instead of the code the page showed. */
  readonly pasteInstead?: string;
}

export const AUTHORIZE_URL = /^ {2}(http\S+\/oauth\/authorize\?\S+)$/m;

export async function runCommand(
  command: TokenCommand,
  argv: string[],
  options: CommandOptions = {},
): Promise<CommandRun> {
  let out = '';
  let err = '';
  let authorizeUrl: string | undefined;
  let approval: Approval | undefined;
  let approving: Promise<void> | undefined;
  const stdin = new PassThrough();
  if (options.stdin) stdin.write(options.stdin);
  const watch = () => {
    const match = AUTHORIZE_URL.exec(err);
    if (!match || approving) return;
    authorizeUrl = match[1];
    approving = (async () => {
      if (options.approveAs === undefined) return void stdin.end();
      approval = await approveInBrowser(match[1] ?? '', options.approveAs);
      stdin.end(`${options.pasteInstead ?? approval.code}\n`);
    })();
  };
  if (options.approveAs === undefined && options.stdin === undefined) stdin.end();
  const code = await runTokenCommand(command, argv, {
    stdout: (s) => void (out += s),
    stderr: (s) => {
      err += s;
      watch();
    },
    stdin,
    promptOutput: { write: (s: string) => void (err += s) },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    openBrowser: () => {
      throw new Error('a test never opens a browser');
    },
  });
  await approving;
  return { code, out, err, authorizeUrl, approval };
}

/** The canary rule: no form of any of these secrets in anything the command printed. */
export function expectNoSecrets(text: string, ...secrets: (string | undefined)[]): void {
  for (const secret of secrets) {
    if (!secret) continue;
    const leaked = leakedTokenForms(text, secret).map((form) => `${form.slice(0, 6)}…`);
    expect(leaked, `the output holds a secret (in these forms)`).toEqual([]);
  }
}
