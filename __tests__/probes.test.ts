import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RequestError } from '../src/mastodon/errors.ts';
import type { Outcome } from '../src/mastodon/answers.ts';
import { judgeProbe, planProbes, PROBES, solveScopes, type Probe } from '../src/mastodon/probes.ts';
import { SCOPES } from '../src/mastodon/scopes.ts';

interface Endpoint {
  method: string;
  path: string;
  scopes: string[];
  scopeCheck: string;
  preScopeCallbacks?: string[];
}
const table = JSON.parse(
  readFileSync(new URL('./fixtures/mastodon-endpoint-scopes.json', import.meta.url), 'utf8'),
) as {
  endpoints: Endpoint[];
  otherEndpoints: Endpoint[];
};
const routes = [...table.endpoints, ...table.otherEndpoints];

describe('the probe table agrees with the endpoint-scope table', () => {
  it.each(PROBES.map((p) => [`${p.method} ${p.path}`, p] as const))('%s', (_name, probe) => {
    const endpoint = routes.find(
      (e) => e.path === probe.route && (e.method === probe.method || e.method.split('|').includes(probe.method)),
    );
    expect(endpoint, `${probe.method} ${probe.route} is in the table`).toBeDefined();
    expect([...probe.accepts].sort()).toEqual([...(endpoint?.scopes ?? [])].sort());
    expect(endpoint?.scopes).toContain(probe.scope);
    // A probe whose endpoint looks a record up before the scope check would answer 404 whatever the scopes;
    // admin/trends' set_tags runs first but never halts (reference §4.1).
    expect((endpoint?.preScopeCallbacks ?? []).filter((c) => c !== 'set_tags')).toEqual([]);
  });

  it('has a probe for every scope', () => {
    const probed = new Set(PROBES.flatMap((p) => p.accepts));
    expect(SCOPES.map((s) => s.name).filter((s) => !probed.has(s))).toEqual([]);
  });

  it('sends no request that can change data: reads, or a target id of 0, or a report with no account', () => {
    for (const probe of PROBES) {
      if (probe.method === 'GET') continue;
      const target =
        probe.path === '/api/v1/reports' ? 'no body' : probe.path.split('/').find((segment) => segment === '0');
      expect(target, `${probe.method} ${probe.path}`).toBeDefined();
    }
  });
});

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): Outcome => ({
  ok: true,
  response: {
    method: 'GET',
    path: '/x',
    status,
    headers: { 'content-type': 'application/json', ...headers },
    text: JSON.stringify(body),
    json: body,
    attempts: 1,
  },
});
const probeFor = (scope: string): Probe => PROBES.find((p) => p.scope === scope) as Probe;

describe('judgeProbe (reference §4.1 decision rule)', () => {
  it.each([
    ['read:statuses', answer(200, {}), 'granted'],
    ['read:statuses', answer(403, { error: 'This action is outside the authorized scopes' }), 'denied'],
    ['write:statuses', answer(404, { error: 'Record not found' }), 'granted'],
    ['write:statuses', answer(404, { error: 'Not Found' }), 'inconclusive'],
    ['write:bookmarks', answer(404, { error: 'Not Found' }), 'granted'],
    ['push', answer(404, { error: 'Not Found' }), 'granted'],
    ['read:search', answer(400, { error: 'param is missing or the value is empty or invalid: q' }), 'granted'],
    ['admin:read:accounts', answer(403, { error: 'This action is not allowed' }), 'granted'],
    ['read:statuses', answer(403, { error: 'Your login is currently disabled' }), 'inconclusive'],
    ['read:statuses', answer(401, { error: 'The access token is invalid' }), 'inconclusive'],
    ['read:statuses', answer(503, { error: 'down' }), 'inconclusive'],
    [
      'read:statuses',
      answer(403, { error: 'Zugriff verweigert' }, { 'www-authenticate': 'Bearer error="insufficient_scope"' }),
      'denied',
    ],
  ] as const)('%s answered %j is %s', (scope, outcome, verdict) => {
    expect(judgeProbe(probeFor(scope), outcome).verdict).toBe(verdict);
  });

  it('reads 422 "requires an authenticated user" as granted, and as an app-only token', () => {
    expect(
      judgeProbe(probeFor('read:statuses'), answer(422, { error: 'This method requires an authenticated user' })),
    ).toMatchObject({
      verdict: 'granted',
      appOnly: true,
    });
  });

  it('tells a probe that got no answer (5xx, 429, no connection) from an ambiguous answer, and says why', () => {
    expect(judgeProbe(probeFor('read:statuses'), answer(503, { error: 'down' })).failure).toMatch(/failed with 503/);
    expect(judgeProbe(probeFor('read:statuses'), answer(429, { error: 'Too many requests' })).failure).toMatch(
      /rate limited \(429\)/,
    );
    const timeout = new RequestError(
      'timeout',
      'GET',
      'https://x.example/api/v1/lists',
      'no answer within timeout-seconds',
    );
    expect(judgeProbe(probeFor('read:lists'), { ok: false, error: timeout })).toMatchObject({
      verdict: 'inconclusive',
      failure: expect.stringMatching(/no answer within timeout-seconds/),
    });
    expect(judgeProbe(probeFor('write:statuses'), answer(404, { error: 'Not Found' })).failure).toBeUndefined();
  });

  it('reads an HTML page as inconclusive', () => {
    const html: Outcome = {
      ok: true,
      response: {
        method: 'GET',
        path: '/x',
        status: 404,
        headers: { 'content-type': 'text/html' },
        text: '<h1>404</h1>',
        json: undefined,
        attempts: 1,
      },
    };
    expect(judgeProbe(probeFor('write:statuses'), html).verdict).toBe('inconclusive');
  });
});

