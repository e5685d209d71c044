/**
 * Runs the token commands (mint, rotate, revoke) in-process, with standard input from a string and everything they
 * print collected, for the engine's tests; the bundle's own tests run dist/cli/index.js instead.
 */
import { Readable } from 'node:stream';
import { expect } from 'vitest';
import { runTokenCommand, type TokenCommand } from '../../src/commands/main.ts';
import { leakedTokenForms } from './run-action.ts';

export interface CommandRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCommand(
  command: TokenCommand,
  argv: string[],
  options: { env?: Record<string, string>; stdin?: string | Readable; cwd?: string } = {},
): Promise<CommandRun> {
  let out = '';
  let err = '';
  const stdin =
    typeof options.stdin === 'string' || options.stdin === undefined
      ? Readable.from([options.stdin ?? ''])
      : options.stdin;
  const code = await runTokenCommand(command, argv, {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    stdin,
    promptOutput: { write: (s: string) => void (err += s) },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    openBrowser: () => {
      throw new Error('a test never opens a browser');
    },
  });
  return { code, out, err };
}

/** The canary rule: no form of any of these secrets in anything the command printed. */
export function expectNoSecrets(text: string, ...secrets: (string | undefined)[]): void {
  for (const secret of secrets) {
    if (!secret) continue;
    const leaked = leakedTokenForms(text, secret).map((form) => `${form.slice(0, 6)}…`);
    expect(leaked, `the output holds a secret (in these forms)`).toEqual([]);
  }
}
