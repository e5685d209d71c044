/**
 * The bundled action, run as the Actions runner runs it, against a loopback server that answers as Mastodon does
 * (reference/mastodon-server-behaviour.md §2–§4). One test per case of DESIGN.md and row of reference §3.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as world from './support/mastodon-server.ts';
import { startMastodonServer, type MastodonServer, type MastodonServerOptions } from './support/mastodon-server.ts';
import { expectNoToken } from './support/canary.ts';
import { runAction, type ActionRun } from './support/run-action.ts';

let server: MastodonServer;

beforeAll(async () => {
  server = await startMastodonServer(world.demoWorld());
});
afterAll(async () => {
  await server.close();
});

async function check(
  token: string,
  inputs: Record<string, string> = {},
  on: MastodonServer = server,
): Promise<ActionRun> {
  on.reset();
  const run = await runAction({ inputs: { instance: on.url, token, ...inputs } });
  expectNoToken(run, token);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return run;
}

/** A server of its own, for a test that changes how the server behaves. */
async function withServer<T>(options: MastodonServerOptions, fn: (s: MastodonServer) => Promise<T>): Promise<T> {
  const own = await startMastodonServer({ ...world.demoWorld(), ...options });
  try {
    return await fn(own);
  } finally {
    await own.close();
  }
}

describe('healthy and scope findings', () => {
  it('a token with exactly the declared scopes is healthy, with every output set', async () => {
    const run = await check(world.TOKEN_HEALTHY, { 'required-scopes': 'write:statuses profile' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'healthy',
      'token-state': 'active',
      account: '@bot@social.example',
      'account-id': world.BOT_ACCOUNT_ID,
      'app-name': 'Release Bot',
      'granted-scopes': 'profile write:statuses',
      'required-scopes': 'profile write:statuses',
      'excess-scopes': '',
      'missing-scopes': '',
      'scopes-source': 'token-info',
      'server-software': 'mastodon',
      'server-version': '4.6.5',
      'token-created-at': new Date(world.DEMO_CREATED_AT * 1000).toISOString(),
    });
    expect(Number(run.outputs['token-age-days'])).toBeGreaterThan(300);
    expect(JSON.parse(run.outputs['report'] ?? '{}')).toMatchObject({ status: 'healthy', failed: false });
    expect(run.summary).toMatch(/Token healthy for `@bot@social.example`/);
    expect(run.summary).toContain(`${server.url}/oauth/authorized_applications`);
    expect(run.summary).toContain(`${server.url}/settings/applications`);
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  });

  it('over-scoped warns by default, with the exact list to grant instead', async () => {
    const run = await check(world.TOKEN_OVERSCOPED, { 'required-scopes': 'write:statuses' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'over-scoped',
      'granted-scopes': 'follow push read write',
      'excess-scopes': 'follow push read write',
      'missing-scopes': '',
    });
    const warning = run.annotations.find((a) => a.title === 'Excess scopes');
    expect(warning?.level).toBe('warning');
    // The annotation is one plain sentence; the job summary has the fix, once.
    expect(warning?.message).toBe(
      'The token holds follow, push, read, write, which the bot does not declare. See the job summary.',
    );
    expect(run.summary).toMatch(/grant exactly: `write:statuses`/);
    expect(run.summary).toMatch(/`write` covers what is needed but grants far more/);
    expect(run.summary).toMatch(/\*\*What to do\*\*\n\n1\. Make a new token: .*tick only `write:statuses`/);
  });

  it('over-scoped fails with on-excess: fail, and passes silently with ignore', async () => {
    const failing = await check(world.TOKEN_OVERSCOPED, { 'required-scopes': 'write:statuses', 'on-excess': 'fail' });
    expect(failing.exitCode).toBe(1);
    expect(failing.annotations.find((a) => a.title === 'Excess scopes')?.level).toBe('error');
    const ignoring = await check(world.TOKEN_OVERSCOPED, {
      'required-scopes': 'write:statuses',
      'on-excess': 'ignore',
    });
    expect(ignoring.exitCode).toBe(0);
    expect(ignoring.outputs['status']).toBe('healthy');
    expect(ignoring.annotations.find((a) => a.title === 'Excess scopes')).toBeUndefined();
  });

  it('under-scoped fails, and a narrow token is active but cannot name its owner', async () => {
    const run = await check(world.TOKEN_NARROW, { 'required-scopes': 'write:statuses write:media' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      status: 'under-scoped',
      'token-state': 'active',
      account: '',
      'account-id': '',
      'granted-scopes': 'write:statuses',
      'missing-scopes': 'write:media',
    });
    expect(run.summary).toMatch(/with `profile` the report would show the account/);
    const warned = await check(world.TOKEN_NARROW, {
      'required-scopes': 'write:statuses write:media',
      'on-missing': 'warn',
    });
    expect(warned.exitCode).toBe(0);
    expect(warned.outputs['status']).toBe('under-scoped');
  });

  it('a narrow token with exactly its scopes is healthy; the account is never guessed from resource_owner_id', async () => {
    const run = await check(world.TOKEN_NARROW, { 'required-scopes': 'write:statuses' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['status']).toBe('healthy');
    expect(run.outputs['account-id']).toBe('');
    expect(run.everything).not.toContain(String(world.BOT_USER_ID));
    expect(server.requests.map((r) => r.path)).not.toContain(`/api/v1/accounts/${world.BOT_USER_ID}`);
  });

  it('without a declaration, reports liveness and scopes with a notice', async () => {
    const run = await check(world.TOKEN_OVERSCOPED);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'healthy',
      'granted-scopes': 'follow push read write',
      'excess-scopes': '',
    });
    expect(run.annotations.find((a) => a.title === 'No scopes declared')?.level).toBe('notice');
  });

  it('warns about follow and a token older than max-token-age-days', async () => {
    const run = await check(world.TOKEN_OVERSCOPED, {
      'required-scopes': 'read write follow push',
      'max-token-age-days': '30',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['status']).toBe('healthy');
    expect(run.annotations.map((a) => a.title)).toEqual(
      expect.arrayContaining(['Token due for rotation', 'Input warning']),
    );
    expect(run.annotations.find((a) => a.title === 'Input warning')?.message).toMatch(
      /^required-scopes: follow is deprecated/,
    );
  });
});

