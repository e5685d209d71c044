/**
 * src/inputs/runner.ts speaks the runner's protocol in place of @actions/core (which loads its OIDC client and undici
 * at import time): what it writes must be what @actions/core writes, byte for byte. @actions/core stays a dev
 * dependency for this comparison alone.
 */
import * as actionsCore from '@actions/core';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as runner from '../src/inputs/runner.ts';

type Core = Pick<
  typeof runner,
  'getInput' | 'setSecret' | 'debug' | 'info' | 'warning' | 'error' | 'notice' | 'setFailed'
> & {
  setOutput(name: string, value: string): void;
};
/** runner.ts writes outputs all at once (setOutputs); one at a time is the same call with one output. */
const runnerAsCore: Core = { ...runner, setOutput: (name, value) => runner.setOutputs({ [name]: value }) };
const implementations: [string, Core][] = [
  ['@actions/core', actionsCore as unknown as Core],
  ['runner.ts', runnerAsCore],
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

  it.each(TRICKY)('annotations of each level, with a title, a file and a line, for %j', (text) => {
    const [theirs, ours] = both((core) => {
      for (const level of ['error', 'warning', 'notice'] as const) {
        core[level](text);
        core[level](text, {});
        core[level](text, { title: text });
        core[level](text, { title: text, file: `src/${text}.ts`, startLine: 12 });
        core[level](text, { file: 'bot.py', startLine: 1 });
        core[level](text, { title: '', file: '' });
      }
    });
    expect(ours).toEqual(theirs);
    expect(ours?.stdout).toContain('::notice file=bot.py,line=1::');
  });

  it('outputs to $GITHUB_OUTPUT, as setOutput writes them one by one, in one write', () => {
    const values = Object.fromEntries(TRICKY.map((text, i) => [`out-${i}`, text]));
    const [theirs, ours] = both((core) => {
      if (core === runnerAsCore) runner.setOutputs(values);
      else for (const [name, value] of Object.entries(values)) core.setOutput(name, value);
    });
    expect(ours).toEqual(theirs);
    expect(ours?.output).toContain('out-2<<DELIMITER\ntwo\nlines\r\nand CRLF\nDELIMITER\n');
  });

  it('outputs as ::set-output lines where the runner gives no output file', () => {
    const [theirs, ours] = both((core) => {
      delete process.env['GITHUB_OUTPUT'];
      core.setOutput('status', 'healthy');
      core.setOutput('odd: name, here', 'two\nlines');
    });
    expect(ours).toEqual(theirs);
    expect(ours?.stdout).toContain('::set-output name=status::healthy');
  });

  it('a missing output file is an error, as in @actions/core, and no file is created', () => {
    const missing = join(dir, 'not-there');
    for (const [, core] of implementations) {
      process.env['GITHUB_OUTPUT'] = missing;
      expect(() => core.setOutput('status', 'healthy')).toThrow(`Missing file at path: ${missing}`);
    }
    expect(existsSync(missing)).toBe(false);
  });

  it('the job summary: appended as core.summary.addRaw(markdown).write() appends it', async () => {
    const markdown = '## Token\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    const theirs = join(dir, 'summary-core');
    const ours = join(dir, 'summary-ours');
    writeFileSync(theirs, 'before\n');
    writeFileSync(ours, 'before\n');
    process.env['GITHUB_STEP_SUMMARY'] = theirs;
    await actionsCore.summary.addRaw(markdown).write();
    await actionsCore.summary.addRaw(markdown).write();
    process.env['GITHUB_STEP_SUMMARY'] = ours;
    runner.appendSummary(markdown);
    runner.appendSummary(markdown);
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'));

    // No file named: nothing written, no error. A file that cannot be written: an error naming it.
    delete process.env['GITHUB_STEP_SUMMARY'];
    expect(() => runner.appendSummary(markdown)).not.toThrow();
    process.env['GITHUB_STEP_SUMMARY'] = join(dir, 'no-such-dir', 'summary');
    expect(() => runner.appendSummary(markdown)).toThrow(/^Unable to access summary file: '.*no-such-dir/);
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
  it('dist/ holds no @actions/core; dist/index.js is the entry and what the first connection needs, no more', () => {
    const dist = join(import.meta.dirname, '..', 'dist');
    for (const file of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
      // Its OIDC client is what made it heavy; its package path is what ncc names each of its modules by.
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/node_modules\/@actions\/core|getIDToken/);
    }
    // The entry opens the connection and holds the failure funnel; the check, the report and the sinks load after the
    // ClientHello, from chunks (index.ts says why).
    const entry = readFileSync(join(dist, 'index.js'), 'utf8');
    for (const needed of ['preconnect', 'parseInstance', 'failUnexpected', 'createRedactor']) {
      expect(entry).toContain(`function ${needed}(`);
    }
    for (const later of ['run', 'parseSettings', 'inspectToken', 'evaluate', 'renderMarkdown', 'publishToActions']) {
      expect(entry).not.toContain(`function ${later}(`);
    }
    expect(entry).not.toMatch(/@octokit\/request|octokit-core/);
  });
});
