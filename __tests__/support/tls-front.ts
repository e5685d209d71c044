/**
 * TLS in front of a loopback test server, as nginx stands in front of Mastodon: terminates TLS with a throwaway
 * certificate that a client trusts through NODE_EXTRA_CA_CERTS (or curl's --cacert), offers HTTP/2 and HTTP/1.1
 * through ALPN (or only one of them, or no ALPN at all), and forwards every request over plain http to the server
 * behind it. Counts handshakes (with the protocol chosen and whether the session was resumed) and requests, with
 * their times on the epoch clock (`epochNow`), so a benchmark can line them up with another process's trace.
 *
 * Runs under vitest and directly under Node 24 (type stripping): erasable syntax only, `.ts` imports.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer as createHttpServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { createServer as createHttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { connect as connectTcp, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'tls');

/** Milliseconds since the epoch with sub-millisecond resolution: comparable across processes on one machine. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

export interface Certificate {
  readonly key: string;
  readonly cert: string;
  /** A file holding `cert`, for NODE_EXTRA_CA_CERTS and curl's --cacert; removed by `remove()`. */
  readonly certFile: string;
  /** Where the pair came from: made now with openssl, or the committed test-only fixture (127.0.0.1 only). */
  readonly source: 'openssl' | 'fixture';
  remove(): void;
}

