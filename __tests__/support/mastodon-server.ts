/**
 * A Mastodon-compatible HTTP server for tests, the demo and benchmarks, on 127.0.0.1 and an ephemeral port. It
 * answers as Mastodon's code does (reference: reference/mastodon-server-behaviour.md, and the
 * endpoint-scope table in __tests__/fixtures), records every request, and can inject faults.
 *
 * Runs under vitest and directly under Node 24 (type stripping): erasable syntax only, `.ts` imports.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { clientSecretOf } from './mastodon/bodies.ts';
import { gotosocialAnswer, misskeyAnswer, pleromaAnswer } from './mastodon/forks.ts';
import { mastodonAnswer } from './mastodon/mastodon.ts';
import { allParams, bearerToken, type Answer, type Incoming, type ServerState } from './mastodon/state.ts';
import type {
  FakeAccount,
  FakeApp,
  FakeToken,
  InterceptResult,
  MastodonServer,
  MastodonServerOptions,
  RecordedRequest,
} from './mastodon/types.ts';

export type {
  AccountState,
  FakeAccount,
  FakeApp,
  FakeToken,
  InterceptResult,
  MastodonServer,
  MastodonServerOptions,
  RecordedRequest,
  Software,
  TokenState,
} from './mastodon/types.ts';
export * from './mastodon/world.ts';

const DEFAULT_VERSIONS = {
  mastodon: '4.6.5',
  gotosocial: '0.20.3',
  pleroma: '2.7.0',
  akkoma: '3.16.0',
  misskey: '2025.4.1',
} as const;

function applyOptions(state: ServerState, opts: Partial<MastodonServerOptions>): void {
  if (opts.software !== undefined) state.software = opts.software;
  if (opts.version !== undefined) state.version = opts.version;
  else if (opts.software !== undefined) state.version = DEFAULT_VERSIONS[opts.software];
  if (opts.injectMastodonVersion !== undefined) state.injectMastodonVersion = opts.injectMastodonVersion;
  if (opts.domain !== undefined) state.domain = opts.domain;
  if (opts.tokenInfo !== undefined) state.tokenInfo = opts.tokenInfo;
  if (opts.lockedDown !== undefined) state.lockedDown = opts.lockedDown;
  if (opts.selfDestruct !== undefined) state.selfDestruct = opts.selfDestruct;
  if (opts.rateLimit !== undefined) state.rateLimit = opts.rateLimit;
  if (opts.defaultLocale !== undefined) state.defaultLocale = opts.defaultLocale;
  // Copies, so that revoking through /oauth/revoke never touches the caller's objects.
  if (opts.accounts) state.accounts = new Map(opts.accounts.map((a) => [a.id, { ...a }]));
  if (opts.apps) state.apps = new Map(opts.apps.map((a) => [a.id, { ...a, scopes: [...a.scopes] }]));
  if (opts.tokens) {
    for (const t of opts.tokens) assertPossible(state, t);
    state.tokens = new Map(opts.tokens.map((t) => [t.token, { ...t, scopes: [...t.scopes] }]));
  }
}

/**
 * Real Doorkeeper grants a Mastodon token only scopes among its app's registered scope strings, compared as strings
 * (docs/mastodon-fidelity.md §5): `write:statuses` from an app registered with `write` alone cannot exist. A test
 * world with such a token would test a server that does not exist.
 */
function assertPossible(state: ServerState, token: FakeToken): void {
  if (state.software !== 'mastodon') return;
  const app = state.apps.get(token.app);
  const outside = app ? token.scopes.filter((scope) => !app.scopes.includes(scope)) : [];
  if (outside.length > 0) {
    throw new Error(
      `impossible test world: token ${token.token.slice(0, 8)}… holds ${outside.join(' ')}, outside its app's registered scopes (${app?.scopes.join(' ')})`,
    );
  }
}

function flatHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

