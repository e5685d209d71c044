/**
 * The GitHub API calls, each a small function that takes the client (as sticky-pull-request-comment's
 * `createComment(octokit, …)`), so that what they send is plain to see and the callers stay free of HTTP.
 */
import type { GitHubClient } from './client.ts';
import type { Repository } from '../../inputs/run-context.ts';
import { asRecord } from '../../util/records.ts';

/** A comment or an issue as the author check and the marker need it. */
export interface Written {
  readonly id: number;
  readonly number: number;
  readonly body: string;
  readonly author: string;
}

/**
 * Bounds on looking for what an earlier run wrote: the first match ends the search, and a repository with thousands
 * of comments or issues, or a server that pages forever, costs at most this many pages and bytes.
 */
export const PAGE_SIZE = 50;
export const MAX_PAGES = 10;
export const MAX_LISTED_BYTES = 8 * 1024 * 1024;

/** GitHub answered with success but not with its API's JSON: a proxy, a captive portal, another server. */
export class NotGitHubAnswer extends Error {
  override readonly name = 'NotGitHubAnswer';
  constructor(what: string, contentType: string) {
    super(
      `${what}: GitHub's API answered with success but not with its JSON (${contentType || 'no content type'}); a proxy, a captive portal or a GITHUB_API_URL that is not GitHub's API?`,
    );
  }
}

interface Answer {
  readonly data: unknown;
  readonly headers: Readonly<Record<string, unknown>>;
}

const contentTypeOf = (answer: Answer) => String(answer.headers['content-type'] ?? '').split(';')[0] ?? '';

/** The `html_url` of a write, which a success must carry. */
function htmlUrlOf(answer: Answer, what: string): string {
  const url = asRecord(answer.data)?.['html_url'];
  if (typeof url !== 'string') throw new NotGitHubAnswer(what, contentTypeOf(answer));
  return url;
}

function writtenFrom(item: unknown, number: number | undefined): Written | undefined {
  const r = asRecord(item);
  const id = r?.['id'];
  const itemNumber = number ?? r?.['number'];
  if (!r || typeof id !== 'number' || typeof itemNumber !== 'number') return undefined;
  const body = typeof r['body'] === 'string' ? r['body'] : '';
  const author = asRecord(r['user'])?.['login'];
  return { id, number: itemNumber, body, author: typeof author === 'string' ? author : '' };
}

/** Page after page until the first item that `isMine`, the last page, or a bound. */
async function findInPages(
  what: string,
  fetchPage: (page: number) => Promise<Answer>,
  toWritten: (item: unknown) => Written | undefined,
  isMine: (item: Written) => boolean,
  debug: (line: string) => void,
): Promise<Written | undefined> {
  let bytes = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await fetchPage(page);
    if (!Array.isArray(answer.data)) throw new NotGitHubAnswer(what, contentTypeOf(answer));
    for (const item of answer.data) {
      const written = toWritten(item);
      if (!written) continue;
      if (isMine(written)) return written;
      bytes += written.body.length;
    }
    if (answer.data.length < PAGE_SIZE) return undefined;
    if (bytes > MAX_LISTED_BYTES) {
      debug(`${what}: stopped after ${page} pages (${bytes} bytes) without a match.`);
      return undefined;
    }
  }
  debug(`${what}: stopped after ${MAX_PAGES} pages without a match.`);
  return undefined;
}

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

/** This job's comment on a pull request, if an earlier run wrote one: the oldest match. */
export function findIssueComment(
  octokit: GitHubClient,
  repository: Repository,
  issueNumber: number,
  isMine: (item: Written) => boolean,
  debug: (line: string) => void,
): Promise<Written | undefined> {
  return findInPages(
    `GET the comments of #${issueNumber}`,
    (page) => octokit.rest.issues.listComments({ ...repository, issue_number: issueNumber, per_page: PAGE_SIZE, page }),
    (item) => writtenFrom(item, issueNumber),
    isMine,
    debug,
  );
}

/**
 * This job's open tracking issue, if an earlier run opened one: only the open issues this token's login created
 * (`creator`), oldest first, never every open issue of the repository. A closed tracking issue stays closed, and a
 * new breakage opens a new one.
 */
export function findOpenIssue(
  octokit: GitHubClient,
  repository: Repository,
  creator: string,
  isMine: (item: Written) => boolean,
  debug: (line: string) => void,
): Promise<Written | undefined> {
  return findInPages(
    `GET the open issues by ${creator}`,
    (page) =>
      octokit.rest.issues.listForRepo({
        ...repository,
        state: 'open',
        creator,
        sort: 'created',
        direction: 'asc',
        per_page: PAGE_SIZE,
        page,
      }),
    // The issues API lists pull requests too.
    (item) => (asRecord(item)?.['pull_request'] ? undefined : writtenFrom(item, undefined)),
    (item) => item.author === creator && isMine(item),
    debug,
  );
}

export async function createIssueComment(
  octokit: GitHubClient,
  repository: Repository,
  issueNumber: number,
  body: string,
): Promise<string> {
  const answer = await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
  return htmlUrlOf(answer, `POST a comment on #${issueNumber}`);
}

export async function updateIssueComment(
  octokit: GitHubClient,
  repository: Repository,
  commentId: number,
  body: string,
): Promise<string> {
  const answer = await octokit.rest.issues.updateComment({ ...repository, comment_id: commentId, body });
  return htmlUrlOf(answer, `PATCH comment ${commentId}`);
}

export async function createIssue(
  octokit: GitHubClient,
  repository: Repository,
  title: string,
  body: string,
): Promise<string> {
  const answer = await octokit.rest.issues.create({ ...repository, title, body });
  return htmlUrlOf(answer, 'POST an issue');
}

export async function updateIssue(
  octokit: GitHubClient,
  repository: Repository,
  issueNumber: number,
  title: string,
  body: string,
): Promise<string> {
  const answer = await octokit.rest.issues.update({ ...repository, issue_number: issueNumber, title, body });
  return htmlUrlOf(answer, `PATCH issue #${issueNumber}`);
}

export async function closeIssue(octokit: GitHubClient, repository: Repository, issueNumber: number): Promise<string> {
  const answer = await octokit.rest.issues.update({
    ...repository,
    issue_number: issueNumber,
    state: 'closed',
    state_reason: 'completed',
  });
  return htmlUrlOf(answer, `PATCH issue #${issueNumber}`);
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

/** A label's description, or undefined when the repository has no label of that name. */
export async function getLabelDescription(
  octokit: GitHubClient,
  repository: Repository,
  name: string,
): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.issues.getLabel({ ...repository, name });
    return data.description ?? '';
  } catch (error) {
    if (apiFailureOf(error).status === 404) return undefined;
    throw error;
  }
}

export async function createLabel(
  octokit: GitHubClient,
  repository: Repository,
  name: string,
  description: string,
): Promise<void> {
  await octokit.rest.issues.createLabel({ ...repository, name, description, color: 'bfbfbf' });
}

/** Deletes a label; one already gone is fine. */
export async function deleteLabel(octokit: GitHubClient, repository: Repository, name: string): Promise<void> {
  try {
    await octokit.rest.issues.deleteLabel({ ...repository, name });
  } catch (error) {
    if (apiFailureOf(error).status !== 404) throw error;
  }
}
