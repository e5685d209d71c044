/**
 * What the workflow run says about itself, read once from the runner's environment and event file: whether secrets
 * may be withheld (settings), and where a report belongs (the comment and issue sinks). Plain Node only: this runs on
 * every run, and @actions/github (its `context`) is loaded only when a comment or an issue is to be written.
 */
import { readFileSync } from 'node:fs';
import { asRecord } from '../util/records.ts';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

/**
 * The pull request events, one row each. `secretsWithheldFromForks`: GitHub gives a run no repository secrets when
 * its pull request comes from a fork; not `pull_request_target`, which runs in the base repository's context.
 * `commentOnAuto`: `comment: auto` keeps a comment on it (review events would comment once per review).
 */
export const PULL_REQUEST_EVENTS: readonly {
  readonly event: string;
  readonly secretsWithheldFromForks: boolean;
  readonly commentOnAuto: boolean;
}[] = [
  { event: 'pull_request', secretsWithheldFromForks: true, commentOnAuto: true },
  { event: 'pull_request_target', secretsWithheldFromForks: false, commentOnAuto: true },
  { event: 'pull_request_review', secretsWithheldFromForks: true, commentOnAuto: false },
  { event: 'pull_request_review_comment', secretsWithheldFromForks: true, commentOnAuto: false },
];

export const secretsWithheldFromForks = (eventName: string): boolean =>
  PULL_REQUEST_EVENTS.some((e) => e.event === eventName && e.secretsWithheldFromForks);

export const commentsOnAuto = (eventName: string): boolean =>
  PULL_REQUEST_EVENTS.some((e) => e.event === eventName && e.commentOnAuto);

export interface RunContext {
  readonly eventName: string;
  /** Who started the run (GITHUB_ACTOR): Dependabot's runs get no repository secrets. */
  readonly actor: string;
  readonly repository: Repository | undefined;
  /** The workflow's name (GITHUB_WORKFLOW) and the job's id (GITHUB_JOB): with the instance, the sticky key. */
  readonly workflow: string;
  readonly job: string;
  /** The pull request the event is about: `pull_request*` payloads, or an `issue_comment` on a pull request. */
  readonly pullRequest: { readonly number: number; readonly fromFork: boolean | undefined } | undefined;
  /** A link to this run, for "first seen" and "last seen"; empty when the environment does not tell. */
  readonly runUrl: string;
  /** Why the event payload (GITHUB_EVENT_PATH) could not be read, when it could not. */
  readonly payloadProblem?: string | undefined;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const { payload, problem } = readPayload(env['GITHUB_EVENT_PATH']);
  const context = runContextFrom(env, payload);
  return problem === undefined ? context : { ...context, payloadProblem: problem };
}

function readPayload(path: string | undefined): { payload: unknown; problem: string | undefined } {
  if (!path) return { payload: undefined, problem: 'GITHUB_EVENT_PATH is not set' };
  try {
    return { payload: JSON.parse(readFileSync(path, 'utf8')), problem: undefined };
  } catch (error) {
    // The run is then treated as one without a pull request; the caller warns where that matters.
    const why = error instanceof SyntaxError ? 'it is not JSON' : ((error as { code?: string }).code ?? 'unreadable');
    return { payload: undefined, problem: why };
  }
}

export function runContextFrom(env: NodeJS.ProcessEnv, payload: unknown): RunContext {
  const body = asRecord(payload);
  const repository = repositoryOf(env['GITHUB_REPOSITORY'] ?? '') ?? repositoryOf(fullNameOf(body?.['repository']));
  const server = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
  const runId = env['GITHUB_RUN_ID'] ?? '';
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    actor: env['GITHUB_ACTOR'] ?? '',
    repository,
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    pullRequest: pullRequestOf(body),
    runUrl:
      repository && /^\d+$/.test(runId) ? `${server}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : '',
  };
}

function pullRequestOf(payload: Record<string, unknown> | undefined): RunContext['pullRequest'] {
  const pullRequest = asRecord(payload?.['pull_request']);
  if (pullRequest && isNumber(pullRequest['number'])) {
    const headRepo = asRecord(pullRequest['head'])?.['repo'];
    const head = fullNameOf(headRepo);
    const base = fullNameOf(asRecord(pullRequest['base'])?.['repo']);
    // A deleted fork leaves `head.repo` null: still a fork. Without the base repository the payload does not tell.
    const fromFork = base === '' ? undefined : headRepo === null || head !== base;
    return { number: pullRequest['number'], fromFork };
  }
  const issue = asRecord(payload?.['issue']);
  if (issue && issue['pull_request'] && isNumber(issue['number']))
    return { number: issue['number'], fromFork: undefined };
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
