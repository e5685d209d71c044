/**
 * Each server's own rules (docs/servers/*.md), as pure functions: which software an answer names, how its scopes
 * nest, how its verify_credentials answers read, and which harmless requests tell its scopes.
 */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../src/mastodon/answers.ts';
import type { HttpResponse } from '../src/mastodon/http.ts';
import { readCredentialsOn } from '../src/servers/credentials.ts';
import {
  identifyInstance,
  identifyNodeInfo,
  identifyServer,
  instanceIsConclusive,
  isMisskeyUnknownEndpoint,
  type ServerIdentity,
} from '../src/servers/identity.ts';
import { linksOn, newTokenStepsOn } from '../src/servers/pages.ts';
import { linksFor } from '../src/evaluate/links.ts';
import { authorizedAppsUrl } from '../src/commands/flow.ts';
import { readGoToSocialTokenList } from '../src/servers/tokens.ts';
import { readPleromaExpiry } from '../src/servers/expiry.ts';
import { planProbingOn, probesOn } from '../src/servers/probes.ts';
import { acceptingScopes, compareScopesOn, satisfiesOn, scopeExistsOn, scopesEnforced } from '../src/servers/scopes.ts';

const answer = (status: number, json: unknown, headers: Record<string, string> = {}): Outcome => ({
  ok: true,
  response: {
    status,
    headers,
    json,
    text: json === undefined ? '' : JSON.stringify(json),
    method: 'GET',
    path: '/api/v1/accounts/verify_credentials',
    attempts: 1,
  } as HttpResponse,
});
const ACCOUNT = { id: '1', username: 'bot', acct: 'bot', url: 'https://x.example/@bot' };
const server = (family: ServerIdentity['family'], version = '1.0.0', software: string = family): ServerIdentity => ({
  software,
  version,
  family,
  domain: undefined,
  from: 'nodeinfo',
});

describe('identity: the instance answer and NodeInfo (docs/servers/*.md §4)', () => {
  it.each([
    [{ version: '4.6.5', domain: 'social.example' }, 'mastodon', '4.6.5', 'mastodon'],
    [{ version: '4.6.0+glitch', uri: 'g.example' }, 'mastodon', '4.6.0+glitch', 'mastodon'],
    [{ version: '2.7.2 (compatible; Pleroma 2.7.0-12-gabc-develop)' }, 'pleroma', '2.7.0-12-gabc-develop', 'pleroma'],
    [{ version: '2.7.2 (compatible; Akkoma 3.16.0-0-g300302d4)' }, 'akkoma', '3.16.0-0-g300302d4', 'akkoma'],
    [
      { version: '0.20.3', source_url: 'https://codeberg.org/superseriousbusiness/gotosocial' },
      'gotosocial',
      '0.20.3',
      'gotosocial',
    ],
    [
      { version: '3.5.3+0.20.3-git-abc', source_url: 'https://codeberg.org/superseriousbusiness/gotosocial' },
      'gotosocial',
      '0.20.3-git-abc',
      'gotosocial',
    ],
    [{ version: '4.0.0 (compatible; Takahe 0.11.0)' }, 'takahe', '0.11.0', 'other'],
  ])('%j → %s %s', (body, software, version, family) => {
    expect(identifyInstance(body)).toMatchObject({ software, version, family, from: 'instance' });
  });

  it('keeps only harmless characters of server-chosen names and versions', () => {
    const id = identifyInstance({ version: '2.7.2 (compatible; <b>Evil</b> 1.0`$(rm)`)', domain: 'a b' });
    expect(id?.software).toMatch(/^[a-z0-9.+-]*$/);
    expect(id?.version).toMatch(/^[A-Za-z0-9.+-]*$/);
    expect(id?.domain).toBeUndefined();
    expect(identifyNodeInfo({ software: { name: '\u001b[31mx\n@everyone', version: '1' } })?.software).toMatch(
      /^[a-z0-9.+-]+$/,
    );
  });

  it('reads NodeInfo and lets it name a GoToSocial dressed as Mastodon 3.5.3', () => {
    const dressed = identifyInstance({ version: '3.5.3+0.20.3', uri: 'gts.example' });
    expect(dressed?.family).toBe('mastodon');
    expect(instanceIsConclusive(dressed)).toBe(false);
    const nodeInfo = identifyNodeInfo({ software: { name: 'gotosocial', version: '0.20.3' } });
    expect(identifyServer(dressed, nodeInfo)).toMatchObject({
      software: 'gotosocial',
      version: '0.20.3',
      family: 'gotosocial',
      domain: 'gts.example',
    });
    expect(instanceIsConclusive(identifyInstance({ version: '4.6.5' }))).toBe(true);
  });

  it('tells Misskey apart: its NodeInfo name and its unknown-endpoint answer', () => {
    expect(identifyNodeInfo({ software: { name: 'misskey', version: '2025.4.1' } })?.family).toBe('misskey');
    expect(identifyNodeInfo({ software: { name: 'sharkey', version: '2025.2.0' } })?.family).toBe('misskey');
    const body = { error: { message: 'Unknown API endpoint.', code: 'UNKNOWN_API_ENDPOINT', kind: 'client' } };
    expect(isMisskeyUnknownEndpoint(404, body)).toBe(true);
    expect(isMisskeyUnknownEndpoint(404, { error: 'Not Found' })).toBe(false);
    // A Misskey fork whose Mastodon layer answers the instance endpoint speaks the API: rules unknown, not Misskey.
    const layered = identifyServer(
      identifyInstance({ version: '4.2.0' }),
      identifyNodeInfo({ software: { name: 'sharkey', version: '2025.2.0' } }),
    );
    expect(layered?.family).toBe('other');
  });
});

