import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatCredentials, parseCredentials } from '../src/commands/credentials-file.ts';
import { PAT_TOKEN, startGitHubServer, type GitHubServer } from './support/github-server.ts';
import * as world from './support/mastodon-server.ts';
import { canarySecrets, expectNoSecrets, runCommand } from './support/token-commands.ts';

const BOT_APP = world.demoWorld().apps.find((a) => a.id === world.BOT_APP_ID) as world.FakeApp;
const OLD = 'canary-old-rotate-Wq4Lm8Rt2Xc6Yk1Vb9Nd3Ps7Hf5Gz0JeAa';
const GERMAN_ACCOUNT = '109384022838744468';

let server: world.MastodonServer;
let github: GitHubServer;
let dir: string;
/** Every request that reached /oauth/revoke, with what GitHub held at that moment. */
let revocations: { secretAtRevoke: string | undefined }[];

// A client id is no secret (it is in the authorize address); the stored token and client secret are.
canarySecrets(() => [
  ...server.secrets(),
  ...[...github.secrets.secrets.values()].filter((x) => !x.name.endsWith('_CLIENT_ID')).map((x) => x.value),
]);
beforeEach(async () => {
  server = await world.startMastodonServer(world.demoWorld());
  github = await startGitHubServer();
  dir = mkdtempSync(join(tmpdir(), 'mth-rotate-'));
  revocations = [];
  server.addToken({
    token: OLD,
    scopes: ['read', 'write', 'follow', 'push'],
    app: world.BOT_APP_ID,
    account: world.BOT_ACCOUNT_ID,
    state: 'active',
    createdAt: world.DEMO_CREATED_AT,
  });
  server.update({
    intercept: (r) => {
      if (r.path === '/oauth/revoke') revocations.push({ secretAtRevoke: github.secrets.value('MASTODON_TOKEN') });
      return undefined;
    },
  });
});
afterEach(async () => {
  await server.close();
  await github.close();
});

const env = (extra: Record<string, string> = {}) => ({
  MASTODON_ACCESS_TOKEN: OLD,
  MASTODON_TOKEN_CLIENT_ID: BOT_APP.clientId ?? '',
  MASTODON_TOKEN_CLIENT_SECRET: BOT_APP.clientSecret ?? '',
  GH_TOKEN: PAT_TOKEN,
  GITHUB_API_URL: github.url,
  ...extra,
});
const toGitHub = ['--github-secret', 'MASTODON_TOKEN', '--repo', 'octo-org/bot'];

