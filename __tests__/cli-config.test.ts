/** The command line's `--config`: the same several-bots file, each bot's token from the variable it names. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as world from './support/mastodon-server.ts';
import { NODE, ROOT, tokenForms } from './support/run-action.ts';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');
let server: world.MastodonServer;
let folder: string;
beforeAll(async () => {
  server = await world.startMastodonServer(world.demoWorld());
  folder = mkdtempSync(join(tmpdir(), 'mth-cli-config-'));
  writeFileSync(
    join(folder, 'bots.yml'),
    [
      'bots:',
      '  - name: release',
      `    instance: ${server.url}`,
      '    token-env: RELEASE_TOKEN',
      '    required-scopes: write:statuses profile',
      '  - name: old',
      `    instance: ${server.url}`,
      '    token-env: OLD_TOKEN',
      '',
    ].join('\n'),
  );
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [CLI, ...args], { cwd: folder, env: { PATH: process.env['PATH'] ?? '', ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end();
  });
}

const tokens = { RELEASE_TOKEN: world.TOKEN_HEALTHY, OLD_TOKEN: world.TOKEN_REVOKED };
const noTokens = (text: string) => {
  for (const token of Object.values(tokens)) for (const form of tokenForms(token)) expect(text).not.toContain(form);
};

describe('mastodon-token-health --config', () => {
  it('prints one line per bot, then each bot that needs attention; exit 1 when one fails', async () => {
    const run = await cli(['--config', 'bots.yml'], tokens);
    noTokens(run.out + run.err);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^✗ 1 of 2 bots needs attention \(bots\.yml\) \(status: revoked\)/);
    expect(run.out).toMatch(/^ {2}release +Token healthy on 127\.0\.0\.1:\d+ \(healthy\)$/m);
    expect(run.out).toMatch(/^── old ──$/m);
  });

  it('--format json: every bot under bots, each in the one-bot shape', async () => {
    const run = await cli(['--config', 'bots.yml', '--format', 'json'], tokens);
    noTokens(run.out + run.err);
    const report = JSON.parse(run.out);
    expect(report.status).toBe('revoked');
    expect(report.bots.release.status).toBe('healthy');
    expect(report.bots.old.tokenState).toBe('revoked');
  });

  it('refuses --instance or --token-env beside --config, without a request', async () => {
    server.reset();
    const run = await cli(['--config', 'bots.yml', '--token-env', 'X'], tokens);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/leave out --token-env/);
    expect(server.requests).toEqual([]);
  });
});

describe('mastodon-token-health --source-paths', () => {
  it('checks the code beside the token, as the action does', async () => {
    mkdirSync(join(folder, 'code'), { recursive: true });
    writeFileSync(
      join(folder, 'code', 'bot.js'),
      "await fetch(`${base}/api/v1/media`, { method: 'POST', body });\nawait fetch(`${base}/api/v1/statuses`, { method: 'POST', body });\n",
    );
    const run = await cli(
      [
        '--instance',
        server.url,
        '--required-scopes',
        'write:statuses profile',
        '--source-paths',
        'code',
        '--format',
        'json',
      ],
      { MASTODON_ACCESS_TOKEN: world.TOKEN_HEALTHY },
    );
    noTokens(run.out + run.err);
    const report = JSON.parse(run.out);
    expect(report.status).toBe('under-declared');
    expect(report.code.undeclared).toEqual(['write:media']);
    expect(run.code).toBe(1);
  });
});