export async function startMastodonServer(opts: MastodonServerOptions = {}): Promise<MastodonServer> {
  const state: ServerState = {
    software: 'mastodon',
    version: DEFAULT_VERSIONS.mastodon,
    injectMastodonVersion: false,
    domain: 'social.example',
    origin: '',
    tokenInfo: true,
    lockedDown: false,
    selfDestruct: false,
    rateLimit: 300,
    defaultLocale: 'en',
    accounts: new Map(),
    apps: new Map(),
    tokens: new Map(),
    counters: new Map(),
    nextId: 1000,
  };
  applyOptions(state, opts);
  let delayMs = opts.delayMs ?? 0;
  let intercept = opts.intercept;
  const requests: RecordedRequest[] = [];
  const timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const entry = {
        timer: setTimeout(() => {
          timers.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      timers.add(entry);
    });

  const respond = (state: ServerState, incoming: Incoming): Answer => {
    switch (state.software) {
      case 'gotosocial':
        return gotosocialAnswer(state, incoming);
      case 'pleroma':
      case 'akkoma':
        return pleromaAnswer(state, incoming);
      case 'misskey':
        return misskeyAnswer(state, incoming);
      default:
        return mastodonAnswer(state, incoming);
    }
  };

  const send = (
    res: ServerResponse,
    method: string,
    status: number,
    headers: Record<string, string>,
    body: string | Buffer,
  ) => {
    if (res.destroyed) return;
    const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    res.writeHead(status, { ...headers, 'Content-Length': String(payload.length) });
    res.end(method === 'HEAD' ? undefined : payload);
  };

  const serve = async (req: IncomingMessage, res: ServerResponse, startedAt: number): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = flatHeaders(req);
    const query: Record<string, string> = {};
    url.searchParams.forEach((v, k) => {
      query[k] = v;
    });
    const incoming: Incoming = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
      ip: req.socket.remoteAddress ?? '127.0.0.1',
    };
    const finished = requests.filter((r) => r.endedAt !== undefined && r.endedAt <= startedAt);
    const record: RecordedRequest = {
      method: incoming.method,
      path: url.pathname,
      query,
      headers,
      body,
      startedAt,
      wave: 1 + Math.max(0, ...finished.map((r) => r.wave ?? 1)),
      couldChangeState: false,
    };
    const token = bearerToken(incoming, allParams(incoming));
    if (token !== undefined) record.token = token;
    requests.push(record);
    const end = () => {
      record.endedAt ??= performance.now();
      if (res.headersSent) record.status = res.statusCode;
    };
    res.on('finish', end);
    res.on('close', end);

    const fault: InterceptResult | undefined = intercept ? await intercept(record) : undefined;
    if (fault && 'hang' in fault) return;
    await sleep(delayMs);
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (res.destroyed) return;
    if (fault && 'reset' in fault) {
      if (fault.afterBytes === undefined) {
        req.socket.destroy();
        return;
      }
      // Headers and the first bytes of the real answer, then the connection dies mid-body.
      const answer = respond(state, incoming);
      record.couldChangeState = answer.changed && incoming.method !== 'GET' && incoming.method !== 'HEAD';
      const payload = Buffer.from(answer.body, 'utf8');
      res.writeHead(fault.status ?? answer.status, { ...answer.headers, 'Content-Length': String(payload.length) });
      res.flushHeaders();
      const part = payload.subarray(0, Math.max(0, Math.min(fault.afterBytes, payload.length - 1)));
      if (part.length === 0) setImmediate(() => req.socket.destroy());
      else res.write(part, () => setImmediate(() => req.socket.destroy()));
      return;
    }
    if (fault) {
      send(res, incoming.method, fault.status, fault.headers ?? {}, fault.body ?? '');
      return;
    }
    const answer = respond(state, incoming);
    record.couldChangeState = answer.changed && incoming.method !== 'GET' && incoming.method !== 'HEAD';
    send(res, incoming.method, answer.status, answer.headers, answer.body);
  };

  const server = createServer((req, res) => {
    const startedAt = performance.now();
    serve(req, res, startedAt).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed)
        send(res, req.method ?? 'GET', 500, { 'Content-Type': 'text/plain' }, `fake server error: ${String(error)}`);
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  state.origin = url;

  return {
    url,
    origin: url,
    port,
    requests,
    waves: () => requests.reduce((max, r) => Math.max(max, r.wave ?? 0), 0),
    reset: () => {
      requests.length = 0;
    },
    setDelay: (ms) => {
      delayMs = ms;
    },
    addToken: (t: FakeToken) => {
      assertPossible(state, t);
      state.tokens.set(t.token, { ...t, scopes: [...t.scopes] });
    },
    addAccount: (a: FakeAccount) => {
      state.accounts.set(a.id, { ...a });
    },
    addApp: (a: FakeApp) => {
      state.apps.set(a.id, { ...a, scopes: [...a.scopes] });
    },
    getToken: (token) => state.tokens.get(token),
    secrets: () => [...state.tokens.keys(), ...[...state.apps.values()].map(clientSecretOf)],
    update: (changes) => {
      applyOptions(state, changes);
      if (changes.delayMs !== undefined) delayMs = changes.delayMs;
      if ('intercept' in changes) intercept = changes.intercept;
    },
    close: async () => {
      for (const entry of timers) {
        clearTimeout(entry.timer);
        entry.resolve();
      }
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
