/**
 * A GitHub-API-compatible HTTP server for tests, on 127.0.0.1 and an ephemeral port: the REST and GraphQL endpoints
 * the comment and issue sinks use, with GitHub's shapes, pagination (`per_page`, `page`, `Link`), its permission
 * answer (403 "Resource not accessible by integration") and 5xx on demand. It records every request.
 * Point the action at it with GITHUB_API_URL.
 *
 * Runs under vitest and directly under Node 24 (type stripping): erasable syntax only, `.ts` imports.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createSecretsVault, type SecretsVault } from './github-secrets.ts';

/** The workflow's default token: an installation token, writing as github-actions[bot]. */
export const WORKFLOW_TOKEN = 'ghs_workflowtoken000000000000000000000000';
export const WORKFLOW_LOGIN = 'github-actions[bot]';
/** A personal access token of a user who runs the bot. */
export const PAT_TOKEN = 'github_pat_botmaintainer00000000000000000000';
export const PAT_LOGIN = 'bot-maintainer';

export interface RecordedRequest {
  readonly method: string;
  /** Path without the query. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly authorization: string;
  readonly body: string;
}

export interface StoredComment {
  readonly id: number;
  readonly issueNumber: number;
  body: string;
  readonly author: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface StoredIssue {
  readonly number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  readonly author: string;
  readonly pullRequest: boolean;
}

export interface StoredLabel {
  readonly name: string;
  description: string;
  color: string;
}

export interface FailureRule {
  readonly method?: string;
  /** Matched against the path (no query); a string must match whole. */
  readonly path?: string | RegExp;
  readonly status: number;
  readonly message?: string;
}

/** A canned answer for fault injection, or a request left unanswered. */
export type GitHubIntercept =
  | { readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string }
  | { readonly hang: true };

export interface GitHubServerOptions {
  /** `owner/repo`: any other repository is 404, as for a token that may not see it. */
  readonly repository?: string;
  /** Called first for every request (after it is recorded); undefined lets the normal behaviour answer. */
  readonly intercept?: (request: RecordedRequest) => GitHubIntercept | undefined;
  /** Login for each token; an unknown one is 401 "Bad credentials". Tokens starting `ghs_` are installation tokens. */
  readonly tokens?: Readonly<Record<string, string>>;
}

export interface GitHubServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  readonly comments: StoredComment[];
  readonly issues: StoredIssue[];
  /** The repository's labels (the outage memory of sinks/github/marker.ts). */
  readonly labels: StoredLabel[];
  /** The repository's Actions secrets (github-secrets.ts): what `mint --github-secret` stored, opened. */
  readonly secrets: SecretsVault;
  /** Requests that change something (every POST, PATCH, PUT or DELETE but GraphQL queries). */
  writes(): RecordedRequest[];
  /** Answer matching requests with an error until `clearFailures()`. */
  fail(rule: FailureRule): void;
  clearFailures(): void;
  /** Refuse every write as GitHub does when the token lacks the permission. */
  forbidWrites(): void;
  addComment(issueNumber: number, body: string, author: string): StoredComment;
  addIssue(fields: { title: string; body: string; author: string; pullRequest?: boolean }): StoredIssue;
  close(): Promise<void>;
}

