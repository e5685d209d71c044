/**
 * Runs one case of the fault table (fault-cases.ts): sets up its loopback servers, runs the bundled action as the
 * runner does, and lists every way the run fell short of DESIGN.md's promises. Shared by the vitest suite
 * (__tests__/faults.test.ts) and `npm run test:faults` (scripts/faults.ts), so that the two cannot drift.
 *
 * Runs under vitest and directly under Node 24 (type stripping): erasable syntax only, `.ts` imports.
 */
import type { Status } from '../../src/report/model.ts';
import { startMastodonServer, demoWorld, type MastodonServer, type MastodonServerOptions } from './mastodon-server.ts';
import { leakedTokenForms, runAction, runCli, TokenLeak, type ActionRun } from './run-action.ts';
import { startSelfSignedServer, type TlsServer } from './tls-server.ts';
import { startGitHubServer, type GitHubServer, type GitHubServerOptions } from './github-server.ts';
import {
  startConnectProxy,
  startFalseHttp2Server,
  startTlsFront,
  throwawayCertificate,
  type ConnectProxy,
  type TlsFront,
  type TlsFrontOptions,
} from './tls-front.ts';

/** What a run may take beyond `timeout-seconds`: starting Node and the bundle on a busy two-core machine. Generous. */
export const STARTUP_ALLOWANCE_MS = 10_000;
/** `timeout-seconds` for a case that sets none: small, so that a case that hangs shows quickly. */
export const DEFAULT_TIMEOUT_SECONDS = 5;

/** `other server`: GoToSocial, Pleroma, Akkoma, Misskey and unknown software (docs/servers/). */
export type CaseGroup = 'server fault' | 'other server' | 'bad input' | 'github' | 'cli';

export interface Expectation {
  readonly status: Status;
  readonly exitCode: number;
  /** What the annotations and the job summary must say: what happened, and what to do. */
  readonly says: readonly RegExp[];
  /** The `token-state` output; for `unreachable`, `unknown` unless given (a server fault says nothing of the token). */
  readonly tokenState?: string;
}

export interface Arrangement {
  /** The `token` input as given. */
  readonly token: string;
  /** The secret to look for in everything the run wrote; the token input itself when not given. */
  readonly canary?: string;
  /** The other inputs (`timeout-seconds` comes from the case). */
  readonly inputs: Readonly<Record<string, string>>;
  readonly eventName?: string;
  /** The event payload (GITHUB_EVENT_PATH's content); `{}` when not given. */
  readonly event?: unknown;
  /**
   * Run the command line instead of the action, with these arguments (`token` and `inputs` then unused but for the
   * canary); `env` is then the CLI's whole environment beside PATH and HOME.
   */
  readonly cli?: readonly string[];
  /** More environment for the run (NODE_EXTRA_CA_CERTS, HTTPS_PROXY, GITHUB_API_URL, an unreadable GITHUB_EVENT_PATH). */
  readonly env?: Readonly<Record<string, string>>;
  /** What the servers must (not) have seen: one line per problem. */
  readonly verify?: (run: ActionRun) => string[];
}

export interface FaultCase {
  /** What was tried, in the user's words: one row of the table. */
  readonly name: string;
  readonly group: CaseGroup;
  readonly timeoutSeconds?: number;
  readonly expect: Expectation;
  arrange(lab: Lab): Promise<Arrangement>;
}

export interface Lab {
  /** A Mastodon-compatible server on loopback with the demo world; closed after the case. */
  mastodon(options?: MastodonServerOptions): Promise<MastodonServer>;
  /** An https server with a self-signed certificate. */
  selfSigned(): Promise<TlsServer>;
  /** `http://127.0.0.1:PORT` where nothing listens (a port that was just freed). */
  closedPort(): Promise<string>;
  /**
   * The demo world's Mastodon behind TLS (tls-front.ts), with a throwaway certificate for 127.0.0.1 and
   * social.example; `env` makes a run trust it (NODE_EXTRA_CA_CERTS).
   */
  tlsFront(options?: Omit<TlsFrontOptions, 'target' | 'certificate'>): Promise<LabTls>;
  /** A server that agrees to HTTP/2 and then speaks HTTP/1.1; `env` makes a run trust its certificate. */
  falseHttp2(): Promise<{ url: string; env: Record<string, string> }>;
  /** An HTTP CONNECT proxy tunnelling every CONNECT to `port` on loopback. */
  connectProxy(port: number): Promise<ConnectProxy>;
  /**
   * A GitHub API on loopback (github-server.ts); point a run at it with `env: { GITHUB_API_URL: server.url }`. Its
   * requests are not counted by `requestCount` (a bad input must make no request to the instance).
   */
  github(options?: GitHubServerOptions): Promise<GitHubServer>;
  /** Requests that reached any server of the case. */
  requestCount(): number;
}

export interface LabTls {
  readonly front: TlsFront;
  readonly mastodon: MastodonServer;
  readonly env: Record<string, string>;
}

export interface CaseResult {
  readonly name: string;
  readonly group: CaseGroup;
  readonly status: string;
  readonly exitCode: number;
  readonly durationMs: number;
  /** Empty when the case was handled: every promise kept. */
  readonly problems: readonly string[];
  readonly run: ActionRun;
  readonly canary: string;
}

