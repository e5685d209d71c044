/**
 * The one table of faults and bad inputs: what a misbehaving instance or a mistyped input does to a run, and what the
 * run must end in (DESIGN.md: statuses, safety promises). Each row runs the bundled action as the runner does, against
 * loopback servers; fault-lab.ts adds the checks every row shares (status, exit code, message, time bound, canary,
 * no stack trace, no request on bad input). `npm run test:faults` prints the table; __tests__/faults.test.ts runs it.
 *
 * Runs under vitest and directly under Node 24 (type stripping): erasable syntax only, `.ts` imports.
 */
import type { Expectation, FaultCase, Lab } from './fault-lab.ts';
import { HTTP2_FAULTS } from './fault-cases-http2.ts';
import type { ActionRun } from './run-action.ts';
import type { InterceptResult, MastodonServer, MastodonServerOptions, RecordedRequest } from './mastodon-server.ts';
import * as world from './mastodon-server.ts';
import {
  CLI_CASES,
  EMPTY_TOKEN_CASES,
  GITHUB_CASES,
  HOSTILE_ANSWER_CASES,
  HOSTILE_TEXT_CASES,
  HOSTILE_TOKEN_CASES,
  INSTANCE_CASES,
} from './fault-cases-hostile.ts';

const VERIFY = '/api/v1/accounts/verify_credentials';
const TOKEN = world.TOKEN_HEALTHY;

/** What every unreachable run must also say: it is not the token, and what to do. */
const UNREACHABLE_FIX = [/says nothing about the token/, /Check that `instance`/, /on-unreachable: warn/];

const unreachable = (...says: RegExp[]): Expectation => ({
  status: 'unreachable',
  exitCode: 1,
  says: [...says, ...UNREACHABLE_FIX],
});
/** The token works, but its scopes could not be established: the declaration was not checked. */
const scopesUnknown = (...says: RegExp[]): Expectation => ({
  status: 'unreachable',
  exitCode: 1,
  tokenState: 'active',
  says: [/Scopes unknown/, ...says, /says nothing about the token/, /on-unreachable: warn/],
});
const healthy = (...says: RegExp[]): Expectation => ({ status: 'healthy', exitCode: 0, says });
const inputError = (input: string, ...says: RegExp[]): Expectation => ({
  status: 'input-error',
  exitCode: 1,
  says: [new RegExp(`Input ${input}: ${input} `), ...says],
});

const MAINTENANCE_PAGE =
  '<!DOCTYPE html><html><head><title>Down for maintenance</title></head><body><h1>We will be back soon</h1>' +
  '<p>The server is being upgraded.</p></body></html>';
const LOGIN_PAGE = '<!DOCTYPE html><html><body><form action="/login"><input name="password"></form></body></html>';

const html = (status: number, body: string): InterceptResult => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body,
});
const json = (status: number, body: unknown, headers: Record<string, string> = {}): InterceptResult => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

/** Rack::Attack's 429: no Retry-After, X-RateLimit-Reset as ISO 8601 with microseconds (reference §6). */
const tooManyRequests = (resetAt: number): InterceptResult =>
  json(
    429,
    { error: 'Too many requests' },
    {
      'X-RateLimit-Limit': '300',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': new Date(resetAt).toISOString().replace(/Z$/, '123Z'),
    },
  );

/** The first answer to each path is the fault; later attempts get the real answer. */
function firstTimeOnly(fault: InterceptResult): (req: RecordedRequest) => InterceptResult | undefined {
  const seen = new Set<string>();
  return (req) => {
    if (seen.has(req.path)) return undefined;
    seen.add(req.path);
    return fault;
  };
}

/** The requests of the first wave (reference §9): what a server that only fails probes still answers. */
const FIRST_WAVE = new Set([VERIFY, '/oauth/token/info', '/api/v1/apps/verify_credentials', '/api/v2/instance']);
const probesOnly =
  (fault: InterceptResult) =>
  (req: RecordedRequest): InterceptResult | undefined =>
    FIRST_WAVE.has(req.path) ? undefined : fault;

const attemptsAt = (server: MastodonServer, path: string) => server.requests.filter((r) => r.path === path);