describe('scopes: each server its own hierarchy (docs/servers/*.md §1)', () => {
  it('GoToSocial: only top-level scopes permit their extensions', () => {
    expect(satisfiesOn('gotosocial', 'read', 'read:accounts')).toBe(true);
    expect(satisfiesOn('gotosocial', 'admin', 'admin:read:accounts')).toBe(true);
    expect(satisfiesOn('gotosocial', 'admin:read', 'admin:read:reports')).toBe(true);
    expect(satisfiesOn('gotosocial', 'read:accounts', 'read:accounts:x')).toBe(false);
    expect(satisfiesOn('gotosocial', 'follow', 'read:follows')).toBe(false);
    expect(scopeExistsOn('gotosocial', '0.20.3', 'follow')).toBe(false);
    expect(scopeExistsOn('gotosocial', '0.20.3', 'read:applications')).toBe(true);
    expect(scopesEnforced('gotosocial', '0.18.3')).toBe(false);
    expect(scopesEnforced('gotosocial', '0.19.0')).toBe(true);
  });

  it('Pleroma and Akkoma: any granted string is a parent of its extensions', () => {
    expect(satisfiesOn('pleroma', 'read', 'read:accounts')).toBe(true);
    expect(satisfiesOn('akkoma', 'admin', 'admin:write:accounts')).toBe(true);
    expect(satisfiesOn('akkoma', 'read:accounts', 'read')).toBe(false);
    expect(scopeExistsOn('pleroma', '2.7.0', 'read:chats')).toBe(true);
    expect(scopeExistsOn('akkoma', '3.16.0', 'read:chats')).toBe(false);
    expect(scopeExistsOn('akkoma', '3.16.0', 'profile')).toBe(false);
  });

  it('Mastodon: exact strings and the parents its endpoints list', () => {
    expect(satisfiesOn('mastodon', 'read', 'read:accounts')).toBe(true);
    expect(satisfiesOn('mastodon', 'admin', 'admin:read')).toBe(false);
    expect(satisfiesOn('other', 'read', 'read:accounts')).toBe(false);
  });

  it('compares with the server hierarchy: a parent satisfies, and is still excess', () => {
    expect(compareScopesOn('gotosocial', ['read', 'write'], ['read:accounts', 'write:statuses'])).toEqual({
      missing: [],
      excess: ['read', 'write'],
    });
    expect(compareScopesOn('gotosocial', ['admin'], ['admin:read:accounts'])).toEqual({
      missing: [],
      excess: ['admin'],
    });
    expect(compareScopesOn('mastodon', ['admin'], ['admin:read:accounts']).missing).toEqual(['admin:read:accounts']);
    expect(acceptingScopes('akkoma', 'admin:read:accounts')).toEqual(['admin', 'admin:read', 'admin:read:accounts']);
  });
});

