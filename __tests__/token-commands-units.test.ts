import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCredentials, parseCredentials } from '../src/commands/credentials-file.ts';
import { checkSecretName, originRepository, repositoryOfRemote } from '../src/commands/github-secrets.ts';
import { createPkce } from '../src/commands/oauth.ts';
import { createHash } from 'node:crypto';

describe('the repository of a checkout', () => {
  it.each([
    ['https://github.com/octo-org/bot.git', 'octo-org/bot'],
    ['https://github.com/octo-org/bot', 'octo-org/bot'],
    ['https://x-access-token:abc@github.com/octo-org/bot.git', 'octo-org/bot'],
    ['git@github.com:octo-org/bot.git', 'octo-org/bot'],
    ['ssh://git@github.com/octo-org/my.bot', 'octo-org/my.bot'],
    ['https://ghe.example.com/team/bot.git/', 'team/bot'],
  ])('%s is %s', (url, expected) => {
    const repo = repositoryOfRemote(url);
    expect(repo && `${repo.owner}/${repo.repo}`).toBe(expected);
  });

  it.each(['', 'not a url', '/srv/git/bot.git', 'https://github.com/only-owner'])('%j is none', (url) => {
    expect(repositoryOfRemote(url)).toBeUndefined();
  });

  it('comes from the origin remote of the folder’s checkout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mth-origin-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    expect(await originRepository(dir)).toBeUndefined();
    execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:octo-org/release-bot.git'], { cwd: dir });
    expect(await originRepository(dir)).toEqual({ owner: 'octo-org', repo: 'release-bot' });
  });
});

describe('secret names (GitHub’s rules)', () => {
  it.each(['MASTODON_TOKEN', '_x', 'bot_token_2'])('%s is accepted', (name) => {
    expect(() => checkSecretName(name)).not.toThrow();
  });
  it.each(['2FA', 'GITHUB_X', 'github_token', 'MY-TOKEN', 'A B', ''])('%j is refused', (name) => {
    expect(() => checkSecretName(name)).toThrow(/secret name|GITHUB_/);
  });
});

describe('the credentials file', () => {
  const credentials = {
    instance: 'https://mastodon.social',
    token: 'tok_Abc-123',
    clientId: 'cid_Abc-123',
    clientSecret: 'sec_Abc-123',
    scopes: ['write:statuses', 'write:media'],
  };

  it('reads back what it writes, and what a shell or dotenv would write', () => {
    expect(parseCredentials(formatCredentials(credentials, new Date(0)))).toEqual(credentials);
    expect(
      parseCredentials(
        'export MASTODON_INSTANCE="https://mastodon.social"\nMASTODON_TOKEN=\'tok\'\n# note\nOTHER=1\nMASTODON_SCOPES=read write\n',
      ),
    ).toEqual({ instance: 'https://mastodon.social', token: 'tok', scopes: ['read', 'write'] });
  });

  it('refuses a value that would write a second line or variable', () => {
    expect(() =>
      formatCredentials({ ...credentials, token: 'a\nMASTODON_INSTANCE=https://evil' }, new Date(0)),
    ).toThrow(/cannot be stored safely/);
    expect(() => formatCredentials({ ...credentials, clientSecret: 'a b' }, new Date(0))).toThrow();
  });
});

describe('PKCE (RFC 7636)', () => {
  it('a 43-character verifier and its S256 challenge, new each time', () => {
    const a = createPkce();
    const b = createPkce();
    expect(a.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.challenge).toBe(createHash('sha256').update(a.verifier).digest('base64url'));
    expect(a.verifier).not.toBe(b.verifier);
  });
});
