/**
 * A real pseudo-terminal for tests, through util-linux `script` (Debian's bsdutils, an essential package): the
 * program runs with a terminal as its standard input, output and error, and everything the terminal shows (the
 * program's output and the terminal's own echo of what is typed) comes back on `script`'s output. With standard input
 * a pipe, `script` keeps the terminal's echo on (`--echo auto`), as a terminal where a person types has it, so a
 * program that does not turn echo off shows what is typed.
 */
import { spawn, spawnSync } from 'node:child_process';

export function scriptCommand(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v script'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || !path) return undefined;
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return /util-linux/.test(version.stdout) ? path : undefined;
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

export interface PtySession {
  /** Everything the terminal showed so far. */
  output(): string;
  /** Types into the terminal. */
  type(text: string): void;
  /** Resolves once `predicate` holds for the output (checked on every chunk), or rejects after `timeoutMs`. */
  waitFor(predicate: (output: string) => boolean, timeoutMs?: number): Promise<string>;
  /** The program's exit status, once it ended. */
  exited: Promise<number>;
}

export function startInPty(argv: readonly string[], env: Record<string, string>): PtySession {
  const script = scriptCommand();
  if (!script) throw new Error('util-linux script is not installed');
  const child = spawn(script, ['--quiet', '--return', '--flush', '--command', argv.map(quote).join(' '), '/dev/null'], {
    env: { SHELL: '/bin/sh', TERM: 'dumb', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const wake of waiters) wake();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      for (const wake of waiters) wake();
      resolve(code ?? -1);
    });
  });
  return {
    output: () => output,
    type: (text) => void child.stdin.write(text),
    exited: exited.finally(() => child.stdin.destroy()),
    waitFor(predicate, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting in the terminal; it shows:\n${output}`));
        }, timeoutMs);
        const check = () => {
          if (predicate(output)) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(output);
          } else if (child.exitCode !== null) {
            clearTimeout(timer);
            waiters.delete(check);
            reject(new Error(`the program ended (${child.exitCode}) first; the terminal shows:\n${output}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
  };
}
