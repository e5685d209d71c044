/**
 * The HTTP client over TLS (src/mastodon/transport.ts): HTTP/2 on one connection when the instance offers it, the
 * connection that found no HTTP/2 reused for HTTP/1.1, and the moment every request is written, which is when the
 * action may start loading its output code. Against the Mastodon-compatible server behind tls-front.ts, through a
 * latency proxy so that "written" and "answered" are apart.
 */
import { setDefaultCACertificates, getCACertificates } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../src/mastodon/http.ts';
import { startLatencyProxy, type LatencyProxy } from './support/latency-proxy.ts';
import { demoWorld, startMastodonServer, TOKEN_HEALTHY, type MastodonServer } from './support/mastodon-server.ts';
import {
  startTlsFront,
  throwawayCertificate,
  type Certificate,
  type Offer,
  type TlsFront,
} from './support/tls-front.ts';

const ROUND_TRIP_MS = 80;
const WAVE_1 = ['/api/v1/accounts/verify_credentials', '/oauth/token/info', '/api/v1/apps/verify_credentials'];

let certificate: Certificate;
let mastodon: MastodonServer;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  certificate = throwawayCertificate();
  // What NODE_EXTRA_CA_CERTS does for the action's process, for this test file's process.
  setDefaultCACertificates([...getCACertificates('default'), certificate.cert]);
  mastodon = await startMastodonServer(demoWorld());
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await mastodon.close();
  certificate.remove();
});

async function link(offer: Offer): Promise<{ front: TlsFront; proxy: LatencyProxy }> {
  const front = await startTlsFront({ target: mastodon.url, certificate, offer });
  const proxy = await startLatencyProxy({ host: '127.0.0.1', port: front.port }, ROUND_TRIP_MS);
  closers.push(
    () => front.close(),
    () => proxy.close(),
  );
  return { front, proxy };
}

async function wave(offer: Offer) {
  const { front, proxy } = await link(offer);
  const sent: number[] = [];
  const client = createHttpClient({
    origin: proxy.url,
    token: TOKEN_HEALTHY,
    deadline: Date.now() + 10_000,
    isLoopback: true,
  });
  void client.firstWaveWritten.then(() => sent.push(performance.now()));
  const answered: number[] = [];
  const ask = (path: string, auth = true) =>
    client.request(path, { auth }).then((response) => {
      answered.push(performance.now());
      return response.status;
    });
  const statuses = await Promise.all([...WAVE_1.map((path) => ask(path)), ask('/api/v2/instance', false)]);
  // Settled by the first wave itself, not by close().
  const settledByWave = sent.length;
  const second = await Promise.all([ask('/api/v1/accounts/verify_credentials'), ask('/api/v2/instance', false)]);
  await client.close();
  return { front, proxy, statuses, second, sent, answered, settledByWave };
}

describe('the HTTP client over TLS', () => {
  it('speaks HTTP/2 when offered: one connection and one handshake for both waves, every request a stream', async () => {
    const { front, proxy, statuses, second, sent, answered, settledByWave } = await wave('h2+http/1.1');
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(second).toEqual([200, 200]);
    expect(proxy.connections).toHaveLength(1);
    expect(front.handshakes.map((h) => h.alpn)).toEqual(['h2']);
    expect(front.requests.map((r) => r.httpVersion)).toEqual(Array(6).fill('2.0'));
    // The first wave written settles the client's one promise, before the wave's first answer.
    expect(settledByWave).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBeLessThan(Math.min(...answered.slice(0, 4)));
  });

  it('falls back to HTTP/1.1 when the instance does not offer HTTP/2, reusing the connection that asked', async () => {
    const { front, proxy, statuses, second, settledByWave } = await wave('http/1.1');
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(second).toEqual([200, 200]);
    // The connection that found no HTTP/2 carries a request: four connections for four requests, not five.
    expect(proxy.connections).toHaveLength(4);
    expect(front.handshakes).toHaveLength(4);
    expect(front.handshakes[0]?.alpn).toBe('http/1.1');
    expect(new Set(front.requests.map((r) => r.httpVersion))).toEqual(new Set(['1.1']));
    expect(settledByWave).toBe(1);
  });
});