describe('token states (reference §3)', () => {
  it.each([
    ['revoked', world.TOKEN_REVOKED, 'revoked', 'revoked'],
    ['revoked and purged by the vacuum', world.TOKEN_VACUUMED, 'invalid', 'invalid'],
    ['unknown', world.TOKEN_UNKNOWN, 'invalid', 'invalid'],
    ['expired', world.TOKEN_EXPIRED, 'invalid', 'expired'],
    ['revoked, of a German-speaking user', world.TOKEN_GERMAN_REVOKED, 'revoked', 'revoked'],
    ['suspended', world.TOKEN_SUSPENDED, 'account-unusable', 'account-unusable'],
    ['suspended and revoked', world.TOKEN_SUSPENDED_REVOKED, 'invalid', 'invalid'],
    ['deletion requested', world.TOKEN_DELETION_REQUESTED, 'account-unusable', 'account-unusable'],
    ['disabled', world.TOKEN_DISABLED, 'account-unusable', 'account-unusable'],
    ['unconfirmed', world.TOKEN_UNCONFIRMED, 'account-unusable', 'account-unusable'],
    ['pending approval', world.TOKEN_PENDING, 'account-unusable', 'account-unusable'],
    ['moved', world.TOKEN_MOVED, 'account-unusable', 'account-unusable'],
    ['memorial', world.TOKEN_MEMORIAL, 'account-unusable', 'account-unusable'],
    ['role needs 2FA', world.TOKEN_MISSING_2FA, 'account-unusable', 'account-unusable'],
    ['app-only with read (422)', world.TOKEN_APP_ONLY, 'app-only', 'app-only'],
    ['app-only without read (403, then token info)', world.TOKEN_APP_ONLY_NO_READ, 'app-only', 'app-only'],
  ])('%s → %s', async (_name, token, status, tokenState) => {
    const run = await check(token, { 'required-scopes': 'write:statuses' });
    expect(run.outputs['status']).toBe(status);
    expect(run.outputs['token-state']).toBe(tokenState);
    expect(run.exitCode).toBe(1);
    expect(run.annotations.some((a) => a.level === 'error')).toBe(true);
    expect(run.summary).toMatch(/Authorized apps|Log in to|Use the account's own access token|Make a new token/);
  });

  it('tells a suspended account why, and says how to find out more', async () => {
    const run = await check(world.TOKEN_SUSPENDED);
    expect(run.annotations.find((a) => a.level === 'error')).toMatchObject({ title: 'Account disabled' });
    expect(run.outputs['granted-scopes']).toBe('read write');
  });

  it('a revoked token names the causes: Authorized apps, or a password reset', async () => {
    const run = await check(world.TOKEN_REVOKED);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toBe(
      'The instance says this access token was revoked. See the job summary.',
    );
    expect(run.summary).toMatch(/Authorized apps.*password was reset/);
    // Nothing to revoke: the steps go straight to a new token and where to store it.
    expect(run.summary).not.toMatch(/Revoke the old app/);
  });

  it('an app-only token on a locked-down server (401 before Doorkeeper) is app-only, not invalid', async () => {
    await withServer({ lockedDown: true }, async (locked) => {
      const run = await check(world.TOKEN_APP_ONLY, {}, locked);
      expect(run.outputs['status']).toBe('app-only');
    });
  });

  it('self-destruct mode (410) makes every account unusable', async () => {
    await withServer({ selfDestruct: true }, async (closing) => {
      const run = await check(world.TOKEN_HEALTHY, {}, closing);
      expect(run.outputs['status']).toBe('account-unusable');
      expect(run.annotations.find((a) => a.level === 'error')?.title).toBe('Instance shutting down');
    });
  });
});

describe('exact scopes without token info: probing (reference §4)', () => {
  it('probes only harmless requests, in one extra wave, and finds the exact scopes', async () => {
    await withServer({ tokenInfo: false, delayMs: 20 }, async (proxied) => {
      const run = await check(world.TOKEN_OVERSCOPED, { 'required-scopes': 'write:statuses' }, proxied);
      expect(run.outputs).toMatchObject({
        status: 'over-scoped',
        'scopes-source': 'probe',
        'excess-scopes': 'push read write',
      });
      // Every endpoint that accepts follow also accepts read or write: the report says it could not tell.
      expect(run.summary).toMatch(/- Not told apart: `follow`/);
      expect(proxied.requests.filter((r) => r.couldChangeState)).toEqual([]);
      expect(
        proxied.requests.every((r) => r.method === 'GET' || /\/0(\/|$)/.test(r.path) || r.path === '/api/v1/reports'),
      ).toBe(true);
      expect(proxied.waves()).toBe(2);
    });
  });

  it.each([
    [world.TOKEN_HEALTHY, 'profile write:statuses', 'healthy', 'profile write:statuses'],
    [world.TOKEN_NARROW, 'write:statuses write:media', 'under-scoped', 'write:statuses'],
    [world.TOKEN_READ, 'read:statuses', 'over-scoped', 'read'],
    [world.TOKEN_PUSH, 'push', 'healthy', 'push'],
    [world.TOKEN_ADMIN, 'admin:read:accounts', 'over-scoped', 'admin:read admin:write'],
  ])('%s declared %j → %s with %j', async (token, required, status, granted) => {
    await withServer({ tokenInfo: false }, async (proxied) => {
      const run = await check(token, { 'required-scopes': required }, proxied);
      expect(run.outputs['status']).toBe(status);
      expect(run.outputs['granted-scopes']).toBe(granted);
      expect(run.outputs['scopes-source']).toBe('probe');
      expect(proxied.requests.filter((r) => r.couldChangeState)).toEqual([]);
    });
  });

  it('with probe: never, falls back to the app registered scopes as an upper bound', async () => {
    await withServer({ tokenInfo: false }, async (proxied) => {
      const run = await check(
        world.TOKEN_HEALTHY,
        { 'required-scopes': 'profile write:statuses', probe: 'never' },
        proxied,
      );
      expect(run.outputs['scopes-source']).toBe('app');
      expect(run.outputs['status']).toBe('over-scoped');
      expect(run.annotations.find((a) => a.title === 'Excess scopes')?.message).toMatch(
        /may hold \(its app is registered for\)/,
      );
      expect(proxied.requests).toHaveLength(4);
    });
  });

  it('on a server older than 4.3 (no app scopes), probes the declaration, its parents and the broad scopes', async () => {
    await withServer({ tokenInfo: false, version: '4.2.10' }, async (old) => {
      const run = await check(world.TOKEN_OVERSCOPED, { 'required-scopes': 'write:statuses' }, old);
      expect(run.outputs).toMatchObject({
        'server-version': '4.2.10',
        'scopes-source': 'probe',
        status: 'over-scoped',
      });
      expect(run.outputs['excess-scopes']).toMatch(/read/);
      expect(run.annotations.find((a) => a.title === 'Scopes probed from the declaration')).toBeDefined();
      expect(old.requests.filter((r) => r.couldChangeState)).toEqual([]);
    });
  });

  it('with probe: always, probes even when token info answers', async () => {
    const run = await check(world.TOKEN_HEALTHY, { 'required-scopes': 'profile write:statuses', probe: 'always' });
    expect(run.outputs).toMatchObject({
      status: 'healthy',
      'scopes-source': 'probe',
      'granted-scopes': 'profile write:statuses',
    });
  });
});

describe('round trips', () => {
  it('a healthy check with token info is one wave of requests', async () => {
    await withServer({ delayMs: 20 }, async (slow) => {
      await check(world.TOKEN_HEALTHY, { 'required-scopes': 'profile write:statuses' }, slow);
      expect(slow.waves()).toBe(1);
      expect(slow.requests.map((r) => r.path).sort()).toEqual([
        '/api/v1/accounts/verify_credentials',
        '/api/v1/apps/verify_credentials',
        '/api/v2/instance',
        '/oauth/token/info',
      ]);
      expect(slow.requests.find((r) => r.path === '/api/v2/instance')?.token).toBeUndefined();
    });
  });
});

describe('never revoked when the server cannot be read', () => {
  it('a closed port is unreachable: fails by default, warns with on-unreachable: warn', async () => {
    const closed = await startMastodonServer();
    const url = closed.url;
    await closed.close();
    const run = await runAction({ inputs: { instance: url, token: world.TOKEN_HEALTHY, 'timeout-seconds': '5' } });
    expectNoToken(run, world.TOKEN_HEALTHY);
    expect(run.outputs).toMatchObject({ status: 'unreachable', 'token-state': 'unknown' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /connection failed.*says nothing about the token/,
    );
    const warned = await runAction({
      inputs: { instance: url, token: world.TOKEN_HEALTHY, 'timeout-seconds': '5', 'on-unreachable': 'warn' },
    });
    expectNoToken(warned, world.TOKEN_HEALTHY);
    expect(warned.exitCode).toBe(0);
    expect(warned.outputs['status']).toBe('unreachable');
  });

  it('a proxy that answers every request with an HTML 401 is not a revoked token', async () => {
    await withServer(
      {
        intercept: () => ({
          status: 401,
          headers: { 'content-type': 'text/html' },
          body: '<h1>Authorization Required</h1>',
        }),
      },
      async (proxy) => {
        const run = await check(world.TOKEN_HEALTHY, {}, proxy);
        expect(run.outputs['status']).toBe('unreachable');
      },
    );
  });
});

describe('input errors and skipped runs make no request', () => {
  it('a bad input fails before any request, naming the input', async () => {
    const run = await check(world.TOKEN_HEALTHY, { 'required-scopes': 'write:status', 'on-excess': 'loud' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['status']).toBe('input-error');
    expect(run.annotations.filter((a) => a.title).map((a) => a.title)).toEqual([
      'Input required-scopes',
      'Input on-excess',
    ]);
    expect(run.annotations.at(-1)?.message).toMatch(/^Invalid input: required-scopes, on-excess\./);
    // The input is named once, and the list of scope families stays literal (code spans, no italics).
    expect(run.annotations[0]?.message).toMatch(/^required-scopes has an unknown scope 'write:status'/);
    expect(run.summary).toMatch(/^## ❌ Input error on `127.0.0.1:\d+`: no request was made$/m);
    expect(run.summary).toContain('`read:*`, `write:*`, `admin:read:*` and `admin:write:*`');
    expect(run.summary).not.toMatch(/Input '|on ``/);
    expect(run.annotations[0]?.message).toMatch(/did you mean 'write:statuses'/);
    expect(server.requests).toEqual([]);
  });

  it('http:// to a non-loopback host is refused before a request', async () => {
    const run = await runAction({ inputs: { instance: 'http://mastodon.social', token: world.TOKEN_HEALTHY } });
    expectNoToken(run, world.TOKEN_HEALTHY);
    expect(run.outputs['status']).toBe('input-error');
    expect(run.stdout).toMatch(/http:\/\/ is refused/);
  });

  it('an empty token on a fork pull request is skipped, not failed', async () => {
    server.reset();
    const run = await runAction({
      inputs: { instance: server.url, token: '' },
      eventName: 'pull_request',
      event: {
        pull_request: {
          number: 7,
          head: { repo: { full_name: 'someone/bot' } },
          base: { repo: { full_name: 'octo-org/bot' } },
        },
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['status']).toBe('skipped');
    expect(run.annotations[0]).toMatchObject({ level: 'notice', title: 'Check skipped' });
    expect(server.requests).toEqual([]);
  });

  it('an empty token on a push is an input error', async () => {
    const run = await runAction({ inputs: { instance: server.url, token: '' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['status']).toBe('input-error');
  });

  it('trims a pasted token and strips a Bearer prefix, keeping both out of every output', async () => {
    const run = await check(`  Bearer ${world.TOKEN_HEALTHY}\n`, { 'required-scopes': 'profile write:statuses' });
    expectNoToken(run, world.TOKEN_HEALTHY);
    expect(run.outputs['status']).toBe('healthy');
    expect(run.annotations.find((a) => a.title === 'Input warning')?.message).toMatch(/Bearer/);
  });
});
