/**
 * `source-paths` in the bundled action, run as the runner runs it: a fork's pull request (no secret, an empty token)
 * still gets the code's findings (outputs, status, annotations on the exact lines), and the scan reads nothing
 * outside the workspace, even through a link a fork planted.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as world from './support/mastodon-server.ts';
import { runAction } from './support/run-action.ts';

let server: world.MastodonServer;
let base: string;
let workspace: string;
let outside: string;

const WORKFLOW = '.github/workflows/health.yml';
const write = (relative: string, text: string) => {
  mkdirSync(dirname(join(workspace, relative)), { recursive: true });
  writeFileSync(join(workspace, relative), text);
};

beforeAll(async () => {
  server = await world.startMastodonServer(world.demoWorld());
  base = mkdtempSync(join(tmpdir(), 'mth-scan-e2e-'));
  workspace = join(base, 'workspace');
  outside = join(base, 'outside');
  mkdirSync(workspace);
  mkdirSync(outside);
  // What a fork could point a link at: a file outside the workspace, with a call and a marker in it.
  writeFileSync(
    join(outside, 'secret.py'),
    'OUTSIDE_MARKER = 1\nrequests.post(f"{B}/api/v1/admin/accounts/1/action")\n',
  );
  write(
    'bot.py',
    [
      'import requests',
      'BASE = "https://botsin.space/api/v1"',
      'me = requests.get(BASE + "/accounts/verify_credentials", headers=H)',
      'requests.post(f"{BASE}/statuses", data={"status": text}, headers=H)',
      'def api(path):',
      '    return requests.get(BASE + "/" + path, headers=H)',
      '',
    ].join('\n'),
  );
  write(
    'scripts/upload.sh',
    '#!/bin/sh\ncurl -sS -H "Authorization: Bearer $TOKEN" \\\n  -F "file=@$1" \\\n  "$INSTANCE/api/v2/media"\n',
  );
  write('tests/test_bot.py', 'requests.post(f"{B}/api/v1/statuses/1/reblog")\n');
  write('node_modules/masto/index.js', "fetch(`${b}/api/v1/lists`, { method: 'POST' })\n");
  write(
    WORKFLOW,
    [
      'on: pull_request',
      'jobs:',
      '  check:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: octo-org/mastodon-token-health@v1',
      '        with:',
      '          instance: botsin.space',
      '          token: ${{ secrets.MASTODON_TOKEN }}',
      '          required-scopes: >-',
      '            profile write:statuses',
      '            read',
      '          source-paths: .',
      '',
    ].join('\n'),
  );
  symlinkSync(join(outside, 'secret.py'), join(workspace, 'leak.py'));
  symlinkSync(outside, join(workspace, 'linked'));
});
afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

const forkPullRequest = (wrapper?: readonly string[]) =>
  runAction({
    inputs: {
      instance: server.url,
      token: '',
      'required-scopes': 'profile write:statuses read',
      'source-paths': '.',
    },
    eventName: 'pull_request',
    event: { pull_request: { number: 7, head: { repo: { fork: true, full_name: 'someone/bot' } } } },
    env: {
      GITHUB_WORKSPACE: workspace,
      GITHUB_WORKFLOW_REF: `octo-org/bot/${WORKFLOW}@refs/pull/7/merge`,
    },
    ...(wrapper ? { wrapper } : {}),
  });

describe('source-paths on a fork pull request with no secret', () => {
  it('reports the needs of the code: outputs, status, annotations on the lines, the report', async () => {
    server.reset();
    const run = await forkPullRequest();
    expect(server.requests).toEqual([]);
    // write:media is needed by the upload and not declared: the bot would fail once deployed (on-missing: fail).
    expect(run.outputs['status']).toBe('under-declared');
    expect(run.exitCode).toBe(1);
    expect(run.outputs['needed-scopes']).toBe('profile write:media write:statuses');
    expect(run.outputs['undeclared-scopes']).toBe('write:media');
    expect(run.outputs['unneeded-scopes']).toBe('read');
    expect(run.outputs['token-state']).toBe('unknown');

    const undeclared = run.annotations.find((a) => a.title === 'Undeclared scope write:media');
    expect(undeclared).toMatchObject({ level: 'error', file: 'scripts/upload.sh', line: 4 });
    expect(undeclared?.message).toContain('POST /api/v2/media');
    const unneeded = run.annotations.find((a) => a.title === 'Unneeded scope read');
    expect(unneeded).toMatchObject({ level: 'warning', file: WORKFLOW, line: 13 });
    const unresolved = run.annotations.find((a) => a.title === '1 call not resolved');
    expect(unresolved).toMatchObject({ level: 'notice', file: 'bot.py', line: 6 });
    expect(run.annotations.find((a) => a.title === 'Check skipped')).toBeDefined();
    // No comment is tried with a fork's read-only token: the annotations and the summary carry the findings.
    expect(run.annotations.filter((a) => /comment/i.test(`${a.title} ${a.message}`))).toEqual([]);
    expect(run.annotations.find((a) => a.title === 'Links not followed')?.message).toMatch(/leak\.py.*linked/);

    const report = JSON.parse(run.outputs['report'] ?? '{}');
    expect(report.code.calls).toEqual([
      expect.objectContaining({
        file: 'bot.py',
        line: 3,
        endpoint: '/api/v1/accounts/verify_credentials',
        need: 'profile',
      }),
      expect.objectContaining({
        file: 'bot.py',
        line: 4,
        method: 'POST',
        endpoint: '/api/v1/statuses',
        accepts: ['write', 'write:statuses'],
        need: 'write:statuses',
      }),
      expect.objectContaining({ file: 'scripts/upload.sh', line: 4, endpoint: '/api/v2/media', need: 'write:media' }),
    ]);
    expect(report.code.unresolved).toEqual([expect.objectContaining({ file: 'bot.py', line: 6 })]);
    expect(report.code.tests.calls).toEqual([expect.objectContaining({ file: 'tests/test_bot.py', line: 1 })]);
    expect(run.summary).toContain('**Needs of the code**');
    expect(run.summary).toContain('- `write:media`: declared ✗ · needed by `scripts/upload.sh:4` `POST /api/v2/media`');
    expect(run.summary).toContain('- `read`: declared ✓ · not needed');
    // Nothing from outside the workspace, nor from node_modules, reached any output.
    expect(run.everything).not.toMatch(/OUTSIDE_MARKER|admin|secret\.py|\/api\/v1\/lists/);
  });

  it.skipIf(spawnSync('strace', ['-V']).status !== 0)(
    'opens no file outside the workspace (traced with strace)',
    async () => {
      const trace = join(base, 'trace.txt');
      const run = await forkPullRequest(['strace', '-f', '-qq', '-e', 'trace=open,openat,openat2', '-o', trace]);
      expect(run.outputs['status']).toBe('under-declared');
      const opened = readFileSync(trace, 'utf8');
      expect(opened).toContain(join(workspace, 'bot.py'));
      expect(opened).not.toContain(outside);
      expect(opened).not.toMatch(/leak\.py|linked\//);
    },
  );
});

describe('source-paths with a token', () => {
  it('with required-scopes empty, the needs of the code are the declaration the token is checked against', async () => {
    server.reset();
    const run = await runAction({
      inputs: { instance: server.url, token: world.TOKEN_HEALTHY, 'source-paths': 'bot.py scripts' },
      env: { GITHUB_WORKSPACE: workspace },
    });
    expect(run.outputs['needed-scopes']).toBe('profile write:media write:statuses');
    expect(run.outputs['required-scopes']).toBe('profile write:media write:statuses');
    expect(run.outputs['undeclared-scopes']).toBe('');
    expect(run.annotations.find((a) => a.title === 'Scopes declared by the code')).toBeDefined();
    const report = JSON.parse(run.outputs['report'] ?? '{}');
    expect(report.code.declaration).toBe('code');
    expect(report.scopes.declared).toBe(true);
  });

  it('a declaration broader than the code is over-declared, failing only by on-excess', async () => {
    server.reset();
    const inputs = {
      instance: server.url,
      token: world.TOKEN_HEALTHY,
      'required-scopes': 'profile write',
      'source-paths': 'bot.py scripts/upload.sh',
    };
    const warn = await runAction({ inputs, env: { GITHUB_WORKSPACE: workspace } });
    expect(warn.outputs['unneeded-scopes']).toBe('write');
    expect(warn.annotations.find((a) => a.title === 'Unneeded scope write')?.level).toBe('warning');
    const fail = await runAction({ inputs: { ...inputs, 'on-excess': 'fail' }, env: { GITHUB_WORKSPACE: workspace } });
    expect(fail.annotations.find((a) => a.title === 'Unneeded scope write')?.level).toBe('error');
    expect(fail.exitCode).toBe(1);
  });

  it('a source path that leaves the workspace is an input error', async () => {
    const run = await runAction({
      inputs: { instance: server.url, token: world.TOKEN_HEALTHY, 'source-paths': '../outside' },
      env: { GITHUB_WORKSPACE: workspace },
    });
    expect(run.outputs['status']).toBe('input-error');
    expect(run.stdout).toMatch(/source-paths.*leaves the workspace/);
  });
});
