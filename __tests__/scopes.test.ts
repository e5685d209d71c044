import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareScopes, parseScopeList, satisfies, SCOPES, suggestScope } from '../src/mastodon/scopes.ts';
import { versionAtLeast } from '../src/util/version.ts';

describe('scope catalogue', () => {
  it('holds exactly the scopes that the endpoint-scope table uses, and no `admin` or `crypto`', () => {
    const table = JSON.parse(
      readFileSync(new URL('./fixtures/mastodon-endpoint-scopes.json', import.meta.url), 'utf8'),
    ) as {
      endpoints: { scopes: string[] }[];
      otherEndpoints: { scopes?: string[] }[];
    };
    const used = new Set([...table.endpoints, ...table.otherEndpoints].flatMap((e) => e.scopes ?? []));
    const names = SCOPES.map((s) => s.name);
    // reference §1.1 says "49 distinct strings" but lists 47; the table agrees with the list.
    expect(new Set(names)).toEqual(used);
    expect(names).toHaveLength(47);
    expect(names).not.toContain('admin');
    expect(names).not.toContain('crypto');
    expect(names).toContain('admin:write:canonical_email_blocks');
    expect(names).toContain('read:collections');
  });
});

describe('satisfies', () => {
  it.each([
    ['read', 'read:statuses', true],
    ['write', 'write:media', true],
    ['admin:read', 'admin:read:accounts', true],
    ['admin:write', 'admin:write:reports', true],
    ['write:statuses', 'write:statuses', true],
    ['read', 'write:statuses', false],
    ['read', 'profile', false],
    ['read', 'push', false],
    ['write', 'push', false],
    ['follow', 'read:follows', false],
    ['follow', 'write:follows', false],
    ['follow', 'follow', true],
    ['admin:read', 'admin:write:accounts', false],
    ['read:statuses', 'read', false],
  ])('%s satisfies %s: %s', (granted, required, expected) => {
    expect(satisfies(granted, required)).toBe(expected);
  });
});

describe('compareScopes', () => {
  it('is healthy when granted equals required', () => {
    expect(compareScopes(['write:statuses', 'write:media'], ['write:media', 'write:statuses'])).toEqual({
      missing: [],
      excess: [],
    });
  });
  it('counts a broad parent as excess while it satisfies the child', () => {
    expect(compareScopes(['write'], ['write:statuses'])).toEqual({ missing: [], excess: ['write'] });
  });
  it('finds missing scopes that no grant satisfies', () => {
    expect(compareScopes(['read'], ['write:statuses', 'read:notifications'])).toEqual({
      missing: ['write:statuses'],
      excess: ['read'],
    });
  });
  it('does not let follow stand in for granular follows scopes', () => {
    expect(compareScopes(['follow'], ['read:follows'])).toEqual({ missing: ['read:follows'], excess: ['follow'] });
  });
  it('sorts and de-duplicates', () => {
    expect(compareScopes(['write', 'read', 'push', 'read'], [])).toEqual({
      missing: [],
      excess: ['push', 'read', 'write'],
    });
  });
});

describe('parseScopeList', () => {
  it('splits on spaces, commas and newlines', () => {
    expect(parseScopeList(' write:statuses,write:media\nread:notifications ,, ').scopes).toEqual([
      'write:statuses',
      'write:media',
      'read:notifications',
    ]);
  });
  it('reports duplicates once', () => {
    const parsed = parseScopeList('read read write read');
    expect(parsed.scopes).toEqual(['read', 'write']);
    expect(parsed.duplicates).toEqual(['read']);
  });
  it('marks follow as deprecated', () => {
    expect(parseScopeList('follow write:statuses').deprecated).toEqual(['follow']);
  });
  it.each([
    ['write:status', 'write:statuses'],
    ['read:notification', 'read:notifications'],
    ['WRITE:STATUSES', 'write:statuses'],
    ['admin', 'admin:read'],
    ['read:me', 'profile'],
    ['wirte:media', 'write:media'],
    ['write:statuses;write:media', 'write:statuses write:media'],
    ['profile|Write:Statuses', 'profile write:statuses'],
  ])('suggests %s → %s', (typo, suggestion) => {
    expect(parseScopeList(typo).unknown).toEqual([{ name: typo, suggestion }]);
    expect(suggestScope(typo)).toBe(suggestion);
  });
  it('offers no suggestion for something unrelated', () => {
    expect(parseScopeList('banana-bread-recipe').unknown).toEqual([{ name: 'banana-bread-recipe' }]);
  });
});

describe('versionAtLeast', () => {
  it.each([
    ['4.6.5', '4.6.0', true],
    ['4.3.0-beta.1', '4.3.0', true],
    ['4.2.10', '4.3.0', false],
    ['4.10.0', '4.9.0', true],
    ['4.6.0+glitch', '4.6.0', true],
    ['3.5.3', '4.0.0', false],
  ])('%s >= %s: %s', (version, minimum, expected) => {
    expect(versionAtLeast(version, minimum)).toBe(expected);
  });
});
