/**
 * HTTP/1.1 through node:http and node:https: a connection per request in flight, kept alive so that a second wave
 * (probes) reuses the first wave's connections instead of new TCP and TLS handshakes. Loaded on first use.
 */
import type { Agent, ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { Answer, Exchange, Transport } from './exchange.ts';

export interface Http1Options {
  readonly secure: boolean;
  /** Node's built-in proxy support reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY from this; none when undefined. */
  readonly proxyEnv?: NodeJS.ProcessEnv | undefined;
  /** A connection already open (TLS done, no HTTP/2 agreed): the first request goes on it instead of a new one. */
  readonly spare?: TLSSocket;
}

type Send = (url: URL, options: RequestOptions) => ClientRequest;

export function createHttp1Transport(options: Http1Options): Transport {
  let loaded: Promise<{ agent: Agent; send: Send }> | undefined;
  let agent: Agent | undefined;
  let spare = options.spare;

  const load = () =>
    (loaded ??= (async () => {
      const http = options.secure ? await import('node:https') : await import('node:http');
      agent = new http.Agent({ keepAlive: true, ...(options.proxyEnv ? { proxyEnv: options.proxyEnv } : {}) });
      const create = agent.createConnection.bind(agent);
      agent.createConnection = (connectOptions, callback) => {
        const socket = spare;
        spare = undefined;
        return socket && !socket.destroyed ? (socket as Duplex) : create(connectOptions, callback);
      };
      return { agent, send: http.request as Send };
    })());

  return {
    async exchange({ method, url, headers, signal, onWritten }: Exchange): Promise<Answer> {
      const { agent, send } = await load();
      return new Promise((resolve, reject) => {
        const request = send(url, { method, agent, signal, headers });
        request.once('response', (response: IncomingMessage) =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: response,
            discard: () => response.resume(),
            abandon: () => response.destroy(),
          }),
        );
        request.once('error', (error) => {
          onWritten();
          reject(error);
        });
        whenWritten(request, onWritten);
        // Ended before any write: Node sends Content-Length: 0, so a probe's POST or PUT carries no body.
        request.end();
      });
    },
    close() {
      agent?.destroy();
      spare?.destroy();
    },
  };
}

/**
 * Calls back once the request's bytes can have left: its socket is connected (TLS included), so the queued request
 * has been written. 'finish' alone fires while a new socket is still connecting, with the bytes still in memory.
 */
function whenWritten(request: ClientRequest, callback: () => void): void {
  request.once('socket', (socket) => {
    const event = 'encrypted' in socket ? 'secureConnect' : 'connect';
    if (socket.connecting) socket.once(event, () => setImmediate(callback));
    else setImmediate(callback);
  });
}
