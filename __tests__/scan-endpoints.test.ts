/** The route table (generated from the endpoint table), route matching, and the need of a call. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE, generateEndpointTable, OUTPUT } from '../scripts/scan-endpoints.ts';
import { DYNAMIC, findChannel, matchRoute, narrowestScope } from '../src/scan/endpoints.ts';
import { channelOf as libraryChannel, matchRoute as libraryRoute } from '../src/scan/library-tables.ts';
import { format, resolveConfig } from 'prettier';

const segments = (path: string) =>
  path
    .split('/')
    .filter(Boolean)
    .map((s) => (s === '*' ? DYNAMIC : s));

describe('the route table', () => {
  it('is the generation from the endpoint table checked in beside the tests', async () => {
    const source = JSON.parse(readFileSync(DEFAULT_SOURCE, 'utf8'));
    const fresh = await format(generateEndpointTable(source), { ...(await resolveConfig(OUTPUT)), filepath: OUTPUT });
    expect(readFileSync(OUTPUT, 'utf8')).toBe(fresh);
    // every REST route of the table, the streaming channels and the legacy route are there
    expect(source.streamingEndpoints.length).toBeGreaterThan(0);
    for (const e of source.streamingEndpoints) expect(fresh).toContain(`path: '${e.path}'`);
    for (const e of source.endpoints.filter((x: { path: string }) => !x.path.includes('('))) {
      expect(fresh).toContain(`path: '${e.path}'`);
    }
  });
});

describe('route matching', () => {
  it.each([
    ['POST', '/api/v1/statuses', '/api/v1/statuses'],
    ['GET', '/api/v1/accounts/verify_credentials', '/api/v1/accounts/verify_credentials'],
    ['GET', '/api/v1/accounts/*', '/api/v1/accounts/:id'],
    ['GET', '/api/v1/accounts/12345', '/api/v1/accounts/:id'],
    ['POST', '/api/v1/accounts/*/follow', '/api/v1/accounts/:id/follow'],
    ['POST', '/api/v1/statuses/*/favourite', '/api/v1/statuses/:status_id/favourite'],
    ['POST', '/api/v2/media', '/api/v2/media'],
    ['POST', '/api/v1/notifications/dismiss', '/api/v1/notifications/dismiss'],
    ['GET', '/oauth/userinfo', '/oauth/userinfo'],
  ])('%s %s → %s', (method, path, route) => {
    const outcome = matchRoute(method, segments(path));
    expect(outcome.kind).toBe('matched');
    if (outcome.kind === 'matched') expect(outcome.match.route).toBe(route);
  });

  it('resolves a method-less path only when every method needs the same', () => {
    expect(matchRoute(undefined, segments('/api/v1/statuses/*/reblog')).kind).toBe('matched');
    expect(matchRoute(undefined, segments('/api/v1/statuses')).kind).toBe('ambiguous');
  });

  it('a run-time segment where the route is literal resolves when the candidates agree', () => {
    // /api/v1/timelines/home, /public, /link …: all read:statuses
    const outcome = matchRoute('GET', segments('/api/v1/timelines/*'));
    expect(outcome.kind).toBe('matched');
  });

  it('says why a path is not Mastodon’s', () => {
    const outcome = matchRoute('POST', segments('/api/v1/timelines/home'));
    expect(outcome).toMatchObject({ kind: 'unknown' });
    if (outcome.kind === 'unknown') expect(outcome.reason).toContain('GET');
    expect(matchRoute('GET', segments('/api/v1/nope'))).toMatchObject({ kind: 'unknown' });
  });

  it('knows the streaming channels, :media variants included', () => {
    expect(findChannel('user')?.scopes).toEqual(['read', 'read:statuses']);
    expect(findChannel('user:notification')?.scopes).toEqual(['read', 'read:notifications']);
    expect(findChannel('public:local:media')?.scopes).toEqual(['read', 'read:statuses']);
    expect(findChannel('nope')).toBeUndefined();
  });
});