describe('rotate', () => {
  it('mints, stores, checks, and only then revokes the old token and confirms it is dead', async () => {
    const run = await runCommand('rotate', ['--instance', server.url, '--scopes', 'write:statuses', ...toGitHub], {
      env: env(),
      approveAs: world.BOT_ACCOUNT_ID,
    });
    expect(run.err).toMatch(/Done\. The live token is the new one, in GitHub secret MASTODON_TOKEN of octo-org\/bot/);
    expect(run.code).toBe(0);
    const fresh = github.secrets.value('MASTODON_TOKEN') ?? '';
    expect(server.getToken(fresh)).toMatchObject({ scopes: ['write:statuses'], state: 'active' });
    expect(server.getToken(OLD)?.state).toBe('revoked');
    // The new token was in the secret before the old one was revoked.
    expect(revocations).toEqual([{ secretAtRevoke: fresh }]);
    // Step by step, in this order.
    const steps = [...run.err.matchAll(/^\d+\. (\w+)/gm)].map((m) => m[1]);
    expect(steps).toEqual(['Old', 'Server', 'App', 'Token', 'Checked', 'Stored', 'Revocation', 'Confirmed']);
    expectNoSecrets(
      run.out + run.err,
      OLD,
      fresh,
      BOT_APP.clientSecret,
      github.secrets.value('MASTODON_TOKEN_CLIENT_SECRET'),
      PAT_TOKEN,
      run.approval?.code,
    );
  });

  it('copies the old token’s exact scopes when no --scopes is given', async () => {
    server.addToken({
      token: `${OLD}x`,
      scopes: ['profile', 'write:statuses', 'write:media'],
      app: world.BOT_APP_ID,
      account: world.BOT_ACCOUNT_ID,
      state: 'active',
    });
    const run = await runCommand('rotate', ['--instance', server.url, ...toGitHub], {
      env: env({ MASTODON_ACCESS_TOKEN: `${OLD}x` }),
      approveAs: world.BOT_ACCOUNT_ID,
    });
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/the new one gets profile write:media write:statuses \(the same\)/);
    expect(server.getToken(github.secrets.value('MASTODON_TOKEN') ?? '')?.scopes.sort()).toEqual([
      'profile',
      'write:media',
      'write:statuses',
    ]);
    expect(server.getToken(`${OLD}x`)?.state).toBe('revoked');
  });

  it('without the old app’s credentials: stores the new token and says where to revoke the old one by hand', async () => {
    const run = await runCommand('rotate', ['--instance', server.url, '--scopes', 'write:statuses', ...toGitHub], {
      env: env({ MASTODON_TOKEN_CLIENT_ID: '', MASTODON_TOKEN_CLIENT_SECRET: '' }),
      approveAs: world.BOT_ACCOUNT_ID,
    });
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/the old token is still live/);
    expect(run.err).toContain(`${server.url}/oauth/authorized_applications (Authorized apps)`);
    expect(run.err).toMatch(/Revoke on "Release Bot"/);
    expect(server.getToken(OLD)?.state).toBe('active');
    expect(revocations).toEqual([]);
  });

  it('a secret that cannot be written: the new token is revoked, the old one is untouched and said to be live', async () => {
    github.fail({ method: 'PUT', path: /\/actions\/secrets\//, status: 403 });
    const run = await runCommand('rotate', ['--instance', server.url, '--scopes', 'write:statuses', ...toGitHub], {
      env: env(),
      approveAs: world.BOT_ACCOUNT_ID,
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Writing the secret MASTODON_TOKEN of octo-org\/bot: GitHub answered 403/);
    expect(run.err).toMatch(/The new token was not stored, and was revoked\. The old token is unchanged and live\./);
    expect(server.getToken(OLD)?.state).toBe('active');
    // One revocation: the new token's, with the new app's credentials.
    expect(revocations).toHaveLength(1);
    expectNoSecrets(run.out + run.err, OLD, BOT_APP.clientSecret, PAT_TOKEN);
  });

  it('refuses a new token of another account (approved while logged in as someone else)', async () => {
    const run = await runCommand('rotate', ['--instance', server.url, '--scopes', 'write:statuses', ...toGitHub], {
      env: env(),
      approveAs: GERMAN_ACCOUNT,
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/belongs to another account than the old one/);
    expect(run.err).toMatch(/The old token is unchanged and live/);
    expect(github.secrets.value('MASTODON_TOKEN')).toBeUndefined();
    expect(server.getToken(OLD)?.state).toBe('active');
  });

  it('a failed revocation of the old token: both tokens are said to be live', async () => {
    const run = await runCommand('rotate', ['--instance', server.url, '--scopes', 'write:statuses', ...toGitHub], {
      env: env({ MASTODON_TOKEN_CLIENT_SECRET: 'not-the-secret-of-that-app' }),
      approveAs: world.BOT_ACCOUNT_ID,
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Live tokens: the new one, in GitHub secret MASTODON_TOKEN .* and the old one/);
    expect(server.getToken(github.secrets.value('MASTODON_TOKEN') ?? '')?.state).toBe('active');
    expect(server.getToken(OLD)?.state).toBe('active');
  });

  it('rotates a file in place: --from and --output the same file', async () => {
    const file = join(dir, 'bot.env');
    const old = {
      instance: server.url,
      token: OLD,
      clientId: BOT_APP.clientId ?? '',
      clientSecret: BOT_APP.clientSecret ?? '',
      scopes: ['read', 'write', 'follow', 'push'],
    };
    writeFileSync(file, formatCredentials(old, new Date()), { mode: 0o600 });
    const run = await runCommand(
      'rotate',
      ['--from', file, '--output', file, '--scopes', 'write:statuses write:media'],
      {
        approveAs: world.BOT_ACCOUNT_ID,
      },
    );
    expect(run.code).toBe(0);
    const now = parseCredentials(readFileSync(file, 'utf8'));
    expect(now.token).not.toBe(OLD);
    expect(server.getToken(now.token ?? '')?.scopes).toEqual(['write:statuses', 'write:media']);
    expect(server.getToken(OLD)?.state).toBe('revoked');
    expectNoSecrets(run.out + run.err, OLD, now.token, now.clientSecret, BOT_APP.clientSecret);
  });

  it('an old token that is already revoked: a new one is made, nothing to revoke', async () => {
    const run = await runCommand('rotate', ['--instance', server.url, '--scopes', 'write:statuses', ...toGitHub], {
      env: env({ MASTODON_ACCESS_TOKEN: world.TOKEN_REVOKED }),
      approveAs: world.BOT_ACCOUNT_ID,
    });
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/Old token: revoked already/);
    expect(run.err).toMatch(/The old one was already revoked/);
    expect(revocations).toEqual([]);
  });

  it('through a pipe: the old token on the first line of standard input, the code on the next', async () => {
    const run = await runCommand(
      'rotate',
      ['--instance', server.url, '--scopes', 'write:statuses', '--token-stdin', ...toGitHub],
      { env: env({ MASTODON_ACCESS_TOKEN: '' }), stdin: `${OLD}\n`, approveAs: world.BOT_ACCOUNT_ID },
    );
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/the old one \(from standard input\) revoked/);
    expect(server.getToken(OLD)?.state).toBe('revoked');
    expectNoSecrets(run.out + run.err, OLD, github.secrets.value('MASTODON_TOKEN'));
  });

  it('an instance that cannot be reached changes nothing', async () => {
    server.update({ intercept: () => ({ status: 503, body: 'down' }) });
    const run = await runCommand('rotate', ['--instance', server.url, '--scopes', 'write:statuses', ...toGitHub], {
      env: env(),
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/old token's state could not be told/);
    expect(run.err).toMatch(/Nothing was changed on any server/);
    expect(github.writes()).toEqual([]);
  });
});
