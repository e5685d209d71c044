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
  readonly intercept: (req: RecordedRequest) => InterceptResult | undefined | Promise<InterceptResult | undefined>;
  readonly inputs?: Readonly<Record<string, string>>;
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
      const server = await lab.mastodon({ ...setup.server, intercept: setup.intercept });
      return {
        token: TOKEN,
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
