/**
 * Rows of the fault table for hostile answers (issue 9): server-chosen text that tries to become a workflow command,
 * a terminal control sequence or active Markdown; the token echoed in forms a plain search misses; answers that are
 * not what they claim. fault-cases.ts adds them to the one table, so `npm test` and `npm run test:faults` run them.
 *
 * Runs under vitest and directly under Node 24 (type stripping): erasable syntax only, `.ts` imports.
 */
import type { Expectation, FaultCase, Lab } from './fault-lab.ts';
import type { ActionRun } from './run-action.ts';
import type { InterceptResult, RecordedRequest } from './mastodon-server.ts';
import * as world from './mastodon-server.ts';
import { WORKFLOW_LOGIN, WORKFLOW_TOKEN, type GitHubServer, type GitHubServerOptions } from './github-server.ts';
import { markerOf } from '../../src/sinks/github/marker.ts';

const VERIFY = '/api/v1/accounts/verify_credentials';
const APP = '/api/v1/apps/verify_credentials';
const TOKEN_INFO = '/oauth/token/info';
const INSTANCE = '/api/v2/instance';
const TOKEN = world.TOKEN_HEALTHY;

/** The marker a hostile string carries, so that the checks can find where it went. */
const MARK = 'PWNED';

/** A server string that tries every way out of a line: newline, lone CR, the legacy form, a terminal repaint. */
const COMMANDS =
  `Release Bot\n::warning::${MARK}-lf\r::stop-commands::${MARK}-cr\r\n::add-mask::${MARK}-crlf` +
  ` ##[error]${MARK}-legacy \u0085::error::${MARK}-nel \u2028::error::${MARK}-ls` +
  ` \u001b[2K\u001b[1G\u001b[32m✅ Token healthy\u001b[0m`;

/** A server string that tries to become a mention, an image, a link, a heading, a comment: each outside its span. */
const MARKDOWN = `x\`\` @octocat <img src=x onerror=alert(1)> [Reset token](https://evil.example/${MARK}) \`<!-- x -->`;

const json = (status: number, body: unknown, headers: Record<string, string> = {}): InterceptResult => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

/** The answers of a healthy token, with one path answered by `fault`. */
function onPath(path: string, fault: (req: RecordedRequest) => InterceptResult) {
  return (req: RecordedRequest): InterceptResult | undefined => (req.path === path ? fault(req) : undefined);
}

const account = (fields: Record<string, unknown> = {}) => ({
  id: world.BOT_ACCOUNT_ID,
  username: 'bot',
  acct: 'bot',
  url: 'https://social.example/@bot',
  ...fields,
});
const app = (fields: Record<string, unknown> = {}) => ({
  id: world.BOT_APP_ID,
  name: 'Release Bot',
  website: null,
  scopes: ['profile', 'write:statuses'],
  redirect_uris: ['urn:ietf:wg:oauth:2.0:oob'],
  ...fields,
});
const tokenInfo = (fields: Record<string, unknown> = {}) => ({
  resource_owner_id: world.BOT_USER_ID,
  scope: ['profile', 'write:statuses'],
  expires_in: null,
  application: { uid: 'client' },
  created_at: world.DEMO_CREATED_AT,
  ...fields,
});

// ---------------------------------------------------------------------------------------------------------------
// What every hostile-text row checks beyond status and canary.

/** Lines the Actions runner would take for a command that the action did not mean to write. */
export function injectedCommands(stdout: string): string[] {
  const problems: string[] = [];
  // The runner splits on CR as well as LF.
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    if (line.includes('##[')) problems.push(`a legacy command form reached stdout: ${JSON.stringify(line)}`);
    const command = /^\s*::([^:\s]+)[^:]*::(.*)$/.exec(line);
    if (command && command[2]?.startsWith(MARK))
      problems.push(`the server started a workflow command: ${JSON.stringify(line)}`);
  }
  return problems;
}

/** Terminal control characters in what the run printed. */
export function terminalControls(text: string, where: string): string[] {
  const found = text.match(/[\u001b\u009b\u009d]|[\u0000-\u0008\u000b-\u001f\u007f]/g);
  return found ? [`${where} holds control characters ${JSON.stringify([...new Set(found)].join(''))}`] : [];
}

