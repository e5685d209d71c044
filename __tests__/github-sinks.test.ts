/**
 * The sticky pull request comment and the tracking issue, end to end: the bundled action (dist/index.js) run as the
 * runner runs it, against a loopback Mastodon and a loopback GitHub API (GITHUB_API_URL).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { markerOf, outageLabelDescription, outageLabelName, readState } from '../src/sinks/github/marker.ts';
import {
  PAT_LOGIN,
  PAT_TOKEN,
  startGitHubServer,
  WORKFLOW_LOGIN,
  WORKFLOW_TOKEN,
  type GitHubServer,
} from './support/github-server.ts';
import {
  BOT_ACCOUNT_ID,
  BOT_APP_ID,
  demoWorld,
  startMastodonServer,
  TOKEN_HEALTHY as HEALTHY_TOKEN,
  TOKEN_REVOKED as REVOKED_TOKEN,
  TOKEN_SUSPENDED as SUSPENDED_TOKEN,
  type MastodonServer,
  type MastodonServerOptions,
} from './support/mastodon-server.ts';
import { BUNDLE, ROOT, runAction, tokenForms, type ActionRun, type RunOptions } from './support/run-action.ts';

/** Another healthy token of the bot: the dead one, rotated. */
const ROTATED_TOKEN = 'rotated-Pz4Kd8Wq2Lm6Xc1Rn9Vb3Ts7Hf5Gy0Ja';
/** The bot's scopes and `read` besides: over-scoped. */
const BROAD_TOKEN = 'broad-Hq3Lw9Rt5Xm1Yk7Vc2Nd8Ps4Bf6Gz0Je';
const REQUIRED_SCOPES = 'profile write:statuses';
const botToken = (token: string, scopes: string) => ({
  token,
  scopes: scopes.split(' '),
  app: BOT_APP_ID,
  account: BOT_ACCOUNT_ID,
});
const WORLD: MastodonServerOptions = {
  ...demoWorld(),
  tokens: [
    ...demoWorld().tokens,
    botToken(ROTATED_TOKEN, REQUIRED_SCOPES),
    botToken(BROAD_TOKEN, `read ${REQUIRED_SCOPES}`),
  ],
};

const SECRETS = [HEALTHY_TOKEN, ROTATED_TOKEN, REVOKED_TOKEN, SUSPENDED_TOKEN, BROAD_TOKEN, WORKFLOW_TOKEN, PAT_TOKEN];
const PR = 7;
const repo = { full_name: 'octo-org/bot' };
const pullRequestEvent = { pull_request: { number: PR, head: { repo }, base: { repo } }, repository: repo };
const forkEvent = {
  pull_request: { number: PR, head: { repo: { full_name: 'stranger/bot' } }, base: { repo } },
  repository: repo,
};

let mastodon: MastodonServer;
let github: GitHubServer;
beforeAll(async () => {
  mastodon = await startMastodonServer(WORLD);
});
afterAll(async () => {
  await mastodon.close();
});
beforeEach(async () => {
  github = await startGitHubServer();
});
afterEach(async () => {
  await github.close();
});

interface Run {
  readonly token: string;
  readonly eventName: string;
  readonly event?: unknown;
  readonly inputs?: Record<string, string>;
  readonly env?: Record<string, string>;
  readonly bundle?: string;
}

/** Runs the bundle, then checks that no token reached any output or any request sent to GitHub. */
async function run(options: Run): Promise<ActionRun> {
  const runOptions: RunOptions = {
    inputs: {
      instance: mastodon.url,
      token: options.token,
      'required-scopes': REQUIRED_SCOPES,
      'github-token': WORKFLOW_TOKEN,
      ...options.inputs,
    },
    eventName: options.eventName,
    event: options.event ?? {},
    env: { GITHUB_API_URL: github.url, ...options.env },
    ...(options.bundle ? { bundle: options.bundle } : {}),
  };
  const result = await runAction(runOptions);
  const sent = github.requests.map((r) => `${r.path} ${JSON.stringify(r.query)} ${r.body}`).join('\n');
  for (const secret of SECRETS) {
    for (const form of tokenForms(secret)) {
      expect(result.everything, 'the run printed or wrote a token').not.toContain(form);
      expect(sent, 'a request to GitHub carried a token in its path or body').not.toContain(form);
    }
  }
  return result;
}