describe('verify_credentials by each server (docs/servers/*.md §3)', () => {
  const gts = server('gotosocial', '0.20.3');
  it.each([
    [200, ACCOUNT, 'account'],
    [401, { error: 'Unauthorized: token not supplied' }, 'rejected'],
    [401, { error: 'Unauthorized: user not supplied or not authorized' }, 'refused'],
    [401, { error: 'Unauthorized: account not supplied or not authorized' }, 'account-unusable'],
    [403, { error: 'Forbidden: token has insufficient scope permission' }, 'narrow'],
    [401, { error: 'The access token is invalid' }, 'unreachable'],
    [503, undefined, 'unreachable'],
  ])('GoToSocial %i %j → %s', (status, body, kind) => {
    expect(readCredentialsOn(gts, answer(status, body), undefined).kind).toBe(kind);
  });

  it('GoToSocial: the "user not supplied" answer names both causes, never one', () => {
    const facts = readCredentialsOn(
      gts,
      answer(401, { error: 'Unauthorized: user not supplied or not authorized' }),
      undefined,
    );
    expect(facts).toEqual({
      kind: 'refused',
      causes: ['app-only', 'account-unusable'],
      detail: 'Unauthorized: user not supplied or not authorized',
    });
  });

  const pleroma = server('pleroma', '2.7.0');
  const invalid = answer(403, { error: 'Invalid credentials.' });
  it('Pleroma: "Invalid credentials." with an app answer is app-only; without, dead token or account', () => {
    expect(readCredentialsOn(pleroma, invalid, answer(200, { name: 'Bot', website: null })).kind).toBe('app-only');
    expect(readCredentialsOn(pleroma, invalid, answer(400, { errors: { detail: 'Internal server error' } }))).toEqual({
      kind: 'refused',
      causes: ['dead-token', 'account-unusable'],
      detail: 'Invalid credentials.',
    });
    // No answer to tell them apart: no verdict.
    expect(readCredentialsOn(pleroma, invalid, answer(502, undefined)).kind).toBe('unreachable');
    expect(
      readCredentialsOn(pleroma, answer(403, { error: 'Insufficient permissions: read:accounts.' }), undefined).kind,
    ).toBe('narrow');
    expect(readCredentialsOn(server('akkoma'), answer(200, ACCOUNT), undefined).kind).toBe('account');
  });

  it('a server whose rules are not known: an account is certain, a 401 is no verdict', () => {
    const takahe = server('other', '0.11.0', 'takahe');
    expect(readCredentialsOn(takahe, answer(200, ACCOUNT), undefined).kind).toBe('account');
    const refused = readCredentialsOn(
      takahe,
      answer(401, { error: 'The access token was revoked' }, { 'www-authenticate': 'Bearer error="invalid_token"' }),
      undefined,
    );
    expect(refused.kind).toBe('unreachable');
    expect(refused.kind === 'unreachable' && refused.detail).toMatch(
      /takahe 0\.11\.0, whose token rules this check does not know/,
    );
  });

  it('Misskey: not supported, whatever it answered', () => {
    const facts = readCredentialsOn(server('misskey', '2025.4.1'), answer(200, ACCOUNT), undefined);
    expect(facts.kind).toBe('unreachable');
    expect(facts.kind === 'unreachable' && facts.detail).toMatch(
      /Misskey 2025\.4\.1, which does not speak Mastodon's client API/,
    );
  });
});

describe('probes by each server (docs/servers/*.md §5)', () => {
  it("are GETs, but for GoToSocial's status edit refused for its empty body; each accepts what the hierarchy says", () => {
    for (const family of ['gotosocial', 'pleroma', 'akkoma'] as const) {
      const probes = probesOn(family, undefined);
      expect(probes.length).toBeGreaterThan(5);
      for (const p of probes) {
        expect(p.method === 'GET' || (family === 'gotosocial' && p.path === '/api/v1/statuses/0')).toBe(true);
        expect(p.accepts).toContain(p.scope);
      }
    }
    const blocks = probesOn('pleroma', '2.7.0').find((p) => p.scope === 'read:blocks');
    expect(blocks?.accepts).toEqual(['follow', 'read', 'read:blocks']);
    expect(probesOn('pleroma', '2.7.0').some((p) => p.path === '/api/v1/preferences')).toBe(false);
    expect(probesOn('akkoma', '3.16.0').some((p) => p.path === '/api/v1/preferences')).toBe(true);
  });

  it('plan: a parent is probed through a child the declaration does not hold', () => {
    const plan = planProbingOn('gotosocial', 'account', '0.20.3', ['write:media']);
    expect([...plan.candidates].sort()).toEqual(['profile', 'push', 'read', 'write', 'write:media']);
    const paths = plan.probes.map((p) => p.path).sort();
    expect(paths).toContain('/api/v1/media/0');
    expect(paths).toContain('/api/v1/push/subscription');
    expect(paths.some((p) => p.startsWith('/api/v1/') && p !== '/api/v1/media/0')).toBe(true);
  });

  it('plan: a refused verify_credentials rules out what it accepts', () => {
    const plan = planProbingOn('pleroma', 'narrow', '2.7.0', ['read:accounts']);
    expect(plan.known).toEqual([{ accepts: ['read', 'read:accounts'], granted: false }]);
    // `read` and `read:accounts` are ruled out: only `follow` and `push` are left to probe.
    expect(plan.probes.map((p) => p.path).sort()).toEqual(['/api/v1/blocks', '/api/v1/push/subscription']);
  });
});

