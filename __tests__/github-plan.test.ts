import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skippedReport } from '../src/evaluate/special-reports.ts';
import { commentVerdict, issueVerdict } from '../src/evaluate/verdict.ts';
import { readRunContext, runContextFrom, type RunContext } from '../src/inputs/run-context.ts';
import type { CheckSettings, PublishSettings } from '../src/inputs/settings.ts';
import { planGitHubSinks } from '../src/sinks/github/plan.ts';
import { parseInstance } from '../src/inputs/instance.ts';
import type { Finding, Report, Status } from '../src/report/model.ts';

const env = {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_ACTOR: 'octocat',
  GITHUB_REPOSITORY: 'octo-org/bot',
  GITHUB_WORKFLOW: 'token health',
  GITHUB_JOB: 'check',
  GITHUB_RUN_ID: '42',
  GITHUB_SERVER_URL: 'https://github.example/',
};
const own = { full_name: 'octo-org/bot' };

describe('runContextFrom', () => {
  it('reads a pull request from its own repository', () => {
    const event = runContextFrom(env, { pull_request: { number: 12, head: { repo: own }, base: { repo: own } } });
    expect(event).toEqual({
      eventName: 'pull_request',
      actor: 'octocat',
      repository: { owner: 'octo-org', repo: 'bot' },
      workflow: 'token health',
      job: 'check',
      pullRequest: { number: 12, fromFork: false },
      runUrl: 'https://github.example/octo-org/bot/actions/runs/42',
    });
  });

  it('tells a fork, also one deleted since (head.repo null)', () => {
    const fork = { full_name: 'stranger/bot' };
    expect(
      runContextFrom(env, { pull_request: { number: 3, head: { repo: fork }, base: { repo: own } } }).pullRequest,
    ).toEqual({ number: 3, fromFork: true });
    expect(
      runContextFrom(env, { pull_request: { number: 3, head: { repo: null }, base: { repo: own } } }).pullRequest,
    ).toEqual({ number: 3, fromFork: true });
  });

  it('finds the pull request of an issue comment, and none on a plain issue', () => {
    const onPr = runContextFrom(env, { issue: { number: 5, pull_request: { url: 'u' } } });
    // An issue_comment payload does not say where the pull request's head is.
    expect(onPr.pullRequest).toEqual({ number: 5, fromFork: undefined });
    expect(runContextFrom(env, { issue: { number: 5 } }).pullRequest).toBeUndefined();
  });

  it('takes the repository from the payload when GITHUB_REPOSITORY is missing, and survives odd payloads', () => {
    expect(runContextFrom({}, { repository: own }).repository).toEqual({ owner: 'octo-org', repo: 'bot' });
    for (const payload of [undefined, null, 'text', [], { pull_request: { number: '7' } }, { pull_request: 7 }]) {
      const event = runContextFrom({}, payload);
      expect(event.pullRequest).toBeUndefined();
      expect(event.repository).toBeUndefined();
      expect(event.runUrl).toBe('');
    }
  });

  it('reads the event file, and takes a missing or broken one for an empty payload', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mth-event-'));
    try {
      const path = join(dir, 'event.json');
      writeFileSync(path, JSON.stringify({ pull_request: { number: 9, head: { repo: own }, base: { repo: own } } }));
      expect(readRunContext({ ...env, GITHUB_EVENT_PATH: path }).pullRequest?.number).toBe(9);
      writeFileSync(path, '{ not json');
      expect(readRunContext({ ...env, GITHUB_EVENT_PATH: path }).pullRequest).toBeUndefined();
      expect(readRunContext({ ...env, GITHUB_EVENT_PATH: join(dir, 'missing.json') }).pullRequest).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A report with these findings, its verdict decided as evaluate decides it (with the default policies). */
function reportOf(
  status: Status,
  findings: Partial<Finding>[] = [],
  policy: Partial<Pick<CheckSettings, 'onExcess' | 'onUnreachable'>> = {},
): Report {
  const base = skippedReport(parseInstance('mastodon.social'), 'x', new Date(0));
  const all: Finding[] = findings.map((f, i) => ({
    id: `input-warning:f${i}` as const,
    severity: 'notice',
    title: 't',
    message: 'm',
    fix: [],
    ...f,
  }));
  return {
    ...base,
    status,
    failed: all.some((f) => f.severity === 'failure'),
    findings: all,
    sticky: {
      comment: commentVerdict(all),
      issue: issueVerdict(status, { onExcess: 'warn', onUnreachable: 'fail', ...policy }),
    },
  };
}

const settings: PublishSettings = { comment: 'auto', issue: 'auto', githubToken: 'ghs_x' };
const eventOf = (eventName: string, pullRequest?: number): RunContext => ({
  eventName,
  actor: 'octocat',
  repository: { owner: 'o', repo: 'r' },
  workflow: 'w',
  job: 'j',
  pullRequest: pullRequest === undefined ? undefined : { number: pullRequest, fromFork: false },
  runUrl: '',
});
const revoked = reportOf('revoked', [{ severity: 'failure', status: 'revoked' }]);

describe('planGitHubSinks: is a comment or an issue kept on this event', () => {
  it.each([
    ['pull_request', 4, 'auto', 'comment'],
    ['pull_request_target', 4, 'auto', 'comment'],
    ['pull_request_review', 4, 'auto', 'none'],
    ['issue_comment', 4, 'auto', 'none'],
    ['issue_comment', 4, 'always', 'comment'],
    ['pull_request_review', 4, 'always', 'comment'],
    ['pull_request', 4, 'never', 'none'],
    ['push', undefined, 'always', 'none'],
    ['schedule', undefined, 'auto', 'issue'],
    ['workflow_dispatch', undefined, 'never', 'issue'],
    ['push', undefined, 'auto', 'none'],
    ['release', undefined, 'auto', 'none'],
  ] as const)('%s (pull request %s) with comment: %s → %s', (eventName, pullRequest, comment, sink) => {
    expect(planGitHubSinks(revoked, { ...settings, comment }, eventOf(eventName, pullRequest)).sink).toBe(sink);
  });

  it('keeps no issue with `issue: never`', () => {
    expect(planGitHubSinks(revoked, { ...settings, issue: 'never' }, eventOf('schedule')).sink).toBe('none');
  });

  it('writes nothing for a skipped run or bad inputs, whatever the event', () => {
    const skipped = skippedReport(parseInstance('mastodon.social'), 'secrets withheld', new Date(0));
    expect(planGitHubSinks(skipped, { ...settings, comment: 'always' }, eventOf('pull_request', 1)).sink).toBe('none');
    expect(planGitHubSinks(reportOf('input-error'), settings, eventOf('schedule')).sink).toBe('none');
  });

  it('warns instead when the repository or the github-token is missing', () => {
    const noRepository = planGitHubSinks(revoked, settings, { ...eventOf('schedule'), repository: undefined });
    expect(noRepository).toMatchObject({ sink: 'none', warning: expect.stringMatching(/GITHUB_REPOSITORY/) });
    const noToken = planGitHubSinks(revoked, { ...settings, githubToken: '' }, eventOf('pull_request', 1));
    expect(noToken).toMatchObject({ sink: 'none', warning: expect.stringMatching(/'github-token' is empty/) });
    // Nothing would be written: no warning either.
    expect(planGitHubSinks(revoked, { ...settings, githubToken: '' }, eventOf('push'))).not.toHaveProperty('warning');
  });

  it('carries the pull request and the verdict', () => {
    expect(planGitHubSinks(revoked, settings, eventOf('pull_request', 8))).toEqual({
      sink: 'comment',
      pullRequest: 8,
      verdict: 'attention',
    });
    expect(planGitHubSinks(reportOf('healthy'), settings, eventOf('schedule'))).toEqual({
      sink: 'issue',
      verdict: 'healthy',
    });
  });

  it('loads nothing for an unknown state that only warns: an open issue is left as it is', () => {
    const unknown = reportOf('unreachable', [{ severity: 'warning', status: 'unreachable' }], {
      onUnreachable: 'warn',
    });
    expect(planGitHubSinks(unknown, settings, eventOf('schedule')).sink).toBe('none');
  });
});

describe('verdicts', () => {
  it.each([
    ['revoked', 'warn', 'warn', 'unhealthy'],
    ['invalid', 'warn', 'warn', 'unhealthy'],
    ['account-unusable', 'warn', 'warn', 'unhealthy'],
    ['app-only', 'warn', 'warn', 'unhealthy'],
    ['under-scoped', 'warn', 'warn', 'unhealthy'],
    ['over-scoped', 'warn', 'fail', 'healthy'],
    ['over-scoped', 'fail', 'warn', 'unhealthy'],
    ['unreachable', 'warn', 'warn', 'unknown'],
    ['unreachable', 'warn', 'fail', 'outage'],
    ['healthy', 'fail', 'fail', 'healthy'],
  ] as const)('issue: %s with on-excess %s, on-unreachable %s → %s', (status, onExcess, onUnreachable, verdict) => {
    expect(issueVerdict(status, { onExcess, onUnreachable })).toBe(verdict);
  });

  it('comment: a failure or a warning needs attention; notices alone do not', () => {
    expect(commentVerdict(reportOf('healthy', [{ severity: 'notice' }]).findings)).toBe('clear');
    expect(commentVerdict(reportOf('healthy', [{ severity: 'warning' }]).findings)).toBe('attention');
    expect(commentVerdict(reportOf('over-scoped', [{ severity: 'warning', status: 'over-scoped' }]).findings)).toBe(
      'attention',
    );
    expect(revoked.sticky.comment).toBe('attention');
  });
});
