/**
 * One TLS connection to the instance, offering HTTP/2 and HTTP/1.1 through ALPN. When the instance picks HTTP/2,
 * every request is a stream on that connection: one TCP and one TLS handshake for the whole check, where HTTP/1.1
 * needs one per request in flight. When it picks HTTP/1.1 (or no ALPN at all), the connection is handed to http1.ts
 * for the first request and HTTP/1.1 serves the rest of the run.
 *
 * A connection that ends (GOAWAY, an error, a reset) is forgotten: the next request, a retry included, opens a new one.
 */
import { isIP } from 'node:net';
import { connect as connectTls, type TLSSocket } from 'node:tls';
import type { ClientHttp2Session, IncomingHttpHeaders, IncomingHttpStatusHeader } from 'node:http2';
import { withoutPseudoHeaders, type Answer, type Exchange, type Transport } from './exchange.ts';

type Route = { readonly session: ClientHttp2Session } | { readonly http1: Transport };

/** RST_STREAM's CANCEL: the client no longer wants the stream (RFC 9113 §7). */
const CANCEL = 8;

/** A TLS connection on its way: the socket, and the end of its handshake. */
interface OpenedTls {
  readonly socket: TLSSocket;
  /** Resolves once the handshake is done; rejects on the socket's error. Never an unhandled rejection. */
  readonly secured: Promise<TLSSocket>;
}

let http2Loading: Promise<typeof import('node:http2')> | undefined;
const loadHttp2 = () => (http2Loading ??= import('node:http2'));

/** Opens a TLS connection to the origin offering h2 and http/1.1, with every listener it needs from the start. */
function openTls(origin: URL): OpenedTls {
  const host = origin.hostname.replace(/^\[|\]$/g, '');
  const socket = connectTls({
    host,
    port: Number(origin.port || 443),
    ALPNProtocols: ['h2', 'http/1.1'],
    // An IP address is no server name (RFC 6066 §3): SNI only for a host name.
    ...(isIP(host) ? {} : { servername: host }),
  });
  // node:http2 loads while the handshake is in flight: once the ClientHello is out, not before it.
  socket.once('connect', () => setImmediate(() => void loadHttp2().catch(() => {})));
  const secured = new Promise<TLSSocket>((resolve, reject) => {
    socket.once('secureConnect', () => resolve(socket));
    socket.on('error', reject);
  });
  // Whoever takes the connection awaits this; until then a failed handshake is only remembered.
  secured.catch(() => {});
  return { socket, secured };
}

/** The connection index.ts opened before the rest of the action loaded (transport.ts `preconnect`), until taken. */
let early: { readonly origin: string; readonly opened: OpenedTls } | undefined;

/**
 * Opens the connection the first request to `origin` will take. Resolves once the TCP connection is up and the
 * ClientHello written, or the attempt has failed (the request that takes it will see why).
 */
export function openEarly(origin: URL): Promise<void> {
  early?.opened.socket.destroy();
  const opened = openTls(origin);
  early = { origin: origin.origin, opened };
  return new Promise((resolve) => {
    // Listeners run in order: node:tls's own, which writes the ClientHello, came first.
    opened.socket.once('connect', () => resolve());
    opened.socket.once('close', () => resolve());
  });
}

/** Closes the early connection if no request took it: the run made no request to its origin. */
export function discardEarly(): void {
  early?.opened.socket.destroy();
  early = undefined;
}

function takeEarly(origin: URL): OpenedTls | undefined {
  if (early?.origin !== origin.origin) return undefined;
  const { opened } = early;
  early = undefined;
  return opened;
}

export function createAlpnTransport(origin: URL, http1: (spare: TLSSocket) => Transport): Transport {
  let route: Promise<Route> | undefined;
  let fallback: Transport | undefined;
  const sessions = new Set<ClientHttp2Session>();
  const sockets = new Set<TLSSocket>();
  let closed = false;

  async function connect(signal: AbortSignal): Promise<Route> {
    // The first connection may be open already, its handshake under way or done (index.ts); later ones are new.
    const { socket: tls, secured } = takeEarly(origin) ?? openTls(origin);
    sockets.add(tls);
    tls.once('close', () => sockets.delete(tls));
    const abort = () => tls.destroy(signal.reason as Error);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    let socket: TLSSocket;
    try {
      socket = await secured;
    } finally {
      signal.removeEventListener('abort', abort);
    }
    if (socket.alpnProtocol !== 'h2') {
      fallback ??= http1(socket);
      return { http1: fallback };
    }
    const { connect: connectHttp2 } = await loadHttp2();
    const session = connectHttp2(origin.origin, { createConnection: () => socket });
    sessions.add(session);
    // Each stream reports the failure of its session; the session's own error needs a listener all the same.
    session.on('error', () => {});
    session.once('close', () => sessions.delete(session));
    if (closed) session.destroy();
    return { session };
  }

  /** The route in use; a new connection when there is none or the last one ended. */
  function current(signal: AbortSignal): Promise<Route> {
    if (fallback) return Promise.resolve({ http1: fallback });
    if (route === undefined) {
      const attempt = connect(signal);
      route = attempt;
      const forget = () => {
        if (route === attempt) route = undefined;
      };
      attempt.then((r) => {
        if ('session' in r) {
          r.session.once('goaway', forget);
          r.session.once('close', forget);
          if (r.session.closed || r.session.destroyed) forget();
        }
      }, forget);
    }
    return route;
  }

  return {
    async exchange(exchange: Exchange): Promise<Answer> {
      let r: Route;
      try {
        r = await current(exchange.signal);
      } catch (error) {
        exchange.onWritten();
        throw error;
      }
      return 'http1' in r ? r.http1.exchange(exchange) : onStream(r.session, exchange);
    },
    close() {
      closed = true;
      for (const session of sessions) session.destroy();
      for (const socket of sockets) socket.destroy();
      fallback?.close();
    },
  };
}

function onStream(session: ClientHttp2Session, { method, url, headers, signal, onWritten }: Exchange): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const fail = (error: unknown) => {
      onWritten();
      if (!answered) reject(error);
    };
    let stream;
    try {
      stream = session.request(
        {
          ':method': method,
          ':path': `${url.pathname}${url.search}`,
          ...headers,
          // As over HTTP/1.1: a probe's POST or PUT says that it carries no body.
          ...(method === 'GET' || method === 'HEAD' ? {} : { 'content-length': '0' }),
        },
        { endStream: true, signal },
      );
    } catch (error) {
      // The session ended between being chosen and this request (GOAWAY): a network fault, retried on a new one.
      fail(error);
      return;
    }
    // The HEADERS frame is written when nghttp2 next flushes, after the stream is open ('ready', which a session
    // already connected emits before request() returns).
    const written = () => setImmediate(() => setImmediate(onWritten));
    if (stream.pending) stream.once('ready', written);
    else written();
    stream.on('error', fail);
    stream.once('close', () => {
      // A reset without an error code (NO_ERROR) closes the stream without an 'error'.
      if (!answered) fail(http2Closed(stream.rstCode));
    });
    stream.once('response', (head: IncomingHttpHeaders & IncomingHttpStatusHeader) => {
      answered = true;
      resolve({
        status: Number(head[':status'] ?? 0),
        headers: withoutPseudoHeaders(head),
        body: stream,
        discard: () => stream.resume(),
        abandon: () => stream.close(CANCEL),
      });
    });
  });
}

function http2Closed(rstCode: number | undefined): Error {
  return Object.assign(new Error(`the HTTP/2 stream closed before an answer (code ${rstCode ?? 'none'})`), {
    code: 'ERR_HTTP2_STREAM_ERROR',
  });
}
