/**
 * How a request reaches the instance, whatever protocol carries it (http.ts owns everything above: the token's
 * origin, the deadline, retries, redirects, the body cap).
 *
 * - https to a real instance, no proxy: one TLS connection offering HTTP/2 and HTTP/1.1 through ALPN. With HTTP/2
 *   (nginx in front of Mastodon offers it) every request is a stream on that one connection: one handshake instead of
 *   one per request in flight (http2.ts). Without it, that connection carries the first request and the others open
 *   their own (http1.ts).
 * - A proxy from the environment (HTTPS_PROXY) and plain http: HTTP/1.1 through node:http/node:https, a connection per
 *   request in flight, kept alive for the next wave (http1.ts).
 *
 * Nothing but node:tls is loaded before the first connection: node:http2 (most of a node:https's weight again) and
 * node:https load while the handshake is in flight. The first connection itself may be opened before the rest of the
 * action has loaded (`preconnect`, called by index.ts).
 */
import type { TLSSocket } from 'node:tls';
import { createAlpnTransport, discardEarly, openEarly } from './http2.ts';
import { createHttp1Transport } from './http1.ts';
import type { Transport } from './exchange.ts';

export interface TransportOptions {
  readonly origin: URL;
  readonly isLoopback: boolean;
}

/** The proxy variables Node's built-in proxy support reads for https (NO_PROXY is applied by it, per host). */
function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env['HTTPS_PROXY'] || env['https_proxy']);
}

export function createTransport({ origin, isLoopback }: TransportOptions): Transport {
  const secure = origin.protocol === 'https:';
  if (!usesAlpn({ origin, isLoopback })) {
    return createHttp1Transport({ secure, proxyEnv: isLoopback ? undefined : process.env });
  }
  return createAlpnTransport(origin, (spare: TLSSocket) => createHttp1Transport({ secure, spare }));
}

/**
 * Whether the requests go over one TLS connection offering h2 (http2.ts): https with no proxy. A proxy from the
 * environment (HTTPS_PROXY, NO_PROXY: self-hosted runners) is honoured for real instances, by Node's built-in proxy
 * support (`proxyEnv`, Node 24.5+; the runner's node24 is newer); loopback never goes through one. Through a proxy,
 * and over plain http, the requests are HTTP/1.1 (http1.ts).
 */
function usesAlpn({ origin, isLoopback }: TransportOptions): boolean {
  return origin.protocol === 'https:' && (isLoopback || !proxyConfigured(process.env));
}

/**
 * Opens the connection to the instance that the first request will take, before the rest of the action has loaded
 * (index.ts): the TCP and TLS handshakes run while Node loads and reads the settings. Only where the requests would
 * open this very connection (`usesAlpn`); nothing but the handshake goes over it until a request takes it, so a run
 * that makes no request (bad inputs, a skipped check) sends nothing and discards it (`discardPreconnection`).
 * Resolves once the ClientHello is written (or the attempt failed); at once when nothing was opened.
 */
export function preconnect(options: TransportOptions): Promise<void> {
  return usesAlpn(options) ? openEarly(options.origin) : Promise.resolve();
}

/** Closes the connection `preconnect` opened if no request took it. Idempotent. */
export function discardPreconnection(): void {
  discardEarly();
}
