import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationSettings } from '../src/evaluate/evaluate.ts';
import { parseInstance } from '../src/inputs/instance.ts';
import { grantedScopesOf, type Inspection, type ProbeMode } from '../src/inspect/inspect.ts';
import { PROBES, type Probe } from '../src/mastodon/probes.ts';
import { STATUS_ORDER, worstStatus } from '../src/report/model.ts';

const settings: EvaluationSettings = {
  instance: parseInstance('social.example'),
  requiredScopes: ['write:statuses'],
  scopesDeclared: true,
  onExcess: 'warn',
  onMissing: 'fail',
  onUnreachable: 'fail',
  maxTokenAgeDays: undefined,
  inputWarnings: [],
};
const account = { kind: 'account', account: { id: '1', username: 'bot', acct: 'bot', url: undefined } } as const;
/** An inspection as inspectToken makes it: the scope source decided by its own rule from the parts given. */
const inspection = (over: Partial<Omit<Inspection, 'scopes'>>, probe: ProbeMode = 'auto'): Inspection => {
  const parts = {
    credentials: account,
    tokenInfo: { kind: 'ok', scopes: ['write:statuses'], resourceOwnerId: '9', createdAt: new Date('2026-01-01') },
    app: { name: 'Bot', website: undefined, scopes: ['write:statuses'] },
    server: { software: 'mastodon', version: '4.6.5', domain: 'social.example', family: 'mastodon', from: 'instance' },
    probing: undefined,
    rateLimit: { limit: 300, remaining: 290, reset: '2026-11-22T00:05:00.000000Z' },
    ...over,
  } as const;
  return { ...parts, scopes: grantedScopesOf(parts.tokenInfo, parts.app, parts.probing, probe) };
};
const now = new Date('2026-11-22T00:00:00Z');

describe('status precedence (DESIGN.md)', () => {
  it('picks the worst finding', () => {
    expect(worstStatus([])).toBe('healthy');
    expect(worstStatus(['over-scoped', 'under-scoped'])).toBe('under-scoped');
    expect(worstStatus(['app-only', 'revoked', 'unreachable'])).toBe('unreachable');
    expect(STATUS_ORDER[0]).toBe('input-error');
  });
});

describe('evaluate', () => {
  it('warns when the token has spent most of its rate limit', () => {
    const report = evaluate(settings, inspection({ rateLimit: { limit: 300, remaining: 12, reset: 'soon' } }), now);
    expect(report.status).toBe('healthy');
    expect(report.findings.find((f) => f.id === 'rate-limit-low')?.message).toMatch(/12 of 300/);
    expect(evaluate(settings, inspection({}), now).findings).toEqual([]);
  });

  it('reports a healthy token and its age', () => {
    const report = evaluate(settings, inspection({}), now);
    expect(report).toMatchObject({ status: 'healthy', failed: false, tokenState: 'active', token: { ageDays: 325 } });
    expect(report.account?.handle).toBe('@bot@social.example');
  });

  it('uses the server LOCAL_DOMAIN in the handle, not the web address', () => {
    const report = evaluate(
      settings,
      inspection({
        server: { software: 'mastodon', version: '4.6.5', domain: 'example.com', family: 'mastodon', from: 'instance' },
      }),
      now,
    );
    expect(report.account?.handle).toBe('@bot@example.com');
  });

  it('is unreachable, not healthy, when declared scopes cannot be established', () => {
    const report = evaluate(
      settings,
      inspection(
        {
          tokenInfo: { kind: 'unavailable', detail: '404' },
          app: { name: 'Bot', website: undefined, scopes: undefined },
        },
        'never',
      ),
      now,
    );
    expect(report).toMatchObject({ status: 'unreachable', tokenState: 'active', failed: true });
    expect(report.findings.map((f) => f.id)).toContain('scopes-unknown');
  });

  it('is unreachable, not healthy, when probes got no answer and left declared scopes open', () => {
    const probe = PROBES.find((p) => p.scope === 'write:statuses') as Probe;
    const probing = (failure: string | undefined) => ({
      candidates: ['write:statuses'],
      candidatesFromApp: true,
      results: [
        {
          probe,
          result: { verdict: 'inconclusive' as const, appOnly: false, answer: '503', ...(failure ? { failure } : {}) },
        },
      ],
      solution: { granted: [], undetermined: ['write:statuses'], unexplained: false },
      appOnly: false,
    });
    const blocked = { tokenInfo: { kind: 'unavailable', detail: '404' } } as const;
    const failed = evaluate(settings, inspection({ ...blocked, probing: probing('GET /api/v1/statuses: 503') }), now);
    expect(failed).toMatchObject({ status: 'unreachable', tokenState: 'active', failed: true });
    expect(failed.findings.find((f) => f.id === 'scopes-unknown')?.message).toMatch(
      /1 of the 1 harmless requests .* got no usable answer \(GET \/api\/v1\/statuses: 503\)/,
    );
    expect(
      evaluate({ ...settings, onUnreachable: 'warn' }, inspection({ ...blocked, probing: probing('x') }), now),
    ).toMatchObject({ status: 'unreachable', failed: false });
    // An answer that was only ambiguous stays a notice.
    const ambiguous = evaluate(settings, inspection({ ...blocked, probing: probing(undefined) }), now);
    expect(ambiguous.status).toBe('healthy');
    expect(ambiguous.findings.map((f) => f.id)).toContain('undetermined-scopes');
  });

  it('says missing, not excess, for scopes the server version cannot grant', () => {
    const report = evaluate(
      { ...settings, requiredScopes: ['profile'] },
      inspection({
        tokenInfo: { kind: 'ok', scopes: ['read'], resourceOwnerId: '9', createdAt: undefined },
        server: { software: 'mastodon', version: '4.2.1', domain: undefined, family: 'mastodon', from: 'instance' },
      }),
      now,
    );
    expect(report.status).toBe('under-scoped');
    expect(report.findings.find((f) => f.id === 'missing-scopes')?.message).toMatch(
      /`profile` needs Mastodon 4.3.0 or later; this server runs `4.2.1`/,
    );
  });

  it('reports a revoked token behind a suspension as invalid (token info: inaccessible)', () => {
    const report = evaluate(
      settings,
      inspection({
        credentials: {
          kind: 'account-unusable',
          problem: 'suspended-or-disabled',
          detail: 'Your login is currently disabled',
        },
        tokenInfo: { kind: 'inaccessible' },
      }),
      now,
    );
    expect(report).toMatchObject({ status: 'invalid', tokenState: 'invalid' });
    expect(report.scopes.granted).toEqual([]);
  });

  it('warns about age without failing', () => {
    const report = evaluate({ ...settings, maxTokenAgeDays: 90 }, inspection({}), now);
    expect(report).toMatchObject({ status: 'healthy', failed: false });
    expect(report.findings.find((f) => f.id === 'token-old')?.severity).toBe('warning');
  });
});
