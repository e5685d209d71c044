import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readAction, ROOT } from '../scripts/docs.ts';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const usage = readme.slice(readme.indexOf('## Usage'), readme.indexOf('## Inputs'));
const workflows = [...usage.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => m[1] ?? '')
  .filter((text) => /^jobs:/m.test(text))
  .map((text) => parse(text) as Workflow);
const inputs = Object.keys(readAction().inputs);
const ours = (workflow: Workflow) =>
  Object.values(workflow.jobs).flatMap((job) => job.steps.filter((s) => s.uses?.includes('mastodon-token-health')));

describe("the README's ready-to-copy workflows", () => {
  it('cover the gate, the schedule, the pull request, the fork-safe pull request and the scan of the code', () => {
    expect(workflows.map((w) => Object.keys(w.on).sort().join(' '))).toEqual([
      'push',
      'schedule workflow_dispatch',
      'pull_request',
      'pull_request_target',
      'pull_request',
    ]);
  });

  it('declare the least permissions each needs', () => {
    const permissions = workflows.map((w) => w.permissions);
    expect(permissions).toEqual([
      { contents: 'read' },
      { issues: 'write' },
      { 'pull-requests': 'write' },
      { 'pull-requests': 'write' },
      { contents: 'read' },
    ]);
  });

  it('scan the code on pull_request only after checking it out, never with pull_request_target', () => {
    const scanning = workflows.filter((w) =>
      Object.values(w.jobs).some((job) => ours({ ...w, jobs: { job } }).some((s) => s.with?.['source-paths'])),
    );
    expect(scanning.map((w) => Object.keys(w.on).join(' '))).toEqual(['pull_request']);
    const steps = Object.values(scanning[0]?.jobs ?? {}).flatMap((job) => job.steps);
    expect(steps.findIndex((s) => s.uses?.startsWith('actions/checkout'))).toBe(0);
  });

  it('pass only inputs that action.yml declares, and the token from a secret', () => {
    for (const step of workflows.flatMap(ours)) {
      for (const name of Object.keys(step.with ?? {})) expect(inputs).toContain(name);
      expect(step.with?.['token']).toBe('${{ secrets.MASTODON_TOKEN }}');
    }
  });

  it('never check out code in the pull_request_target workflow', () => {
    const target = workflows.find((w) => 'pull_request_target' in w.on);
    const steps = Object.values(target?.jobs ?? {}).flatMap((job) => job.steps);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.filter((s) => s.uses?.startsWith('actions/checkout'))).toEqual([]);
  });
});

describe("the README's several-bots examples", () => {
  const part = readme.slice(readme.indexOf('## Several bots in one step'), readme.indexOf('## Pinning a version'));
  const blocks = [...part.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1] ?? '') as Record<string, unknown>);

  it('the file parses as the action reads it, with no problem', async () => {
    const { parseBotsFile } = await import('../src/config/bots-file.ts');
    const text = /```yaml\n(# \.github\/mastodon-bots\.yml[\s\S]*?)```/.exec(part)?.[1] ?? '';
    const file = parseBotsFile('.github/mastodon-bots.yml', text);
    expect(file.problems).toEqual([]);
    expect(file.bots.map((b) => [b.name, b.tokenEnv, b.problems])).toEqual([
      ['release-bot', 'RELEASE_BOT_TOKEN', []],
      ['digest', 'DIGEST_TOKEN', []],
    ]);
  });

  it('the workflows pass only declared inputs, tokens from secrets, and ask for the least permissions', () => {
    const workflows = blocks.filter((b) => 'jobs' in b) as unknown as Workflow[];
    expect(workflows.length).toBe(3);
    for (const workflow of workflows) {
      for (const step of ours(workflow)) {
        for (const name of Object.keys(step.with ?? {})) expect(inputs).toContain(name);
      }
      const permissions = workflow.permissions ?? Object.values(workflow.jobs)[0]?.permissions;
      expect(permissions).toEqual({ contents: 'read', issues: 'write' });
    }
  });
});
