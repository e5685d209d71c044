/**
 * Several bots in one step (`config`): the bundled action run as the runner runs it, against several loopback
 * instances, with healthy, revoked, over-scoped, unreachable and misconfigured bots; then the comment and the issue
 * across runs as bots break and heal, against the loopback GitHub API.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as world from './support/mastodon-server.ts';
import { startMastodonServer, type MastodonServer } from './support/mastodon-server.ts';
import { expectNoToken } from './support/canary.ts';
import { runAction, type ActionRun } from './support/run-action.ts';
import { startGitHubServer, WORKFLOW_TOKEN, type GitHubServer } from './support/github-server.ts';

let one: MastodonServer;
let two: MastodonServer;
let workspace: string;

beforeAll(async () => {
  one = await startMastodonServer(world.demoWorld());
  two = await startMastodonServer(world.demoWorld());
  workspace = mkdtempSync(join(tmpdir(), 'mth-bots-'));
});
afterAll(async () => {
  await Promise.all([one.close(), two.close()]);
  rmSync(workspace, { recursive: true, force: true });
});

const TOKENS = {
  RELEASE_TOKEN: world.TOKEN_HEALTHY,
  DIGEST_TOKEN: world.TOKEN_OVERSCOPED,
  OLD_TOKEN: world.TOKEN_REVOKED,
  MIRROR_TOKEN: world.TOKEN_NARROW,
};

function writeConfig(text: string): string {
  writeFileSync(join(workspace, 'bots.yml'), text);
  return 'bots.yml';
}

async function runBots(
  config: string,
  env: Record<string, string>,
  extra: Partial<Parameters<typeof runAction>[0]> = {},
): Promise<ActionRun> {
  const run = await runAction({
    inputs: { config, 'timeout-seconds': '10', ...(extra.inputs ?? {}) },
    env: { GITHUB_WORKSPACE: workspace, ...env, ...(extra.env ?? {}) },
    ...(extra.eventName ? { eventName: extra.eventName } : {}),
    ...(extra.event ? { event: extra.event } : {}),
  });
  for (const token of Object.values(TOKENS)) expectNoToken(run, token);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return run;
}

const fourBots = () =>
  writeConfig(
    [
      'defaults:',
      '  on-excess: fail',
      'bots:',
      '  - name: release',
      `    instance: ${one.url}`,
      '    token-env: RELEASE_TOKEN',
      '    required-scopes: write:statuses profile',
      '  - name: digest',
      `    instance: ${one.url}`,
      '    token-env: DIGEST_TOKEN',
      '    required-scopes: [write:statuses]',
      '  - name: old',
      `    instance: ${two.url}`,
      '    token-env: OLD_TOKEN',
      '  - name: mirror',
      '    instance: http://127.0.0.1:9',
      '    token-env: MIRROR_TOKEN',
      '    on-unreachable: warn',
      '  - name: forgotten',
      `    instance: ${two.url}`,
      '    token-env: FORGOTTEN_TOKEN',
      '',
    ].join('\n'),
  );

describe('several bots in one step', () => {
  it('checks every bot, each by its own rules, and reports the worst status', async () => {
    const run = await runBots(fourBots(), TOKENS);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['status']).toBe('input-error');
    const report = JSON.parse(run.outputs['report'] ?? '{}');
    const status = (name: string) => report.bots[name].status;
    expect(Object.keys(report.bots)).toEqual(['release', 'digest', 'old', 'mirror', 'forgotten']);
    expect([status('release'), status('digest'), status('old'), status('mirror'), status('forgotten')]).toEqual([
      'healthy',
      'over-scoped',
      'revoked',
      'unreachable',
      'input-error',
    ]);
    // Each bot's report has the one-bot shape.
    expect(report.bots.release.account.handle).toBe('@bot@social.example');
    expect(report.bots.digest.scopes.excess).toEqual(['follow', 'push', 'read', 'write']);
    // The policies: the file's default (on-excess: fail) and a bot's own (on-unreachable: warn).
    expect(report.bots.digest.failed).toBe(true);
    expect(report.bots.mirror.failed).toBe(false);
  });

  it('says which variable is missing, with the file and line, and checks the others anyway', async () => {
    const run = await runBots(fourBots(), TOKENS);
    const forgotten = run.annotations.find((a) => a.title.includes('forgotten'));
    expect(forgotten?.message).toMatch(
      /bots\.yml:\d+: bot 'forgotten': the environment variable FORGOTTEN_TOKEN is not set/,
    );
    expect(one.requests.length + two.requests.length).toBeGreaterThan(4);
  });

  it('writes one summary: a row per bot, then each bot that needs attention', async () => {
    const run = await runBots(fourBots(), TOKENS);
    expect(run.summary).toMatch(/^## ❌ 4 of 5 bots need attention \(`bots\.yml`\)/);
    const rows = run.summary.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual([
      '| `release`',
      '| `digest`',
      '| `old`',
      '| `mirror`',
      '| `forgotten`',
    ]);
    expect(rows[0]).toContain('`healthy`');
    expect(run.summary).toMatch(/### `digest` \(`bots\.yml:8`\)/);
    expect(run.summary).not.toMatch(/### `release`/);
    expect(run.summary).toContain('A leaked token could:');
  });

  it("reads each bot's own source-paths: a bot whose code uploads images without declaring it is under-declared", async () => {
    mkdirSync(join(workspace, 'bots', 'gallery'), { recursive: true });
    writeFileSync(
      join(workspace, 'bots', 'gallery', 'post.py'),
      [
        'import requests',
        'def post(base, token, image):',
        "    media = requests.post(f'{base}/api/v2/media', headers=auth(token), files={'file': image}).json()",
        "    requests.post(f'{base}/api/v1/statuses', headers=auth(token), data={'status': 'hi', 'media_ids[]': media['id']})",
        '',
      ].join('\n'),
    );
    const config = writeConfig(
      [
        'bots:',
        '  - name: gallery',
        `    instance: ${one.url}`,
        '    token-env: RELEASE_TOKEN',
        '    required-scopes: write:statuses profile',
        '    source-paths: bots/gallery',
        '  - name: plain',
        `    instance: ${one.url}`,
        '    token-env: RELEASE_TOKEN',
        '    required-scopes: write:statuses profile',
        '',
      ].join('\n'),
    );
    const run = await runBots(config, TOKENS);
    const report = JSON.parse(run.outputs['report'] ?? '{}');
    expect(report.bots.gallery.status).toBe('under-declared');
    expect(report.bots.gallery.code.needed).toEqual(['write:media', 'write:statuses']);
    expect(report.bots.gallery.code.undeclared).toEqual(['write:media']);
    expect(report.bots.plain.status).toBe('healthy');
    expect(report.bots.plain.code).toBeNull();
    expect(run.summary).toMatch(/`gallery`.*`under-declared`/);
  });

  it('a bad file stops the run before any request, naming file, line and key', async () => {
    const config = writeConfig(
      'bots:\n  - name: a\n    instance: x.example\n    tokenenv: A\n    token: not-a-secret-but-refused\n',
    );
    one.reset();
    const run = await runBots(config, {});
    expect(run.outputs['status']).toBe('input-error');
    expect(run.summary).toMatch(/bots\.yml:4: bots\[0\]\.tokenenv: Unknown key 'tokenenv': did you mean 'token-env'\?/);
    expect(run.summary).toMatch(/bots\.yml:5: .*must not hold a token/);
    expect(run.everything).not.toContain('not-a-secret-but-refused');
  });

  it('refuses instance and token beside config, and a config outside the workspace', async () => {
    const both = await runBots(fourBots(), TOKENS, { inputs: { instance: one.url } });
    expect(both.outputs['status']).toBe('input-error');
    expect(both.summary).toMatch(/`instance` is set together with/);
    const outside = await runBots('../outside.yml', TOKENS);
    expect(outside.summary).toMatch(/no file '\.\.\/outside\.yml'|outside the workspace/);
  });

  it("reads the step's timeout-seconds once, as the whole run's budget: a bad one is one error of the step's", async () => {
    one.reset();
    const run = await runBots(fourBots(), TOKENS, { inputs: { 'timeout-seconds': 'soon' } });
    expect(run.outputs['status']).toBe('input-error');
    const errors = run.annotations.filter((a) => a.level === 'error' && a.title?.startsWith('Input'));
    expect(errors.map((a) => a.title)).toEqual(['Input timeout-seconds']);
    // Nothing was asked: the run stopped before any bot was checked.
    expect(one.requests).toEqual([]);
  });

  it("says the file's problems and the step's together, one run to fix them all", async () => {
    const config = writeConfig(
      `default:\n  on-excess: fail\nbots:\n  - name: a\n    instance: ${one.url}\n    token-env: A\n`,
    );
    const run = await runBots(config, {}, { inputs: { instance: one.url, issue: 'sometimes' } });
    expect(run.outputs['status']).toBe('input-error');
    expect(run.summary).toMatch(/bots\.yml:1: default: Unknown key 'default'/);
    expect(run.summary).toMatch(/`instance` is set together with/);
    expect(run.summary).toMatch(/issue/);
  });
});

describe('one comment and one issue for all bots of the job', () => {
  let github: GitHubServer;
  beforeAll(async () => {
    github = await startGitHubServer();
  });
  afterAll(async () => {
    await github.close();
  });

  it('opens one issue while any bot is unhealthy, updates it bot by bot, and closes it when all are healthy', async () => {
    const config = writeConfig(
      [
        'bots:',
        '  - name: release',
        `    instance: ${one.url}`,
        '    token-env: RELEASE_TOKEN',
        '    required-scopes: write:statuses profile',
        '  - name: old',
        `    instance: ${two.url}`,
        '    token-env: OLD_TOKEN',
        '',
      ].join('\n'),
    );
    const scheduled = (env: Record<string, string>) =>
      runBots(config, env, {
        eventName: 'schedule',
        event: { schedule: '17 6 * * *', repository: { full_name: 'octo-org/bot' } },
        inputs: { 'github-token': WORKFLOW_TOKEN },
        env: { GITHUB_API_URL: github.url },
      });
    const first = await scheduled({ RELEASE_TOKEN: world.TOKEN_HEALTHY, OLD_TOKEN: world.TOKEN_REVOKED });
    expect(first.exitCode).toBe(1);
    const open = github.issues.filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect(open[0]?.title).toBe('Mastodon bots of bots.yml: 1 of 2 bots needs attention');
    expect(open[0]?.body).toMatch(/`old`/);

    // The old bot gets a new token: the issue closes, with one resolving comment.
    const healed = await scheduled({ RELEASE_TOKEN: world.TOKEN_HEALTHY, OLD_TOKEN: world.TOKEN_HEALTHY });
    expect(healed.exitCode).toBe(0);
    expect(github.issues.filter((i) => i.state === 'open')).toHaveLength(0);
    expect(github.issues).toHaveLength(1);
  });
});
