/** `mastodon-token-health scopes [PATH...]`, the bundled CLI run as a user runs it. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT } from './support/run-action.ts';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');
let repo: string;

function scopes(args: string[], cwd = repo): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [CLI, 'scopes', ...args], { cwd, env: { PATH: process.env['PATH'] ?? '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'mth-scopes-'));
  const write = (relative: string, text: string) => {
    mkdirSync(dirname(join(repo, relative)), { recursive: true });
    writeFileSync(join(repo, relative), text);
  };
  write(
    'bot.py',
    [
      'import requests',
      'API = "https://botsin.space/api/v1"',
      'media = requests.post(f"{API}/media", files=files, headers=H)',
      'requests.post(f"{API}/statuses", data=d, headers=H)',
      'me = requests.get(API + "/accounts/verify_credentials", headers=H)',
      'def call(path):',
      '    return requests.get(API + "/" + path)',
      '',
    ].join('\n'),
  );
  write('tests/test_bot.py', 'requests.get(f"{B}/api/v1/timelines/home")\n');
  write('node_modules/masto/index.js', "fetch(`${b}/api/v1/admin/accounts`, { method: 'POST' })\n");
  // A hostile file name and call text must reach the terminal without control characters.
  write('evil\u001b[31m.sh', 'curl -X POST "$H/api/v1/statuses" # \u001b]0;title\u0007\n');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('mastodon-token-health scopes', () => {
  it('prints each needed scope with its calls, then the unresolved ones and the test-only ones', async () => {
    const run = await scopes([]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Needed scopes: profile write:media write:statuses\n/);
    expect(run.out).toMatch(/write:media\n {2}bot\.py:3 {2}POST \/api\/v1\/media\n/);
    expect(run.out).toMatch(/profile\n {2}bot\.py:5 {2}GET \/api\/v1\/accounts\/verify_credentials\n/);
    expect(run.out).toMatch(/Unresolved[^\n]*\n {2}bot\.py:7 /);
    expect(run.out).toMatch(
      /In tests only \(not counted\)\n {2}tests\/test_bot\.py:1 {2}GET \/api\/v1\/timelines\/home {2}\(read:statuses\)/,
    );
    expect(run.out).not.toContain('admin');
    expect(run.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });

  it('--format json lists every call with its endpoint, accepted scopes and need', async () => {
    const run = await scopes(['bot.py', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    expect(json.needed).toEqual(['profile', 'write:media', 'write:statuses']);
    expect(json.calls).toContainEqual({
      file: 'bot.py',
      line: 4,
      what: 'POST /api/v1/statuses',
      via: 'http',
      method: 'POST',
      endpoint: '/api/v1/statuses',
      accepts: ['write', 'write:statuses'],
      need: 'write:statuses',
    });
    expect(json.unresolved).toHaveLength(1);
    expect(json.unresolved[0]).toMatchObject({ file: 'bot.py', line: 7 });
  });

  it('--required-scopes: undeclared needs exit 1, unneeded scopes are named', async () => {
    const under = await scopes(['bot.py', '--required-scopes', 'write:statuses profile', '--format', 'markdown']);
    expect(under.code).toBe(1);
    expect(under.out).toContain('Undeclared: `write:media`');
    const over = await scopes(['bot.py', '--required-scopes', 'read write']);
    expect(over.code).toBe(0);
    expect(over.out).toContain('Unneeded (declare profile write:media write:statuses instead): read write');
  });

  it('a path outside the current folder is scanned as its own workspace', async () => {
    const run = await scopes([join(repo, 'bot.py')], tmpdir());
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/mth-scopes-[^/]+\/bot\.py:4 {2}POST \/api\/v1\/statuses/);
    const missing = await scopes([join(repo, 'no-such-bot')], tmpdir());
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no-such-bot' does not exist\.\n$/);
  });

  it('bad input exits 2', async () => {
    expect((await scopes(['--format', 'yaml'])).code).toBe(2);
    expect((await scopes(['--required-scopes', 'write:status'])).err).toContain("did you mean 'write:statuses'");
  });
});