/** The text outside code spans, by CommonMark's rule: a run of N backticks closes only at a run of exactly N. */
export function outsideCodeSpans(markdown: string): string {
  let out = '';
  let i = 0;
  while (i < markdown.length) {
    const run = /^`+/.exec(markdown.slice(i))?.[0];
    if (!run) {
      out += markdown[i];
      i++;
      continue;
    }
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    close.lastIndex = i + run.length;
    const end = close.exec(markdown);
    if (!end) {
      out += run;
      i += run.length;
      continue;
    }
    i = end.index + run.length;
  }
  return out;
}

/** Active Markdown that came from the server: a mention, an HTML tag, a link to its site, outside every code span. */
export function activeMarkdown(markdown: string, where: string): string[] {
  const outside = outsideCodeSpans(markdown);
  return [
    ['a mention', /@octocat/],
    ['an HTML tag', /<img/i],
    ['a link to the server’s site', /evil\.example/],
    ['an HTML comment from the server', /<!-- x -->/],
  ].flatMap(([what, pattern]) =>
    (pattern as RegExp).test(outside) ? [`${where} has ${what as string} outside a code span`] : [],
  );
}

function allOutputsOneLine(run: ActionRun): string[] {
  return Object.entries(run.outputs).flatMap(([name, value]) =>
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value) ? [`output ${name} holds a control character`] : [],
  );
}

/** Every promise about hostile text, for one run. */
function textSafety(run: ActionRun): string[] {
  return [
    ...injectedCommands(run.stdout),
    ...terminalControls(run.stdout, 'stdout'),
    ...terminalControls(run.stderr, 'stderr'),
    ...activeMarkdown(run.summary, 'the job summary'),
    ...allOutputsOneLine(run),
  ];
}

interface HostileSetup {
  readonly intercept?: (req: RecordedRequest) => InterceptResult | undefined | Promise<InterceptResult | undefined>;
  readonly inputs?: Readonly<Record<string, string>>;
  readonly token?: string;
  readonly eventName?: string;
  readonly event?: unknown;
  readonly env?: Readonly<Record<string, string>>;
  readonly server?: Parameters<Lab['mastodon']>[0];
  readonly verify?: (run: ActionRun) => string[];
}

/** A run of TOKEN_HEALTHY (declaring `profile write:statuses`) against a server that answers as `setup` says. */
function hostile(name: string, expect: Expectation, setup: HostileSetup): FaultCase {
  return {
    name,
    group: 'server fault',
    expect,
    async arrange(lab) {
      const server = await lab.mastodon({
        ...setup.server,
        ...(setup.intercept ? { intercept: setup.intercept } : {}),
      });
      return {
        token: setup.token ?? TOKEN,
        ...(setup.token !== undefined && setup.token.trim() === '' ? { canary: TOKEN } : {}),
        ...(setup.eventName ? { eventName: setup.eventName } : {}),
        ...(setup.event !== undefined ? { event: setup.event } : {}),
        ...(setup.env ? { env: setup.env } : {}),
        inputs: { instance: server.url, 'required-scopes': 'profile write:statuses', ...setup.inputs },
        verify: (run) => [...textSafety(run), ...(setup.verify?.(run) ?? [])],
      };
    },
  };
}

const healthy: Expectation = { status: 'healthy', exitCode: 0, says: [] };

/** Text the server chose, reaching every place the action writes. */
export const HOSTILE_TEXT_CASES: FaultCase[] = [
  hostile('app name with workflow commands (LF, lone CR, ##[, NEL, LS) and a terminal repaint', healthy, {
    intercept: onPath(APP, () => json(200, app({ name: COMMANDS }))),
    verify: (run) => (run.outputs['app-name']?.includes('Release Bot') ? [] : ['app-name lost the name itself']),
  }),
  hostile('instance version and domain with workflow commands', healthy, {
    intercept: onPath(INSTANCE, () =>
      json(200, { domain: `social.example${COMMANDS}`, version: `4.6.5${COMMANDS}`, source_url: '' }),
    ),
  }),
  hostile('account acct and username with workflow commands', healthy, {
    intercept: onPath(VERIFY, () => json(200, account({ username: `bot${COMMANDS}`, acct: `bot${COMMANDS}` }))),
  }),
  hostile(
    'scope strings in token info with workflow commands',
    { status: 'over-scoped', exitCode: 0, says: [/Excess scopes/] },
    { intercept: onPath(TOKEN_INFO, () => json(200, tokenInfo({ scope: ['profile', 'write:statuses', COMMANDS] }))) },
  ),
  hostile('app name with a mention, an image, a phishing link and backticks', healthy, {
    intercept: onPath(APP, () => json(200, app({ name: MARKDOWN }))),
  }),
  hostile(
    'scope strings with backticks and Markdown (excess list)',
    { status: 'over-scoped', exitCode: 0, says: [/Excess scopes/] },
    { intercept: onPath(TOKEN_INFO, () => json(200, tokenInfo({ scope: ['profile', 'write:statuses', MARKDOWN] }))) },
  ),
  hostile(
    'granted scopes with Markdown, nothing declared',
    { status: 'healthy', exitCode: 0, says: [/No scopes declared/] },
    {
      intercept: onPath(TOKEN_INFO, () => json(200, tokenInfo({ scope: ['profile', MARKDOWN] }))),
      inputs: { 'required-scopes': '' },
    },
  ),
  hostile(
    'server version with Markdown where a scope needs a newer one',
    { status: 'under-scoped', exitCode: 1, says: [/needs Mastodon 4\.3\.0/] },
    {
      intercept: (req) =>
        req.path === INSTANCE
          ? json(200, { domain: 'social.example', version: `4.2.0 ${MARKDOWN}`, source_url: '' })
          : req.path === TOKEN_INFO
            ? json(200, tokenInfo({ scope: ['write:statuses'] }))
            : req.path === VERIFY
              ? json(403, { error: 'This action is outside the authorized scopes' })
              : undefined,
    },
  ),
  hostile(
    'X-RateLimit-Reset with Markdown (rate limit nearly spent)',
    { status: 'healthy', exitCode: 0, says: [/Rate limit nearly spent/] },
    {
      intercept: onPath(VERIFY, () =>
        json(200, account(), {
          'X-RateLimit-Limit': '300',
          'X-RateLimit-Remaining': '3',
          'X-RateLimit-Reset': `2026-11-27T10:35:00.000000Z ${MARKDOWN}`,
        }),
      ),
    },
  ),
  hostile(
    'Content-Type with Markdown on a 503',
    { status: 'unreachable', exitCode: 1, says: [/503/] },
    {
      intercept: () => ({
        status: 503,
        headers: { 'content-type': `x/${MARKDOWN.replace(/;/g, '')}` },
        body: 'down',
      }),
    },
  ),
  hostile(
    'same-origin redirect whose path and query carry Markdown',
    { status: 'unreachable', exitCode: 1, says: [/503/] },
    {
      intercept: (req) =>
        req.path === VERIFY && req.query['x'] === undefined
          ? { status: 302, headers: { location: `${VERIFY}?lang=en&x=${MARKDOWN}` } }
          : req.path === VERIFY
            ? json(503, { error: 'down' })
            : undefined,
    },
  ),
];

// ---------------------------------------------------------------------------------------------------------------
// The token, echoed back in forms a plain search misses.

/** `text` with every character written as a JSON `\u` escape, as some encoders write non-ASCII, and some everything. */
const jsonEscaped = (text: string) =>
  [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
/** Every character percent-encoded, as a redirect's query may carry it (`encodeURIComponent` leaves `-` and letters). */
const percentEncoded = (text: string) =>
  [...text].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).join('');

const unreachable403: Expectation = { status: 'unreachable', exitCode: 1, says: [/403/] };

/** A 403 whose raw JSON body (written by hand, escapes and all) echoes the token inside a long text. */
const echoed = (name: string, body: (token: string) => string): FaultCase =>
  hostile(name, unreachable403, {
    intercept: onPath(VERIFY, (req) => ({
      status: 403,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body(req.token ?? ''),
    })),
  });

export const HOSTILE_TOKEN_CASES: FaultCase[] = [
  // The token starts where the error text is clipped for the report, so a clip after decoding would print its start.
  echoed(
    'the token echoed JSON-escaped inside a long error text',
    (token) => `{"error":"Debug: ${'x'.repeat(130)} Authorization: Bearer ${jsonEscaped(token)} (end)"}`,
  ),
  echoed(
    'the token echoed with a NUL and an escape character inside',
    (token) =>
      `{"error":"Debug: ${'x'.repeat(60)} Bearer ${token.slice(0, 9)}\\u0000${token.slice(9, 20)}\\u001b${token.slice(20)} (end)"}`,
  ),
  echoed(
    'the token echoed as HTML character references',
    (token) => `{"error":"<p>Bearer ${[...token].map((c) => `&#${c.charCodeAt(0)};`).join('')}</p>"}`,
  ),
  hostile(
    'a same-origin redirect with the token percent-encoded in its query (debug lines)',
    { status: 'unreachable', exitCode: 1, says: [/503/] },
    {
      intercept: (req) =>
        req.path === VERIFY && req.query['moved'] === undefined
          ? { status: 302, headers: { location: `${VERIFY}?lang=en&moved=1&t=${percentEncoded(req.token ?? '')}` } }
          : req.path === VERIFY
            ? json(503, { error: 'down' })
            : undefined,
    },
  ),
];

// ---------------------------------------------------------------------------------------------------------------
// Answers that are not what they claim.

const UNREACHABLE_FIX = [/says nothing about the token/, /on-unreachable: warn/];
const unknownState = (...says: RegExp[]): Expectation => ({
  status: 'unreachable',
  exitCode: 1,
  says: [...says, ...UNREACHABLE_FIX],
});
const ageUnknown: Expectation = { status: 'healthy', exitCode: 0, says: [/Token age unknown/, /created_at/] };
const withCreatedAt = (value: unknown) => onPath(TOKEN_INFO, () => json(200, tokenInfo({ created_at: value })));
const ageCase = (name: string, value: () => unknown): FaultCase =>
  hostile(`token info created_at ${name}: age unknown, max-token-age-days not passed`, ageUnknown, {
    intercept: (req) => withCreatedAt(value())(req),
    inputs: { 'max-token-age-days': '30' },
  });

/** A 401 from something that is not Doorkeeper, whose body mimics Mastodon's refusal. */
const foreign401 = (challenge: string | undefined): InterceptResult =>
  json(401, { error: 'The access token is invalid' }, challenge === undefined ? {} : { 'WWW-Authenticate': challenge });

/** Mastodon 4.5's refusal in German (Doorkeeper ≤ 5.8 wrote the description raw), as a server that ignored ?lang=en. */
const GERMAN_REVOKED = 'Der Zugriffstoken wurde widerrufen';
const german401 = (): InterceptResult =>
  json(
    401,
    { error: GERMAN_REVOKED },
    {
      'WWW-Authenticate': `Bearer realm="Doorkeeper", error="invalid_token", error_description="${GERMAN_REVOKED}"`,
    },
  );

export const HOSTILE_ANSWER_CASES: FaultCase[] = [
  ageCase('past the year 275760 (a crash before)', () => 1e20),
  ageCase('in milliseconds', () => world.DEMO_CREATED_AT * 1000),
  ageCase('negative', () => -world.DEMO_CREATED_AT),
  ageCase('a month in the future', () => Math.floor(Date.now() / 1000) + 30 * 86_400),
  ageCase('a string', () => '2025-11-14T10:00:00Z'),
  hostile(
    "401 with a proxy's Basic challenge: not Doorkeeper, so unknown",
    unknownState(/Basic realm/, /not Doorkeeper/),
    { intercept: onPath(VERIFY, () => foreign401('Basic realm="corp proxy"')) },
  ),
  hostile("401 with another realm's Bearer challenge", unknownState(/corp-sso/), {
    intercept: onPath(VERIFY, () => foreign401('Bearer realm="corp-sso", error="invalid_token"')),
  }),
  hostile("401 with Mastodon's text but no challenge at all", unknownState(/without a challenge/), {
    intercept: onPath(VERIFY, () => foreign401(undefined)),
  }),
  hostile(
    'verify_credentials 401 while token info 200: contradictory, both facts stated',
    unknownState(/contradict/, /verify_credentials refused/, /token info/),
    {
      intercept: onPath(VERIFY, () =>
        json(
          401,
          { error: 'The access token was revoked' },
          {
            'WWW-Authenticate':
              'Bearer realm="Doorkeeper", error="invalid_token", error_description="The access token was revoked"',
          },
        ),
      ),
    },
  ),
  hostile(
    'verify_credentials 200 while token info holds none of profile, read, read:accounts',
    unknownState(/contradict/, /verify_credentials named the account/, /write:statuses/),
    { intercept: onPath(TOKEN_INFO, () => json(200, tokenInfo({ scope: ['write:statuses'] }))) },
  ),
  hostile(
    '401 in a language the check does not read (German, ?lang=en ignored): revoked or unknown',
    { status: 'invalid', exitCode: 1, says: [/revoked, or the instance does not know it/, /Zugriffstoken/] },
    {
      intercept: (req) =>
        req.path === VERIFY || req.path === TOKEN_INFO || req.path === APP ? german401() : undefined,
      verify: (run) =>
        /does not know this token:/.test(run.summary)
          ? ['the summary claims the instance does not know the token']
          : [],
    },
  ),
  hostile('account id as a JSON number past 2^53: never a wrong id', healthy, {
    intercept: onPath(VERIFY, () => ({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: `{"id":${world.BOT_ACCOUNT_ID},"username":"bot","acct":"bot","url":"https://social.example/@bot"}`,
    })),
    verify: (run) =>
      ['', world.BOT_ACCOUNT_ID].includes(run.outputs['account-id'] ?? '')
        ? []
        : [`account-id is ${run.outputs['account-id'] ?? '(unset)'}, a number that lost digits`],
  }),
  hostile('null wherever real servers send it (account, app, instance, token info)', healthy, {
    intercept: (req) =>
      req.path === VERIFY
        ? json(
            200,
            account({
              display_name: '',
              discoverable: null,
              hide_collections: null,
              last_status_at: null,
              moved: null,
              source: { language: null, discoverable: null, hide_collections: null },
            }),
          )
        : req.path === APP
          ? json(200, app({ website: null, redirect_uri: null }))
          : req.path === TOKEN_INFO
            ? json(200, tokenInfo({ application: { uid: null }, expires_in: null }))
            : req.path === INSTANCE
              ? json(200, {
                  domain: 'social.example',
                  version: '4.6.5',
                  source_url: 'https://github.com/mastodon/mastodon',
                  contact: { email: '', account: null },
                  registrations: { enabled: false, approval_required: false, message: null },
                  configuration: { urls: { streaming: 'wss://social.example', status: null, terms_of_service: null } },
                })
              : undefined,
  }),
  hostile(
    'Mastodon 3.5 (no /api/v2/instance): the version from v1',
    { status: 'healthy', exitCode: 0, says: [] },
    {
      server: { version: '3.5.3' },
      token: world.TOKEN_OVERSCOPED,
      inputs: { 'required-scopes': 'read write follow push' },
      verify: (run) =>
        run.outputs['server-version'] === '3.5.3'
          ? []
          : [`server-version is ${run.outputs['server-version'] ?? '(unset)'}`],
    },
  ),
];

// ---------------------------------------------------------------------------------------------------------------
// The empty token: skipped only where GitHub withholds secrets, told from the event payload.

const pullRequestPayload = (head: string | null, base = 'octo-org/bot') => ({
  pull_request: {
    number: 7,
    head: { repo: head === null ? null : { full_name: head } },
    base: { repo: { full_name: base } },
  },
  repository: { full_name: base },
});
const skippedRun: Expectation = { status: 'skipped', exitCode: 0, says: [/withholds|withheld|no secrets/] };
const missingSecret: Expectation = {
  status: 'input-error',
  exitCode: 1,
  says: [/Input token: token /, /missing or misnamed/],
};
const emptyToken = (name: string, expect: Expectation, setup: Omit<HostileSetup, 'token'>): FaultCase => ({
  ...hostile(name, expect, { ...setup, token: '' }),
  group: 'bad input',
});

export const EMPTY_TOKEN_CASES: FaultCase[] = [
  emptyToken('token empty on a pull request from this repository: the secret is missing', missingSecret, {
    eventName: 'pull_request',
    event: pullRequestPayload('octo-org/bot'),
  }),
  emptyToken('token empty on pull_request_target (which gets secrets), from a fork', missingSecret, {
    eventName: 'pull_request_target',
    event: pullRequestPayload('someone/bot'),
  }),
  emptyToken('token empty on a pull request whose fork was deleted: skipped', skippedRun, {
    eventName: 'pull_request',
    event: pullRequestPayload(null),
  }),
  emptyToken(
    'token empty on a pull request whose event payload cannot be read: skipped, with a warning',
    { status: 'skipped', exitCode: 0, says: [/event payload/, /could not be read/] },
    { eventName: 'pull_request', env: { GITHUB_EVENT_PATH: '/nonexistent/event.json' } },
  ),
  emptyToken('token empty on a run Dependabot started: skipped', skippedRun, {
    eventName: 'push',
    env: { GITHUB_ACTOR: 'dependabot[bot]' },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Smaller: what the instance input and the host look like.

const badInstance = (name: string, instance: string, says: RegExp): FaultCase => ({
  ...hostile(
    name,
    { status: 'input-error', exitCode: 1, says: [/Input instance: instance /, says] },
    {
      inputs: { instance },
      verify: (run) => (/hunter2/.test(run.everything) ? ['the password was printed'] : []),
    },
  ),
  group: 'bad input',
});

export const INSTANCE_CASES: FaultCase[] = [
  badInstance(
    'instance with user:password and white space: the password never echoed',
    'https://bot:hunter2@social example',
    /user name or password/,
  ),
  badInstance('instance user:password@host without a scheme', 'bot:hunter2@social.example', /user name or password/),
  badInstance(
    'instance user:password with another scheme',
    'ftp://bot:hunter2@social.example',
    /user name or password/,
  ),
  badInstance('instance user:password over http://', 'http://bot:hunter2@social.example', /user name or password/),
  {
    ...hostile(
      'instance name mixing scripts (Cyrillic а): punycode shown beside it',
      unknownState(/could not be resolved/),
      {
        inputs: { instance: 'https://mаstodon.invalid' },
        verify: (run) =>
          /mаstodon\.invalid.*xn--mstodon-/.test(run.summary.split('\n')[0] ?? '')
            ? []
            : ["the summary's heading does not show the punycode form beside the Unicode one"],
      },
    ),
    group: 'bad input',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// GitHub's side: the comment and the tracking issue against a GitHub API that misbehaves.

interface GitHubSetup {
  /** The API's options; `other` is the server where a hostile Link or redirect would send the token. */
  readonly github?: (other: GitHubServer) => GitHubServerOptions;
  /** A pull request run with an over-scoped token (a warning: a comment), or a scheduled run with a revoked one. */
  readonly sink: 'comment' | 'issue';
  /** Comments and issues an earlier run left; `host` is the instance's, as the sticky key holds it. */
  readonly seed?: (github: GitHubServer, host: string) => void;
  readonly job?: string;
  readonly mastodon?: Parameters<Lab['mastodon']>[0];
  readonly env?: Readonly<Record<string, string>>;
  readonly verify?: (run: ActionRun, github: GitHubServer, other: GitHubServer) => string[];
}

/** This repository's own pull request #7, as its event payload says it. */
const OWN_PULL_REQUEST = pullRequestPayload('octo-org/bot');

function githubCase(name: string, expect: Expectation, setup: GitHubSetup): FaultCase {
  return {
    name,
    group: 'github',
    expect,
    async arrange(lab) {
      const mastodon = await lab.mastodon(setup.mastodon);
      // A second API that must never see a request: where a hostile Link or redirect would send the token.
      const other = await lab.github();
      const github = await lab.github(setup.github?.(other));
      setup.seed?.(github, new URL(mastodon.url).host);
      return {
        token: setup.sink === 'comment' ? world.TOKEN_OVERSCOPED : world.TOKEN_REVOKED,
        eventName: setup.sink === 'comment' ? 'pull_request' : 'schedule',
        event: setup.sink === 'comment' ? OWN_PULL_REQUEST : { repository: { full_name: 'octo-org/bot' } },
        env: { GITHUB_API_URL: github.url, ...(setup.job ? { GITHUB_JOB: setup.job } : {}), ...setup.env },
        inputs: {
          instance: mastodon.url,
          'required-scopes': 'write:statuses',
          'github-token': WORKFLOW_TOKEN,
        },
        verify: (run) => [
          ...injectedCommands(run.stdout),
          ...(other.requests.length > 0 ? [`another origin got ${other.requests.length} request(s)`] : []),
          ...(setup.verify?.(run, github, other) ?? []),
        ],
      };
    },
  };
}

const commentRun: Expectation = { status: 'over-scoped', exitCode: 0, says: [/Excess scopes/] };
const issueRun = (...says: RegExp[]): Expectation => ({ status: 'revoked', exitCode: 1, says: [/revoked/, ...says] });
const written = (github: GitHubServer, method: string) =>
  github.requests.filter((r) => r.method === method && r.path.startsWith('/repos/'));

/** A full page of open issues by the workflow's bot that are not this job's: a repository with a long history. */
const strangerIssues = (page: number) =>
  Array.from({ length: 50 }, (_, i) => ({
    id: 90_000 + page * 100 + i,
    number: page * 100 + i,
    title: 'Nightly build failed',
    body: 'Another workflow keeps this issue.',
    state: 'open',
    user: { login: WORKFLOW_LOGIN, type: 'Bot' },
    html_url: `https://github.com/octo-org/bot/issues/${page * 100 + i}`,
  }));

