/**
 * The GitHub API calls, each a small function that takes the client (as sticky-pull-request-comment's
 * `createComment(octokit, …)`), so that what they send is plain to see and the callers stay free of HTTP.
 */
import type { GitHubClient } from './client.ts';
import type { Repository } from '../../inputs/run-context.ts';

/** A comment or an issue as the author check and the marker need it. */
export interface Written {
  readonly id: number;
  readonly number: number;
  readonly body: string;
  readonly author: string;
}

const PAGE = { per_page: 100 } as const;

/**
 * The login this token writes as, for the author check. GraphQL `viewer` answers for every kind of token: the
 * workflow's GITHUB_TOKEN (`github-actions[bot]`), a GitHub App installation token (`<slug>[bot]`) and a personal
 * access token (its user). REST `GET /user` refuses installation tokens (403 "Resource not accessible by
 * integration"), so it is only the second try, for a server whose GraphQL endpoint is unavailable. Last comes
 * `github-actions[bot]`, the author with the default token: a wrong guess costs a second comment, never someone
 * else's edited.
 */
export async function whoAmI(octokit: GitHubClient, debug: (line: string) => void): Promise<string> {
  try {
    const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    if (typeof answer.viewer?.login === 'string' && answer.viewer.login) return answer.viewer.login;
  } catch (error) {
    debug(`GraphQL viewer did not answer (${describe(error)}); trying GET /user.`);
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    if (data.login) return data.login;
  } catch (error) {
    debug(`GET /user did not answer (${describe(error)}); assuming the default token's github-actions[bot].`);
  }
  return 'github-actions[bot]';
}

export async function listIssueComments(
  octokit: GitHubClient,
  repository: Repository,
  issueNumber: number,
): Promise<Written[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repository,
    issue_number: issueNumber,
    ...PAGE,
  });
  return comments.map((c) => ({ id: c.id, number: issueNumber, body: c.body ?? '', author: c.user?.login ?? '' }));
}

export async function createIssueComment(
  octokit: GitHubClient,
  repository: Repository,
  issueNumber: number,
  body: string,
): Promise<string> {
  const { data } = await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
  return data.html_url;
}

export async function updateIssueComment(
  octokit: GitHubClient,
  repository: Repository,
  commentId: number,
  body: string,
): Promise<string> {
  const { data } = await octokit.rest.issues.updateComment({ ...repository, comment_id: commentId, body });
  return data.html_url;
}

/** Open issues only: a closed tracking issue stays closed, and a new breakage opens a new one. */
export async function listOpenIssues(octokit: GitHubClient, repository: Repository): Promise<Written[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repository, state: 'open', ...PAGE });
  return issues
    .filter((issue) => !issue.pull_request) // the issues API lists pull requests too
    .map((i) => ({ id: i.id, number: i.number, body: i.body ?? '', author: i.user?.login ?? '' }));
}

export async function createIssue(
  octokit: GitHubClient,
  repository: Repository,
  title: string,
  body: string,
): Promise<string> {
  const { data } = await octokit.rest.issues.create({ ...repository, title, body });
  return data.html_url;
}

export async function updateIssue(
  octokit: GitHubClient,
  repository: Repository,
  issueNumber: number,
  title: string,
  body: string,
): Promise<string> {
  const { data } = await octokit.rest.issues.update({ ...repository, issue_number: issueNumber, title, body });
  return data.html_url;
}

export async function closeIssue(octokit: GitHubClient, repository: Repository, issueNumber: number): Promise<string> {
  const { data } = await octokit.rest.issues.update({
    ...repository,
    issue_number: issueNumber,
    state: 'closed',
    state_reason: 'completed',
  });
  return data.html_url;
}

/** What an API failure was, in one line: method, path, status and GitHub's message. */
export function describe(error: unknown): string {
  const failure = apiFailureOf(error);
  const where = failure.method && failure.path ? `${failure.method} ${failure.path}: ` : '';
  if (failure.status === undefined) return `${where}no answer (${failure.message})`;
  return `${where}${failure.status}${failure.message ? ` (${failure.message})` : ''}`;
}

export interface ApiFailure {
  /** The HTTP status, when GitHub answered; undefined for network faults and timeouts. */
  readonly status: number | undefined;
  readonly message: string;
  readonly method: string;
  readonly path: string;
}

export function apiFailureOf(error: unknown): ApiFailure {
  const e = (error ?? {}) as {
    status?: unknown;
    message?: unknown;
    response?: { status?: unknown; data?: unknown };
    request?: { method?: unknown; url?: unknown };
  };
  const data = e.response?.data as { message?: unknown } | undefined;
  const status = typeof e.response?.status === 'number' ? e.response.status : undefined;
  const url = typeof e.request?.url === 'string' ? e.request.url : '';
  let path = url;
  try {
    path = url ? new URL(url).pathname : '';
  } catch {
    // not a URL: keep it as it is
  }
  return {
    status,
    message:
      typeof data?.message === 'string' ? data.message : typeof e.message === 'string' ? e.message : String(error),
    method: typeof e.request?.method === 'string' ? e.request.method : '',
    path,
  };
}
