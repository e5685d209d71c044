/**
 * What the workflow run says about where a report belongs, read from the runner's environment and event file.
 * Plain Node only: this runs on every run, and @actions/github (its `context`) is loaded only when a comment or an
 * issue is to be written.
 */
import { readFileSync } from 'node:fs';
import { asRecord } from '../../mastodon/answers.ts';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

export interface RunEvent {
  readonly eventName: string;
  readonly repository: Repository | undefined;
  /** The workflow's name (GITHUB_WORKFLOW) and the job's id (GITHUB_JOB): with the instance, the sticky key. */
  readonly workflow: string;
  readonly job: string;
  /** The pull request the event is about: `pull_request*` payloads, or an `issue_comment` on a pull request. */
  readonly pullRequest: { readonly number: number; readonly fromFork: boolean } | undefined;
  /** A link to this run, for "first seen" and "last seen"; empty when the environment does not tell. */
  readonly runUrl: string;
}

export function readRunEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  return runEventFrom(env, readPayload(env['GITHUB_EVENT_PATH']));
}

function readPayload(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // No payload, or not JSON: the run is treated as one without a pull request.
    return undefined;
  }
}

export function runEventFrom(env: NodeJS.ProcessEnv, payload: unknown): RunEvent {
  const body = asRecord(payload);
  const repository = repositoryOf(env['GITHUB_REPOSITORY'] ?? '') ?? repositoryOf(fullNameOf(body?.['repository']));
  const server = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
  const runId = env['GITHUB_RUN_ID'] ?? '';
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    repository,
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    pullRequest: pullRequestOf(body),
    runUrl:
      repository && /^\d+$/.test(runId) ? `${server}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : '',
  };
}

function pullRequestOf(payload: Record<string, unknown> | undefined): RunEvent['pullRequest'] {
  const pullRequest = asRecord(payload?.['pull_request']);
  if (pullRequest && isNumber(pullRequest['number'])) {
    const head = fullNameOf(asRecord(pullRequest['head'])?.['repo']);
    const base = fullNameOf(asRecord(pullRequest['base'])?.['repo']);
    // A deleted fork leaves `head.repo` null: still a fork.
    return { number: pullRequest['number'], fromFork: head !== base };
  }
  const issue = asRecord(payload?.['issue']);
  if (issue && issue['pull_request'] && isNumber(issue['number'])) return { number: issue['number'], fromFork: false };
  return undefined;
}

function repositoryOf(fullName: string): Repository | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName);
  return match ? { owner: match[1] as string, repo: match[2] as string } : undefined;
}

function fullNameOf(repository: unknown): string {
  const name = asRecord(repository)?.['full_name'];
  return typeof name === 'string' ? name : '';
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;
