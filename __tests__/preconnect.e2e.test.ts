/**
 * The early connection (src/index.ts, mastodon/transport.ts `preconnect`): the bundle, run as the runner runs it,
 * opens its connection to the instance before the rest of the action loads, and its first request takes that very
 * connection. A run that makes no request sends nothing over it and does not wait on it to end.
 *
 * The order is read inside the action's process, on its own clock: a hook (--import) records when the first socket
 * is created and connected (node:diagnostics_channel) and when each chunk of dist/ starts loading.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoWorld, startMastodonServer, TOKEN_HEALTHY, type MastodonServer } from './support/mastodon-server.ts';
import { ROOT, runAction, type ActionRun } from './support/run-action.ts';
import { startTlsFront, throwawayCertificate, type Certificate, type TlsFront } from './support/tls-front.ts';

let certificate: Certificate;
let mastodon: MastodonServer;
let front: TlsFront;
let scratch: string;
let hook: string;

interface Trace {
  readonly socket?: number;
  readonly connected?: number;
  readonly chunks: { readonly file: string; readonly at: number }[];
}

beforeAll(async () => {
  certificate = throwawayCertificate();
  mastodon = await startMastodonServer(demoWorld());
  front = await startTlsFront({ target: mastodon.url, certificate, offer: 'h2+http/1.1' });
  scratch = mkdtempSync(join(tmpdir(), 'mth-preconnect-'));
  hook = join(scratch, 'hook.mjs');
  writeFileSync(
    hook,
    `import { subscribe } from 'node:diagnostics_channel';
import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
const trace = { chunks: [] };
subscribe('net.client.socket', ({ socket }) => {
  trace.socket ??= performance.now();
  socket.once('connect', () => (trace.connected ??= performance.now()));
});
registerHooks({
  load(url, context, next) {
    if (/\\/\\d+\\.index\\.js$/.test(url)) trace.chunks.push({ file: url.replace(/.*\\//, ''), at: performance.now() });
    return next(url, context);
  },
});
process.on('exit', () => writeFileSync(process.env.TRACE_FILE, JSON.stringify(trace)));
`,
  );
});
afterAll(async () => {
  await front.close();
  await mastodon.close();
  certificate.remove();
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(() => front.reset());

async function run(instance: string, inputs: Record<string, string> = {}): Promise<{ run: ActionRun; trace: Trace }> {
  const traceFile = join(scratch, `trace-${Math.random()}.json`);
  const result = await runAction({
    inputs: { instance, token: TOKEN_HEALTHY, 'required-scopes': 'profile write:statuses', ...inputs },
    nodeArgs: ['--import', hook],
    env: { NODE_EXTRA_CA_CERTS: certificate.certFile, TRACE_FILE: traceFile },
  });
  return { run: result, trace: JSON.parse(readFileSync(traceFile, 'utf8')) as Trace };
}

describe('the connection opened before the rest of the action loads', () => {
  it('is up before any chunk loads, and the check sends every request over it: one connection, one handshake', async () => {
    const { run: result, trace } = await run(front.url);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['status']).toBe('healthy');
    expect(front.connections()).toBe(1);
    expect(front.handshakes).toHaveLength(1);
    expect(front.handshakes[0]?.alpn).toBe('h2');
    expect(front.requests.length).toBeGreaterThanOrEqual(2);
    expect(trace.socket).toBeDefined();
    expect(trace.connected).toBeDefined();
    // main.ts and everything after it load from chunks, once the TCP connection is up and the ClientHello written.
    const main = trace.chunks.find((c) =>
      readFileSync(join(ROOT, 'dist', c.file), 'utf8').includes('async function run('),
    );
    expect(main).toBeDefined();
    for (const chunk of trace.chunks) expect(chunk.at).toBeGreaterThan(trace.connected as number);
  });

  it('carries nothing when the other inputs are bad: no request, the input errors, and the run does not wait on it', async () => {
    const { run: result } = await run(front.url, { 'on-missing': 'sometimes' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['status']).toBe('input-error');
    expect(front.requests).toEqual([]);
  });

  it('is not opened without a token (a skipped check), for a bad address, or for several bots', async () => {
    for (const inputs of [{ token: '' }, { config: 'bots.yml' }]) {
      const { trace } = await run(front.url, inputs);
      expect(trace.socket, JSON.stringify(inputs)).toBeUndefined();
    }
    const { run: result, trace } = await run('https://user:secret@127.0.0.1:1');
    expect(result.outputs['status']).toBe('input-error');
    expect(trace.socket).toBeUndefined();
    expect(front.connections()).toBe(0);
  });
});

describe('an instance that accepts the connection and never answers', () => {
  let silent: Server;
  const held: Socket[] = [];
  beforeAll(async () => {
    silent = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('does not hold up a run with bad inputs: the unused connection is closed and the step ends', async () => {
    const port = (silent.address() as { port: number }).port;
    const { run: result } = await run(`https://127.0.0.1:${port}`, {
      'on-missing': 'sometimes',
      'timeout-seconds': '60',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['status']).toBe('input-error');
    // Held open, the connection would keep the process alive to the test's timeout.
    expect(result.durationMs).toBeLessThan(15_000);
  });

  it('bounds a check by timeout-seconds, the early connection included', async () => {
    const port = (silent.address() as { port: number }).port;
    const { run: result } = await run(`https://127.0.0.1:${port}`, { 'timeout-seconds': '2' });
    expect(result.outputs['status']).toBe('unreachable');
    expect(result.durationMs).toBeLessThan(15_000);
  });
});
