import { describe, expect, it } from 'vitest';
import { outsideCodeSpans } from './support/fault-cases-hostile.ts';
import { evaluate, type EvaluationSettings } from '../src/evaluate/evaluate.ts';
import { closingComment, commentBody, issueBody } from '../src/sinks/github/bodies.ts';
import { fingerprintOf, markerOf, readState, RESOLVED, stateLine, type StickyKey } from '../src/sinks/github/marker.ts';
import { planComment, planIssue, planOutage } from '../src/sinks/github/sticky.ts';
import { parseInstance } from '../src/inputs/instance.ts';
import type { CredentialsFacts, TokenInfoFacts } from '../src/mastodon/answers.ts';
import { grantedScopesOf } from '../src/inspect/inspect.ts';
import type { Report } from '../src/report/model.ts';

const key: StickyKey = { instance: 'mastodon.social', workflow: 'token health', job: 'check' };
const NOW = new Date('2025-03-04T05:06:07Z');
const DAY = 86_400_000;

const settings: EvaluationSettings = {
  instance: parseInstance('mastodon.social'),
  requiredScopes: ['write:statuses'],
  scopesDeclared: true,
  onExcess: 'warn',
  onMissing: 'fail',
  onUnreachable: 'fail',
  maxTokenAgeDays: 30,
  inputWarnings: [],
};
const account: CredentialsFacts = {
  kind: 'account',
  account: { id: '1', username: 'bot', acct: 'bot', url: undefined },
};
const tokenInfo = (scopes: string[], createdDaysAgo = 10): TokenInfoFacts => ({
  kind: 'ok',
  scopes,
  resourceOwnerId: '7',
  createdAt: new Date(NOW.getTime() - createdDaysAgo * DAY),
});

/** A report as the check makes it, from what the instance said. */
function check(credentials: CredentialsFacts, info: TokenInfoFacts, now = NOW, policy = settings): Report {
  const inspection = { credentials, tokenInfo: info, app: undefined, server: undefined, probing: undefined };
  const scopes = grantedScopesOf(info, undefined, undefined, 'auto');
  return evaluate(policy, { ...inspection, scopes, rateLimit: undefined }, now);
}

const healthy = check(account, tokenInfo(['write:statuses']));
const overScoped = check(account, tokenInfo(['read', 'write:statuses']));
const revoked = check(
  { kind: 'rejected', state: 'revoked', detail: 'The access token was revoked' },
  { kind: 'inaccessible' },
);

describe('markers', () => {
  it('differ by kind, instance, workflow and job, and no workflow name can end the HTML comment', () => {
    const markers = new Set([
      markerOf('comment', key),
      markerOf('issue', key),
      markerOf('comment', { ...key, instance: 'social.example' }),
      markerOf('comment', { ...key, workflow: 'other' }),
      markerOf('comment', { ...key, job: 'other' }),
    ]);
    expect(markers.size).toBe(5);
    const hostile = markerOf('issue', { ...key, workflow: 'x --> <img src=y> @octocat' });
    expect(hostile.indexOf('-->')).toBe(hostile.length - 3);
    expect(hostile).not.toMatch(/<img|@octocat/);
  });

  it('keep state through a body, whatever its values hold', () => {
    const state = { fingerprint: 'abc', firstSeen: NOW.toISOString(), firstRun: 'https://x/-->?<b>' };
    const line = stateLine(state);
    expect(line.indexOf('-->')).toBe(line.length - 3);
    expect(readState(`text\n${line}\nmore`)).toEqual({ ...state, lastSeen: undefined, lastRun: undefined });
    expect(readState('no state here')).toBeUndefined();
    expect(readState('<!-- mastodon-token-health:state {broken} -->')).toBeUndefined();
    expect(readState('<!-- mastodon-token-health:state {"fingerprint":3} -->')).toBeUndefined();
  });
});

describe('fingerprintOf: what was found, not when', () => {
  it('is the same a day later with the token a day older', () => {
    const later = check(account, tokenInfo(['write:statuses'], 11), new Date(NOW.getTime() + DAY));
    expect(later.checkedAt).not.toBe(healthy.checkedAt);
    expect(fingerprintOf(later)).toBe(fingerprintOf(healthy));
  });

  it('changes with the status, the findings or the scopes', () => {
    const prints = [
      healthy,
      overScoped,
      revoked,
      check(account, tokenInfo(['write', 'write:statuses'])),
      check(account, tokenInfo(['write:statuses'], 40)), // due for rotation: a new warning
      check(account, tokenInfo(['read', 'write:statuses']), NOW, { ...settings, onExcess: 'fail' }),
    ].map(fingerprintOf);
    expect(new Set(prints).size).toBe(prints.length);
  });
});

