/**
 * The bundled action against a loopback server in each software's mode (docs/servers/*.md): every verdict follows
 * that server's own answers, and nothing Mastodon-only is guessed onto them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as world from './support/mastodon-server.ts';
import { startMastodonServer, type MastodonServer, type MastodonServerOptions } from './support/mastodon-server.ts';
import { expectNoToken } from './support/canary.ts';
import { runAction, type ActionRun } from './support/run-action.ts';

function serverFor(options: MastodonServerOptions) {
  const handle: { server?: MastodonServer } = {};
  beforeAll(async () => {
    handle.server = await startMastodonServer({ ...world.demoWorld(), ...options });
  });
  afterAll(async () => {
    await handle.server?.close();
  });
  return async (
    token: string,
    inputs: Record<string, string> = {},
  ): Promise<ActionRun & { server: MastodonServer }> => {
    const server = handle.server as MastodonServer;
    server.reset();
    const run = await runAction({ inputs: { instance: server.url, token, ...inputs } });
    expectNoToken(run, token);
    // Nothing a probe sends may change data, whatever the software.
    expect(server.requests.filter((r) => r.couldChangeState)).toEqual([]);
    return { ...run, server };
  };
}

describe('GoToSocial 0.20 (docs/servers/gotosocial.md)', () => {
  const check = serverFor({ software: 'gotosocial', version: '0.20.3' });

  it('a posting token: scopes by its own probes and prefix hierarchy; its own pages', async () => {
    const run = await check(world.TOKEN_OVERSCOPED, { 'required-scopes': 'write:statuses' });
    expect(run.outputs).toMatchObject({
      status: 'over-scoped',
      'token-state': 'active',
      'server-software': 'gotosocial',
      'server-version': '0.20.3',
      'scopes-source': 'probe',
      'granted-scopes': 'push read write',
      'excess-scopes': 'push read write',
      'missing-scopes': '',
      account: '@bot@social.example',
    });
    expect(run.server.requests.map((r) => r.path)).not.toContain('/api/v1/preferences/0');
    expect(run.summary).toContain(`${run.server.url}/settings/user/applications/new`);
    expect(run.summary).not.toContain('/oauth/authorized_applications');
  });

  it('a dead token is invalid: GoToSocial deletes revoked tokens, so revoked and unknown answer alike', async () => {
    for (const token of [world.TOKEN_REVOKED, world.TOKEN_UNKNOWN]) {
      const run = await check(token);
      expect(run.outputs).toMatchObject({ status: 'invalid', 'token-state': 'invalid' });
      expect(run.summary).toMatch(/GoToSocial deletes a revoked token/);
    }
  });

  it('"user not supplied" names both causes: app-only token or an account that cannot log in', async () => {
    for (const token of [world.TOKEN_APP_ONLY, world.TOKEN_DISABLED, world.TOKEN_UNCONFIRMED, world.TOKEN_PENDING]) {
      const run = await check(token);
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ status: 'account-unusable', 'token-state': 'account-unusable' });
      expect(run.summary).toMatch(
        /app-only token .*or when the account cannot log in|account cannot log in.*app-only/s,
      );
    }
  });

  it('a suspended account is account-unusable', async () => {
    const run = await check(world.TOKEN_SUSPENDED);
    expect(run.outputs).toMatchObject({ status: 'account-unusable', 'token-state': 'account-unusable' });
  });

  it('a declared scope GoToSocial does not have is said, not counted missing', async () => {
    const run = await check(world.TOKEN_READ, { 'required-scopes': 'read:statuses follow' });
    expect(run.outputs['missing-scopes']).toBe('');
    expect(run.summary).toMatch(/has no scope `follow`/);
  });
});

describe('GoToSocial: an account with one token', () => {
  const w = world.demoWorld();
  const bot = w.accounts.find((a) => a.id === world.BOT_ACCOUNT_ID) as world.FakeAccount;
  const only: world.FakeToken = {
    token: world.TOKEN_HEALTHY,
    scopes: ['read:accounts', 'write:statuses'],
    app: world.BOT_APP_ID,
    account: bot.id,
    state: 'active',
    createdAt: world.DEMO_CREATED_AT,
  };
  const check = serverFor({ software: 'gotosocial', accounts: [bot], apps: w.apps, tokens: [only] });

  it('its token list tells the exact scopes and the age: no guess, no undetermined scope', async () => {
    const run = await check(world.TOKEN_HEALTHY, { 'required-scopes': 'read:accounts write:statuses' });
    expect(run.outputs).toMatchObject({
      status: 'healthy',
      'granted-scopes': 'read:accounts write:statuses',
      'scopes-source': 'token-info',
      'token-created-at': new Date(world.DEMO_CREATED_AT * 1000).toISOString(),
    });
    expect(run.server.requests.map((r) => r.path)).toContain('/api/v1/tokens');
  });
});

describe('GoToSocial before 0.19: scopes are not enforced', () => {
  const check = serverFor({ software: 'gotosocial', version: '0.18.3' });
  it('any live token can do what its account can: said as such, never a scope verdict', async () => {
    const run = await check(world.TOKEN_NARROW, { 'required-scopes': 'write:statuses' });
    expect(run.outputs).toMatchObject({
      status: 'over-scoped',
      'token-state': 'active',
      'granted-scopes': '',
      'scopes-source': '',
    });
    expect(run.summary).toMatch(/does not enforce OAuth scopes/);
    expect(run.server.requests.length).toBe(4);
  });
});

describe('GoToSocial with instance-inject-mastodon-version', () => {
  const check = serverFor({ software: 'gotosocial', version: '0.20.3', injectMastodonVersion: true });
  it('is still GoToSocial, at its own version', async () => {
    const run = await check(world.TOKEN_READ);
    expect(run.outputs).toMatchObject({ 'server-software': 'gotosocial', 'server-version': '0.20.3' });
  });
});

describe.each([
  ['pleroma', '2.7.0'],
  ['akkoma', '3.16.0'],
] as const)('%s %s (docs/servers/akkoma.md, pleroma.md)', (software, version) => {
  const check = serverFor({ software, version });

  it('a read token: identified, probed with the prefix rule, `read` excess for `read:statuses`', async () => {
    const run = await check(world.TOKEN_READ, { 'required-scopes': 'read:statuses' });
    expect(run.outputs).toMatchObject({
      status: 'over-scoped',
      'token-state': 'active',
      'server-software': software,
      'server-version': version,
      'scopes-source': 'probe',
      'excess-scopes': 'read',
      'missing-scopes': '',
    });
    expect(run.outputs['granted-scopes']?.split(' ')).toContain('read');
    expect(run.summary).not.toContain('/settings/applications');
    expect(run.summary).toMatch(/Settings → Security → OAuth tokens/);
  });

  it('"Invalid credentials." with no app answer: dead token or unusable account, both said', async () => {
    for (const token of [world.TOKEN_REVOKED, world.TOKEN_UNKNOWN, world.TOKEN_EXPIRED, world.TOKEN_SUSPENDED]) {
      const run = await check(token);
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ status: 'invalid', 'token-state': 'invalid' });
      expect(run.summary).toMatch(/token is dead.*account cannot log in/s);
    }
  });

  it('"Invalid credentials." while the app answers: an app-only token', async () => {
    const run = await check(world.TOKEN_APP_ONLY);
    expect(run.outputs).toMatchObject({ status: 'app-only', 'token-state': 'app-only' });
    // No Development page to point at here: the fix is a new token through an OAuth client.
    expect(run.summary).not.toMatch(/Development \(\)/);
    expect(run.summary).toMatch(/OAuth client/);
  });

  it('a token without read:accounts works; its owner is not shown', async () => {
    const run = await check(world.TOKEN_NARROW, { 'required-scopes': 'write:statuses' });
    expect(run.outputs).toMatchObject({ 'token-state': 'active', account: '' });
    expect(run.summary).toMatch(/with `read:accounts` the report would show the account/);
    expect(run.outputs['status']).not.toMatch(/invalid|revoked|unreachable/);
  });
});

describe('Akkoma: a token that expires soon', () => {
  const w = world.demoWorld();
  const bot = w.accounts.find((a) => a.id === world.BOT_ACCOUNT_ID) as world.FakeAccount;
  const soon = Math.floor(Date.now() / 1000) + 10 * 86_400;
  const token = (value: string, validUntil: number): world.FakeToken => ({
    token: value,
    scopes: ['read', 'write:statuses'],
    app: world.BOT_APP_ID,
    account: bot.id,
    state: 'active',
    createdAt: world.DEMO_CREATED_AT,
    validUntil,
  });
  const check = serverFor({
    software: 'akkoma',
    accounts: [bot],
    apps: w.apps,
    tokens: [token(world.TOKEN_HEALTHY, soon)],
  });

  it('warns with the date, read from the account token list', async () => {
    const run = await check(world.TOKEN_HEALTHY);
    expect(run.outputs['token-state']).toBe('active');
    const warning = run.annotations.find((a) => a.title === 'Token expiring');
    expect(warning?.message).toContain(new Date(soon * 1000).toISOString().slice(0, 10));
    expect(run.server.requests.map((r) => r.path)).toContain('/api/oauth_tokens');
  });
});

describe('Misskey: not supported', () => {
  const check = serverFor({ software: 'misskey' });
  it('says so, names the software, and judges no token', async () => {
    const run = await check(world.TOKEN_HEALTHY, { 'required-scopes': 'write:statuses' });
    expect(run.outputs).toMatchObject({
      status: 'unreachable',
      'token-state': 'unknown',
      'server-software': 'misskey',
      'server-version': '2025.4.1',
    });
    expect(run.summary).toMatch(/Server not supported/);
    expect(run.summary).toMatch(/does not speak Mastodon's client API/);
  });
});

describe('a server that speaks the API but whose rules are not known', () => {
  const takahe = (req: world.RecordedRequest) =>
    req.path === '/api/v2/instance'
      ? {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ domain: 'social.example', version: '4.0.0 (compatible; Takahe 0.11.0)' }),
        }
      : undefined;
  const check = serverFor({ intercept: takahe });

  it('a live token is active; scopes unknown, the software named', async () => {
    const run = await check(world.TOKEN_HEALTHY, { 'required-scopes': 'write:statuses' });
    expect(run.outputs).toMatchObject({
      status: 'unreachable',
      'token-state': 'active',
      'server-software': 'takahe',
      'server-version': '0.11.0',
      'granted-scopes': '',
    });
    expect(run.summary).toMatch(/takahe 0\.11\.0 is not one of the servers whose rules this check knows/);
  });

  it('a refused token is never a guessed dead-token verdict', async () => {
    const run = await check(world.TOKEN_REVOKED);
    expect(run.outputs).toMatchObject({ status: 'unreachable', 'token-state': 'unknown' });
    expect(run.summary).toMatch(/whose token rules this check does not know/);
  });
});