/** A self-signed certificate for 127.0.0.1, localhost and `names`, valid two days; trusted by no one until told. */
export function throwawayCertificate(names: readonly string[] = []): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'mth-cert-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  let source: Certificate['source'] = 'openssl';
  try {
    const alt = ['IP:127.0.0.1', 'DNS:localhost', ...names.map((n) => `DNS:${n}`)].join(',');
    // prettier-ignore
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', `subjectAltName=${alt}`,
    ], { stdio: 'ignore', timeout: 10_000 });
  } catch {
    source = 'fixture';
    writeFileSync(keyFile, readFileSync(join(FIXTURE, 'self-signed.key')));
    writeFileSync(certFile, readFileSync(join(FIXTURE, 'self-signed.crt')));
  }
  return {
    key: readFileSync(keyFile, 'utf8'),
    cert: readFileSync(certFile, 'utf8'),
    certFile,
    source,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Handshake {
  /** epochNow() when the handshake completed at the server. */
  readonly at: number;
  /** The protocol chosen through ALPN: 'h2', 'http/1.1', or 'none' when no ALPN was agreed. */
  readonly alpn: string;
  readonly resumed: boolean;
  readonly tls: string;
}

export interface FrontRequest {
  /** epochNow() when the request's head arrived. */
  readonly at: number;
  readonly httpVersion: string;
  readonly method: string;
  readonly path: string;
  /** epochNow() when the answer had been handed to the connection. */
  answeredAt?: number;
}

/** What the front offers in ALPN: both (as nginx with `http2 on`), one of them, or no ALPN extension at all. */
export type Offer = 'h2+http/1.1' | 'h2' | 'http/1.1' | 'none';

export interface TlsFrontOptions {
  /** The plain-http server behind, `http://127.0.0.1:PORT`. */
  readonly target: string;
  readonly certificate: Certificate;
  readonly offer?: Offer;
  /**
   * Misbehaviour for the HTTP/2 faults: called for every HTTP/2 request before it is forwarded; return true when
   * the hook has dealt with the stream itself (reset it, closed the session…).
   */
  readonly onHttp2Request?: (request: Http2ServerRequest, response: Http2ServerResponse, index: number) => boolean;
}

export interface TlsFront {
  /** `https://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  readonly handshakes: Handshake[];
  readonly requests: FrontRequest[];
  /** Connections accepted (before TLS). */
  connections(): number;
  /** Forgets what was counted. */
  reset(): void;
  close(): Promise<void>;
}

/** Headers that belong to one hop (RFC 9110 §7.6.1) or to HTTP/2's framing, not to the request. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te']);

function forwardedHeaders(raw: IncomingHttpHeaders): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || name.startsWith(':') || HOP_BY_HOP.has(name)) continue;
    headers[name] = value;
  }
  return headers;
}

export async function startTlsFront(options: TlsFrontOptions): Promise<TlsFront> {
  const { certificate } = options;
  const offer = options.offer ?? 'h2+http/1.1';
  const target = new URL(options.target);
  const upstream = new Agent({ keepAlive: true });
  const handshakes: Handshake[] = [];
  const requests: FrontRequest[] = [];
  let connections = 0;
  let http2Index = 0;

  const forward = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    const at = epochNow();
    const record: FrontRequest = {
      at,
      httpVersion: req.httpVersion,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
    };
    requests.push(record);
    res.once('finish', () => (record.answeredAt = epochNow()));
    if (req.httpVersion === '2.0' && options.onHttp2Request) {
      const h2req = req as Http2ServerRequest;
      if (options.onHttp2Request(h2req, res as Http2ServerResponse, http2Index++)) return;
    }
    const headers = forwardedHeaders(req.headers);
    headers['host'] = target.host;
    const out = httpRequest(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers, agent: upstream },
      (answer) => {
        const back: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) back[name] = value;
        }
        (res as ServerResponse).writeHead(answer.statusCode ?? 502, back);
        answer.pipe(res as ServerResponse);
      },
    );
    // The server behind dropped the connection (a reset fault): drop this request's connection or stream too.
    out.on('error', () => {
      if (req.httpVersion === '2.0') (req as Http2ServerRequest).stream.close(2);
      else (req as IncomingMessage).socket.destroy();
    });
    (req as IncomingMessage).pipe(out);
  };

  const tlsOptions = { key: certificate.key, cert: certificate.cert };
  let server;
  if (offer === 'h2' || offer === 'h2+http/1.1') {
    server = createSecureServer({ ...tlsOptions, allowHTTP1: offer === 'h2+http/1.1' }, forward);
  } else if (offer === 'http/1.1') {
    server = createHttpsServer({ ...tlsOptions, ALPNProtocols: ['http/1.1'] }, forward);
  } else {
    // node:https always answers ALPN with http/1.1; a bare TLS server handing its sockets to an http server does not.
    const http = createHttpServer(forward);
    server = createTlsServer(tlsOptions, (socket) => http.emit('connection', socket));
  }
  server.on('secureConnection', (socket: TLSSocket) => {
    handshakes.push({
      at: epochNow(),
      alpn: socket.alpnProtocol || 'none',
      resumed: socket.isSessionReused(),
      tls: socket.getProtocol() ?? '',
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    connections++;
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A client that gives up mid-handshake is not the front's problem.
  server.on('tlsClientError', () => {});
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    handshakes,
    requests,
    connections: () => connections,
    reset: () => {
      handshakes.length = 0;
      requests.length = 0;
      connections = 0;
      http2Index = 0;
    },
    close: async () => {
      const closed = new Promise<void>((done) => server.close(() => done()));
      for (const socket of sockets) socket.destroy();
      upstream.destroy();
      await closed;
    },
  };
}

/** A server that agrees to HTTP/2 through ALPN and then answers with HTTP/1.1 bytes instead of HTTP/2 frames. */
export async function startFalseHttp2Server(
  certificate: Certificate,
): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createTlsServer({ key: certificate.key, cert: certificate.cert, ALPNProtocols: ['h2'] }, (socket) => {
    socket.on('error', () => {});
    socket.once('data', () =>
      socket.end('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}'),
    );
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('tlsClientError', () => {});
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    close: async () => {
      const closed = new Promise<void>((done) => server.close(() => done()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

export interface ConnectProxy {
  /** `http://127.0.0.1:PORT`, for HTTPS_PROXY. */
  readonly url: string;
  /** Every CONNECT asked for: its target and headers. */
  readonly connects: { readonly target: string; readonly headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** An HTTP CONNECT proxy (as a self-hosted runner's) that tunnels every CONNECT to `port` on loopback. */
export async function startConnectProxy(port: number): Promise<ConnectProxy> {
  const connects: ConnectProxy['connects'] = [];
  const sockets = new Set<Socket>();
  const server = createHttpServer((req, res) => {
    connects.push({ target: req.url ?? '', headers: req.headers });
    res.writeHead(405).end();
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    connects.push({ target: req.url ?? '', headers: req.headers });
    const upstream = connectTcp({ host: '127.0.0.1', port }, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const { port: own } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${own}`,
    connects,
    close: async () => {
      const closed = new Promise<void>((done) => server.close(() => done()));
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await closed;
    },
  };
}
