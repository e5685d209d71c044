/**
 * Round trips are the cost of a check against a real instance, and every request spends the token's rate limit
 * (300 per 5 minutes, reference §6). These count, at the fake server, the sequential waves and the requests of the
 * bundled action in the cases the benchmark (npm run bench) times. Nothing here is timed: the server adds a small
 * delay only so that requests sent together overlap and requests sent after an answer do not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
