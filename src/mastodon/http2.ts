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
import { withoutPseudoHeaders, type Answer, type Exchange, type Transport } from './transport.ts';

type Route = { readonly session: ClientHttp2Session } | { readonly http1: Transport };

/** RST_STREAM's CANCEL: the client no longer wants the stream (RFC 9113 §7). */
const CANCEL = 8;

export function createAlpnTransport(origin: URL, http1: (spare: TLSSocket) => Transport): Transport {
  const host = origin.hostname.replace(/^\[|\]$/g, '');
  const port = Number(origin.port || 443);
  let route: Promise<Route> | undefined;
  let fallback: Transport | undefined;
  const sessions = new Set<ClientHttp2Session>();
  const sockets = new Set<TLSSocket>();
  let closed = false;

  async function connect(signal: AbortSignal): Promise<Route> {
    let loading: Promise<typeof import('node:http2')> | undefined;
    const load = () => (loading ??= import('node:http2'));
    const socket = await new Promise<TLSSocket>((resolve, reject) => {
      // An IP address is no server name (RFC 6066 §3): SNI only for a host name.
      const tls = connectTls({
        host,
        port,
        ALPNProtocols: ['h2', 'http/1.1'],
        ...(isIP(host) ? {} : { servername: host }),
      });
      sockets.add(tls);
      // node:http2 loads while the handshake is in flight: once the ClientHello is out, not before it.
      tls.once('connect', () => setImmediate(() => void load().catch(() => {})));
      tls.once('close', () => sockets.delete(tls));
      const abort = () => tls.destroy(signal.reason as Error);
      if (signal.aborted) abort();
      signal.addEventListener('abort', abort, { once: true });
      tls.once('secureConnect', () => {
        signal.removeEventListener('abort', abort);
        resolve(tls);
      });
      tls.on('error', (error) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      });
    });
    if (socket.alpnProtocol !== 'h2') {
      fallback ??= http1(socket);
      return { http1: fallback };
    }
    const { connect: connectHttp2 } = await load();
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
