import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCredentials } from '../src/commands/credentials-file.ts';
import { startGitHubServer, PAT_TOKEN, WORKFLOW_TOKEN, type GitHubServer } from './support/github-server.ts';
import * as world from './support/mastodon-server.ts';
import { canarySecrets, expectNoSecrets, runCommand } from './support/token-commands.ts';

// A fresh server per test: Mastodon allows 5 app registrations per 10 minutes from one address.
let server: world.MastodonServer;
let dir: string;
canarySecrets(() => server.secrets());
beforeEach(async () => {
  server = await world.startMastodonServer(world.demoWorld());
  dir = mkdtempSync(join(tmpdir(), 'mth-mint-'));
});
afterEach(() => server.close());

/** The token the server issued through the code exchange, looked up by what was stored. */
function issued(token: string | undefined): world.FakeToken {
  const row = token ? server.getToken(token) : undefined;
  if (!row) throw new Error('the stored token is not one the server issued');
  return row;
}

describe('mint', () => {
  it('registers an app with exactly the scopes, exchanges the code with PKCE, checks, and writes a 0600 file', async () => {
    const file = join(dir, 'bot.env');
    const run = await runCommand(
      'mint',
      ['--instance', server.url, '--scopes', 'write:statuses write:media', '--output', file, '--repo', 'octo-org/bot'],
      { approveAs: world.BOT_ACCOUNT_ID },
    );
    expect(run.err).toMatch(
      /Checked: active, account not readable with these scopes, scopes exactly write:statuses write:media/,
    );
    expect(run.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = parseCredentials(readFileSync(file, 'utf8'));
    const row = issued(stored.token);
    expect(row).toMatchObject({
      scopes: ['write:statuses', 'write:media'],
      account: world.BOT_ACCOUNT_ID,
      state: 'active',
    });
    expect(stored).toMatchObject({ instance: server.url, scopes: ['write:statuses', 'write:media'] });

    const registration = server.requests.find((r) => r.path === '/api/v1/apps');
    const form = new URLSearchParams(registration?.body);
    expect(form.get('scopes')).toBe('write:statuses write:media');
    expect(form.get('redirect_uris')).toBe('urn:ietf:wg:oauth:2.0:oob');
    expect(form.get('client_name')).toBe('octo-org/bot bot (mastodon-token-health)');
    expect(form.get('website')).toBe('https://github.com/octo-org/bot');
    expect(run.approval?.page).toContain('octo-org/bot bot (mastodon-token-health)');

    // PKCE (RFC 7636 S256): the challenge in the address is the hash of the verifier sent with the code.
    const authorize = new URL(run.authorizeUrl ?? '');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    const exchange = new URLSearchParams(server.requests.find((r) => r.path === '/oauth/token')?.body);
    expect(exchange.get('grant_type')).toBe('authorization_code');
    const verifier = exchange.get('code_verifier') ?? '';
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(
      authorize.searchParams.get('code_challenge'),
    );

    expect(run.out).toBe('');
    expectNoSecrets(run.out + run.err, stored.token, stored.clientSecret, run.approval?.code, verifier);
  });

  it('stores the token and the app credentials as GitHub secrets, sealed to the repository key', async () => {
    const github: GitHubServer = await startGitHubServer();
    try {
      const run = await runCommand(
        'mint',
        [
          '--instance',
          server.url,
          '--scopes',
          'write:statuses',
          '--github-secret',
          'MASTODON_TOKEN',
          '--repo',
          'octo-org/bot',
        ],
        { approveAs: world.BOT_ACCOUNT_ID, env: { GH_TOKEN: PAT_TOKEN, GITHUB_API_URL: github.url } },
      );
      expect(run.err).toMatch(/Stored: GitHub secret MASTODON_TOKEN of octo-org\/bot/);
      expect(run.code).toBe(0);
      const token = github.secrets.value('MASTODON_TOKEN');
      const row = issued(token);
      expect(row.scopes).toEqual(['write:statuses']);
      // The app's client id beside it: the one the user approved.
      expect(github.secrets.value('MASTODON_TOKEN_CLIENT_ID')).toBe(
        new URL(run.authorizeUrl ?? '').searchParams.get('client_id'),
      );
      expect(github.secrets.value('MASTODON_TOKEN_CLIENT_SECRET')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      // Sealed boxes: nothing in the requests is the value in clear.
      const puts = github.requests.filter((r) => r.method === 'PUT');
      expect(puts.map((r) => r.path)).toEqual([
        '/repos/octo-org/bot/actions/secrets/MASTODON_TOKEN',
        '/repos/octo-org/bot/actions/secrets/MASTODON_TOKEN_CLIENT_ID',
        '/repos/octo-org/bot/actions/secrets/MASTODON_TOKEN_CLIENT_SECRET',
      ]);
      for (const put of puts) expect(put.body).not.toContain(token);
      expectNoSecrets(
        run.out + run.err,
        token,
        github.secrets.value('MASTODON_TOKEN_CLIENT_SECRET'),
        PAT_TOKEN,
        run.approval?.code,
      );
    } finally {
      await github.close();
    }
  });

  it('takes the repository from the checkout’s origin remote when --repo is not given', async () => {
    const github = await startGitHubServer();
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      execFileSync('git', ['remote', 'add', 'origin', 'https://github.com/octo-org/bot.git'], { cwd: dir });
      const run = await runCommand(
        'mint',
        ['--instance', server.url, '--scopes', 'write:statuses', '--github-secret', 'BOT_TOKEN'],
        { approveAs: world.BOT_ACCOUNT_ID, env: { GH_TOKEN: PAT_TOKEN, GITHUB_API_URL: github.url }, cwd: dir },
      );
      expect(run.err).toMatch(/Repository octo-org\/bot \(from the origin remote of this checkout\)/);
      expect(run.code).toBe(0);
      expect(issued(github.secrets.value('BOT_TOKEN')).scopes).toEqual(['write:statuses']);
    } finally {
      await github.close();
    }
  });

  it('a token stored without its client credentials stays live: it is never revoked once stored', async () => {
    const github = await startGitHubServer();
    try {
      github.fail({ method: 'PUT', path: /_CLIENT_ID$/, status: 502 });
      const run = await runCommand(
        'mint',
        [
          '--instance',
          server.url,
          '--scopes',
          'write:statuses',
          '--github-secret',
          'MASTODON_TOKEN',
          '--repo',
          'octo-org/bot',
        ],
        { approveAs: world.BOT_ACCOUNT_ID, env: { GH_TOKEN: PAT_TOKEN, GITHUB_API_URL: github.url } },
      );
      expect(run.code).toBe(1);
      expect(run.err).toMatch(
        /The new token is live and stored in GitHub secret MASTODON_TOKEN of octo-org\/bot \(but not all of/,
      );
      expect(issued(github.secrets.value('MASTODON_TOKEN')).state).toBe('active');
      expect(server.requests.filter((r) => r.path === '/oauth/revoke')).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it('fails before making anything when GitHub will not take the secrets', async () => {
    const github = await startGitHubServer();
    try {
      const run = await runCommand(
        'mint',
        [
          '--instance',
          server.url,
          '--scopes',
          'write:statuses',
          '--github-secret',
          'MASTODON_TOKEN',
          '--repo',
          'octo-org/elsewhere',
        ],
        { approveAs: world.BOT_ACCOUNT_ID, env: { GH_TOKEN: PAT_TOKEN, GITHUB_API_URL: github.url } },
      );
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/GitHub answered 404.*may not write the secrets of octo-org\/elsewhere/);
      expect(run.err).toMatch(/No new token was made/);
      expect(server.requests.filter((r) => r.method === 'POST')).toEqual([]);
      expectNoSecrets(run.out + run.err, PAT_TOKEN);
    } finally {
      await github.close();
    }
  });

  it('prints to standard output only with --print', async () => {
    const run = await runCommand('mint', ['--instance', server.url, '--scopes', 'read:statuses', '--print'], {
      approveAs: world.BOT_ACCOUNT_ID,
    });
    expect(run.code).toBe(0);
    const printed = parseCredentials(run.out);
    expect(issued(printed.token).scopes).toEqual(['read:statuses']);
    expectNoSecrets(run.err, printed.token, printed.clientSecret, run.approval?.code);
  });

  it('says when to try again when Mastodon limits app registrations (429, X-RateLimit-Reset)', async () => {
    // Five registrations in this 10-minute window from this address; the sixth is refused.
    for (let i = 0; i < 5; i++) {
      await fetch(`${server.url}/api/v1/apps`, {
        method: 'POST',
        body: new URLSearchParams({ client_name: `filler ${i}`, redirect_uris: 'urn:ietf:wg:oauth:2.0:oob' }),
      });
    }
    const file = join(dir, 'bot.env');
    const run = await runCommand('mint', ['--instance', server.url, '--scopes', 'write:statuses', '--output', file]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /allows 5 app registrations per address.*try again after \d\d:\d\d:\d\d UTC \(in about \d+ minutes?\)/,
    );
    expect(run.err).toMatch(/No new token was made\. Any token you had before is unchanged/);
    expect(existsSync(file)).toBe(false);
  });

  it('shows the server’s validation error, and goes without PKCE on a server before 4.3', async () => {
    server.update({ version: '4.2.10' });
    const run = await runCommand('mint', ['--instance', server.url, '--scopes', 'profile write:statuses', '--print']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/publishes no PKCE support/);
    expect(run.err).toMatch(
      /refused to register the app: "Validation failed: Scopes doesn't match configured on the server\."/,
    );
    expect(run.out).toBe('');
  });

  it('mints without PKCE on a server before 4.3', async () => {
    server.update({ version: '4.2.10' });
    const run = await runCommand('mint', ['--instance', server.url, '--scopes', 'write:statuses', '--print'], {
      approveAs: world.BOT_ACCOUNT_ID,
    });
    expect(run.code).toBe(0);
    expect(new URL(run.authorizeUrl ?? '').searchParams.has('code_challenge')).toBe(false);
    expect(new URLSearchParams(server.requests.find((r) => r.path === '/oauth/token')?.body).has('code_verifier')).toBe(
      false,
    );
  });

  it('a wrong code is refused with Doorkeeper’s invalid_grant, and nothing is stored', async () => {
    const file = join(dir, 'bot.env');
    const run = await runCommand('mint', ['--instance', server.url, '--scopes', 'write:statuses', '--output', file], {
      approveAs: world.BOT_ACCOUNT_ID,
      pasteInstead: 'Wr0ngCodeWr0ngCodeWr0ngCode',
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /authorization code was not accepted \(the server says "The provided authorization grant is invalid/,
    );
    expect(run.err).toMatch(/holds no token/);
    expect(existsSync(file)).toBe(false);
  });

  it('a code exchange that gets no answer: says the app may hold a token, and where to revoke it', async () => {
    server.update({ intercept: (r) => (r.path === '/oauth/token' ? { reset: true } : undefined) });
    const run = await runCommand('mint', ['--instance', server.url, '--scopes', 'write:statuses', '--print'], {
      approveAs: world.BOT_ACCOUNT_ID,
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/POST `?http:\/\/127\.0\.0\.1:\d+\/oauth\/token`?: the connection failed/);
    expect(run.err).toMatch(
      /The code exchange got no answer: if it reached the server, the app ".*" holds a token nobody has/,
    );
    expect(run.out).toBe('');
  });

  it('revokes a new token that fails its check, and stores nothing', async () => {
    // A server whose token info reports more than the token was asked for.
    server.update({
      intercept: (r) =>
        r.path === '/oauth/token/info'
          ? {
              status: 200,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                resource_owner_id: world.BOT_USER_ID,
                scope: ['read', 'write'],
                application: { uid: 'x' },
                created_at: 1,
              }),
            }
          : undefined,
    });
    const file = join(dir, 'bot.env');
    const run = await runCommand('mint', ['--instance', server.url, '--scopes', 'write:statuses', '--output', file], {
      approveAs: world.BOT_ACCOUNT_ID,
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/failed its check: it holds read write, not exactly write:statuses/);
    expect(run.err).toMatch(/The new token was not stored, and was revoked/);
    expect(existsSync(file)).toBe(false);
    const minted = [...server.requests].filter((r) => r.path === '/oauth/revoke');
    expect(minted).toHaveLength(1);
  });

  it('never overwrites a file without --force, and finds out before registering anything', async () => {
    const file = join(dir, 'bot.env');
    writeFileSync(file, 'keep me\n');
    const run = await runCommand('mint', ['--instance', server.url, '--scopes', 'write:statuses', '--output', file]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/the file exists; it is not overwritten unless --force is given/);
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
    expect(server.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('server text in an error reaches the terminal as one inert line', async () => {
    server.update({
      intercept: (r) =>
        r.path === '/api/v1/apps'
          ? {
              status: 422,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ error: 'Validation failed\u001b]0;owned\u0007\n::error::injected\r\u001b[2J' }),
            }
          : undefined,
    });
    const run = await runCommand('mint', ['--instance', server.url, '--scopes', 'write:statuses', '--print']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/refused to register the app: "Validation failed/);
    expect(run.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(run.err).not.toMatch(/^::error::/m);
  });

  it('a token that is not of the form of one is not stored (it could inject lines into the file)', async () => {
    const file = join(dir, 'bot.env');
    server.update({
      intercept: (r) =>
        r.path === '/oauth/token'
          ? {
              status: 200,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                access_token: 'abcdefgh\nMASTODON_INSTANCE=https://evil.example',
                scope: 'write:statuses',
              }),
            }
          : undefined,
    });
    const run = await runCommand('mint', ['--instance', server.url, '--scopes', 'write:statuses', '--output', file], {
      approveAs: world.BOT_ACCOUNT_ID,
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/sent an access token that is not of the form OAuth credentials have/);
    expect(existsSync(file)).toBe(false);
  });

  it('the workflow’s own GITHUB_TOKEN cannot write secrets: refused before anything is made, with the permission named', async () => {
    const github = await startGitHubServer();
    try {
      const run = await runCommand(
        'mint',
        [
          '--instance',
          server.url,
          '--scopes',
          'write:statuses',
          '--github-secret',
          'MASTODON_TOKEN',
          '--repo',
          'octo-org/bot',
        ],
        { env: { GITHUB_TOKEN: WORKFLOW_TOKEN, GITHUB_API_URL: github.url } },
      );
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/GitHub answered 403 "Resource not accessible by integration".*"Secrets" read and write/);
      expect(server.requests.filter((r) => r.method === 'POST')).toEqual([]);
    } finally {
      await github.close();
    }
  });

  describe('--scopes-from: the scopes the code needs', () => {
    const bot = (files: Record<string, string>): string => {
      const root = mkdtempSync(join(tmpdir(), 'mth-bot-'));
      for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
      return root;
    };
    const POSTS = `const base = process.env.MASTODON_URL;
export async function post(text, image) {
  await fetch(\`\${base}/api/v1/media\`, { method: 'POST', body: image });
  await fetch(\`\${base}/api/v1/statuses\`, { method: 'POST', body: JSON.stringify({ status: text }) });
}
`;
    const DYNAMIC = `export const call = (base, path) => fetch(\`\${base}/api/v1/\${path}\`, { method: 'POST' });\n`;

    it('registers the app with exactly the needs the scanner finds', async () => {
      const run = await runCommand(
        'mint',
        ['--instance', server.url, '--scopes-from', bot({ 'post.js': POSTS }), '--print'],
        {
          approveAs: world.BOT_ACCOUNT_ID,
        },
      );
      expect(run.err).toMatch(/Scopes from the code under .*: write:media write:statuses \(2 calls\)/);
      expect(run.code).toBe(0);
      expect(new URLSearchParams(server.requests.find((r) => r.path === '/api/v1/apps')?.body).get('scopes')).toBe(
        'write:media write:statuses',
      );
      expect(issued(parseCredentials(run.out).token).scopes).toEqual(['write:media', 'write:statuses']);
    });

    it('a call whose endpoint cannot be told stops it, with file and line, until --scopes adds its need', async () => {
      const dir = bot({ 'post.js': POSTS, 'dynamic.js': DYNAMIC });
      const stopped = await runCommand('mint', ['--instance', server.url, '--scopes-from', dir, '--print']);
      expect(stopped.code).toBe(2);
      expect(stopped.err).toMatch(/1 call whose endpoint cannot be told/);
      expect(stopped.err).toMatch(/^ {2}dynamic\.js:1 /m);
      expect(server.requests).toEqual([]);
      const merged = await runCommand(
        'mint',
        ['--instance', server.url, '--scopes-from', dir, '--scopes', 'write:favourites', '--print'],
        { approveAs: world.BOT_ACCOUNT_ID },
      );
      expect(merged.code).toBe(0);
      expect(issued(parseCredentials(merged.out).token).scopes.sort()).toEqual([
        'write:favourites',
        'write:media',
        'write:statuses',
      ]);
    });

    it('a file outside the current folder is scanned in its own folder; a path with nothing there is refused', async () => {
      const file = join(bot({ 'post.js': POSTS }), 'post.js');
      const run = await runCommand('mint', ['--instance', server.url, '--scopes-from', file, '--print'], {
        approveAs: world.BOT_ACCOUNT_ID,
      });
      expect(run.err).toMatch(/Scopes from the code under .*post\.js: write:media write:statuses \(2 calls\)/);
      expect(run.code).toBe(0);
      const missing = join(tmpdir(), 'mth-no-such-bot');
      const refused = await runCommand('mint', ['--instance', server.url, '--scopes-from', missing, '--print']);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(`--scopes-from ${missing}: no such file or folder.`);
    });

    it('code with no Mastodon API use is an error, not an empty token', async () => {
      const run = await runCommand('mint', [
        '--instance',
        server.url,
        '--scopes-from',
        bot({ 'x.js': 'console.log(1)\n' }),
        '--print',
      ]);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/no Mastodon API use found there/);
    });
  });

  it('refuses bad command lines before any request', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['--instance', server.url, '--scopes', 'write:status', '--print'],
        /'write:status' is not a Mastodon scope \(did you mean 'write:statuses'\?\)/,
      ],
      [['--instance', server.url, '--scopes', 'write:statuses'], /Say where the new token goes/],
      [['--instance', server.url, '--print'], /mint needs --scopes/],
      [['--instance', server.url, '--scopes', 'read', '--print', '--app-name', 'x'.repeat(61)], /at most 60/],
      [['--instance', server.url, '--scopes', 'read', '--github-secret', 'GITHUB_TOKEN'], /may not start with GITHUB_/],
      [['--instance', server.url, '--scopes', 'read', '--from', 'x'], /--from: not an option of mint/],
    ];
    for (const [args, message] of cases) {
      const run = await runCommand('mint', args, { env: { GH_TOKEN: PAT_TOKEN } });
      expect(run.err).toMatch(message);
      expect(run.code).toBe(2);
    }
    expect(server.requests).toEqual([]);
  });
});
