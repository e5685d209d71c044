/**
 * The bundled CLI (dist/cli/index.js) as a user runs it: `mint` reading the code through a pipe and through a real
 * pseudo-terminal (never echoed), `revoke` from the file mint wrote. Canary check over everything printed.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCredentials } from '../src/commands/credentials-file.ts';
import { approveInBrowser } from './support/mastodon/authorize.ts';
import * as world from './support/mastodon-server.ts';
import { scriptCommand, startInPty } from './support/pty.ts';
import { NODE, ROOT } from './support/run-action.ts';
import { AUTHORIZE_URL, expectNoSecrets } from './support/token-commands.ts';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const SCRIPT = scriptCommand();

let server: world.MastodonServer;
let dir: string;
beforeEach(async () => {
  server = await world.startMastodonServer(world.demoWorld());
  dir = mkdtempSync(join(tmpdir(), 'mth-cli-'));
});
afterEach(() => server.close());

const baseEnv = () => ({ PATH: process.env['PATH'] ?? '', HOME: dir });

describe('the bundled CLI', () => {
  it('mint through a pipe: the code is one line of standard input; then revoke --from the file it wrote', async () => {
    const file = join(dir, 'bot.env');
    const child = spawn(
      NODE,
      [CLI, 'mint', '--instance', server.url, '--scopes', 'write:statuses', '--output', file, '--no-browser'],
      { env: baseEnv(), cwd: dir },
    );
    let out = '';
    let err = '';
    let code = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      const match = AUTHORIZE_URL.exec(err);
      if (match && !code) {
        code = 'pending';
        void approveInBrowser(match[1] ?? '', world.BOT_ACCOUNT_ID).then((approval) => {
          code = approval.code;
          child.stdin.end(`${approval.code}\n`);
        });
      }
    });
    const exit = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    expect(err).toMatch(/Reading the authorization code from standard input/);
    expect(exit).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = parseCredentials(readFileSync(file, 'utf8'));
    expect(server.getToken(stored.token ?? '')?.scopes).toEqual(['write:statuses']);
    expectNoSecrets(out + err, stored.token, stored.clientSecret, code, ...server.secrets());

    const revoke = spawn(NODE, [CLI, 'revoke', '--from', file], { env: baseEnv(), cwd: dir });
    let revokeOutput = '';
    revoke.stdout.on('data', (c: Buffer) => (revokeOutput += c.toString()));
    revoke.stderr.on('data', (c: Buffer) => (revokeOutput += c.toString()));
    revoke.stdin.end();
    expect(await new Promise<number>((resolve) => revoke.on('close', (c) => resolve(c ?? -1)))).toBe(0);
    expect(revokeOutput).toMatch(/Confirmed dead/);
    expect(server.getToken(stored.token ?? '')?.state).toBe('revoked');
    expectNoSecrets(revokeOutput, ...server.secrets());
  });

  it('a check never loads the token commands: it runs the same with their chunks deleted', async () => {
    const bare = join(dir, 'cli');
    mkdirSync(bare);
    for (const name of ['index.js', 'package.json']) copyFileSync(join(ROOT, 'dist', 'cli', name), join(bare, name));
    expect(readdirSync(join(ROOT, 'dist', 'cli')).filter((f) => /^\d+\.index\.js$/.test(f)).length).toBeGreaterThan(0);
    const run = (args: string[]) =>
      new Promise<{ code: number; text: string }>((resolve) => {
        const child = spawn(NODE, [join(bare, 'index.js'), ...args], {
          env: { ...baseEnv(), MASTODON_TOKEN: world.TOKEN_HEALTHY },
        });
        let text = '';
        child.stdout.on('data', (c: Buffer) => (text += c.toString()));
        child.stderr.on('data', (c: Buffer) => (text += c.toString()));
        child.stdin.end();
        child.on('close', (code) => resolve({ code: code ?? -1, text }));
      });
    const check = await run(['--instance', server.url, '--required-scopes', 'profile write:statuses']);
    expect(check.text).toMatch(/Token healthy/);
    expect(check.code).toBe(0);
    expectNoSecrets(check.text, ...server.secrets());
    // Control: the commands do need their chunk. Without it, one line says so: no stack trace, no token.
    const broken = await run(['mint', '--help']);
    expect(broken.code).toBe(1);
    expect(broken.text).toMatch(/^mastodon-token-health failed unexpectedly: .*Please report this/);
    expect(broken.text.trim().split('\n')).toHaveLength(1);
    expectNoSecrets(broken.text, world.TOKEN_HEALTHY);
  });

  describe('through a real pseudo-terminal', () => {
    const skip = !SCRIPT && !process.env['CI'];
    if (skip)
      console.warn('util-linux script is not installed: the pseudo-terminal tests are skipped (CI requires it)');

    it.skipIf(skip)('mint reads the code without echoing it', async () => {
      const file = join(dir, 'bot.env');
      const pty = startInPty(
        [NODE, CLI, 'mint', '--instance', server.url, '--scopes', 'write:statuses write:media', '--output', file],
        { ...baseEnv(), HOME: dir },
      );
      const shown = await pty.waitFor(
        (o) => /Paste the authorization code .*: $/m.test(o) || /code .*not echoed/.test(o),
      );
      const url = AUTHORIZE_URL.exec(shown)?.[1];
      expect(url).toBeDefined();
      const { code } = await approveInBrowser(url ?? '', world.BOT_ACCOUNT_ID);
      pty.type(`${code}\r`);
      expect(await pty.exited).toBe(0);
      const output = pty.output();
      expect(output).toMatch(/Stored: file .*bot\.env \(mode 0600\)/);
      // The terminal showed no part of the code: raw mode kept the terminal's echo off.
      expect(output).not.toContain(code);
      expect(output).not.toContain(code.slice(0, 8));
      const stored = parseCredentials(readFileSync(file, 'utf8'));
      expect(server.getToken(stored.token ?? '')?.scopes).toEqual(['write:statuses', 'write:media']);
      expectNoSecrets(output, code, ...server.secrets());
    });

    it.skipIf(skip)('rotate reads the old token and the code, neither echoed', async () => {
      const old = 'canary-pty-old-Lq5Wm1Rt7Xc3Yk9Vb2Nd8Ps4Hf6Gz0JeKk';
      server.addToken({ token: old, scopes: ['read', 'write'], app: world.BOT_APP_ID, account: world.BOT_ACCOUNT_ID });
      const file = join(dir, 'bot.env');
      const pty = startInPty(
        [
          NODE,
          CLI,
          'rotate',
          '--instance',
          server.url,
          '--scopes',
          'write:statuses',
          '--token-stdin',
          '--output',
          file,
        ],
        { ...baseEnv(), MASTODON_CLIENT_ID: 'unused', MASTODON_CLIENT_SECRET: '' },
      );
      await pty.waitFor((o) => o.includes('Paste the old token (it is not echoed): '));
      pty.type(`${old}\r`);
      const shown = await pty.waitFor((o) => o.includes('Paste the authorization code'));
      const { code } = await approveInBrowser(AUTHORIZE_URL.exec(shown)?.[1] ?? '', world.BOT_ACCOUNT_ID);
      pty.type(`${code}\r`);
      expect(await pty.exited).toBe(0);
      const output = pty.output();
      expect(output).toMatch(/the old token is still live/);
      expect(output).not.toContain(code.slice(0, 8));
      expect(output).not.toContain(old.slice(0, 12));
      const stored = parseCredentials(readFileSync(file, 'utf8'));
      expect(server.getToken(stored.token ?? '')?.scopes).toEqual(['write:statuses']);
      expectNoSecrets(output, code, ...server.secrets());
    });

    it.skipIf(skip)('the harness sees what a terminal echoes (control: a program that leaves echo on)', async () => {
      const pty = startInPty(['sh', '-c', 'printf "type: "; read line; echo "got ${#line} characters"'], baseEnv());
      await pty.waitFor((o) => o.includes('type: '));
      pty.type('Echo-Canary-Kq7v2XJm9pWd\r');
      expect(await pty.exited).toBe(0);
      expect(pty.output()).toContain('Echo-Canary-Kq7v2XJm9pWd');
      expect(pty.output()).toContain('got 24 characters');
    });
  });
});
