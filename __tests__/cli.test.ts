import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as world from './support/mastodon-server.ts';
import { NODE, ROOT, runAction, tokenForms } from './support/run-action.ts';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
let server: world.MastodonServer;
beforeAll(async () => {
  server = await world.startMastodonServer(world.demoWorld());
});
afterAll(() => server.close());

interface Run {
  code: number;
  out: string;
  err: string;
}

function spawnRun(command: string, args: string[], env: Record<string, string>, stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { PATH: process.env['PATH'] ?? '', ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}

const cli = (args: string[], env: Record<string, string> = {}, stdin = '') =>
  spawnRun(NODE, [CLI, ...args], env, stdin);

/** In a pseudo-terminal (util-linux/bsdutils `script`), as a user at a terminal runs it. */
const inTerminal = (args: string[], env: Record<string, string>) =>
  spawnRun(
    'script',
    ['-qec', [NODE, CLI, ...args].map((a) => `'${a}'`).join(' '), '/dev/null'],
    { COLUMNS: '100', TERM: 'xterm', ...env },
    '',
  );

/** Keys and kinds of values, recursively: what "one shape" means. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [shapeOf(value[0])] : [];
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]));
  }
  return value === null ? 'null' : typeof value;
}

const noToken = (text: string, token: string) => {
  for (const form of tokenForms(token)) expect(text).not.toContain(form);
};

describe('the command line runs the same engine', () => {
  it('reads the token from MASTODON_ACCESS_TOKEN, prints the verdict first and exits 0 when healthy', async () => {
    const run = await cli(['--instance', server.url, '--required-scopes', 'profile write:statuses'], {
      MASTODON_ACCESS_TOKEN: world.TOKEN_HEALTHY,
      MASTODON_TOKEN_HEALTH_DEBUG: '1',
    });
    expect(run.code).toBe(0);
    expect(run.out.split('\n')[0]).toBe(
      `✓ Token healthy for @bot@social.example on ${new URL(server.url).host} (status: healthy)`,
    );
    expect(run.out).toMatch(/^ {2}account +@bot@social\.example/m);
    expect(run.out).not.toMatch(/nowhere|\x1b\[/);
    expect(run.err).toMatch(/GET \/oauth\/token\/info -> 200/);
    noToken(run.out + run.err, world.TOKEN_HEALTHY);
  });

  it('falls back to MASTODON_TOKEN', async () => {
    const run = await cli(['--instance', server.url], { MASTODON_TOKEN: world.TOKEN_HEALTHY });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^✓ Token healthy/);
  });

  it('prints the fix once, as numbered lines wrapped to the width, in words for a terminal', async () => {
    const run = await cli(
      ['--instance', server.url, '--required-scopes', 'write:statuses', '--max-token-age-days', '30'],
      {
        MASTODON_ACCESS_TOKEN: world.TOKEN_OVERSCOPED,
      },
    );
    expect(run.code).toBe(0);
    const todo = run.out.slice(run.out.indexOf('What to do:'), run.out.indexOf('Findings:'));
    expect(todo).toMatch(/^ {2}1\. Make a new token/m);
    expect(todo).toMatch(/^ {2}2\. Store it where your bot reads it/m);
    expect(todo).toMatch(/^ {2}3\. Revoke the old app/m);
    expect(todo.match(/Make a new token/g)).toHaveLength(1); // excess and age share one new token
    for (const line of run.out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(run.out).toMatch(/older than\s+--max-token-age-days \(30\)/);
    expect(run.out).not.toMatch(/repository secret|`/);
  });

  it('colours only in a terminal, and never with NO_COLOR', async () => {
    const args = ['--instance', server.url, '--required-scopes', 'write:statuses'];
    const coloured = await inTerminal(args, { MASTODON_ACCESS_TOKEN: world.TOKEN_REVOKED });
    expect(coloured.out).toMatch(/\x1b\[31m✗ Token revoked/);
    const plain = await inTerminal(args, { MASTODON_ACCESS_TOKEN: world.TOKEN_REVOKED, NO_COLOR: '1' });
    expect(plain.out).toMatch(/✗ Token revoked/);
    expect(plain.out).not.toMatch(/\x1b\[/);
    noToken(coloured.out + plain.out, world.TOKEN_REVOKED);
  });

  it('--format json prints the action’s `report` output: one line, one shape, absolute links', async () => {
    const run = await cli(['--instance', server.url, '--format', 'json', '--token-env', 'BOT_TOKEN'], {
      BOT_TOKEN: world.TOKEN_REVOKED,
    });
    expect(run.code).toBe(1);
    expect(run.out.trimEnd().split('\n')).toHaveLength(1);
    const report = JSON.parse(run.out) as Record<string, unknown>;
    expect(report).toMatchObject({ schemaVersion: 1, status: 'revoked', tokenState: 'revoked', account: null });
    expect(report['links']).toEqual({
      authorizedApps: `${server.url}/oauth/authorized_applications`,
      development: `${server.url}/settings/applications`,
      newApplication: `${server.url}/settings/applications/new`,
    });
    const action = await runAction({ inputs: { instance: server.url, token: world.TOKEN_REVOKED } });
    const fromAction = JSON.parse(action.outputs['report'] ?? '{}') as Record<string, unknown>;
    // The same shape and facts; only the advice's words differ (flags here, inputs and secrets there).
    expect(shapeOf(report)).toEqual(shapeOf(fromAction));
    expect({ ...report, checkedAt: '', todo: [], findings: [] }).toEqual({
      ...fromAction,
      checkedAt: '',
      todo: [],
      findings: [],
    });
    noToken(run.out + run.err, world.TOKEN_REVOKED);
  });

  it('reads the token from standard input', async () => {
    const run = await cli(
      ['--instance', server.url, '--token-stdin', '--format', 'markdown'],
      {},
      `${world.TOKEN_OVERSCOPED}\n`,
    );
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^## ✅ Token healthy for `@bot@social.example`/);
    noToken(run.out + run.err, world.TOKEN_OVERSCOPED);
  });

  it('--version and --help (with examples) print to stdout and exit 0', async () => {
    const version = await cli(['--version']);
    expect(version).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: mastodon-token-health/);
    expect(help.out).toMatch(/Examples:\n {2}export MASTODON_ACCESS_TOKEN=/);
  });
});

describe('bad input: exit 2, on standard error, in flags', () => {
  it('names the flag once, and says whether the variable is unset or empty', async () => {
    const unset = await cli(['--instance', server.url, '--token-env', 'BOT_TOKEN', '--on-excess', 'explode']);
    expect(unset.code).toBe(2);
    expect(unset.out).toBe('');
    expect(unset.err).toMatch(/No token: BOT_TOKEN is not set\./);
    expect(unset.err).toMatch(/--on-excess is 'explode'; expected one of/);
    expect(unset.err).not.toMatch(/Input '|workflow|secret this step/);
    const empty = await cli(['--instance', server.url, '--token-env', 'BOT_TOKEN'], { BOT_TOKEN: ' ' });
    expect(empty.err).toMatch(/No token: BOT_TOKEN is empty\./);
    const neither = await cli(['--instance', server.url]);
    expect(neither.err).toMatch(/No token: MASTODON_ACCESS_TOKEN and MASTODON_TOKEN are not set\./);
  });

  it('--format json: the input error in the same shape, with the instance when it alone is fine', async () => {
    const run = await cli(['--instance', server.url, '--format', 'json', '--required-scopes', 'write:status'], {
      MASTODON_ACCESS_TOKEN: world.TOKEN_HEALTHY,
    });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.out) as { status: string; findings: { message: string }[]; links: unknown };
    expect(report.status).toBe('input-error');
    expect(report.findings[0]?.message).toMatch(/^`--required-scopes` has an unknown scope 'write:status'/);
    expect(report.links).toMatchObject({ development: `${server.url}/settings/applications` });
    noToken(run.out + run.err, world.TOKEN_HEALTHY);
  });

  it('refuses a token given as an argument, and a public http:// instance', async () => {
    const refused = await cli(['--instance', 'http://mastodon.social'], { MASTODON_TOKEN: world.TOKEN_HEALTHY });
    expect(refused.code).toBe(2);
    noToken(refused.out + refused.err, world.TOKEN_HEALTHY);
    const argument = await cli(['--instance', server.url, '--token', world.TOKEN_HEALTHY]);
    expect(argument.code).toBe(2);
    expect(argument.err).toMatch(/never taken as an argument/);
    noToken(argument.out + argument.err, world.TOKEN_HEALTHY);
  });

  it('keeps out the same forms of the token as the action does: the bare token behind a `Bearer ` prefix too', async () => {
    const token = 'Zq7v2XJm9pWd4sN8bTzR1yLc6hFgA3eU0oPiQw5';
    // The refusal of a clear-text instance quotes the address, which here holds the bare token.
    const run = await cli(['--instance', `http://${token}.example`], { MASTODON_TOKEN: `Bearer ${token}` });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/http:\/\/ is refused/);
    noToken(run.out + run.err, token);
  });
});
