/**
 * The fault table's rows about HTTP/2 and TLS protocol choice (joined to FAULT_CASES in fault-cases.ts). The action
 * speaks HTTP/2 when the instance offers it through ALPN, and HTTP/1.1 when it does not or when a proxy carries the
 * requests (src/mastodon/transport.ts); each row says what a run against such a server must end in.
 *
 * Runs under vitest and directly under Node 24 (type stripping): erasable syntax only, `.ts` imports.
 */
import { constants } from 'node:http2';
import type { Expectation, FaultCase, Lab, LabTls } from './fault-lab.ts';
import { TOKEN_HEALTHY } from './mastodon-server.ts';
import type { ActionRun } from './run-action.ts';
import type { TlsFrontOptions } from './tls-front.ts';

const VERIFY = '/api/v1/accounts/verify_credentials';
const UNREACHABLE_FIX = [/says nothing about the token/, /Check that `instance`/, /on-unreachable: warn/];
const healthy: Expectation = { status: 'healthy', exitCode: 0, says: [] };
const unreachable = (...says: RegExp[]): Expectation => ({
  status: 'unreachable',
  exitCode: 1,
  says: [...says, ...UNREACHABLE_FIX],
});

/** A run of TOKEN_HEALTHY against the demo world behind TLS, which offers and misbehaves as `front` says. */
function tlsCase(
  name: string,
  expect: Expectation,
  front: Omit<TlsFrontOptions, 'target' | 'certificate'>,
  verify: (tls: LabTls, run: ActionRun) => string[] = () => [],
): FaultCase {
  return {
    name,
    group: 'server fault',
    expect,
    async arrange(lab: Lab) {
      const tls = await lab.tlsFront(front);
      return {
        token: TOKEN_HEALTHY,
        inputs: { instance: tls.front.url, 'required-scopes': 'profile write:statuses' },
        env: tls.env,
        verify: (run) => verify(tls, run),
      };
    },
  };
}

const versions = (tls: LabTls) => [...new Set(tls.front.requests.map((r) => r.httpVersion))].join(', ');
const spoke = (version: string) => (tls: LabTls) =>
  tls.front.requests.length > 0 && versions(tls) === version
    ? []
    : [`the requests went over HTTP ${versions(tls) || '(none)'}, expected ${version} only`];

/** Calls `fault` for the first request of each HTTP/2 connection, up to `times` connections. */
function firstConnections(
  times: number,
  fault: NonNullable<TlsFrontOptions['onHttp2Request']>,
): NonNullable<TlsFrontOptions['onHttp2Request']> {
  const seen = new WeakSet<object>();
  let faulted = 0;
  return (request, response, index) => {
    const session = request.stream.session;
    if (!session || seen.has(session)) return false;
    seen.add(session);
    if (faulted >= times) return false;
    faulted++;
    return fault(request, response, index);
  };
}

