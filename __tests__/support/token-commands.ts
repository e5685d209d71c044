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

type SecretSource = () => Iterable<string | undefined>;
const sources = new Set<SecretSource>();

/**
 * Registers where secrets live (the test servers' tokens and client secrets, GitHub's stored secrets): after every
 * command run, none of them may appear in anything it printed, in any form. Register once per test file.
 */
export function canarySecrets(source: SecretSource): void {
  sources.add(source);
}

/** The canary rule over one run: every registered secret, the secrets in its environment and input, the code. */
function checkCanary(argv: readonly string[], options: CommandOptions, run: Omit<CommandRun, 'code'>): void {
  const secrets = new Set<string | undefined>();
  for (const source of sources) for (const secret of source()) secrets.add(secret);
  for (const [name, value] of Object.entries(options.env ?? {})) if (/TOKEN|SECRET/.test(name)) secrets.add(value);
  for (const line of (options.stdin ?? '').split('\n')) secrets.add(line.trim());
  secrets.add(run.approval?.code);
  secrets.add(options.pasteInstead);
  // With --print, standard output holds the new token's lines, as asked; nothing else may.
  const out = argv.includes('--print') ? run.out.replace(/^MASTODON_(ACCESS_TOKEN|CLIENT_SECRET)=.*$/gm, '') : run.out;
  expectNoSecrets(`${out}\n${run.err}`, ...[...secrets].filter((s) => s !== undefined && s.length >= 8));
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
  checkCanary(argv, options, { out, err, authorizeUrl, approval });
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
