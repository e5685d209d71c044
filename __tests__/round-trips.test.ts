/**
 * Round trips are the cost of a check against a real instance, and every request spends the token's rate limit
 * (300 per 5 minutes, reference §6). These count, at the fake server, the sequential waves and the requests of the
 * bundled action in the cases the benchmark (npm run bench) times. Nothing here is timed: the server adds a small
 * delay only so that requests sent together overlap and requests sent after an answer do not. Below, what probing
 * asks, and that the cap on probes in flight does not split a usual case's probes into more than one wave.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planProbing, PROBE_CONCURRENCY } from '../src/inspect/inspect.ts';
import { solveScopes } from '../src/mastodon/probes.ts';
import { SCOPES } from '../src/mastodon/scopes.ts';
import { ROUND_TRIP_CASES } from './support/round-trip-cases.ts';
import { startMastodonServer, type MastodonServer } from './support/mastodon-server.ts';
import { runAction } from './support/run-action.ts';

const DELAY_MS = 20;

describe.each(ROUND_TRIP_CASES)('$label', (c) => {
  let server: MastodonServer;
  beforeAll(async () => {
    server = await startMastodonServer({ ...c.server(), delayMs: DELAY_MS });
  });
  afterAll(() => server.close());

  it(`answers ${c.expected.status} in ${c.expected.waves} wave(s) of ${c.expected.requests} requests in all`, async () => {
    const run = await runAction({
      inputs: { instance: server.url, token: c.token, 'required-scopes': c.requiredScopes },
      debug: false,
    });
    expect(run.outputs['status']).toBe(c.expected.status);
    expect(server.waves()).toBe(c.expected.waves);
    expect(server.requests).toHaveLength(c.expected.requests);
    // Wave 1 is every request that needs no earlier answer; anything later is a probe.
    expect(
      server.requests
        .filter((r) => r.wave === 1)
        .map((r) => r.path)
        .sort(),
    ).toEqual([
      '/api/v1/accounts/verify_credentials',
      '/api/v1/apps/verify_credentials',
      '/api/v2/instance',
      '/oauth/token/info',
    ]);
  });
});

const WRITE_SCOPES = SCOPES.filter((s) => s.parent === 'write').map((s) => s.name);
const READ_SCOPES = SCOPES.filter((s) => s.parent === 'read').map((s) => s.name);
const BOT_SCOPES = [
  'read:statuses',
  'read:notifications',
  'read:accounts',
  'write:statuses',
  'write:media',
  'write:favourites',
  'write:follows',
  'write:notifications',
  'write:accounts',
  'write:lists',
];

describe('what probing asks', () => {
  const paths = (plan: { probes: readonly { path: string }[] }) => plan.probes.map((p) => p.path);

  it('asks nothing about the scopes a refused verify_credentials rules out', () => {
    const plan = planProbing('narrow', ['profile', 'read', 'read:accounts', 'write:statuses'], '4.6.5', [
      'write:statuses',
    ]);
    expect(paths(plan).sort()).toEqual(['/api/v1/media/0', '/api/v1/statuses/0']);
    expect(solveScopes(plan.candidates, plan.known).undetermined).toEqual(['write', 'write:statuses']);
  });

  it('still probes what an accepted verify_credentials may mean: a server may let a token outgrow its app', () => {
    const plan = planProbing('account', ['profile', 'write:statuses', 'write:media'], '4.6.5', ['profile']);
    expect(paths(plan)).toContain('/oauth/userinfo');
    expect(solveScopes(plan.candidates, plan.known).granted).toEqual(['profile']);
  });

  it('probes each of several scopes verify_credentials accepts', () => {
    const plan = planProbing('account', ['read', 'profile', 'write'], '4.6.5', []);
    expect(paths(plan).sort()).toEqual(['/api/v1/media/0', '/api/v1/preferences', '/oauth/userinfo']);
  });
});

describe(`the probe cap (${PROBE_CONCURRENCY} in flight) keeps usual cases to one probe wave`, () => {
  const POSTING = ['write:statuses', 'write:media'];
  // [what, verify_credentials, the app's registered scopes (undefined: not told), server version, declared scopes]
  it.each([
    [
      'an app registered with the classic broad scopes',
      'account',
      ['read', 'write', 'follow', 'push'],
      '4.6.5',
      POSTING,
    ],
    [
      'an app registered with every broad scope',
      'account',
      ['read', 'write', 'follow', 'push', 'profile', 'admin:read', 'admin:write'],
      '4.6.5',
      POSTING,
    ],
    ['an app registered with every write scope and profile', 'account', [...WRITE_SCOPES, 'profile'], '4.6.5', POSTING],
    ['an app registered with every read scope', 'account', READ_SCOPES, '4.6.5', ['read:statuses']],
    ['a bot app registered with the ten scopes it declares', 'account', BOT_SCOPES, '4.6.5', BOT_SCOPES],
    ['ten declared scopes, app scopes not told (4.2)', 'account', undefined, '4.2.10', BOT_SCOPES],
    ['ten declared scopes, version unknown', 'account', undefined, undefined, BOT_SCOPES],
  ] as const)('%s', (_what, credentials, appScopes, version, required) => {
    const plan = planProbing(credentials, appScopes, version, required);
    expect(plan.probes.length).toBeGreaterThan(0);
    expect(plan.probes.length).toBeLessThanOrEqual(PROBE_CONCURRENCY);
  });

  it('needs more than one probe wave only for an app registered with more scopes than the cap', () => {
    const plan = planProbing('account', [...READ_SCOPES, ...WRITE_SCOPES], '4.6.5', POSTING);
    expect(plan.probes.length).toBeGreaterThan(PROBE_CONCURRENCY);
  });
});
