/**
 * What mastodon/http.ts's transport (node:http and node:https) must keep: connections reused between waves, the deadline
 * over the body as well as the headers, a body-less request that says so, and the environment's proxy for real
 * instances only, without the token in the CONNECT request. Real sockets on 127.0.0.1.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { RequestError } from '../src/mastodon/errors.ts';
import { createHttpClient, type HttpClient } from '../src/mastodon/http.ts';

const TOKEN = 'transport-Wq8Lm2Rt6Xc4Yk1Vb9Nd3Ps7Hf5Gz0Je';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function client(origin: string, options: { isLoopback?: boolean; timeoutMs?: number } = {}): HttpClient {
  const c = createHttpClient({
    origin,
    token: TOKEN,
    deadline: Date.now() + (options.timeoutMs ?? 5_000),
    isLoopback: options.isLoopback ?? true,
    sleep: () => Promise.resolve(),
  });
  cleanups.push(() => c.close());
  return c;
}

describe('http transport', () => {
  it('reuses the first wave’s connections for the second', async () => {
    let connections = 0;
    const server = createServer((_req, res) => setTimeout(() => res.end('{}'), 20));
    server.on('connection', () => connections++);
    const c = client(await listen(server));
    await Promise.all([1, 2, 3, 4].map(() => c.request('/wave-1')));
    await Promise.all([1, 2, 3].map(() => c.request('/wave-2', { method: 'PUT' })));
    expect(connections).toBe(4);
  });

  it('bounds the body by the deadline too: headers then silence is a timeout, not a network fault', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":');
    });
    const c = client(await listen(server), { timeoutMs: 300 });
    const error = await c.request('/stalls').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).kind).toBe('timeout');
  });

  it('sends a probe that could carry a body with Content-Length 0, and the token only in Authorization', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.end('{}');
    });
    const c = client(await listen(server));
    await c.request('/api/v1/statuses/0', { method: 'PUT' });
    await c.request('/api/v2/instance', { auth: false });
    expect(seen[0]).toMatchObject({ 'content-length': '0', authorization: `Bearer ${TOKEN}` });
    expect(seen[0]?.['transfer-encoding']).toBeUndefined();
    expect(seen[1]?.authorization).toBeUndefined();
  });

  describe('a proxy from the environment', () => {
    const saved = { ...process.env };
    afterEach(() => {
      process.env = { ...saved };
    });

    async function proxy() {
      const connects: { target: string; headers: IncomingHttpHeaders }[] = [];
      // Refuse every request and tunnel: what matters is whether, and how, the proxy was asked.
      const server = createServer((req, res) => {
        connects.push({ target: req.url ?? '', headers: req.headers });
        res.writeHead(502).end();
      });
      server.on('connect', (req, socket) => {
        connects.push({ target: req.url ?? '', headers: req.headers });
        socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      });
      return { url: await listen(server), connects };
    }

    it('carries requests to a real instance, and never the token in the CONNECT request', async () => {
      const { url, connects } = await proxy();
      process.env['HTTPS_PROXY'] = url;
      const error = await client('https://mastodon.invalid', { isLoopback: false })
        .request('/api/v1/accounts/verify_credentials')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestError);
      expect(connects.map((c) => c.target)).toContain('mastodon.invalid:443');
      expect(JSON.stringify(connects)).not.toContain(TOKEN);
    });

    it('is skipped for hosts in NO_PROXY and for loopback', async () => {
      const { url, connects } = await proxy();
      process.env['HTTPS_PROXY'] = url;
      process.env['HTTP_PROXY'] = url;
      process.env['NO_PROXY'] = 'mastodon.invalid';
      await client('https://mastodon.invalid', { isLoopback: false })
        .request('/')
        .catch(() => undefined);
      const direct = await listen(createServer((_req, res) => res.end('{}')));
      expect((await client(direct).request('/')).status).toBe(200);
      expect(connects).toEqual([]);
    });
  });
});
