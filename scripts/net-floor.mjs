/**
 * Node's floor for `npm run bench`'s real-network mode (scripts/bench-net.ts): the least a Node program does for the
 * same kind of answer, connecting as the action does (TLS offering h2 through ALPN, the request sent once the
 * handshake is done) but with no action code around it: one HTTP/2 request for verify_credentials, the `status`
 * output written, exit. Run as the action is (INPUT_INSTANCE, INPUT_TOKEN, GITHUB_OUTPUT). What it costs beyond one
 * curl request is Node's own: its start, loading node:tls, its exit. Not shipped; a measuring stick only.
 */
import { appendFileSync } from 'node:fs';
import { connect as connectTls } from 'node:tls';
import { setImmediate } from 'node:timers';

const origin = new URL(process.env.INPUT_INSTANCE);
const socket = connectTls({
  host: origin.hostname,
  port: Number(origin.port || 443),
  servername: origin.hostname,
  ALPNProtocols: ['h2', 'http/1.1'],
});
// As the action: node:http2 loads while the handshake is in flight, not after it.
let http2;
socket.once('connect', () => setImmediate(() => (http2 ??= import('node:http2'))));
socket.once('secureConnect', async () => {
  const { connect } = await (http2 ??= import('node:http2'));
  const session = connect(origin.origin, { createConnection: () => socket });
  const request = session.request(
    { ':path': '/api/v1/accounts/verify_credentials', authorization: `Bearer ${process.env.INPUT_TOKEN.trim()}` },
    { endStream: true },
  );
  request.resume();
  request.on('end', () => {
    appendFileSync(process.env.GITHUB_OUTPUT, 'status<<EOF\nhealthy\nEOF\n');
    session.destroy();
  });
});