describe('the need of a call: the narrowest scope its endpoint accepts', () => {
  it.each([
    [['write', 'write:statuses'], undefined, 'write:statuses'],
    [['follow', 'write', 'write:follows'], undefined, 'write:follows'],
    [['profile', 'read', 'read:accounts'], undefined, 'profile'],
    [['profile', 'read', 'read:accounts'], '4.3.0', 'profile'],
    [['profile', 'read', 'read:accounts'], '4.2.10', 'read:accounts'],
    // The server's version is compared by util/version.ts, the one comparison every phase uses: numerically, a
    // missing part as 0, a pre-release or build suffix ignored.
    [['profile', 'read', 'read:accounts'], '4.10.0', 'profile'],
    [['profile', 'read', 'read:accounts'], '4.3', 'profile'],
    [['profile', 'read', 'read:accounts'], '4.2', 'read:accounts'],
    [['profile', 'read', 'read:accounts'], '4.3.0-beta.1', 'profile'],
    [['profile', 'read', 'read:accounts'], '4.2.99+glitch', 'read:accounts'],
    [['profile', 'read', 'read:accounts'], '', 'profile'],
    [['profile'], '4.2.0', 'profile'],
    [['read'], undefined, 'read'],
    [['push'], undefined, 'push'],
    [['admin:read', 'admin:read:accounts'], undefined, 'admin:read:accounts'],
    [[], undefined, undefined],
  ] as const)('%j (server %s) → %s', (scopes, version, need) => {
    expect(narrowestScope(scopes, version)).toBe(need);
  });
});

describe('one matching rule for raw HTTP calls and for libraries that take a path (scan/library-tables.ts)', () => {
  it.each([
    // A literal segment beats a parameter, in both.
    ['GET', '/api/v1/accounts/verify_credentials', '/api/v1/accounts/verify_credentials'],
    ['GET', '/api/v1/accounts/{}', '/api/v1/accounts/:id'],
    ['POST', '/api/v1/statuses/{}/favourite', '/api/v1/statuses/:status_id/favourite'],
    ['POST', '/api/v1/statuses/123/favourite', '/api/v1/statuses/:status_id/favourite'],
    // A trailing slash, a query or a fragment is not part of the route.
    ['POST', '/api/v1/statuses/?visibility=public', '/api/v1/statuses'],
    ['GET', '/api/v1/timelines/home#top', '/api/v1/timelines/home'],
    // A library's method is certain: among its routes the best one, where a raw call's method is only a clue that
    // a better route of another method outweighs (below).
    ['GET', '/api/v1/notifications/requests/accept', '/api/v1/notifications/requests/:id'],
    // A value known only at run time fits a parameter, never a literal segment (a raw call's DYNAMIC does, below).
    ['GET', '/api/v1/timelines/{}', undefined],
    // An empty segment, a relative path, an unknown method: nothing.
    ['POST', '/api/v1/statuses//favourite', undefined],
    ['POST', 'api/v1/statuses', undefined],
    ['PUT', '/api/v1/statuses', undefined],
    // Only the REST and legacy routes: the OAuth endpoints and those beside the REST API are not a library's path.
    ['POST', '/oauth/token', undefined],
    ['GET', '/api/v1_alpha/collections/{}', undefined],
    ['PATCH', '/api/web/settings', undefined],
    // A legacy route, gone from Mastodon, that old libraries still call.
    ['POST', '/api/v1/notifications/dismiss', '/api/v1/notifications/dismiss'],
  ])('a library’s %s %s → %s', (method, path, route) => {
    expect(libraryRoute(method, path)).toBe(route);
  });

  it('a raw call resolves what a library call does not, and the other way round', () => {
    expect(matchRoute('GET', segments('/api/v1/notifications/requests/accept'))).toMatchObject({ kind: 'unknown' });
    expect(matchRoute('GET', segments('/api/v1/timelines/*'))).toMatchObject({ kind: 'matched' });
    expect(matchRoute('GET', segments('/api/v1_alpha/collections/*'))).toMatchObject({ kind: 'matched' });
    expect(matchRoute('POST', segments('/oauth/token'))).toMatchObject({
      kind: 'matched',
      match: { route: '/oauth/token' },
    });
  });

  it('a library’s streaming path names its channel', () => {
    expect(libraryChannel('/api/v1/streaming/public/local/')).toBe('public:local');
    expect(libraryChannel('/api/v1/streaming/user?x=1')).toBe('user');
    expect(libraryChannel('/api/v1/streaming//user')).toBeUndefined();
    expect(libraryChannel('api/v1/streaming/user')).toBeUndefined();
  });
});
