import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatCredentials } from '../src/commands/credentials-file.ts';
import * as world from './support/mastodon-server.ts';
import { canarySecrets, expectNoSecrets, runCommand } from './support/token-commands.ts';

const BOT_APP = world.demoWorld().apps.find((a) => a.id === world.BOT_APP_ID) as world.FakeApp;
const SERVICE_APP = world.demoWorld().apps.find((a) => a.id === world.SERVICE_APP_ID) as world.FakeApp;
const CLIENT_ENV = {
  BOT_CLIENT_ID: BOT_APP.clientId ?? '',
  BOT_CLIENT_SECRET: BOT_APP.clientSecret ?? '',
};

let server: world.MastodonServer;
let token: string;
let counter = 0;
beforeAll(async () => {
  server = await world.startMastodonServer(world.demoWorld());
});
afterAll(() => server.close());
canarySecrets(() => server.secrets());
beforeEach(() => {
  // A fresh live token of the bot's app for each test: revocation changes the server.
  token = `canary-revoke-${++counter}-Qm7Lx2Wr9Tc4Yk1Vb8Nd3Ps6Hf5Gz0JeAa`;
  server.addToken({
    token,
    scopes: ['write:statuses'],
    app: world.BOT_APP_ID,
    account: world.BOT_ACCOUNT_ID,
    state: 'active',
  });
  server.update({ intercept: () => undefined });
  server.reset();
});

const clientFlags = ['--client-id-env', 'BOT_CLIENT_ID', '--client-secret-env', 'BOT_CLIENT_SECRET'];

describe('revoke', () => {
  it('revokes with the app’s client credentials and confirms the instance answers 401', async () => {
    const run = await runCommand('revoke', ['--instance', server.url, ...clientFlags], {
      env: { MASTODON_ACCESS_TOKEN: token, ...CLIENT_ENV },
    });
    expect(run.err).toMatch(/Confirmed dead: verify_credentials answers 401/);
    expect(run.code).toBe(0);
    expect(server.getToken(token)?.state).toBe('revoked');
    const revocation = server.requests.find((r) => r.path === '/oauth/revoke');
    // RFC 6749 §2.3.1: the client authenticates with HTTP Basic; the token travels in the form body only.
    expect(revocation?.headers['authorization']).toBe(
      `Basic ${Buffer.from(`${BOT_APP.clientId}:${BOT_APP.clientSecret}`).toString('base64')}`,
    );
    expect(revocation?.body).toBe(`token=${token}`);
    expect(run.out).toBe('');
    expectNoSecrets(run.out + run.err, token, BOT_APP.clientSecret);
  });

  it('takes the token and the app credentials from the file mint wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mth-revoke-'));
    const file = join(dir, 'bot.env');
    writeFileSync(
      file,
      formatCredentials(
        {
          instance: server.url,
          token,
          clientId: BOT_APP.clientId ?? '',
          clientSecret: BOT_APP.clientSecret ?? '',
          scopes: ['write:statuses'],
        },
        new Date(),
      ),
      { mode: 0o600 },
    );
    const run = await runCommand('revoke', ['--from', file]);
    expect(run.code).toBe(0);
    expect(server.getToken(token)?.state).toBe('revoked');
    expectNoSecrets(run.out + run.err, token, BOT_APP.clientSecret);
  });

  it('reads the token from standard input through a pipe', async () => {
    const run = await runCommand('revoke', ['--instance', server.url, '--token-stdin', ...clientFlags], {
      env: CLIENT_ENV,
      stdin: `${token}\n`,
    });
    expect(run.code).toBe(0);
    expect(server.getToken(token)?.state).toBe('revoked');
    expectNoSecrets(run.out + run.err, token, BOT_APP.clientSecret);
  });

  it('fails, and says so, with another app’s credentials (Doorkeeper answers 403 unauthorized_client)', async () => {
    const run = await runCommand('revoke', ['--instance', server.url, ...clientFlags], {
      env: {
        MASTODON_ACCESS_TOKEN: token,
        BOT_CLIENT_ID: SERVICE_APP.clientId ?? '',
        BOT_CLIENT_SECRET: SERVICE_APP.clientSecret ?? '',
      },
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/belong to another app than the one that made this token/);
    expect(run.err).toMatch(/may still be live.*\/oauth\/authorized_applications/s);
    expect(server.getToken(token)?.state).toBe('active');
    expectNoSecrets(run.out + run.err, token, SERVICE_APP.clientSecret);
  });

  it('does not take a 200 from /oauth/revoke as proof: a token still accepted fails the command', async () => {
    // RFC 7009 §2.2: 200 also for a token the server does not know. A proxy (or a server) that answers 200 without
    // revoking must not be reported as done.
    server.update({
      intercept: (r) =>
        r.path === '/oauth/revoke'
          ? { status: 200, body: '{}', headers: { 'content-type': 'application/json' } }
          : undefined,
    });
    const run = await runCommand('revoke', ['--instance', server.url, ...clientFlags], {
      env: { MASTODON_ACCESS_TOKEN: token, ...CLIENT_ENV },
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/still accepts the token after the revocation/);
    expect(server.getToken(token)?.state).toBe('active');
    expectNoSecrets(run.out + run.err, token, BOT_APP.clientSecret);
  });

  it('without the app credentials, exits 2 and says where to revoke by hand', async () => {
    const run = await runCommand('revoke', ['--instance', server.url], { env: { MASTODON_TOKEN: token } });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/client id and secret of the app that made the token/);
    expect(run.err).toContain(`${server.url}/oauth/authorized_applications`);
    expect(server.requests).toEqual([]);
    expectNoSecrets(run.out + run.err, token);
  });

  it('refuses a secret given as an argument', async () => {
    const run = await runCommand('revoke', ['--instance', server.url, '--token', token]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/never taken as arguments/);
    expectNoSecrets(run.out + run.err, token);
  });
});