/** Simulates Doorkeeper: a probe passes when the token holds any scope the endpoint accepts. */
function simulate(granted: readonly string[], candidates: readonly string[], version = '4.6.5') {
  const set = new Set(candidates);
  const probes = planProbes(set, version);
  const observations = probes.map((p) => ({ accepts: p.accepts, granted: p.accepts.some((s) => granted.includes(s)) }));
  return { probes, solution: solveScopes(set, observations) };
}

describe('planProbes and solveScopes', () => {
  // [held, candidates, found, not told apart]
  it.each([
    // Every endpoint that accepts `follow` also accepts `read` or `write`: with both held, it cannot be told.
    [['read', 'write', 'push'], ['read', 'write', 'follow', 'push'], ['push', 'read', 'write'], ['follow']],
    [['read', 'write', 'follow', 'push'], ['read', 'write', 'follow', 'push'], ['push', 'read', 'write'], ['follow']],
    [['write:statuses'], ['write:statuses', 'write:media'], ['write:statuses'], []],
    [
      ['write:statuses', 'write:media'],
      ['write:statuses', 'write:media', 'read:notifications'],
      ['write:media', 'write:statuses'],
      [],
    ],
    [['profile', 'write:statuses'], ['profile', 'write:statuses', 'read'], ['profile', 'write:statuses'], []],
    [['admin:read:accounts'], ['admin:read', 'admin:read:accounts', 'admin:write'], ['admin:read:accounts'], []],
    // A child's endpoints all accept its parent too.
    [['admin:read'], ['admin:read', 'admin:read:accounts'], ['admin:read'], ['admin:read:accounts']],
    [['read', 'read:statuses'], ['read', 'read:statuses'], ['read'], ['read:statuses']],
    [['follow'], ['follow', 'read:follows', 'write:follows'], ['follow'], ['write:follows']],
    [['read:follows'], ['follow', 'read:follows', 'write:follows'], ['read:follows'], []],
    [[], ['read', 'write'], [], []],
  ])('holding %j of %j finds %j', (held, candidates, found, undetermined) => {
    const { solution } = simulate(held, candidates);
    expect(solution.granted).toEqual(found);
    expect(solution.undetermined).toEqual(undetermined);
    expect(solution.unexplained).toBe(false);
  });

  it('sends one probe per candidate at most, reads first', () => {
    const { probes } = simulate(['read'], ['read', 'write', 'push', 'follow']);
    expect(probes.length).toBeLessThanOrEqual(4);
    expect(probes.find((p) => p.accepts.includes('read') && !p.accepts.includes('follow'))?.method).toBe('GET');
  });

  it('does not probe routes the server version lacks', () => {
    const paths = planProbes(new Set(['read:collections', 'profile', 'read:filters', 'admin:read']), '3.5.0').map(
      (p) => p.path,
    );
    expect(paths).not.toContain('/api/v1/collections/0');
    expect(paths).not.toContain('/oauth/userinfo');
    expect(paths).toContain('/api/v1/filters');
    expect(paths).toContain('/api/v1/admin/trends/tags?limit=1');
  });

  it('uses only probes no missing route can imitate when the version is unknown', () => {
    for (const probe of planProbes(new Set(SCOPES.map((s) => s.name)), undefined)) {
      expect(probe.granted).not.toContain('not-found');
      expect(probe.since).toBe('0.0.0');
    }
  });

  it('says when a granted answer is explained by no candidate', () => {
    const solution = solveScopes(new Set(['write:statuses']), [{ accepts: ['read', 'read:statuses'], granted: true }]);
    expect(solution.unexplained).toBe(true);
  });
});
