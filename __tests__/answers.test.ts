import { outsideCodeSpans } from './support/fault-cases-hostile.ts';
import { describe, expect, it } from 'vitest';
import { readApp, readCredentials, readTokenInfo, type Outcome } from '../src/mastodon/answers.ts';
import { readServer } from '../src/servers/identity.ts';
import { RequestError } from '../src/mastodon/errors.ts';
import { asRecord } from '../src/util/records.ts';

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Outcome => ({
  ok: true,
  response: {
    method: 'GET',
    path: '/api/v1/accounts/verify_credentials?lang=en',
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    text: JSON.stringify(body),
    json: body,
    attempts: 1,
  },
});
const html = (status: number): Outcome => ({
  ok: true,
  response: {
    method: 'GET',
    path: '/api/v1/accounts/verify_credentials?lang=en',
    status,
    headers: { 'content-type': 'text/html' },
    text: '<html><body>Down for maintenance</body></html>',
    json: undefined,
    attempts: 3,
  },
});
const bearer = (description: string) => ({
  'www-authenticate': `Bearer realm="Doorkeeper", error="invalid_token", error_description="${description}"`,
});

describe('readCredentials: every row of reference §3', () => {
  it.each([
    [
      '200 account',
      json(200, { id: '109', username: 'bot', acct: 'bot', url: 'https://s.example/@bot' }),
      { kind: 'account' },
    ],
    [
      '401 no/unknown token',
      json(401, { error: 'The access token is invalid' }, bearer('The access token is invalid')),
      { kind: 'rejected', state: 'invalid' },
    ],
    [
      '401 revoked',
      json(401, { error: 'The access token was revoked' }, bearer('The access token was revoked')),
      { kind: 'rejected', state: 'revoked' },
    ],
    [
      '401 expired',
      json(401, { error: 'The access token expired' }, bearer('The access token expired')),
      { kind: 'rejected', state: 'expired' },
    ],
    // Doorkeeper ≥ 5.9 sanitises the description; the JSON body still carries it.
    [
      '401 revoked, German body, sanitised header',
      json(401, { error: 'Der Zugriffstoken wurde widerrufen' }, bearer('Der Zugriffstoken wurde widerrufen')),
      { kind: 'rejected', state: 'invalid' },
    ],
    [
      '403 outside scopes ≤ 4.5',
      json(403, { error: 'This action is outside the authorized scopes' }),
      { kind: 'narrow' },
    ],
    [
      '403 insufficient_scope ≥ 4.6',
      json(
        403,
        { error: 'This action is outside the authorized scopes' },
        {
          'www-authenticate':
            'Bearer realm="Doorkeeper", error="insufficient_scope", error_description="Access to this resource requires scope _profile read read:accounts_."',
        },
      ),
      { kind: 'narrow' },
    ],
    ['422 app-only', json(422, { error: 'This method requires an authenticated user' }), { kind: 'app-only' }],
    [
      '401 app-only on a locked-down server',
      json(401, { error: 'This method requires an authenticated user' }),
      { kind: 'app-only' },
    ],
    [
      '403 suspended/disabled',
      json(403, { error: 'Your login is currently disabled' }),
      { kind: 'account-unusable', problem: 'suspended-or-disabled' },
    ],
    [
      '403 unconfirmed',
      json(403, { error: 'Your login is missing a confirmed e-mail address' }),
      { kind: 'account-unusable', problem: 'unconfirmed' },
    ],
    [
      '403 pending',
      json(403, { error: 'Your login is currently pending approval' }),
      { kind: 'account-unusable', problem: 'pending-approval' },
    ],
    ['410 self-destruct', json(410, { error: 'Gone' }), { kind: 'account-unusable', problem: 'server-closing' }],
    [
      '429',
      json(429, { error: 'Too many requests' }, { 'x-ratelimit-reset': '2026-08-22T10:35:00.000000Z' }),
      { kind: 'unreachable' },
    ],
    ['503 HTML maintenance page', html(503), { kind: 'unreachable' }],
    ['401 HTML from a proxy', html(401), { kind: 'unreachable' }],
    ['403 HTML from a firewall', html(403), { kind: 'unreachable' }],
    ['403 unknown JSON', json(403, { error: 'Blocked by policy' }), { kind: 'unreachable' }],
    ['200 not an account', json(200, { hello: 'world' }), { kind: 'unreachable' }],
    ['404', json(404, { error: 'Not Found' }), { kind: 'unreachable' }],
    [
      // Mastodon's rules read only Doorkeeper's challenge as a refusal; GoToSocial's own are src/servers/credentials.ts.
      'GoToSocial 401 read by Mastodon rules: no Doorkeeper challenge, no verdict',
      json(401, { error: 'Unauthorized: token not supplied' }),
      { kind: 'unreachable' },
    ],
    [
      'GoToSocial wrong scope',
      json(403, { error: 'Forbidden: token has insufficient scope permission' }),
      { kind: 'narrow' },
    ],
    ['Pleroma wrong scope', json(403, { error: 'Insufficient permissions: read:accounts.' }), { kind: 'narrow' }],
    [
      'GoToSocial app-only',
      json(401, { error: 'Unauthorized: user not supplied or not authorized' }),
      { kind: 'app-only' },
    ],
  ] as const)('%s', (_name, outcome, expected) => {
    expect(readCredentials(outcome)).toMatchObject(expected);
  });

  it('never reads a network failure as a token state', () => {
    const outcome: Outcome = {
      ok: false,
      error: new RequestError('network', 'GET', 'https://x.example/api', 'refused'),
    };
    expect(readCredentials(outcome).kind).toBe('unreachable');
  });

  it('puts server text in code spans, clipped to one line', () => {
    const facts = readCredentials(json(403, { error: `Blocked <img src=x> @everyone \`x\`\n${'y'.repeat(300)}` }));
    expect(facts.kind).toBe('unreachable');
    const detail = (facts as { detail: string }).detail;
    // The backticks are kept, inside a longer fence; the text is clipped with an ellipsis.
    expect(detail).toMatch(/``Blocked <img src=x> @everyone `x` y+…``/);
    expect(detail).not.toContain('\n');
    expect(outsideCodeSpans(detail)).not.toMatch(/@everyone|<img/);
  });
});