/** The transient fault was retried, and the retry came after a backoff. */
function retried(server: MastodonServer, times = 2): string[] {
  const attempts = attemptsAt(server, VERIFY);
  if (attempts.length < times) return [`verify_credentials was tried ${attempts.length} time(s), expected ${times}`];
  const gap = (attempts[1]?.startedAt ?? 0) - (attempts[0]?.startedAt ?? 0);
  return gap < 200 ? [`the retry came ${Math.round(gap)} ms after the first attempt: no backoff`] : [];
}

/** A server that answers every request with `fault`, and a default expectation of a run against it. */
function everyRequest(
  name: string,
  fault: InterceptResult,
  expect: Expectation,
  extra: Pick<FaultCase, 'timeoutSeconds'> = {},
) {
  return serverCase(name, expect, async (lab) => ({ server: await lab.mastodon({ intercept: () => fault }) }), extra);
}

interface ServerSetup {
  /** What `instance` points at. */
  readonly server: { readonly url: string };
  /** TOKEN_HEALTHY unless given. */
  readonly token?: string;
  readonly inputs?: Readonly<Record<string, string>>;
  readonly verify?: (run: ActionRun) => string[];
}

/** A run of TOKEN_HEALTHY, declaring exactly its scopes, against what `setup` makes. */
function serverCase(
  name: string,
  expect: Expectation,
  setup: (lab: Lab) => Promise<ServerSetup>,
  extra: Pick<FaultCase, 'timeoutSeconds'> = {},
): FaultCase {
  return {
    name,
    group: 'server fault',
    expect,
    ...extra,
    async arrange(lab) {
      const { server, token, inputs, verify } = await setup(lab);
      return {
        token: token ?? TOKEN,
        inputs: { instance: server.url, 'required-scopes': 'profile write:statuses', ...inputs },
        ...(verify ? { verify } : {}),
      };
    },
  };
}

