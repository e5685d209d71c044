/**
 * The real-network lab of `npm run bench` (scripts/bench-net.ts) and of the HTTP/2 faults: TLS in front of the
 * Mastodon-compatible server, offering HTTP/2 and HTTP/1.1 through ALPN, behind a proxy that delays each direction.
 * Timings are only bounded from below here (the proxy must cost round trips); how fast is the benchmark's business.
 */
import { connect as http2Connect } from 'node:http2';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLatencyProxy, type LatencyProxy } from './support/latency-proxy.ts';
import { demoWorld, startMastodonServer, TOKEN_HEALTHY, type MastodonServer } from './support/mastodon-server.ts';
import {
  startTlsFront,
  throwawayCertificate,
  type Certificate,
  type Offer,
  type TlsFront,
} from './support/tls-front.ts';

const ROUND_TRIP_MS = 60;
const VERIFY = '/api/v1/accounts/verify_credentials';

let certificate: Certificate;
let mastodon: MastodonServer;
const fronts: TlsFront[] = [];
const proxies: LatencyProxy[] = [];

async function link(offer: Offer, roundTripMs = ROUND_TRIP_MS) {
  const front = await startTlsFront({ target: mastodon.url, certificate, offer });
  const proxy = await startLatencyProxy({ host: '127.0.0.1', port: front.port }, roundTripMs);
  fronts.push(front);
  proxies.push(proxy);
  return { front, proxy };
}

function alpnOf(port: number, offered: string[]): Promise<string | false> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host: '127.0.0.1', port, ca: certificate.cert, ALPNProtocols: offered }, () => {
      resolve(socket.alpnProtocol ?? false);
      socket.destroy();
    });
    socket.once('error', reject);
  });
}

beforeAll(async () => {
  certificate = throwawayCertificate();
  mastodon = await startMastodonServer(demoWorld());
});
afterAll(async () => {
  for (const proxy of proxies) await proxy.close();
  for (const front of fronts) await front.close();
  await mastodon.close();
  certificate.remove();
});

describe('the TLS front and the latency proxy', () => {
  it('cost a round trip for the TLS handshake and one for the request, and count both', async () => {
    const { front, proxy } = await link('h2+http/1.1');
    const started = performance.now();
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpsRequest(
        `${proxy.url}${VERIFY}`,
        { ca: certificate.cert, headers: { authorization: `Bearer ${TOKEN_HEALTHY}` }, agent: false },
        (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      request.once('error', reject);
      request.end();
    });
    const elapsed = performance.now() - started;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ username: expect.any(String) });
    expect(elapsed).toBeGreaterThanOrEqual(2 * ROUND_TRIP_MS - 5);
    expect(proxy.connections).toHaveLength(1);
    // node:https offers no ALPN: the front falls back to HTTP/1.1 without one.
    expect(front.handshakes.map((h) => h.alpn)).toEqual(['none']);
    expect(front.requests.map((r) => [r.httpVersion, r.path])).toEqual([['1.1', VERIFY]]);
    const up = proxy.connections[0]?.chunks.filter((c) => c.direction === 'up') ?? [];
    expect(up.length).toBeGreaterThanOrEqual(2);
    expect(up.every((c) => c.passedAt !== undefined && c.passedAt - c.arrivedAt >= ROUND_TRIP_MS / 2 - 2)).toBe(true);
  });

  it('speaks HTTP/2 when the client offers it, many streams on one connection', async () => {
    const { front, proxy } = await link('h2+http/1.1', 0);
    const session = http2Connect(proxy.url, { ca: certificate.cert });
    const ask = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const stream = session.request({ ':path': path, authorization: `Bearer ${TOKEN_HEALTHY}` });
        stream.once('response', (headers) => resolve(Number(headers[':status'])));
        stream.once('error', reject);
        stream.resume();
      });
    const statuses = await Promise.all([VERIFY, '/api/v2/instance', '/oauth/token/info', '/nowhere'].map(ask));
    session.close();
    expect(statuses).toEqual([200, 200, 200, 404]);
    expect(proxy.connections).toHaveLength(1);
    expect(front.handshakes.map((h) => h.alpn)).toEqual(['h2']);
    expect(front.requests.map((r) => r.httpVersion)).toEqual(['2.0', '2.0', '2.0', '2.0']);
  });

  it('offers what it is told through ALPN: both, only HTTP/1.1, or no ALPN at all', async () => {
    const both = await link('h2+http/1.1', 0);
    const http1 = await link('http/1.1', 0);
    const none = await link('none', 0);
    expect(await alpnOf(both.front.port, ['h2', 'http/1.1'])).toBe('h2');
    expect(await alpnOf(http1.front.port, ['h2', 'http/1.1'])).toBe('http/1.1');
    expect(await alpnOf(none.front.port, ['h2', 'http/1.1'])).toBe(false);
  });
});