export const HTTP2_FAULTS: FaultCase[] = [
  tlsCase('HTTP/2 offered: one connection, one handshake, every request a stream', healthy, {}, (tls) => {
    const problems = spoke('2.0')(tls);
    const handshakes = tls.front.handshakes.map((h) => h.alpn).join(', ');
    if (tls.front.connections() !== 1 || handshakes !== 'h2') {
      problems.push(`${tls.front.connections()} connection(s), handshakes ${handshakes}: expected one, h2`);
    }
    return problems;
  }),
  tlsCase('TLS without ALPN (HTTP/1.1 unnamed): HTTP/1.1', healthy, { offer: 'none' }, spoke('1.1')),
  tlsCase('TLS offering only HTTP/1.1 through ALPN: HTTP/1.1', healthy, { offer: 'http/1.1' }, spoke('1.1')),
  tlsCase(
    'HTTP/2 GOAWAY after the first stream: the rest retried on a new connection',
    healthy,
    {
      onHttp2Request: firstConnections(1, (request) => {
        request.stream.session?.goaway(constants.NGHTTP2_NO_ERROR, request.stream.id);
        return false;
      }),
    },
    (tls) =>
      tls.front.handshakes.length >= 2 ? [] : [`${tls.front.handshakes.length} handshake(s): nothing was retried`],
  ),
  tlsCase(
    'HTTP/2 GOAWAY and every stream refused on the first connection (a server restarting): retried',
    healthy,
    {
      onHttp2Request: (() => {
        let first: object | undefined;
        return (request) => {
          const session = request.stream.session;
          if (!session) return false;
          first ??= session;
          if (session !== first) return false;
          if (!session.closed) session.goaway(constants.NGHTTP2_NO_ERROR);
          request.stream.close(constants.NGHTTP2_REFUSED_STREAM);
          return true;
        };
      })(),
    },
    (tls) =>
      tls.front.handshakes.length >= 2 ? [] : [`${tls.front.handshakes.length} handshake(s): nothing was retried`],
  ),
  tlsCase('HTTP/2 GOAWAY with an error on every connection', unreachable(/GOAWAY/), {
    onHttp2Request: (request) => {
      request.stream.session?.goaway(constants.NGHTTP2_INTERNAL_ERROR);
      return true;
    },
  }),
  tlsCase(
    'HTTP/2 RST_STREAM on the first connection’s first stream: retried',
    healthy,
    {
      onHttp2Request: firstConnections(1, (request) => {
        request.stream.close(constants.NGHTTP2_REFUSED_STREAM);
        return true;
      }),
    },
    (tls) => (tls.front.requests.length > 4 ? [] : [`${tls.front.requests.length} requests: nothing was retried`]),
  ),
  tlsCase('HTTP/2 RST_STREAM (INTERNAL_ERROR) on every verify_credentials', unreachable(/RST_STREAM/), {
    onHttp2Request: (request) => {
      if (!request.url.startsWith(VERIFY)) return false;
      request.stream.close(constants.NGHTTP2_INTERNAL_ERROR);
      return true;
    },
  }),
  tlsCase(
    'HTTP/2 stream closed without an answer and without an error code (RST_STREAM NO_ERROR), every time',
    unreachable(/RST_STREAM/),
    {
      onHttp2Request: (request) => {
        if (!request.url.startsWith(VERIFY)) return false;
        request.stream.close(constants.NGHTTP2_NO_ERROR);
        return true;
      },
    },
  ),
  {
    name: 'HTTP/2 agreed through ALPN, then HTTP/1.1 bytes instead of frames',
    group: 'server fault',
    expect: unreachable(/HTTP\/2/),
    async arrange(lab) {
      const server = await lab.falseHttp2();
      return {
        token: TOKEN_HEALTHY,
        inputs: { instance: server.url, 'required-scopes': 'profile write:statuses' },
        env: server.env,
      };
    },
  },
  {
    name: 'HTTPS_PROXY in front of an instance offering HTTP/2: through the proxy, HTTP/1.1',
    group: 'server fault',
    expect: healthy,
    async arrange(lab) {
      const tls = await lab.tlsFront();
      const proxy = await lab.connectProxy(tls.front.port);
      const instance = `https://social.example:${tls.front.port}`;
      return {
        token: TOKEN_HEALTHY,
        inputs: { instance, 'required-scopes': 'profile write:statuses' },
        env: { ...tls.env, HTTPS_PROXY: proxy.url },
        verify: () => [
          ...(proxy.connects.some((c) => c.target === `social.example:${tls.front.port}`)
            ? []
            : [`the proxy was not asked for social.example: ${JSON.stringify(proxy.connects.map((c) => c.target))}`]),
          ...(JSON.stringify(proxy.connects).includes(TOKEN_HEALTHY) ? ['the token was sent to the proxy'] : []),
          ...spoke('1.1')(tls),
        ],
      };
    },
  },
];