const SERVER_FAULTS: FaultCase[] = [
  everyRequest('5xx: 503 with an HTML maintenance page', html(503, MAINTENANCE_PAGE), unreachable(/503/, /text\/html/)),
  serverCase('5xx once (502), then answers: retried', healthy(), async (lab) => {
    const server = await lab.mastodon({ intercept: firstTimeOnly(html(502, '<h1>Bad Gateway</h1>')) });
    return { server, verify: () => retried(server) };
  }),
  everyRequest(
    "5xx whose JSON says 'revoked' (a broken proxy, not Mastodon)",
    json(500, { error: 'The access token was revoked' }),
    unreachable(/500/),
  ),
  serverCase('429, X-RateLimit-Reset in 1.2 s (within timeout-seconds): waits, retries', healthy(), async (lab) => {
    let resetAt = 0;
    const arrivals: number[] = [];
    const server = await lab.mastodon({
      intercept: (req) => {
        if (req.path === VERIFY) arrivals.push(Date.now());
        // Rack::Attack throttles /api only (reference §6); the window ends 1.2 s after the first request.
        resetAt ||= Date.now() + 1200;
        return req.path.startsWith('/api/') && Date.now() < resetAt ? tooManyRequests(resetAt) : undefined;
      },
    });
    return {
      server,
      verify: () =>
        arrivals.length < 2
          ? [`verify_credentials was tried ${arrivals.length} time(s): the 429 was not retried`]
          : (arrivals[1] ?? 0) < resetAt
            ? [`the retry came ${resetAt - (arrivals[1] ?? 0)} ms before X-RateLimit-Reset`]
            : [],
    };
  }),
  serverCase(
    '429, X-RateLimit-Reset in 5 min (past the time budget)',
    unreachable(/rate limited \(429\) until `?\d{4}-\d\d-\d\dT/),
    async (lab) => {
      const server = await lab.mastodon({
        intercept: (req) => (req.path.startsWith('/api/') ? tooManyRequests(Date.now() + 300_000) : undefined),
      });
      // Waiting cannot help: no retry that would only be refused again.
      return { server, verify: () => (attemptsAt(server, VERIFY).length === 1 ? [] : ['the 429 was retried']) };
    },
  ),
  serverCase('connection refused (nothing listens)', unreachable(/refused/), async (lab) => ({
    server: { url: await lab.closedPort() },
  })),
  everyRequest('connection reset before any answer', { reset: true }, unreachable(/closed|reset/)),
  everyRequest('connection reset mid-body', { reset: true, afterBytes: 24 }, unreachable(/closed|reset/)),
  serverCase('connection reset mid-body once, then answers: retried', healthy(), async (lab) => {
    const server = await lab.mastodon({ intercept: firstTimeOnly({ reset: true, afterBytes: 24 }) });
    return { server, verify: () => retried(server) };
  }),
  serverCase('DNS: the host does not resolve (.invalid)', unreachable(/could not be resolved/), async () => ({
    server: { url: 'https://mastodon-token-health.invalid' },
  })),
  serverCase(
    'token info blocked, every probe times out',
    scopesUnknown(/no answer within timeout-seconds/),
    async (lab) => ({ server: await lab.mastodon({ tokenInfo: false, intercept: probesOnly({ hang: true }) }) }),
    { timeoutSeconds: 2 },
  ),
  serverCase('token info blocked, every probe answers 503', scopesUnknown(/503/), async (lab) => ({
    server: await lab.mastodon({ tokenInfo: false, intercept: probesOnly(html(503, MAINTENANCE_PAGE)) }),
  })),
  serverCase('TLS: a self-signed certificate', unreachable(/TLS/, /certificate/), async (lab) => {
    const server = await lab.selfSigned();
    return {
      server,
      verify: () => (server.requests.length > 0 ? [`${server.requests.length} request(s) got past TLS`] : []),
    };
  }),
  serverCase('TLS: https:// to a port that speaks http', unreachable(/does not speak https/), async (lab) => {
    const server = await lab.mastodon();
    return { server: { url: server.url.replace('http://', 'https://') } };
  }),
  serverCase(
    'slower than timeout-seconds (answers after 6 s)',
    unreachable(/within timeout-seconds/),
    async (lab) => ({ server: await lab.mastodon({ delayMs: 6000 }) }),
    { timeoutSeconds: 2 },
  ),
  everyRequest('accepts, never answers', { hang: true }, unreachable(/within timeout-seconds/), { timeoutSeconds: 2 }),
  everyRequest('200 with an HTML page (a login wall)', html(200, LOGIN_PAGE), unreachable(/not look like Mastodon/)),
  everyRequest(
    '200 that is not JSON (text/plain)',
    { status: 200, headers: { 'content-type': 'text/plain' }, body: 'OK' },
    unreachable(/not look like Mastodon/),
  ),
  everyRequest('200 with JSON of another shape', json(200, { status: 'ok' }), unreachable(/not look like Mastodon/)),
  everyRequest(
    '200 with truncated JSON',
    { status: 200, headers: { 'content-type': 'application/json' }, body: '{"id":"1093840","username":"b' },
    unreachable(/not look like Mastodon/),
  ),
  everyRequest(
    'a body over the 1 MiB cap',
    json(200, { id: '1', username: 'bot', note: 'x'.repeat(2 * 1024 * 1024) }),
    unreachable(/larger than 1048576 bytes/),
  ),
  everyRequest(
    'a web site, not Mastodon (404 HTML everywhere)',
    html(404, '<h1>Not Found</h1>'),
    unreachable(/404/, /text\/html/),
  ),
  serverCase(
    'German-locale user, revoked token: ?lang=en keeps it revoked',
    { status: 'revoked', exitCode: 1, says: [/revoked/] },
    async (lab) => {
      const server = await lab.mastodon();
      return {
        server,
        token: world.TOKEN_GERMAN_REVOKED,
        verify: () => (attemptsAt(server, VERIFY).every((r) => r.query['lang'] === 'en') ? [] : ['no ?lang=en sent']),
      };
    },
  ),
  serverCase('German-locale user, healthy token', healthy(), async (lab) => ({
    server: await lab.mastodon(),
    token: world.TOKEN_GERMAN,
    inputs: { 'required-scopes': 'read write:statuses' },
  })),
  serverCase('redirect to the same origin: followed', healthy(), async (lab) => {
    const server = await lab.mastodon({
      intercept: (req) =>
        req.path === VERIFY && req.query['moved'] === undefined
          ? { status: 301, headers: { location: `${VERIFY}?lang=en&moved=1` } }
          : undefined,
    });
    return {
      server,
      verify: () => (attemptsAt(server, VERIFY).some((r) => r.query['moved'] === '1') ? [] : ['not followed']),
    };
  }),
  serverCase(
    'redirect to another origin: never followed, token never sent',
    unreachable(/redirected to `http:\/\/127\.0\.0\.1:\d+`, another origin/, /token was not sent/),
    async (lab) => {
      const other = await lab.mastodon();
      const server = await lab.mastodon({
        intercept: (req) => ({ status: 302, headers: { location: `${other.url}${req.path}?lang=en` } }),
      });
      return {
        server,
        verify: () =>
          other.requests.length === 0
            ? []
            : [
                `the other origin got ${other.requests.length} request(s)` +
                  (other.requests.some((r) => r.headers['authorization'] !== undefined || r.token !== undefined)
                    ? ', with the token'
                    : ''),
              ],
      };
    },
  ),
  serverCase('an error text that echoes the token, cut to the length shown', unreachable(/403/), async (lab) => ({
    server: await lab.mastodon({
      intercept: (req) =>
        req.path === VERIFY
          ? json(403, { error: `Debug: your request had ${'x'.repeat(80)} Authorization: Bearer ${req.token} (end)` })
          : undefined,
    }),
  })),
  serverCase('a redirect to a host named after the token (lower-cased)', unreachable(/another origin/), async (lab) => {
    const server = await lab.mastodon({
      intercept: (req) => ({ status: 302, headers: { location: `https://${req.token ?? ''}.example/` } }),
    });
    return {
      server,
      verify: (run) =>
        run.everything.toLowerCase().includes(TOKEN.toLowerCase()) ? ['the lower-cased token was printed'] : [],
    };
  }),
  serverCase('a redirect loop on the same origin', unreachable(/too many redirects/), async (lab) => ({
    server: await lab.mastodon({
      intercept: (req) => ({ status: 302, headers: { location: `${req.path}?again=${Math.random()}` } }),
    }),
  })),
];