const ourComments = () => github.comments.filter((c) => c.author === WORKFLOW_LOGIN && c.issueNumber === PR);
const warnings = (result: ActionRun) => result.annotations.filter((a) => a.level === 'warning');

describe('the sticky pull request comment', () => {
  it('keeps one comment: created, left alone, edited in place, resolved by a rotated healthy token', async () => {
    const onPullRequest = (token: string) => run({ token, eventName: 'pull_request', event: pullRequestEvent });

    const revoked = await onPullRequest(REVOKED_TOKEN);
    expect(revoked.exitCode).toBe(1);
    expect(revoked.outputs['status']).toBe('revoked');
    expect(ourComments()).toHaveLength(1);
    const [comment] = ourComments();
    expect(comment?.body).toContain(
      markerOf('comment', { instance: hostOf(mastodon.url), workflow: 'token health', job: 'check' }),
    );
    expect(comment?.body).toContain('Token revoked');
    expect(comment?.body).toContain('/oauth/authorized_applications');
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /repos/octo-org/bot/issues/${PR}/comments`,
    ]);

    const writesBefore = github.writes().length;
    const again = await onPullRequest(REVOKED_TOKEN);
    expect(again.exitCode).toBe(1);
    expect(github.writes()).toHaveLength(writesBefore);
    expect(again.stdout).toContain('Pull request comment left as it is: the findings are unchanged');

    const broad = await onPullRequest(BROAD_TOKEN);
    expect(broad.outputs['status']).toBe('over-scoped');
    expect(
      github
        .writes()
        .slice(writesBefore)
        .map((r) => `${r.method} ${r.path}`),
    ).toEqual([`PATCH /repos/octo-org/bot/issues/comments/${comment?.id}`]);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]?.body).toContain('Excess scopes');
    expect(ourComments()[0]?.body).not.toContain('Token revoked');

    const healthy = await onPullRequest(ROTATED_TOKEN);
    expect(healthy.exitCode).toBe(0);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]?.body).toMatch(/Resolved: token healthy/);
    expect(ourComments()[0]?.body).not.toContain('Excess scopes');

    const writesResolved = github.writes().length;
    await onPullRequest(HEALTHY_TOKEN);
    expect(github.writes()).toHaveLength(writesResolved);
    expect(github.comments).toHaveLength(1);
  });

  it('writes nothing when the token was always healthy', async () => {
    const result = await run({ token: HEALTHY_TOKEN, eventName: 'pull_request', event: pullRequestEvent });
    expect(result.exitCode).toBe(0);
    expect(github.writes()).toEqual([]);
    expect(github.comments).toEqual([]);
    expect(warnings(result)).toEqual([]);
  });

  it('keys the comment by instance and job, not by token', async () => {
    const otherInstance = await startMastodonServer(WORLD);
    try {
      await run({ token: REVOKED_TOKEN, eventName: 'pull_request', event: pullRequestEvent });
      await run({
        token: REVOKED_TOKEN,
        eventName: 'pull_request',
        event: pullRequestEvent,
        env: { GITHUB_JOB: 'other' },
      });
      const inputs = { instance: otherInstance.url };
      await run({ token: REVOKED_TOKEN, eventName: 'pull_request', event: pullRequestEvent, inputs });
    } finally {
      await otherInstance.close();
    }
    expect(ourComments()).toHaveLength(3);
    const writes = github.writes().length;
    await run({
      token: SUSPENDED_TOKEN,
      eventName: 'pull_request',
      event: pullRequestEvent,
      env: { GITHUB_JOB: 'other' },
    });
    expect(github.writes()).toHaveLength(writes + 1);
    expect(github.writes().at(-1)?.method).toBe('PATCH');
    expect(ourComments()).toHaveLength(3);
  });

  it("never edits someone else's comment that carries the marker, and finds its own past the first page", async () => {
    const marker = markerOf('comment', { instance: hostOf(mastodon.url), workflow: 'token health', job: 'check' });
    const planted = github.addComment(PR, `${marker}\nplease edit me`, 'mallory');
    for (let i = 0; i < 120; i++) github.addComment(PR, `review comment ${i}`, 'reviewer');

    await run({ token: REVOKED_TOKEN, eventName: 'pull_request', event: pullRequestEvent });
    expect(github.writes().map((r) => r.method)).toEqual(['POST']);
    expect(planted.body).toBe(`${marker}\nplease edit me`);
    expect(github.requests.some((r) => r.path.endsWith(`/issues/${PR}/comments`) && r.query['page'] === '2')).toBe(
      true,
    );

    await run({ token: BROAD_TOKEN, eventName: 'pull_request', event: pullRequestEvent });
    expect(github.writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(github.writes()[1]?.path).toBe(`/repos/octo-org/bot/issues/comments/${ourComments()[0]?.id}`);
    expect(planted.body).toBe(`${marker}\nplease edit me`);
  });

  it("writes as a personal access token's user and finds the comment again, also when GraphQL is unavailable", async () => {
    const withPat = { 'github-token': PAT_TOKEN };
    await run({ token: REVOKED_TOKEN, eventName: 'pull_request', event: pullRequestEvent, inputs: withPat });
    expect(github.comments.map((c) => c.author)).toEqual([PAT_LOGIN]);

    github.fail({ method: 'POST', path: '/graphql', status: 502 });
    await run({ token: BROAD_TOKEN, eventName: 'pull_request', event: pullRequestEvent, inputs: withPat });
    expect(github.requests.some((r) => r.method === 'GET' && r.path === '/user')).toBe(true);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toContain('Excess scopes');
  });

  it('comments on any event with a pull request with `comment: always`, and never with `comment: never`', async () => {
    const issueComment = { issue: { number: PR, pull_request: { url: 'x' } }, repository: repo };
    await run({ token: REVOKED_TOKEN, eventName: 'issue_comment', event: issueComment });
    expect(github.requests).toEqual([]);
    await run({ token: REVOKED_TOKEN, eventName: 'issue_comment', event: issueComment, inputs: { comment: 'always' } });
    expect(ourComments()).toHaveLength(1);

    github.requests.length = 0;
    await run({ token: BROAD_TOKEN, eventName: 'pull_request', event: pullRequestEvent, inputs: { comment: 'never' } });
    expect(github.requests).toEqual([]);
  });
});

describe('the tracking issue', () => {
  const onSchedule = (token: string, inputs: Record<string, string> = {}) =>
    run({ token, eventName: 'schedule', event: { schedule: '17 6 * * *', repository: repo }, inputs });
  const openIssues = () => github.issues.filter((i) => i.state === 'open' && !i.pullRequest);

  it('opens one issue, leaves it alone while unchanged, updates it on a change, closes it with a comment', async () => {
    const marker = markerOf('issue', { instance: hostOf(mastodon.url), workflow: 'token health', job: 'check' });
    // A pull request (the issues API lists them too) carrying the marker is not the tracking issue.
    github.addIssue({ title: 'a PR', body: marker, author: WORKFLOW_LOGIN, pullRequest: true });

    const { day, result: revoked } = await sameDay(() => onSchedule(REVOKED_TOKEN));
    expect(revoked.exitCode).toBe(1);
    expect(openIssues()).toHaveLength(1);
    const [issue] = openIssues();
    expect(issue?.title).toBe(`Mastodon token on ${hostOf(mastodon.url)}: Token revoked`);
    expect(issue?.body).toContain(marker);
    expect(issue?.body).toContain('**First seen** ');
    expect(issue?.body).toContain(`**last seen** ${day} (UTC)`);

    expect(issue?.body).toContain('https://github.com/octo-org/bot/actions/runs/1001');
    expect(issue?.body).toMatch(/1\. Make a new token/);
    const firstSeen = readState(issue?.body ?? '')?.firstSeen;
    expect(firstSeen?.slice(0, 10)).toBe(day);

    const writes = github.writes().length;
    const { result: again, day: dayAgain } = await sameDay(() => onSchedule(REVOKED_TOKEN));
    if (dayAgain === day) {
      expect(github.writes()).toHaveLength(writes);
      expect(again.stdout).toContain('Tracking issue left as it is');
    }

    await onSchedule(SUSPENDED_TOKEN);
    expect(openIssues()).toHaveLength(1);
    expect(openIssues()[0]?.number).toBe(issue?.number);
    expect(openIssues()[0]?.title).toMatch(/Account unusable/);
    expect(readState(openIssues()[0]?.body ?? '')?.firstSeen).toBe(firstSeen);

    const healthy = await onSchedule(ROTATED_TOKEN);
    expect(healthy.exitCode).toBe(0);
    expect(openIssues()).toEqual([]);
    expect(issue?.state).toBe('closed');
    expect(issue?.stateReason).toBe('completed');
    const closing = github.comments.filter((c) => c.issueNumber === issue?.number);
    expect(closing).toHaveLength(1);
    expect(closing[0]?.body).toMatch(/Resolved: token healthy/);
    const order = github
      .writes()
      .slice(-2)
      .map((r) => `${r.method} ${r.path}`);
    expect(order).toEqual([
      `POST /repos/octo-org/bot/issues/${issue?.number}/comments`,
      `PATCH /repos/octo-org/bot/issues/${issue?.number}`,
    ]);

    const closedWrites = github.writes().length;
    await onSchedule(HEALTHY_TOKEN);
    expect(github.writes()).toHaveLength(closedWrites);
    expect(github.issues.filter((i) => !i.pullRequest)).toHaveLength(1);
  });

  it('opens no issue for what only warns; `on-excess: fail` makes excess scopes worth one', async () => {
    const warned = await onSchedule(BROAD_TOKEN);
    expect(warned.exitCode).toBe(0);
    expect(github.writes()).toEqual([]);

    const failed = await onSchedule(BROAD_TOKEN, { 'on-excess': 'fail' });
    expect(failed.exitCode).toBe(1);
    expect(openIssues()).toHaveLength(1);
    expect(openIssues()[0]?.title).toMatch(/Token over-scoped/);
  });

  it('asks GitHub nothing while the instance cannot be reached and that only warns', async () => {
    const result = await onSchedule(HEALTHY_TOKEN, { instance: 'http://127.0.0.1:9', 'on-unreachable': 'warn' });
    expect(result.outputs['status']).toBe('unreachable');
    expect(result.exitCode).toBe(0);
    expect(github.requests).toEqual([]);
  });

  describe('an outage: one unreachable run opens no issue, a day of them does', () => {
    const key = () => ({ instance: '127.0.0.1:9', workflow: 'token health', job: 'check' });
    const unreachable = () => onSchedule(HEALTHY_TOKEN, { instance: 'http://127.0.0.1:9', 'timeout-seconds': '3' });
    const dayAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

    it('the first unreachable run fails the step but opens no issue: it remembers the outage in a label', async () => {
      const first = await unreachable();
      expect(first.outputs['status']).toBe('unreachable');
      expect(first.exitCode).toBe(1);
      expect(openIssues()).toEqual([]);
      expect(github.labels).toEqual([
        {
          name: outageLabelName(key()),
          description: expect.stringMatching(/^mastodon-token-health: 127\.0\.0\.1:9 unreachable since 20\d\d-/),
          color: 'bfbfbf',
        },
      ]);
      expect(first.stdout).toMatch(/no tracking issue yet; one is opened if a run at .* UTC or later still cannot/);

      // A second run the same day: still no issue, the same label, no new write.
      const writes = github.writes().length;
      await unreachable();
      expect(openIssues()).toEqual([]);
      expect(github.writes()).toHaveLength(writes);
    });

    it('unreachable for a day: the issue opens, first seen when the outage began; the label goes', async () => {
      const since = dayAgo(25);
      github.labels.push({
        name: outageLabelName(key()),
        description: outageLabelDescription(key(), since),
        color: 'bfbfbf',
      });
      const result = await unreachable();
      expect(result.exitCode).toBe(1);
      expect(openIssues()).toHaveLength(1);
      expect(openIssues()[0]?.title).toBe('Mastodon token on 127.0.0.1:9: Token state unknown');
      expect(readState(openIssues()[0]?.body ?? '')).toMatchObject({ firstSeen: since, status: 'unreachable' });
      expect(github.labels).toEqual([]);
    });

    it('a run that reaches the instance again forgets the outage', async () => {
      github.labels.push({
        name: outageLabelName({ ...key(), instance: hostOf(mastodon.url) }),
        description: outageLabelDescription(key(), dayAgo(2)),
        color: 'bfbfbf',
      });
      const healthy = await onSchedule(HEALTHY_TOKEN);
      expect(healthy.outputs['status']).toBe('healthy');
      expect(github.labels).toEqual([]);
      expect(openIssues()).toEqual([]);
    });

    it('an open issue about the token itself is left as it is while the instance cannot be reached', async () => {
      const marker = markerOf('issue', key());
      const issue = github.addIssue({ title: 'Token revoked', body: `${marker}\nrevoked`, author: WORKFLOW_LOGIN });
      const writes = github.writes().length;
      const result = await unreachable();
      expect(result.stdout).toContain('says nothing new about the token: the open issue stays as it is');
      expect(issue.body).toBe(`${marker}\nrevoked`);
      expect(github.writes()).toHaveLength(writes);
    });
  });

  it('is kept on workflow_dispatch too, and not at all with `issue: never`', async () => {
    await run({ token: REVOKED_TOKEN, eventName: 'workflow_dispatch', event: {}, inputs: { issue: 'never' } });
    expect(github.requests).toEqual([]);
    await run({ token: REVOKED_TOKEN, eventName: 'workflow_dispatch', event: {} });
    expect(openIssues()).toHaveLength(1);
  });
});

describe('GitHub trouble only warns', () => {
  it('a comment the token may not write: same status and exit code, a warning that names the permission', async () => {
    github.forbidWrites();
    const result = await run({ token: REVOKED_TOKEN, eventName: 'pull_request', event: pullRequestEvent });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['status']).toBe('revoked');
    const [warning] = warnings(result);
    expect(warning?.title).toBe('Pull request comment not written');
    expect(warning?.message).toContain('`permissions: pull-requests: write`');
    expect(warning?.message).toContain(
      `POST /repos/octo-org/bot/issues/${PR}/comments: 403 (Resource not accessible by integration)`,
    );
    expect(github.comments).toEqual([]);
  });

  it('an issue the token may not write: a warning that names `issues: write`', async () => {
    github.forbidWrites();
    const result = await run({ token: SUSPENDED_TOKEN, eventName: 'schedule', event: {} });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['status']).toBe('account-unusable');
    expect(
      warnings(result)
        .map((w) => w.message)
        .join('\n'),
    ).toContain('`permissions: issues: write`');
  });

  it('a fork pull request with a token: says that the token of fork runs is read-only', async () => {
    github.forbidWrites();
    const result = await run({ token: REVOKED_TOKEN, eventName: 'pull_request', event: forkEvent });
    expect(result.exitCode).toBe(1);
    expect(warnings(result)[0]?.message).toMatch(/comes from a fork.*read-only.*pull_request_target/);
  });

  it('GitHub failing (5xx) leaves a healthy run healthy', async () => {
    github.addComment(PR, 'something', WORKFLOW_LOGIN);
    github.fail({ method: 'GET', path: /\/comments$/, status: 503 });
    const result = await run({ token: BROAD_TOKEN, eventName: 'pull_request', event: pullRequestEvent });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['status']).toBe('over-scoped');
    const messages = warnings(result).map((w) => w.message);
    expect(messages.some((m) => m.includes('503') && m.includes('the next run tries again'))).toBe(true);
  });

  it('GitHub unreachable: a warning, the outcome unchanged', async () => {
    const result = await run({
      token: REVOKED_TOKEN,
      eventName: 'pull_request',
      event: pullRequestEvent,
      env: { GITHUB_API_URL: 'http://127.0.0.1:9' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['status']).toBe('revoked');
    expect(
      warnings(result)
        .map((w) => w.message)
        .join('\n'),
    ).toMatch(/did not answer/);
  });

  it('an empty github-token: a warning, no request', async () => {
    const result = await run({
      token: REVOKED_TOKEN,
      eventName: 'schedule',
      event: {},
      inputs: { 'github-token': '' },
    });
    expect(result.exitCode).toBe(1);
    expect(github.requests).toEqual([]);
    expect(
      warnings(result)
        .map((w) => w.message)
        .join('\n'),
    ).toMatch(/input 'github-token' is empty/);
  });
});

describe('runs that keep nothing', () => {
  it('a fork pull request without secrets is skipped: exit 0, a notice that says why and what to do, no request', async () => {
    const result = await run({ token: '', eventName: 'pull_request', event: forkEvent });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['status']).toBe('skipped');
    expect(github.requests).toEqual([]);
    const notice = result.annotations.find((a) => a.level === 'notice');
    expect(notice?.title).toBe('Check skipped');
    expect(notice?.message).toMatch(/withholds repository secrets/);
    expect(notice?.message).toMatch(/See the job summary\.$/);
    expect(result.summary).toMatch(/on: schedule/);
    expect(result.summary).toMatch(/pull_request_target/);
  });

  it('a plain run never loads the GitHub chunk: it runs the same with the chunk deleted', async () => {
    // The GitHub chunks: octokit and the code that drives it. The sinks chunk (@actions/core) every run loads.
    const chunks = readdirSync(join(ROOT, 'dist')).filter(
      (f) => /^\d+\.index\.js$/.test(f) && /octokit/.test(readFileSync(join(ROOT, 'dist', f), 'utf8')),
    );
    expect(chunks.length).toBeGreaterThan(0);
    const library = /octokit-core\.js|@octokit\/request/;
    expect(readFileSync(BUNDLE, 'utf8')).not.toMatch(library);
    expect(chunks.some((f) => library.test(readFileSync(join(ROOT, 'dist', f), 'utf8')))).toBe(true);

    const copy = mkdtempSync(join(tmpdir(), 'mth-dist-'));
    try {
      cpSync(join(ROOT, 'dist'), copy, { recursive: true });
      for (const chunk of chunks) rmSync(join(copy, chunk));
      const bundle = join(copy, 'index.js');

      const plain = await run({ token: REVOKED_TOKEN, eventName: 'push', bundle });
      expect(plain.exitCode).toBe(1);
      expect(plain.outputs['status']).toBe('revoked');
      expect(warnings(plain)).toEqual([]);
      expect(github.requests).toEqual([]);

      // Where a comment is due, a missing chunk is a warning too, never a crash or another outcome.
      const pr = await run({ token: REVOKED_TOKEN, eventName: 'pull_request', event: pullRequestEvent, bundle });
      expect(pr.exitCode).toBe(1);
      expect(pr.outputs['status']).toBe('revoked');
      expect(warnings(pr).map((w) => w.title)).toEqual(['Comment or issue not written']);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

function hostOf(url: string): string {
  return new URL(url).host;
}

/** Runs `fn` and tells the UTC day it ran on; the tracking issue's "last seen" moves at most once a day. */
async function sameDay<T>(fn: () => Promise<T>): Promise<{ day: string; result: T }> {
  const before = new Date().toISOString().slice(0, 10);
  const result = await fn();
  const after = new Date().toISOString().slice(0, 10);
  return { day: before === after ? before : after, result };
}