const FORBIDDEN = 'Resource not accessible by integration';
const DOCS = 'https://docs.github.com/rest';

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const repository = options.repository ?? 'octo-org/bot';
  const tokens: Readonly<Record<string, string>> = options.tokens ?? {
    [WORKFLOW_TOKEN]: WORKFLOW_LOGIN,
    [PAT_TOKEN]: PAT_LOGIN,
  };
  const requests: RecordedRequest[] = [];
  const comments: StoredComment[] = [];
  const issues: StoredIssue[] = [];
  const labels: StoredLabel[] = [];
  let failures: FailureRule[] = [];
  let nextCommentId = 9000;
  let url = '';
  const secrets = await createSecretsVault();

  const addComment = (issueNumber: number, body: string, author: string): StoredComment => {
    const now = new Date().toISOString();
    const comment = { id: nextCommentId++, issueNumber, body, author, createdAt: now, updatedAt: now };
    comments.push(comment);
    return comment;
  };
  const addIssue = (fields: { title: string; body: string; author: string; pullRequest?: boolean }): StoredIssue => {
    const issue: StoredIssue = {
      number: issues.reduce((max, i) => Math.max(max, i.number), 0) + 1,
      title: fields.title,
      body: fields.body,
      state: 'open',
      stateReason: null,
      author: fields.author,
      pullRequest: fields.pullRequest ?? false,
    };
    issues.push(issue);
    return issue;
  };

  const user = (login: string) => ({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });
  const htmlBase = () => `https://github.com/${repository}`;
  const commentJson = (c: StoredComment) => ({
    id: c.id,
    body: c.body,
    user: user(c.author),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    html_url: `${htmlBase()}/issues/${c.issueNumber}#issuecomment-${c.id}`,
  });
  const issueJson = (i: StoredIssue) => ({
    id: 5000 + i.number,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.stateReason,
    user: user(i.author),
    html_url: `${htmlBase()}/${i.pullRequest ? 'pull' : 'issues'}/${i.number}`,
    ...(i.pullRequest ? { pull_request: { url: `${url}/repos/${repository}/pulls/${i.number}` } } : {}),
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const full = new URL(req.url ?? '/', url);
    const method = req.method ?? 'GET';
    const path = full.pathname;
    const query = Object.fromEntries(full.searchParams);
    const recorded = { method, path, query, authorization: req.headers.authorization ?? '', body };
    requests.push(recorded);
    const intercepted = options.intercept?.(recorded);
    if (intercepted && 'hang' in intercepted) return;
    if (intercepted) {
      res.writeHead(intercepted.status, { ...intercepted.headers });
      res.end(intercepted.body ?? '');
      return;
    }
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(json));
    };

    const failure = failures.find(
      (rule) =>
        (rule.method === undefined || rule.method === method) &&
        (rule.path === undefined || (typeof rule.path === 'string' ? rule.path === path : rule.path.test(path))),
    );
    if (failure) {
      send(failure.status, { message: failure.message ?? defaultMessage(failure.status), documentation_url: DOCS });
      return;
    }

    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const login = tokens[token];
    if (login === undefined) {
      send(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      return;
    }
    let json: Record<string, unknown> = {};
    try {
      json = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    } catch {
      send(400, { message: 'Problems parsing JSON', documentation_url: DOCS });
      return;
    }

    if (method === 'POST' && path === '/graphql') {
      const query = typeof json['query'] === 'string' ? json['query'] : '';
      if (/\bviewer\s*\{\s*login\s*\}/.test(query)) send(200, { data: { viewer: { login } } });
      else send(200, { errors: [{ message: 'this test server answers only `viewer { login }`' }] });
      return;
    }
    if (method === 'GET' && path === '/user') {
      if (token.startsWith('ghs_')) send(403, { message: FORBIDDEN, documentation_url: DOCS, status: '403' });
      else send(200, user(login));
      return;
    }

    const repo = /^\/repos\/([^/]+\/[^/]+)(\/.*)$/.exec(path);
    if (!repo || repo[1] !== repository) {
      send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      return;
    }
    const route = repo[2] ?? '';
    let match: RegExpExecArray | null;

    if (route.startsWith('/actions/secrets')) {
      // The workflow's GITHUB_TOKEN has no `secrets` permission: only a user's token may read the key and write.
      if (token.startsWith('ghs_')) return send(403, { message: FORBIDDEN, documentation_url: DOCS, status: '403' });
      const answer = secrets.answer(method, route, json);
      if (answer?.status === 204) {
        res.writeHead(204);
        res.end();
        return;
      }
      if (answer) return send(answer.status, answer.json ?? {});
    }

    if ((match = /^\/issues\/(\d+)\/comments$/.exec(route))) {
      const issueNumber = Number(match[1]);
      if (method === 'GET') {
        const page = paginate(
          comments.filter((c) => c.issueNumber === issueNumber),
          full,
        );
        send(200, page.items.map(commentJson), page.headers);
        return;
      }
      if (method === 'POST' && typeof json['body'] === 'string') {
        send(201, commentJson(addComment(issueNumber, json['body'], login)));
        return;
      }
    }
    if ((match = /^\/issues\/comments\/(\d+)$/.exec(route)) && method === 'PATCH') {
      const comment = comments.find((c) => c.id === Number(match?.[1]));
      if (!comment) return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      if (typeof json['body'] === 'string') comment.body = json['body'];
      comment.updatedAt = new Date().toISOString();
      send(200, commentJson(comment));
      return;
    }
    if (route === '/issues') {
      if (method === 'GET') {
        const state = full.searchParams.get('state') ?? 'open';
        // `creator`: the login that opened the issue, as GitHub filters it.
        const creator = full.searchParams.get('creator');
        const direction = full.searchParams.get('direction') === 'asc' ? 1 : -1;
        const page = paginate(
          issues
            .filter((i) => (state === 'all' || i.state === state) && (creator === null || i.author === creator))
            .sort((a, b) => (a.number - b.number) * direction),
          full,
        );
        send(200, page.items.map(issueJson), page.headers);
        return;
      }
      if (method === 'POST' && typeof json['title'] === 'string') {
        const issue = addIssue({
          title: json['title'],
          body: typeof json['body'] === 'string' ? json['body'] : '',
          author: login,
        });
        send(201, issueJson(issue));
        return;
      }
    }
    if (route === '/labels' && method === 'POST' && typeof json['name'] === 'string') {
      const name = json['name'];
      if (labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) {
        return send(422, { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists' }] });
      }
      // GitHub's limits: a name of at most 50 characters, a description of at most 100.
      if (name.length > 50 || String(json['description'] ?? '').length > 100) {
        return send(422, { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'invalid' }] });
      }
      const label = { name, description: String(json['description'] ?? ''), color: String(json['color'] ?? 'ededed') };
      labels.push(label);
      return send(201, { id: 1, ...label });
    }
    if ((match = /^\/labels\/([^/]+)$/.exec(route))) {
      const name = decodeURIComponent(match[1] ?? '');
      const index = labels.findIndex((l) => l.name.toLowerCase() === name.toLowerCase());
      if (index < 0) return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      if (method === 'GET') return send(200, { id: 1, ...labels[index] });
      if (method === 'DELETE') {
        labels.splice(index, 1);
        res.writeHead(204);
        res.end();
        return;
      }
    }
    if ((match = /^\/issues\/(\d+)$/.exec(route))) {
      const issue = issues.find((i) => i.number === Number(match?.[1]));
      if (!issue) return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      if (method === 'GET') return send(200, issueJson(issue));
      if (method === 'PATCH') {
        if (typeof json['title'] === 'string') issue.title = json['title'];
        if (typeof json['body'] === 'string') issue.body = json['body'];
        if (json['state'] === 'open' || json['state'] === 'closed') issue.state = json['state'];
        if (typeof json['state_reason'] === 'string') issue.stateReason = json['state_reason'];
        return send(200, issueJson(issue));
      }
    }
    send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `test server fault: ${String(error)}` }));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    comments,
    issues,
    labels,
    secrets,
    writes: () => requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql'),
    fail: (rule) => void failures.push(rule),
    clearFailures: () => void (failures = []),
    forbidWrites: () =>
      void failures.push(
        { method: 'POST', path: /^\/repos\//, status: 403, message: FORBIDDEN },
        { method: 'PATCH', path: /^\/repos\//, status: 403, message: FORBIDDEN },
      ),
    addComment,
    addIssue,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** GitHub's pagination: `per_page` (default 30, at most 100), `page` from 1, and a `Link` header with next and last. */
function paginate<T>(all: readonly T[], url: URL): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(all.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const next = new URL(url);
    next.searchParams.set('page', String(n));
    next.searchParams.set('per_page', String(perPage));
    return `<${next.toString()}>; rel="${rel}"`;
  };
  const links = [
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
  ];
  return {
    items: all.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function defaultMessage(status: number): string {
  if (status === 403) return FORBIDDEN;
  if (status === 404) return 'Not Found';
  if (status >= 500) return 'Server Error';
  return 'Error';
}