function inputCase(
  name: string,
  expect: Expectation,
  inputs: (server: MastodonServer) => Record<string, string>,
  options: { token?: string; canary?: string; eventName?: string; event?: unknown } = {},
): FaultCase {
  return {
    name,
    group: 'bad input',
    expect,
    async arrange(lab) {
      const server = await lab.mastodon();
      return {
        token: options.token ?? TOKEN,
        ...(options.canary !== undefined ? { canary: options.canary } : {}),
        ...(options.eventName ? { eventName: options.eventName } : {}),
        ...(options.event !== undefined ? { event: options.event } : {}),
        inputs: { instance: server.url, ...inputs(server) },
      };
    },
  };
}

/** A pull request from a fork, as the event payload says it: head and base repositories differ. */
const FORK_PULL_REQUEST = {
  pull_request: {
    number: 7,
    head: { repo: { full_name: 'someone/bot' } },
    base: { repo: { full_name: 'octo-org/bot' } },
  },
};

const token = (
  name: string,
  value: string,
  expect: Expectation,
  options: { eventName?: string; event?: unknown } = {},
) =>
  inputCase(name, expect, () => ({ 'required-scopes': 'profile write:statuses' }), {
    token: value,
    canary: TOKEN,
    ...options,
  });
const scopes = (name: string, value: string, expect: Expectation, options: { token?: string } = {}) =>
  inputCase(name, expect, () => ({ 'required-scopes': value }), options);