export const GITHUB_CASES: FaultCase[] = [
  githubCase('GitHub pages open issues without end: the search stops after a few pages', issueRun(), {
    sink: 'issue',
    github: () => ({
      intercept: (req) =>
        req.method === 'GET' && req.path === '/repos/octo-org/bot/issues'
          ? {
              status: 200,
              headers: {
                'content-type': 'application/json; charset=utf-8',
                link: `<http://127.0.0.1:9/repos/octo-org/bot/issues?page=${Number(req.query['page'] ?? 1) + 1}>; rel="next"`,
              },
              body: JSON.stringify(strangerIssues(Number(req.query['page'] ?? 1))),
            }
          : undefined,
    }),
    verify: (_, github) => {
      const listed = github.requests.filter((r) => r.path === '/repos/octo-org/bot/issues' && r.method === 'GET');
      return [
        ...(listed.length > 10 ? [`${listed.length} pages of issues were read`] : []),
        ...(listed.some((r) => r.query['creator'] !== WORKFLOW_LOGIN)
          ? ['the issues were not narrowed to those the token’s login created']
          : []),
      ];
    },
  }),
  {
    ...githubCase(
      'GitHub never answers: the run still ends within timeout-seconds and a few seconds',
      issueRun(/Tracking issue not written|did not answer/),
      { sink: 'issue', github: () => ({ intercept: () => ({ hang: true }) }) },
    ),
    timeoutSeconds: 3,
  },
  githubCase(
    'the comment is deleted between listing and editing: written anew, not blamed on permissions',
    commentRun,
    {
      sink: 'comment',
      seed: (github, host) =>
        github.addComment(
          7,
          `${markerOf('comment', { instance: host, workflow: 'token health', job: 'check' })}\nold`,
          WORKFLOW_LOGIN,
        ),
      github: () => ({
        intercept: (req) =>
          req.method === 'PATCH' && req.path.startsWith('/repos/octo-org/bot/issues/comments/')
            ? { status: 404, headers: { 'content-type': 'application/json' }, body: '{"message":"Not Found"}' }
            : undefined,
      }),
      verify: (run, github) => [
        ...(/permissions:/.test(run.stdout) ? ['a deleted comment was blamed on permissions'] : []),
        ...(written(github, 'POST').length === 1 ? [] : ['no new comment was written']),
      ],
    },
  ),
  githubCase(
    "GitHub answers 200 with an HTML page: said so, not 'did not answer'",
    { ...commentRun, says: [...commentRun.says, /not with its JSON/, /text\/html/] },
    {
      sink: 'comment',
      github: () => ({
        intercept: (req) =>
          req.method === 'GET' && req.path.endsWith('/comments')
            ? {
                status: 200,
                headers: { 'content-type': 'text/html' },
                body: '<html><body>Sign in to the proxy</body></html>',
              }
            : undefined,
      }),
      verify: (run) => (/did not answer/.test(run.stdout) ? ["a 200 was called 'did not answer'"] : []),
    },
  ),
  githubCase('a Link: rel=next to another origin: never followed, the GitHub token never sent there', commentRun, {
    sink: 'comment',
    github: (other) => ({
      intercept: (req) =>
        req.method === 'GET' && req.path.endsWith('/comments') && req.query['page'] !== '2'
          ? {
              status: 200,
              headers: {
                'content-type': 'application/json; charset=utf-8',
                link: `<${other.url}/repos/octo-org/bot/issues/7/comments?page=2>; rel="next"`,
              },
              body: JSON.stringify(
                Array.from({ length: 50 }, (_, i) => ({
                  id: 70_000 + i,
                  body: 'lgtm',
                  user: { login: 'someone', type: 'User' },
                  html_url: 'https://github.com/octo-org/bot/pull/7',
                })),
              ),
            }
          : undefined,
    }),
  }),
  githubCase('html_url from GitHub with workflow commands', commentRun, {
    sink: 'comment',
    github: () => ({
      intercept: (req) =>
        req.method === 'POST' && req.path.endsWith('/comments')
          ? {
              status: 201,
              headers: { 'content-type': 'application/json; charset=utf-8' },
              body: JSON.stringify({
                id: 1,
                html_url: `https://github.com/x\n::warning::${MARK}-url\r::error::${MARK}-cr`,
              }),
            }
          : undefined,
    }),
  }),
  githubCase("a server string equal to another job's marker does not make that job edit this comment", commentRun, {
    sink: 'comment',
    job: 'other',
    seed: (github, host) =>
      github.addComment(
        7,
        [
          markerOf('comment', { instance: host, workflow: 'token health', job: 'check' }),
          'The app is called:',
          markerOf('comment', { instance: host, workflow: 'token health', job: 'other' }),
        ].join('\n'),
        WORKFLOW_LOGIN,
      ),
    verify: (_, github) => [
      ...(written(github, 'PATCH').length > 0 ? ["another job's comment was edited"] : []),
      ...(written(github, 'POST').length === 1 ? [] : ['this job wrote no comment of its own']),
    ],
  }),
  {
    ...hostile(
      'a pull request whose event payload cannot be read: the comment is not written, with a warning',
      { status: 'over-scoped', exitCode: 0, says: [/comment was not written/, /could not be read/] },
      {
        token: world.TOKEN_OVERSCOPED,
        inputs: { 'required-scopes': 'write:statuses', 'github-token': WORKFLOW_TOKEN },
        eventName: 'pull_request',
        env: { GITHUB_EVENT_PATH: '/nonexistent/event.json' },
      },
    ),
    group: 'github',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// The command line: the same redaction and the same sanitiser as the action, and no token printed back.

const cliCase = (
  name: string,
  expect: Expectation,
  setup: (url: string) => { args: string[]; env?: Record<string, string> },
  server: Parameters<Lab['mastodon']>[0] = {},
): FaultCase => ({
  name,
  group: 'cli',
  expect,
  async arrange(lab) {
    const mastodon = await lab.mastodon(server);
    const { args, env } = setup(mastodon.url);
    return {
      token: TOKEN,
      inputs: {},
      cli: args,
      env: { MASTODON_TOKEN_HEALTH_DEBUG: '1', ...env },
      verify: (run) => [...terminalControls(run.stdout, 'stdout'), ...terminalControls(run.stderr, 'stderr')],
    };
  },
});

const argumentError: Expectation = { status: 'input-error', exitCode: 2, says: [/never taken as an argument/] };

export const CLI_CASES: FaultCase[] = [
  cliCase('CLI: the token given as a positional argument is not printed back', argumentError, (url) => ({
    args: ['--instance', url, TOKEN],
  })),
  cliCase('CLI: the token given as the value of --token-env is not printed back', argumentError, (url) => ({
    args: ['--instance', url, '--token-env', TOKEN],
  })),
  cliCase('CLI: the token given as --token=… is not printed back', argumentError, (url) => ({
    args: ['--instance', url, `--token=${TOKEN}`],
  })),
  cliCase(
    'CLI: the token echoed JSON-escaped with a NUL inside, redacted as the action does',
    { status: 'unreachable', exitCode: 1, says: [/403/] },
    (url) => ({ args: ['--instance', url, '--format', 'json'], env: { MASTODON_TOKEN: TOKEN } }),
    {
      intercept: onPath(VERIFY, (req) => ({
        status: 403,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: `{"error":"Debug: ${'x'.repeat(90)} Bearer ${jsonEscaped((req.token ?? '').slice(0, 9))}\\u0000${jsonEscaped((req.token ?? '').slice(9))} (end)"}`,
      })),
    },
  ),
  cliCase(
    'CLI: an app name with terminal escapes does not repaint the verdict',
    { status: 'healthy', exitCode: 0, says: [/Token healthy/] },
    (url) => ({
      args: ['--instance', url, '--required-scopes', 'profile write:statuses'],
      env: { MASTODON_TOKEN: TOKEN },
    }),
    { intercept: onPath(APP, () => json(200, app({ name: COMMANDS }))) },
  ),
];