describe('pages by each server (docs/servers/*.md §6)', () => {
  it('Mastodon’s pages, the same where the server is known, where it is not, and in the token commands', () => {
    const mastodon = {
      authorizedApps: 'https://m.example/oauth/authorized_applications',
      development: 'https://m.example/settings/applications',
      newApplication: 'https://m.example/settings/applications/new',
    };
    expect(linksOn('mastodon', '4.3.0', 'https://m.example')).toEqual(mastodon);
    expect(linksFor('https://m.example')).toEqual(mastodon);
    expect(authorizedAppsUrl('https://m.example')).toBe(mastodon.authorizedApps);
  });

  it('GoToSocial 0.19+ has applications and access-token pages; before, none', () => {
    expect(linksOn('gotosocial', '0.20.3', 'https://g.example')).toEqual({
      authorizedApps: 'https://g.example/settings/user/tokens',
      development: 'https://g.example/settings/user/applications',
      newApplication: 'https://g.example/settings/user/applications/new',
    });
    expect(linksOn('gotosocial', '0.18.3', 'https://g.example')).toBeUndefined();
  });

  it('Pleroma and Akkoma: no page makes a token; the steps say the OAuth flow and where to revoke', () => {
    const links = linksOn('akkoma', '3.16.0', 'https://a.example');
    expect(links).toBeUndefined();
    const steps = newTokenStepsOn('akkoma', '3.16.0', links, ['write:statuses'], true, 'STORE');
    expect(steps?.[0]).toMatch(/OAuth client.*only `write:statuses`.*Akkoma has no page/);
    expect(steps?.[1]).toBe('STORE');
    expect(steps?.[2]).toMatch(/Settings → Security → OAuth tokens/);
    expect(newTokenStepsOn('mastodon', '4.6.5', links, [], false, 'STORE')).toBeUndefined();
  });
});

describe("GoToSocial's token list (docs/servers/gotosocial.md §2)", () => {
  const list = (...scopes: string[]) =>
    answer(
      200,
      scopes.map((scope, i) => ({ id: `01T${i}`, created_at: '2025-11-14T10:00:00.000Z', scope })),
    );
  it('tells the exact scopes only when every token holds the same', () => {
    expect(readGoToSocialTokenList(list('write:statuses read:accounts'), '1')).toEqual({
      kind: 'ok',
      scopes: ['read:accounts', 'write:statuses'],
      resourceOwnerId: '1',
      createdAt: new Date('2025-11-14T10:00:00.000Z'),
    });
    const same = readGoToSocialTokenList(list('read write', 'write read'), '1');
    expect(same).toMatchObject({ kind: 'ok', scopes: ['read', 'write'], createdAt: undefined });
    expect(readGoToSocialTokenList(list('read', 'read write'), '1')).toBeUndefined();
    expect(readGoToSocialTokenList(list(), '1')).toBeUndefined();
    expect(readGoToSocialTokenList(list('read <b>x</b>'), '1')).toBeUndefined();
    // A full page may hide a token with other scopes.
    expect(readGoToSocialTokenList(list(...Array.from({ length: 100 }, () => 'read')), '1')).toBeUndefined();
    expect(
      readGoToSocialTokenList(answer(403, { error: 'Forbidden: token has insufficient scope permission' }), '1'),
    ).toBeUndefined();
  });
});

describe('Pleroma and Akkoma: when a live token expires (docs/servers/akkoma.md §3)', () => {
  const tokens = (...apps: string[]) =>
    answer(
      200,
      apps.map((app_name, i) => ({ id: i + 1, valid_until: '2026-12-01T10:00:00.000000', app_name })),
    );
  it("is told by the one token of this token's app, in UTC", () => {
    expect(readPleromaExpiry(tokens('Bot', 'Pleroma FE'), 'Bot')).toEqual(new Date('2026-12-01T10:00:00.000Z'));
    expect(readPleromaExpiry(tokens('Bot', 'Bot'), 'Bot')).toBeUndefined();
    expect(readPleromaExpiry(tokens('Pleroma FE'), 'Bot')).toBeUndefined();
    expect(readPleromaExpiry(tokens('Bot'), undefined)).toBeUndefined();
    expect(readPleromaExpiry(answer(200, [{ app_name: 'Bot', valid_until: 'soon' }]), 'Bot')).toBeUndefined();
  });
});