const policy = (input: string, value: string, ...says: RegExp[]) =>
  inputCase(`${input}: '${value}'`, inputError(input, new RegExp(`is '${escape(value)}'`), ...says), () => ({
    [input]: value,
  }));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const BAD_INPUTS: FaultCase[] = [
  inputCase('instance with a path and a trailing slash', healthy(), (s) => ({ instance: `${s.url}/@bot/` })),
  inputCase('instance in upper case (scheme and path)', healthy(), (s) => ({
    instance: `${s.url.replace('http://', 'HTTP://')}/ABOUT/`,
  })),
  inputCase(
    'instance as a bare host name: https is assumed',
    unreachable(/GET `https:\/\/mastodon-token-health\.invalid\/api\//, /could not be resolved/),
    () => ({ instance: 'Mastodon-Token-Health.invalid' }),
  ),
  inputCase(
    'instance as host:port without a scheme: https is assumed',
    unreachable(/https:\/\/127\.0\.0\.1:\d+/, /does not speak https/),
    (s) => ({ instance: `127.0.0.1:${s.port}` }),
  ),
  inputCase('instance as an IDN (upper case): punycode origin', unreachable(/xn--bcher-kva\.invalid/), () => ({
    instance: 'https://BÜCHER.invalid/',
  })),
  inputCase('instance as a handle @bot@host', inputError('instance', /account handle/), () => ({
    instance: '@bot@social.example',
  })),
  inputCase('instance http:// to a public host', inputError('instance', /http:\/\/ is refused/), () => ({
    instance: 'http://social.example',
  })),
  inputCase('instance garbage', inputError('instance', /white space|not a valid address/), () => ({
    instance: 'not a host!',
  })),
  inputCase('instance with another scheme', inputError('instance', /scheme 'ftp'/), () => ({
    instance: 'ftp://social.example',
  })),
  inputCase('instance with credentials in it', inputError('instance', /user name or password/), () => ({
    instance: 'https://bot:hunter2@social.example',
  })),
  token('token with surrounding spaces and a trailing newline', `  ${TOKEN}\n`, healthy()),
  token("token with a 'Bearer ' prefix", `Bearer ${TOKEN}`, healthy(/starts with 'Bearer '/)),
  token('token with a space inside', `${TOKEN.slice(0, 20)} ${TOKEN.slice(20)}`, inputError('token', /white space/)),
  token('token split over two lines', `${TOKEN.slice(0, 20)}\n${TOKEN.slice(20)}`, inputError('token', /white space/)),
  token(
    'token with a zero-width space inside',
    `${TOKEN.slice(0, 20)}\u200B${TOKEN.slice(20)}`,
    inputError('token', /not printable ASCII at position 21/),
  ),
  token(
    'token with a control character',
    `${TOKEN.slice(0, 20)}\u0007${TOKEN.slice(20)}`,
    inputError('token', /not printable ASCII/),
  ),
  token('token too short to be one', 'Qx7Zk', inputError('token', /too short/)),
  token('token empty on a push', '  \n', inputError('token', /is empty/)),
  token(
    'token empty on a fork pull request: skipped',
    '',
    { status: 'skipped', exitCode: 0, says: [/withholds/] },
    { eventName: 'pull_request', event: FORK_PULL_REQUEST },
  ),
  token(
    "token 'Bearer ' with an empty secret on a fork pull request: skipped",
    'Bearer ',
    { status: 'skipped', exitCode: 0, says: [/withholds/] },
    { eventName: 'pull_request', event: FORK_PULL_REQUEST },
  ),
  scopes('scopes with a typo (write:status)', 'write:status', inputError('required-scopes', /'write:statuses'\?/)),
  scopes('scopes in upper case', 'WRITE:STATUSES', inputError('required-scopes', /'write:statuses'\?/)),
  scopes('scopes: an unknown name (admin)', 'admin', inputError('required-scopes', /'admin:read'\?/)),
  scopes('scopes: a made-up name', 'post:everything', inputError('required-scopes', /unknown scope 'post:everything'/)),
  scopes(
    'scopes separated by semicolons',
    'write:statuses;profile',
    inputError('required-scopes', /separated by spaces, commas or newlines/),
  ),
  scopes(
    'scopes with duplicates and stray separators',
    ' ,write:statuses,, profile\n\nwrite:statuses, ',
    healthy(/more than once/),
  ),
  scopes('scopes: the deprecated follow', 'follow', healthy(/deprecated/), { token: world.TOKEN_FOLLOW_ONLY }),
  policy('on-excess', 'error', /'fail', 'warn', 'ignore'/),
  policy('on-missing', 'ignore', /'fail', 'warn'/),
  policy('on-unreachable', 'retry'),
  policy('probe', 'sometimes'),
  policy('comment', 'yes'),
  policy('issue', 'always'),
  policy('timeout-seconds', '30s', /a number from 1/),
  policy('timeout-seconds', '0'),
  policy('max-token-age-days', '-7', /a whole number/),
  policy('max-token-age-days', '1.5'),
  inputCase(
    'several bad inputs at once: each named',
    inputError('on-excess', /Input probe: probe /, /Input required-scopes: required-scopes /),
    () => ({ 'on-excess': 'strict', probe: 'maybe', 'required-scopes': 'write:statuse' }),
  ),
];

/**
 * Other software (docs/servers/*.md): each answer read by that server's rules, and an answer that fits none of them
 * (a proxy's, a locale's, a server this check does not know) never read as a dead token.
 */
function otherServer(
  name: string,
  expect: Expectation,
  options: MastodonServerOptions,
  run: { token?: string; inputs?: Record<string, string> } = {},
): FaultCase {
  return {
    name,
    group: 'other server',
    expect,
    async arrange(lab) {
      const server = await lab.mastodon(options);
      return {
        token: run.token ?? TOKEN,
        inputs: { instance: server.url, 'required-scopes': 'write:statuses', ...run.inputs },
      };
    },
  };
}

const onPath =
  (path: string, fault: InterceptResult) =>
  (req: RecordedRequest): InterceptResult | undefined =>
    req.path === path ? fault : undefined;

const OTHER_SERVERS: readonly FaultCase[] = [
  otherServer(
    'GoToSocial: a proxy answers verify_credentials 401 in its own words',
    unreachable(/not one of GoToSocial's answers/),
    { software: 'gotosocial', intercept: onPath(VERIFY, json(401, { error: 'Unauthorized' })) },
  ),
  otherServer(
    'GoToSocial: "user not supplied" (app-only token or unusable account)',
    { status: 'account-unusable', exitCode: 1, says: [/app-only token/, /account cannot log in/] },
    { software: 'gotosocial' },
    { token: world.TOKEN_APP_ONLY },
  ),
  otherServer(
    'GoToSocial before 0.19: scopes not enforced',
    { status: 'over-scoped', exitCode: 0, tokenState: 'active', says: [/does not enforce OAuth scopes/] },
    { software: 'gotosocial', version: '0.18.3' },
    { token: world.TOKEN_NARROW },
  ),
  otherServer(
    'Pleroma: "Invalid credentials." and apps/verify_credentials fails (502)',
    unreachable(/apps\/verify_credentials, which tells an app-only token from a dead one, got no usable answer/),
    {
      software: 'pleroma',
      intercept: onPath('/api/v1/apps/verify_credentials', json(502, { error: 'Bad Gateway' })),
    },
    { token: world.TOKEN_REVOKED },
  ),
  otherServer(
    "Akkoma: apps/verify_credentials is a proxy's HTML page",
    unreachable(/got no usable answer/),
    { software: 'akkoma', intercept: onPath('/api/v1/apps/verify_credentials', html(200, LOGIN_PAGE)) },
    { token: world.TOKEN_APP_ONLY },
  ),
  otherServer(
    'Akkoma: "Invalid credentials." in another language',
    unreachable(/not one of Akkoma's answers/),
    { software: 'akkoma', intercept: onPath(VERIFY, json(403, { error: 'Ungültige Anmeldedaten.' })) },
    { token: world.TOKEN_REVOKED },
  ),
  otherServer(
    'GoToSocial behind a proxy that hides the instance endpoints: NodeInfo names it',
    { status: 'invalid', exitCode: 1, says: [/GoToSocial deletes a revoked token/] },
    {
      software: 'gotosocial',
      intercept: (req) =>
        req.path === '/api/v2/instance' || req.path === '/api/v1/instance' ? html(404, MAINTENANCE_PAGE) : undefined,
    },
    { token: world.TOKEN_REVOKED },
  ),
  otherServer('Misskey: not supported', unreachable(/Server not supported/, /does not speak Mastodon's client API/), {
    software: 'misskey',
  }),
  otherServer(
    'unknown software: a Mastodon-like 401 is no verdict',
    unreachable(/whose token rules this check does not know/),
    {
      intercept: onPath(
        '/api/v2/instance',
        json(200, { domain: 'social.example', version: '4.0.0 (compatible; Mitra 2.0.0)' }),
      ),
    },
    { token: world.TOKEN_REVOKED },
  ),
];

export const FAULT_CASES: readonly FaultCase[] = [
  ...SERVER_FAULTS,
  ...HTTP2_FAULTS,
  ...HOSTILE_TEXT_CASES,
  ...HOSTILE_TOKEN_CASES,
  ...HOSTILE_ANSWER_CASES,
  ...OTHER_SERVERS,
  ...BAD_INPUTS,
  ...EMPTY_TOKEN_CASES,
  ...INSTANCE_CASES,
  ...GITHUB_CASES,
  ...CLI_CASES,
];