describe('readTokenInfo (reference §2.1)', () => {
  it('reads scopes, owner and creation time', () => {
    expect(
      readTokenInfo(
        json(200, {
          resource_owner_id: 7,
          scope: ['profile', 'write:statuses'],
          expires_in: null,
          application: { uid: 'x' },
          created_at: 1795322873,
        }),
      ),
    ).toEqual({
      kind: 'ok',
      scopes: ['profile', 'write:statuses'],
      resourceOwnerId: '7',
      createdAt: new Date(1795322873 * 1000),
    });
  });
  it('marks app-only tokens by a null owner', () => {
    expect(readTokenInfo(json(200, { resource_owner_id: null, scope: ['read'], created_at: 1 }))).toMatchObject({
      resourceOwnerId: null,
    });
  });
  it('tells an inaccessible token from a blocked endpoint', () => {
    expect(
      readTokenInfo(
        json(
          401,
          { error: 'invalid_token', error_description: 'The access token is invalid', state: 'unauthorized' },
          bearer('The access token is invalid'),
        ),
      ).kind,
    ).toBe('inaccessible');
    expect(readTokenInfo(html(404)).kind).toBe('unavailable');
    expect(readTokenInfo(json(200, { scope: 42 })).kind).toBe('unavailable');
  });
});

describe('readApp and readServer', () => {
  it('reads the app and its registered scopes (4.3+) or only its name (before)', () => {
    expect(readApp(json(200, { id: '1', name: 'Bot', website: null, scopes: ['read', 'write'] }))).toEqual({
      name: 'Bot',
      website: undefined,
      scopes: ['read', 'write'],
    });
    expect(readApp(json(200, { name: 'Bot', website: 'https://bot.example', vapid_key: 'k' }))).toEqual({
      name: 'Bot',
      website: 'https://bot.example',
      scopes: undefined,
    });
    expect(readApp(json(403, { error: 'This action is outside the authorized scopes' }))).toBeUndefined();
  });
  it.each([
    [
      { domain: 'social.example', version: '4.6.5', source_url: 'https://github.com/mastodon/mastodon' },
      { software: 'mastodon', version: '4.6.5', domain: 'social.example' },
    ],
    [
      { domain: 'g.example', version: '4.6.0+glitch', source_url: 'https://github.com/glitch-soc/mastodon' },
      { software: 'mastodon', version: '4.6.0+glitch' },
    ],
    [
      { uri: 'p.example', version: '2.7.2 (compatible; Pleroma 2.6.1)' },
      { software: 'pleroma', version: '2.6.1', domain: 'p.example' },
    ],
    [
      { uri: 'a.example', version: '2.7.2 (compatible; Akkoma 3.13.2)' },
      { software: 'akkoma', version: '3.13.2' },
    ],
    [
      {
        domain: 'gts.example',
        version: '3.5.3+0.17.3',
        source_url: 'https://github.com/superseriousbusiness/gotosocial',
      },
      { software: 'gotosocial', version: '0.17.3' },
    ],
  ])('reads %j', (body, expected) => {
    expect(readServer(json(200, body))).toMatchObject(expected);
  });
});

describe('asRecord: the one reading of a JSON object (util/records.ts), for Mastodon, OAuth and GitHub answers alike', () => {
  it.each([
    [{ a: 1 }, { a: 1 }],
    [{}, {}],
    [null, undefined],
    [undefined, undefined],
    [[1, 2], undefined],
    ['{"a":1}', undefined],
    [42, undefined],
    [true, undefined],
  ])('%j → %j', (value, record) => {
    expect(asRecord(value)).toEqual(record);
  });
});