function createLab(): Lab & { close(): Promise<void> } {
  const closers: (() => Promise<void>)[] = [];
  const counters: (() => number)[] = [];
  return {
    async mastodon(options = {}) {
      const server = await startMastodonServer({ ...demoWorld(), ...options });
      closers.push(() => server.close());
      counters.push(() => server.requests.length);
      return server;
    },
    async selfSigned() {
      const server = await startSelfSignedServer();
      closers.push(() => server.close());
      counters.push(() => server.requests.length);
      return server;
    },
    async tlsFront(options = {}) {
      const mastodon = await this.mastodon();
      const certificate = throwawayCertificate(['social.example']);
      closers.push(async () => certificate.remove());
      const front = await startTlsFront({ ...options, target: mastodon.url, certificate });
      closers.push(() => front.close());
      return { front, mastodon, env: { NODE_EXTRA_CA_CERTS: certificate.certFile } };
    },
    async falseHttp2() {
      const certificate = throwawayCertificate();
      closers.push(async () => certificate.remove());
      const server = await startFalseHttp2Server(certificate);
      closers.push(() => server.close());
      return { url: server.url, env: { NODE_EXTRA_CA_CERTS: certificate.certFile } };
    },
    async connectProxy(port) {
      const proxy = await startConnectProxy(port);
      closers.push(() => proxy.close());
      return proxy;
    },
    async github(options = {}) {
      const server = await startGitHubServer(options);
      closers.push(() => server.close());
      return server;
    },
    async closedPort() {
      const server = await startMastodonServer();
      const url = server.url;
      await server.close();
      return url;
    },
    requestCount: () => counters.reduce((sum, count) => sum + count(), 0),
    close: async () => {
      await Promise.all(closers.splice(0).map((close) => close()));
    },
  };
}

/** Runs one case and checks it against the expectation and the safety promises. */
export async function tryCase(c: FaultCase): Promise<CaseResult> {
  const lab = createLab();
  try {
    const arrangement = await c.arrange(lab);
    const timeoutSeconds = c.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
    // A leak is one of the problems of the row, not the end of the table: its run is checked like any other.
    const run = await (
      arrangement.cli
        ? runCli(arrangement.cli, arrangement.env ?? {})
        : runAction({
            inputs: { 'timeout-seconds': String(timeoutSeconds), ...arrangement.inputs, token: arrangement.token },
            ...(arrangement.eventName ? { eventName: arrangement.eventName } : {}),
            ...(arrangement.event !== undefined ? { event: arrangement.event } : {}),
            ...(arrangement.env ? { env: { ...arrangement.env } } : {}),
          })
    ).catch((error: unknown) => {
      if (error instanceof TokenLeak) return error.run;
      throw error;
    });
    const canary = arrangement.canary ?? arrangement.token;
    // A bad input or a skipped run fails or passes before any request (DESIGN.md).
    const silent = c.expect.status === 'input-error' || c.expect.status === 'skipped';
    const requests = lab.requestCount();
    const problems = [
      ...checkRun(run, c.expect, canary, timeoutSeconds * 1000 + STARTUP_ALLOWANCE_MS),
      ...(silent && requests > 0 ? [`${requests} request(s) were made; a ${c.expect.status} run makes none`] : []),
      ...(arrangement.verify?.(run) ?? []),
    ];
    return {
      name: c.name,
      group: c.group,
      status: run.outputs['status'] ?? '(none)',
      exitCode: run.exitCode,
      durationMs: run.durationMs,
      problems,
      run,
      canary,
    };
  } finally {
    await lab.close();
  }
}

/** The promises every run keeps, whatever the case. */
function checkRun(run: ActionRun, expect: Expectation, canary: string, boundMs: number): string[] {
  const problems: string[] = [];
  const status = run.outputs['status'];
  if (status !== expect.status) problems.push(`status is ${status ?? '(not set)'}, expected ${expect.status}`);
  if (run.exitCode !== expect.exitCode) problems.push(`exit code ${run.exitCode}, expected ${expect.exitCode}`);
  const tokenState = expect.tokenState ?? (expect.status === 'unreachable' ? 'unknown' : undefined);
  if (tokenState !== undefined && run.outputs['token-state'] !== tokenState) {
    problems.push(`token-state is ${run.outputs['token-state'] ?? '(not set)'}, expected ${tokenState}`);
  }
  // What happened is in the annotations; what to do, once for all findings, in the job summary (issue 14).
  const said = [...run.annotations.map((a) => `${a.title}: ${a.message}`), run.summary].join('\n');
  for (const pattern of expect.says) {
    if (!pattern.test(said)) problems.push(`the messages do not say ${pattern}: ${JSON.stringify(said)}`);
  }
  if (run.durationMs > boundMs) problems.push(`took ${Math.round(run.durationMs)} ms, more than ${boundMs} ms`);
  for (const form of leakedTokenForms(run.everything, canary)) {
    problems.push(`the token leaked (as ${JSON.stringify(form.slice(0, 6))}…)`);
  }
  if (/^ {4}at /m.test(run.stdout + run.stderr)) problems.push('a stack trace was printed');
  return problems;
}
