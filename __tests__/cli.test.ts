import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as world from './support/mastodon-server.ts';
import { NODE, ROOT, tokenForms } from './support/run-action.ts';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');
let server: world.MastodonServer;
beforeAll(async () => {
  server = await world.startMastodonServer(world.demoWorld());
});
afterAll(() => server.close());

function cli(
  args: string[],
  env: Record<string, string> = {},
  stdin = '',
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [CLI, ...args], { env: { PATH: process.env['PATH'] ?? '', ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}

const noToken = (text: string, token: string) => {
  for (const form of tokenForms(token)) expect(text).not.toContain(form);
};

describe('the command line runs the same engine', () => {
  it('reads the token from MASTODON_TOKEN and exits 0 when healthy', async () => {
    const run = await cli(['--instance', server.url, '--required-scopes', 'profile write:statuses'], {
      MASTODON_TOKEN: world.TOKEN_HEALTHY,
      MASTODON_TOKEN_HEALTH_DEBUG: '1',
    });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Token healthy \(status: healthy, token: active\)/);
    expect(run.out).toMatch(/account: +@bot@social\.example/);
    expect(run.err).toMatch(/GET \/oauth\/token\/info -> 200/);
    noToken(run.out + run.err, world.TOKEN_HEALTHY);
  });

  it('exits 1 on a failing check and prints the JSON report on request', async () => {
    const run = await cli(['--instance', server.url, '--format', 'json', '--token-env', 'BOT_TOKEN'], {
      BOT_TOKEN: world.TOKEN_REVOKED,
    });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toMatchObject({ status: 'revoked', tokenState: 'revoked' });
    noToken(run.out + run.err, world.TOKEN_REVOKED);
  });

  it('reads the token from standard input', async () => {
    const run = await cli(
      ['--instance', server.url, '--token-stdin', '--format', 'markdown'],
      {},
      `${world.TOKEN_OVERSCOPED}\n`,
    );
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^## ✅ Token healthy for `@bot@social.example`/);
    noToken(run.out + run.err, world.TOKEN_OVERSCOPED);
  });

  it('exits 2 on bad input, and refuses a token given as an argument', async () => {
    const refused = await cli(['--instance', 'http://mastodon.social'], { MASTODON_TOKEN: world.TOKEN_HEALTHY });
    expect(refused.code).toBe(2);
    noToken(refused.out + refused.err, world.TOKEN_HEALTHY);
    expect((await cli(['--instance', server.url])).out).toMatch(/No token: set MASTODON_TOKEN/);
    const argument = await cli(['--instance', server.url, '--token', world.TOKEN_HEALTHY]);
    expect(argument.code).toBe(2);
    expect(argument.err).toMatch(/never taken as an argument/);
    noToken(argument.out + argument.err, world.TOKEN_HEALTHY);
  });

  it('keeps out the same forms of the token as the action does: the bare token behind a `Bearer ` prefix too', async () => {
    const token = 'Zq7v2XJm9pWd4sN8bTzR1yLc6hFgA3eU0oPiQw5';
    // The refusal of a clear-text instance quotes the address, which here holds the bare token.
    const run = await cli(['--instance', `http://${token}.example`], { MASTODON_TOKEN: `Bearer ${token}` });
    expect(run.code).toBe(2);
    expect(run.out).toMatch(/http:\/\/ is refused/);
    noToken(run.out + run.err, token);
  });
});
