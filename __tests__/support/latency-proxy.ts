/**
 * A TCP proxy on loopback that makes a network: every chunk, in either direction, is passed on half a round trip
 * after it arrived, in order, so a TLS handshake costs one round trip and a request another, as on a real link.
 * (The TCP handshake itself is not delayed: the client's connect() completes on loopback at once, for curl and the
 * action alike.) It records every chunk with its times on the epoch clock, so a benchmark can tell how long a
 * client took to answer what it was sent: the time between the proxy handing the client a flight and the client's
 * next bytes arriving is the client's own reaction time.
 *
 * Runs under vitest and directly under Node 24 (type stripping): erasable syntax only, `.ts` imports.
 */
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { epochNow } from './tls-front.ts';

export interface Chunk {
  /** 'up': client → server; 'down': server → client. */
  readonly direction: 'up' | 'down';
  readonly bytes: number;
  /** epochNow() when the chunk reached the proxy. */
  readonly arrivedAt: number;
  /** epochNow() when the proxy passed it on (half a round trip later), once it has. */
  passedAt?: number;
}

export interface ProxiedConnection {
  /** epochNow() when the client's connection was accepted. */
  readonly acceptedAt: number;
  readonly chunks: Chunk[];
  /** epochNow() when the client's side closed. */
  closedAt?: number;
}

export interface LatencyProxy {
  readonly port: number;
  readonly url: string;
  /** The round trip to add, in milliseconds: each direction is delayed by half of it. */
  setRoundTrip(ms: number): void;
  readonly connections: ProxiedConnection[];
  /** Forgets the recorded connections (open ones keep being proxied). */
  reset(): void;
  close(): Promise<void>;
}

export async function startLatencyProxy(
  target: { host: string; port: number },
  roundTripMs = 0,
): Promise<LatencyProxy> {
  let half = roundTripMs / 2;
  const connections: ProxiedConnection[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (fn: () => void) => {
    if (half <= 0) return fn();
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, half);
    timers.add(timer);
  };

  const server = createServer({ allowHalfOpen: true, noDelay: true }, (client) => {
    const record: ProxiedConnection = { acceptedAt: epochNow(), chunks: [] };
    connections.push(record);
    const upstream = connect({ ...target, allowHalfOpen: true, noDelay: true });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
    }
    const pipe = (from: Socket, to: Socket, direction: Chunk['direction']) => {
      from.on('data', (data: Buffer) => {
        const chunk: Chunk = { direction, bytes: data.length, arrivedAt: epochNow() };
        record.chunks.push(chunk);
        later(() => {
          if (to.destroyed) return;
          to.write(data);
          chunk.passedAt = epochNow();
        });
      });
      from.on('end', () => later(() => to.destroyed || to.end()));
      from.on('close', () => later(() => to.destroy()));
    };
    pipe(client, upstream, 'up');
    pipe(upstream, client, 'down');
    client.on('close', () => (record.closedAt = epochNow()));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `https://127.0.0.1:${port}`,
    setRoundTrip: (ms) => {
      half = ms / 2;
    },
    connections,
    reset: () => {
      connections.length = 0;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((done) => server.close(() => done()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
