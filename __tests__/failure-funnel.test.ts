/**
 * The failure funnel: anything unexpected fails the step with one redacted `::error::` line and exit code 1, and it
 * needs nothing but dist/index.js. Here the sinks chunk is missing (a broken upload, a disk error): the step must
 * still fail cleanly, not die with a raw stack trace that never went through the redactor.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { failUnexpected } from '../src/inputs/runner.ts';
import { createRedactor } from '../src/util/redact.ts';
import * as world from './support/mastodon-server.ts';
import { BUNDLE, runAction } from './support/run-action.ts';

let server: world.MastodonServer;
let lonely: string;
beforeAll(async () => {
  server = await world.startMastodonServer(world.demoWorld());
  // dist/index.js alone: every chunk it would load is missing.
  lonely = mkdtempSync(join(tmpdir(), 'mth-funnel-'));
  copyFileSync(BUNDLE, join(lonely, 'index.js'));
  copyFileSync(join(BUNDLE, '..', 'package.json'), join(lonely, 'package.json'));
});
afterAll(async () => {
  rmSync(lonely, { recursive: true, force: true });
  await server.close();
});

describe('when the sinks chunk cannot load', () => {
  it.each([
    ['a healthy check', { 'required-scopes': 'profile write:statuses' }],
    ['bad inputs', { probe: 'sometimes' }],
  ])('%s still fails the step with one redacted error line', async (_, extra) => {
    const run = await runAction({
      bundle: join(lonely, 'index.js'),
      inputs: { instance: server.url, token: world.TOKEN_HEALTHY, ...extra },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::mastodon-token-health failed unexpectedly: .*Please report this/);
    // No raw stack trace: nothing reached standard error unredacted, and no stack frame was printed.
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/^\s+at /m);
    expect(run.everything).not.toContain(world.TOKEN_HEALTHY);
  });
});

describe("when the several-bots file's reader cannot load", () => {
  it('fails the step with one redacted error line, not a stack trace', async () => {
    // dist/index.js and main.ts's chunk: the run starts, and the first chunk main.ts loads (for `config`) is missing.
    const dist = join(BUNDLE, '..');
    const mainChunk = readdirSync(dist).find(
      (f) => /^\d+\.index\.js$/.test(f) && readFileSync(join(dist, f), 'utf8').includes('async function run('),
    );
    expect(mainChunk).toBeDefined();
    const partial = mkdtempSync(join(tmpdir(), 'mth-funnel-bots-'));
    try {
      for (const file of ['index.js', 'package.json', mainChunk as string])
        copyFileSync(join(dist, file), join(partial, file));
      const workspace = mkdtempSync(join(tmpdir(), 'mth-funnel-ws-'));
      writeFileSync(join(workspace, 'bots.yml'), `bots:\n  - name: a\n    instance: ${server.url}\n    token-env: A\n`);
      const run = await runAction({
        bundle: join(partial, 'index.js'),
        inputs: { config: 'bots.yml' },
        env: { GITHUB_WORKSPACE: workspace, A: world.TOKEN_HEALTHY },
      });
      rmSync(workspace, { recursive: true, force: true });
      expect(run.exitCode).toBe(1);
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^::error::mastodon-token-health failed unexpectedly: .*Please report this/);
      expect(run.stderr).toBe('');
      expect(run.stdout).not.toMatch(/^\s+at /m);
      expect(run.everything).not.toContain(world.TOKEN_HEALTHY);
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  });
});

describe('failUnexpected', () => {
  afterEach(() => {
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  it('redacts the token from whatever was thrown, Error or not, and fails the step', () => {
    const token = 'Zq7v2XJm9pWd4sN8bTzR1yLc6hFgA3eU0oPiQw5';
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    failUnexpected(new Error(`GET https://x.example/?access_token=${token} exploded`), createRedactor([token]));
    failUnexpected({ token: encodeURIComponent(token) }, createRedactor([token]));
    vi.restoreAllMocks();
    expect(process.exitCode).toBe(1);
    expect(out).not.toContain(token);
    expect(out.split('\n').filter((line) => line.startsWith('::error::mastodon-token-health failed'))).toHaveLength(2);
    expect(out).toContain('access_token=***');
  });
});
