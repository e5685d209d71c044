/** Answers that are not what they claim (issue 9): the readers' rules, one by one, with plain data. */
import { describe, expect, it } from 'vitest';
import { shownHost } from '../src/inputs/instance.ts';
import { tokenAge } from '../src/evaluate/findings/age.ts';
import {
  isDoorkeeperRefusal,
  readCredentials,
  readTokenInfo,
  reconcile,
  type CredentialsFacts,
  type Outcome,
  type TokenInfoFacts,
} from '../src/mastodon/answers.ts';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): Outcome => ({
  ok: true,
  response: {
    method: 'GET',
    path: '/x',
    status,
    headers: { 'content-type': 'application/json', ...headers },
    text: JSON.stringify(body),
    json: body,
    attempts: 1,
  },
});
const DOORKEEPER = (description: string) => ({
  'www-authenticate': `Bearer realm="Doorkeeper", error="invalid_token", error_description="${description}"`,
});

describe("Doorkeeper's signature on a 401", () => {
  it.each([
    ['Bearer realm="Doorkeeper", error="invalid_token", error_description="x"', true],
    ['bearer realm="Doorkeeper", error="invalid_token"', true],
    ['Basic realm="corp"', false],
    ['Bearer realm="sso", error="invalid_token"', false],
    ['Bearer realm="Doorkeeper", error="insufficient_scope"', false],
    ['', false],
  ])('%j → %s', (header, expected) => expect(isDoorkeeperRefusal(header)).toBe(expected));

  it('reads the English descriptions, and no other language as "unknown token"', () => {
    const revoked = readCredentials(answer(401, { error: 'x' }, DOORKEEPER('The access token was revoked')));
    expect(revoked).toMatchObject({ kind: 'rejected', state: 'revoked' });
    expect(revoked).not.toHaveProperty('unread');
    const german = readCredentials(
      answer(401, { error: 'Der Zugriffstoken ist ungültig' }, DOORKEEPER('Der Zugriffstoken ist ung_ltig')),
    );
    expect(german).toMatchObject({ kind: 'rejected', state: 'invalid', unread: true });
  });
});

describe('token info created_at', () => {
  const info = (created: unknown) => readTokenInfo(answer(200, { scope: ['read'], created_at: created }));
  const now = new Date('2026-11-27T10:00:00Z');

  it.each([
    ['seconds', 1763114400, '2025-11-14T10:00:00.000Z'],
    ['null', null, undefined],
  ])('%s', (_, value, iso) => {
    const facts = info(value) as Extract<TokenInfoFacts, { kind: 'ok' }>;
    expect(facts.createdAt?.toISOString()).toBe(iso);
    expect(facts.createdAtUnusable).toBeUndefined();
  });

  it.each([
    ['huge', 1e20],
    ['milliseconds', 1763114400000],
    ['negative', -1763114400],
    ['a string', '2025-11-14'],
    ['NaN-like', 'NaN'],
  ])('%s is unusable: unknown, never a crash', (_, value) => {
    const facts = info(value) as Extract<TokenInfoFacts, { kind: 'ok' }>;
    expect(facts.createdAt).toBeUndefined();
    expect(facts.createdAtUnusable).toMatch(/`/);
    expect(tokenAge(facts.createdAt, facts.createdAtUnusable, now).ageDays).toBeUndefined();
  });

  it('a time in the future is no age, and a second of skew is no negative one', () => {
    expect(tokenAge(new Date('2026-12-27T10:00:00Z'), undefined, now)).toMatchObject({
      ageDays: undefined,
      problem: expect.stringMatching(/future/),
    });
    expect(tokenAge(new Date('2026-11-27T10:00:30Z'), undefined, now).ageDays).toBe(0);
  });
});

describe('reconcile: two answers about one token must agree', () => {
  const ok = (scopes: string[]): TokenInfoFacts => ({
    kind: 'ok',
    scopes,
    resourceOwnerId: '1',
    createdAt: undefined,
  });
  const account: CredentialsFacts = {
    kind: 'account',
    account: { id: '1', username: 'bot', acct: 'bot', url: undefined },
  };
  const rejected: CredentialsFacts = { kind: 'rejected', state: 'revoked', detail: 'The access token was revoked' };

  it('a refusal beside an accepted token info is unknown, with both facts', () => {
    const facts = reconcile(rejected, ok(['read']));
    expect(facts.kind).toBe('unreachable');
    expect((facts as { detail: string }).detail).toMatch(/verify_credentials refused.*token info.*accepted it/);
  });

  it('an account read by a token that may not read it is unknown', () => {
    expect(reconcile(account, ok(['write:statuses'])).kind).toBe('unreachable');
    expect(reconcile(account, ok(['profile']))).toBe(account);
    expect(reconcile(account, ok(['read:accounts', 'write']))).toBe(account);
  });

  it('agreeing answers, or no token info, stay as they are', () => {
    expect(reconcile(rejected, { kind: 'inaccessible' })).toBe(rejected);
    expect(reconcile(account, { kind: 'unavailable', detail: 'x' })).toBe(account);
  });
});

describe('ids stay strings', () => {
  it('a JSON number past 2^53 is no id at all, never a wrong one', () => {
    // What JSON.parse makes of `"id": 109384022838744455`: a number that already lost digits.
    const facts = readCredentials(answer(200, JSON.parse('{"id":109384022838744455,"username":"bot"}')));
    expect(facts).toMatchObject({ kind: 'account', account: { id: '' } });
    expect(readCredentials(answer(200, { id: '109384022838744455', username: 'bot' }))).toMatchObject({
      account: { id: '109384022838744455' },
    });
    expect(readCredentials(answer(200, { id: 4242, username: 'bot' }))).toMatchObject({ account: { id: '4242' } });
  });
});

describe('shownHost', () => {
  it('adds the punycode form when a label mixes scripts', () => {
    expect(shownHost('mаstodon.social')).toBe('mаstodon.social (xn--mstodon-2fg.social)');
    expect(shownHost('mаstodon.social:8443')).toBe('mаstodon.social:8443 (xn--mstodon-2fg.social:8443)');
  });
  it.each(['mastodon.social', 'bücher.example', 'мастодон.рф', '日本語ひらがな.jp', '127.0.0.1:3000'])(
    'leaves %s as it is',
    (host) => expect(shownHost(host)).toBe(host),
  );
});
