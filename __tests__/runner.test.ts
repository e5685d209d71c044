/**
 * src/inputs/runner.ts speaks the runner's protocol before the first request, in place of @actions/core (which loads
 * undici at start-up): what it writes must be what @actions/core writes, byte for byte.
 */
import * as actionsCore from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as runner from '../src/inputs/runner.ts';

type Core = Pick<typeof runner, 'getInput' | 'setSecret' | 'debug' | 'info' | 'warning' | 'setFailed'>;
const implementations: [string, Core][] = [
  ['@actions/core', actionsCore as unknown as Core],
  ['runner.ts', runner],
];

const TRICKY = ['plain', 'per%cent 100%25', 'two\nlines\r\nand CRLF', 'colon: comma, both', '', '::error::forged'];

let dir: string;
const saved = { ...process.env };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mth-runner-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.env = { ...saved };
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

function captureStdout(fn: () => void): string {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    fn();
  } finally {
    vi.restoreAllMocks();
  }
  return out;
}

/** Each call made with both implementations: what one printed and wrote, the other must too. */
function both(call: (core: Core) => void): { stdout: string; output: string; exitCode: typeof process.exitCode }[] {
  return implementations.map(([, core]) => {
    const file = join(dir, `output-${Math.random()}`);
    writeFileSync(file, '');
    process.env['GITHUB_OUTPUT'] = file;
    process.exitCode = undefined;
    const stdout = captureStdout(() => call(core));
    const exitCode = process.exitCode;
    process.exitCode = undefined;
    // The delimiter is random in both.
    const output = readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
    return { stdout, output, exitCode };
  });
}

describe('runner.ts writes what @actions/core writes', () => {
  it.each(TRICKY)('masks and debug lines for %j', (text) => {
    const [theirs, ours] = both((core) => {
      core.setSecret(text);
      core.debug(text);
    });
    expect(ours).toEqual(theirs);
    expect(ours?.stdout).toContain('::add-mask::');
  });

  it.each(TRICKY)('info and warning lines, with a title, and a failed step for %j', (text) => {
    const [theirs, ours] = both((core) => {
      core.info(text);
      core.warning(text);
      core.warning(text, { title: text });
      core.setFailed(text);
    });
    expect(ours).toEqual(theirs);
    expect(ours?.exitCode).toBe(1);
    expect(ours?.stdout).toContain('::error::');
  });

  it('reads inputs as @actions/core does: upper-cased, spaces to underscores, hyphens kept, trimmed unless told', () => {
    process.env['INPUT_REQUIRED-SCOPES'] = '  write:statuses \n';
    process.env['INPUT_SOME_NAME'] = 'x';
    for (const [, core] of implementations) {
      expect(core.getInput('required-scopes')).toBe('write:statuses');
      expect(core.getInput('required-scopes', { trimWhitespace: false })).toBe('  write:statuses \n');
      expect(core.getInput('some name')).toBe('x');
      expect(core.getInput('missing')).toBe('');
    }
  });
});

describe('the start before the first request stays lean', () => {
  it('dist/index.js holds no @actions/core (its output-file code) and no GitHub client: they load from chunks', () => {
    const bundle = readFileSync(join(import.meta.dirname, '..', 'dist', 'index.js'), 'utf8');
    expect(bundle).not.toContain('ghadelimiter_');
    expect(bundle).not.toMatch(/@octokit\/request|octokit-core/);
    expect(bundle).toContain('sinks/index.ts');
  });
});