describe('planComment', () => {
  it('creates a comment only when there is something to say', () => {
    const created = planComment(undefined, revoked, 'attention', key);
    expect(created.kind).toBe('create');
    if (created.kind !== 'create') return;
    expect(created.body.startsWith(markerOf('comment', key))).toBe(true);
    expect(readState(created.body)?.fingerprint).toBe(fingerprintOf(revoked));
    expect(created.body).toContain('### ❌ Token revoked');
    expect(planComment(undefined, healthy, 'clear', key)).toMatchObject({ kind: 'none' });
  });

  it('leaves an unchanged comment alone, though its time is older', () => {
    const body = commentBody(revoked, key, fingerprintOf(revoked));
    const later = check(
      { kind: 'rejected', state: 'revoked', detail: 'The access token was revoked' },
      { kind: 'inaccessible' },
      new Date(NOW.getTime() + 3 * DAY),
    );
    expect(planComment({ id: 1, body }, later, 'attention', key)).toEqual({
      kind: 'none',
      reason: 'the findings are unchanged',
    });
  });

  it('edits in place when the findings change, and resolves once healthy', () => {
    const body = commentBody(revoked, key, fingerprintOf(revoked));
    const changed = planComment({ id: 5, body }, overScoped, 'attention', key);
    expect(changed).toMatchObject({ kind: 'update', id: 5 });
    const resolved = planComment({ id: 5, body }, healthy, 'clear', key);
    expect(resolved).toMatchObject({ kind: 'update', id: 5 });
    if (resolved.kind !== 'update') return;
    expect(resolved.body).toContain('Resolved: token healthy');
    expect(resolved.body).toContain('`@bot@mastodon.social`');
    expect(readState(resolved.body)?.fingerprint).toBe(RESOLVED);
    expect(planComment({ id: 5, body: resolved.body }, healthy, 'clear', key)).toMatchObject({ kind: 'none' });
    expect(planComment({ id: 5, body: resolved.body }, revoked, 'attention', key)).toMatchObject({ kind: 'update' });
  });

  it('treats a comment whose state was edited away as changed, never as the same', () => {
    expect(planComment({ id: 2, body: markerOf('comment', key) }, revoked, 'attention', key)).toMatchObject({
      kind: 'update',
    });
  });
});

describe('planIssue', () => {
  const context = { now: NOW, runUrl: 'https://github.com/o/r/actions/runs/1' };
  const later = (days: number, runUrl = 'https://github.com/o/r/actions/runs/2') => ({
    now: new Date(NOW.getTime() + days * DAY),
    runUrl,
  });

  it('opens an issue that says what broke, since when, and how to fix it', () => {
    const action = planIssue(undefined, revoked, 'unhealthy', key, context);
    expect(action.kind).toBe('open');
    if (action.kind !== 'open') return;
    expect(action.title).toBe('Mastodon token on mastodon.social: Token revoked');
    expect(action.body.startsWith(markerOf('issue', key))).toBe(true);
    // The verdict leads, right under the hidden marker and state; when it was seen comes after the fix.
    expect(action.body.split('\n')[2]).toBe('### ❌ Token revoked on `mastodon.social`');
    expect(action.body).toContain(
      '**First seen** 2025-03-04 05:06 UTC ([run](https://github.com/o/r/actions/runs/1)) · **last seen** 2025-03-04 (UTC)',
    );
    expect(action.body).toContain('- ❌ **Token revoked**: ');
    expect(action.body.indexOf('**What to do**')).toBeLessThan(action.body.indexOf('**Findings**'));
    expect(action.body).toMatch(/1\. Make a new token: .*mastodon\.social\/settings\/applications\/new/);
    expect(action.body).toContain('https://mastodon.social/oauth/authorized_applications');
  });

  it('is not written again the same day while nothing changed, and moves "last seen" on a later day', () => {
    const open = planIssue(undefined, revoked, 'unhealthy', key, context);
    if (open.kind !== 'open') throw new Error(open.kind);
    const existing = { number: 3, body: open.body };
    expect(
      planIssue(existing, revoked, 'unhealthy', key, { ...context, now: new Date(NOW.getTime() + 3_600_000) }),
    ).toMatchObject({ kind: 'none' });

    const nextDay = planIssue(existing, revoked, 'unhealthy', key, later(1));
    expect(nextDay).toMatchObject({ kind: 'update', number: 3 });
    if (nextDay.kind !== 'update') return;
    expect(readState(nextDay.body)).toMatchObject({
      firstSeen: NOW.toISOString(),
      firstRun: context.runUrl,
      lastRun: 'https://github.com/o/r/actions/runs/2',
    });
    expect(nextDay.body).toContain('**last seen** 2025-03-05 (UTC)');
  });

  it('updates on a change the same day, keeping when it was first seen', () => {
    const open = planIssue(undefined, revoked, 'unhealthy', key, context);
    if (open.kind !== 'open') throw new Error(open.kind);
    const suspended = check(
      { kind: 'account-unusable', problem: 'suspended-or-disabled', detail: 'Your login is currently disabled' },
      tokenInfo(['write:statuses']),
    );
    const action = planIssue({ number: 3, body: open.body }, suspended, 'unhealthy', key, later(0.01));
    expect(action).toMatchObject({ kind: 'update', title: 'Mastodon token on mastodon.social: Account unusable' });
    if (action.kind !== 'update') return;
    expect(readState(action.body)?.firstSeen).toBe(NOW.toISOString());
    expect(action.body).toContain('`Your login is currently disabled`');
  });

  it('closes with a comment once healthy; nothing to do when none is open', () => {
    const open = planIssue(undefined, revoked, 'unhealthy', key, context);
    if (open.kind !== 'open') throw new Error(open.kind);
    const action = planIssue({ number: 3, body: open.body }, healthy, 'healthy', key, later(2));
    expect(action).toMatchObject({ kind: 'close', number: 3 });
    if (action.kind !== 'close') return;
    expect(action.comment).toContain('Resolved: token healthy on `mastodon.social`');
    expect(action.comment).toContain('first seen unhealthy 2025-03-04 05:06 UTC');
    expect(planIssue(undefined, healthy, 'healthy', key, context)).toMatchObject({ kind: 'none' });
  });

  it('says what is still worth a look when it closes on warnings only', () => {
    expect(closingComment(overScoped, key, '', undefined)).toMatch(/works again.*Still worth a look.*Excess scopes/s);
  });
});

