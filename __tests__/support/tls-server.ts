/**
 * An https server on loopback whose certificate no client trusts (self-signed), to prove that a TLS failure is
 * `unreachable` and that no request, so no token, gets through. The key and certificate are made at start with
 * `openssl` when the machine has it, else the committed test-only pair in __tests__/fixtures/tls/ is used.
 *
 * Runs under vitest and directly under Node 24 (type stripping): erasable syntax only, `.ts` imports.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'tls');

export interface TlsServer {
  /** `https://127.0.0.1:PORT` */
  readonly url: string;
  /** HTTP requests that got past the handshake (none, when the client refuses the certificate). */
  readonly requests: { readonly path: string; readonly headers: Record<string, unknown> }[];
  /** Where the certificate came from. */
  readonly certificate: 'openssl' | 'fixture';
  close(): Promise<void>;
}

function selfSignedPair(): { key: string; cert: string; source: TlsServer['certificate'] } {
  const dir = mkdtempSync(join(tmpdir(), 'mth-tls-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    // prettier-ignore
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
    ], { stdio: 'ignore', timeout: 10_000 });
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8'), source: 'openssl' };
  } catch {
    return {
      key: readFileSync(join(FIXTURE, 'self-signed.key'), 'utf8'),
      cert: readFileSync(join(FIXTURE, 'self-signed.crt'), 'utf8'),
      source: 'fixture',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startSelfSignedServer(): Promise<TlsServer> {
  const { key, cert, source } = selfSignedPair();
  const requests: TlsServer['requests'] = [];
  const server = createServer({ key, cert }, (req, res) => {
    requests.push({ path: req.url ?? '', headers: { ...req.headers } });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    requests,
    certificate: source,
    close: async () => {
      const closed = new Promise<void>((done) => server.close(() => done()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
