/**
 * The command line against hostile answers and careless arguments: nothing a server chose reaches the terminal as a
 * control sequence, and no form of the token is printed back (issue 9).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as world from './support/mastodon-server.ts';
import { leakedTokenForms, NODE, ROOT } from './support/run-action.ts';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const REPAINT = 'Bot\u001b[2K\u001b[1G\u001b[32m✅ Token healthy\u001b[0m\u001b]0;title\u0007\u009b2J\r\n::error::x';

let server: world.MastodonServer;
beforeAll(async () => {
  server = await world.startMastodonServer({
    ...world.demoWorld(),
    intercept: (req) =>
      req.path === '/api/v1/apps/verify_credentials'
        ? {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ id: world.BOT_APP_ID, name: REPAINT, website: null, scopes: ['read'] }),
          }
        : undefined,
  });
});
afterAll(() => server.close());

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [CLI, ...args], { env: { PATH: process.env['PATH'] ?? '', ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end();
  });
}

describe('the command line prints no control sequence a server chose', () => {
  it.each(['text', 'markdown', 'json'])('in --format %s', async (format) => {
    const run = await cli(['--instance', server.url, '--format', format], {
      MASTODON_TOKEN: world.TOKEN_HEALTHY,
      MASTODON_TOKEN_HEALTH_DEBUG: '1',
    });
    expect(run.code).toBe(0);
    expect(run.out + run.err).not.toMatch(/[\u001b\u009b\u0007\r]/);
    // The name is still shown, as text.
    expect(run.out).toContain('Bot');
    expect(run.out.split('\n').some((line) => /^\s*::error::/.test(line))).toBe(false);
    expect(leakedTokenForms(run.out + run.err, world.TOKEN_HEALTHY)).toEqual([]);
  });
});

describe('the command line never prints back a token given where it does not belong', () => {
  const token = world.TOKEN_HEALTHY;
  it.each([
    ['as a positional argument', ['--instance', 'https://social.example', token]],
    ['after --', ['--instance', 'https://social.example', '--', token]],
    ['as the value of --token-env', ['--instance', 'https://social.example', '--token-env', token]],
    ['as --token=…', ['--instance', 'https://social.example', `--token=${token}`]],
    ['as --token …', ['--instance', 'https://social.example', '--token', token]],
  ])('%s', async (_, args) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/never taken as an argument/);
    expect(leakedTokenForms(run.out + run.err, token)).toEqual([]);
  });
});

describe('the command line redacts what the action redacts', () => {
  it('the token echoed JSON-escaped in a long error, with a NUL inside', async () => {
    const token = world.TOKEN_HEALTHY;
    const escaped = [...token]
      .map((c, i) => (i === 12 ? '\\u0000' : '') + `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('');
    const echo = await world.startMastodonServer({
      ...world.demoWorld(),
      intercept: (req) =>
        req.path === '/api/v1/accounts/verify_credentials'
          ? {
              status: 403,
              headers: { 'content-type': 'application/json' },
              body: `{"error":"Debug: ${'x'.repeat(130)} Bearer ${escaped} end"}`,
            }
          : undefined,
    });
    try {
      const run = await cli(['--instance', echo.url], { MASTODON_TOKEN: token, MASTODON_TOKEN_HEALTH_DEBUG: '1' });
      expect(run.code).toBe(1);
      expect(leakedTokenForms(run.out + run.err, token)).toEqual([]);
      expect(run.out).toContain('***');
    } finally {
      await echo.close();
    }
  });
});