describe('bodies keep what the server said inside code spans', () => {
  it('so a hostile error text can neither mention anyone nor inject Markdown', () => {
    const hostile = check(
      {
        kind: 'account-unusable',
        problem: 'other',
        detail: '@everyone **[click](https://evil.example)** `x` <img src=x>',
      },
      tokenInfo(['write:statuses']),
    );
    const bodies = [
      commentBody(hostile, key, fingerprintOf(hostile)),
      issueBody(hostile, key, { fingerprint: 'f', firstSeen: NOW.toISOString(), lastSeen: NOW.toISOString() }),
    ];
    for (const body of bodies) {
      const outsideCode = outsideCodeSpans(body);
      expect(outsideCode).not.toContain('@everyone');
      expect(outsideCode).not.toContain('evil.example');
      expect(outsideCode).not.toContain('<img');
    }
  });
});

describe('what is sent to GitHub fits what GitHub accepts', () => {
  it('clips a body past 65,536 characters after redacting it, and a title past 256', async () => {
    const { body, title, MAX_BODY, MAX_TITLE } = await import('../src/sinks/github/publish.ts');
    const secret = 'healthy-Kq7v2XJm9pWd4sN8bTzR1yLc6hFgA3eU0oPiQw5';
    const redact = (text: string) => text.split(secret).join('***');
    const long = `${'x'.repeat(MAX_BODY - 210)}${secret}${'y'.repeat(70_000)}`;
    const sent = body(redact, long);
    expect(sent.length).toBeLessThanOrEqual(65_536);
    expect(sent).not.toContain(secret.slice(0, 12));
    expect(sent).toMatch(/Clipped: the report is longer than GitHub allows/);
    expect(body(redact, 'short')).toBe('short');
    expect(Array.from(title(redact, `Mastodon token on ${'é'.repeat(400)}`)).length).toBeLessThanOrEqual(MAX_TITLE);
  });
});

describe('planOutage: an issue only once the instance has stayed unreachable for a day', () => {
  const context = { now: NOW, runUrl: 'https://github.com/o/r/actions/runs/9' };
  const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

  it('remembers the first unreachable run, waits under a day, opens at a day, first seen when it began', () => {
    expect(planOutage(undefined, revoked, key, { ...context, outageSince: undefined })).toMatchObject({
      issue: { kind: 'none' },
      memory: 'remember',
    });
    expect(planOutage(undefined, revoked, key, { ...context, outageSince: hoursAgo(23.9) })).toMatchObject({
      issue: { kind: 'none', reason: expect.stringMatching(/has not been reached since/) },
      memory: 'keep',
    });
    const opened = planOutage(undefined, revoked, key, { ...context, outageSince: hoursAgo(24) });
    expect(opened).toMatchObject({ issue: { kind: 'open' }, memory: 'forget' });
    if (opened.issue.kind !== 'open') return;
    expect(readState(opened.issue.body)?.firstSeen).toBe(hoursAgo(24));
  });

  it('leaves an open issue about the token alone, and moves an outage issue on', () => {
    const other = {
      number: 4,
      body: `${markerOf('issue', key)}\n${stateLine({ fingerprint: 'x', status: 'revoked' })}`,
    };
    expect(planOutage(other, revoked, key, { ...context, outageSince: undefined })).toMatchObject({
      issue: { kind: 'none' },
      memory: 'keep',
    });
    const outage = {
      number: 5,
      body: `${markerOf('issue', key)}\n${stateLine({ fingerprint: 'x', status: 'unreachable', lastSeen: hoursAgo(30) })}`,
    };
    expect(planOutage(outage, revoked, key, { ...context, outageSince: undefined })).toMatchObject({
      issue: { kind: 'update', number: 5 },
      memory: 'forget',
    });
  });
});
