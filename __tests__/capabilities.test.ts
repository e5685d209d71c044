import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blastRadius, capabilitiesBeyond, capabilitiesOf, worstFirst } from '../src/capabilities/blast-radius.ts';
import { CAPABILITIES } from '../src/capabilities/table.ts';
import { SCOPES } from '../src/mastodon/scopes.ts';

interface Endpoint {
  readonly method: string;
  readonly path: string;
  readonly scopes: readonly string[];
}
const table = JSON.parse(
  readFileSync(new URL('./fixtures/mastodon-endpoint-scopes.json', import.meta.url), 'utf8'),
) as Record<'endpoints' | 'streamingEndpoints' | 'legacyEndpoints', Endpoint[]>;
const endpoints = [...table.endpoints, ...table.streamingEndpoints, ...table.legacyEndpoints];
const accepts = new Map<string, ReadonlySet<string>>();
for (const e of endpoints) {
  const key = `${e.method} ${e.path}`;
  accepts.set(key, new Set([...(accepts.get(key) ?? []), ...e.scopes]));
}

describe('the capability table against the endpoint table', () => {
  it('claims nothing that no accepting endpoint does: every listed endpoint accepts every scope its row names', () => {
    const wrong: string[] = [];
    for (const c of CAPABILITIES) {
      for (const endpoint of c.endpoints) {
        const scopes = accepts.get(endpoint);
        if (!scopes) wrong.push(`${c.id}: ${endpoint} is no endpoint`);
        else for (const s of c.scopes) if (!scopes.has(s)) wrong.push(`${c.id}: ${endpoint} does not accept ${s}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves nothing unsaid: every endpoint that accepts a scope is claimed by a row naming that scope', () => {
    const unsaid: string[] = [];
    for (const [endpoint, scopes] of accepts) {
      for (const scope of scopes) {
        const claimed = CAPABILITIES.some((c) => c.scopes.includes(scope) && c.endpoints.includes(endpoint));
        if (!claimed) unsaid.push(`${scope}: ${endpoint}`);
      }
    }
    expect(unsaid).toEqual([]);
  });

  it('gives every scope of the catalogue its sentences, the parents read, write, follow, push and profile included', () => {
    const silent = SCOPES.map((s) => s.name).filter((name) => capabilitiesOf([name]).length === 0);
    expect(silent).toEqual([]);
    for (const parent of ['read', 'write', 'follow', 'push', 'profile', 'admin:read', 'admin:write'])
      expect(capabilitiesOf([parent]).length).toBeGreaterThan(0);
  });

  it('keeps ids unique and sentences short and plain', () => {
    expect(new Set(CAPABILITIES.map((c) => c.id)).size).toBe(CAPABILITIES.length);
    for (const c of CAPABILITIES) {
      expect(c.text.split(' ').length, c.text).toBeLessThanOrEqual(9);
      expect(c.text, c.id).not.toMatch(/[`*_]|api|endpoint|scope/i);
    }
  });
});

describe('blast radius', () => {
  it('puts administration first, then acting as the account, then private reads', () => {
    const harms = capabilitiesOf(['read', 'write', 'admin:write']).map((c) => c.harm);
    expect(harms[0]).toBe('administers');
    expect(harms.indexOf('acts')).toBeLessThan(harms.indexOf('reads-private'));
    expect(harms.lastIndexOf('acts')).toBeLessThan(harms.indexOf('reads-private'));
  });

  it('says what a broad token could do and how much less it could after the fix', () => {
    const radius = blastRadius(['read', 'write', 'follow', 'push'], ['write:statuses', 'write:media']);
    const could = radius.could.map((c) => c.text);
    expect(could).toContain('read your direct messages');
    expect(could).toContain('follow and unfollow accounts and hashtags');
    expect(radius.afterFix?.map((c) => c.text)).toEqual([
      'post, edit and delete posts as you',
      'boost posts',
      'upload and delete images and video',
      'change or cancel scheduled posts',
      'change who may quote your posts',
      'vote in polls',
      'move your “read up to here” markers',
    ]);
    expect(radius.byScope.find((s) => s.scope === 'push')?.can).toEqual([
      'have your notifications pushed to any server',
    ]);
    expect(radius.byScope.map((s) => s.scope)).toEqual(['follow', 'push', 'read', 'write']);
  });

  it('has no "after the fix" when the grant is already exactly what is declared, or nothing is declared', () => {
    expect(blastRadius(['write:statuses'], ['write:statuses']).afterFix).toBeUndefined();
    expect(blastRadius(['write:statuses']).afterFix).toBeUndefined();
  });

  it('names which granted scopes give each capability', () => {
    const follow = capabilitiesOf(['follow', 'write:follows']).find((c) => c.id === 'follow');
    expect(follow?.scopes).toEqual(['follow', 'write:follows']);
  });

  it('an admin token says it can act on every user', () => {
    const top = worstFirst(capabilitiesOf(['admin:read', 'admin:write', 'write:statuses']), 3);
    expect(top.shown[0]?.text).toBe('suspend, silence, approve or delete any user');
    expect(top.more).toBeGreaterThan(10);
  });

  it('speaks of other servers only through scope names they have, by their own hierarchy', () => {
    // GoToSocial's `read` covers its `read:statuses`: direct messages, as on Mastodon.
    expect(capabilitiesOf(['read'], 'gotosocial').map((c) => c.id)).toContain('read-dms');
    // GoToSocial has no collections and no `follow` scope.
    expect(capabilitiesOf(['write'], 'gotosocial').map((c) => c.id)).not.toContain('collections-edit');
    expect(capabilitiesOf(['follow'], 'gotosocial')).toEqual([]);
    // Pleroma's `follow` is a scope of its own; its `admin` covers every admin scope it has.
    expect(capabilitiesOf(['follow'], 'pleroma').map((c) => c.id)).toContain('follow');
    expect(capabilitiesOf(['admin'], 'pleroma').map((c) => c.id)).toContain('admin-act-accounts');
    // A server whose rules are not known: nothing guessed.
    expect(capabilitiesOf(['read', 'write'], 'other')).toEqual([]);
  });

  it('tells what a declaration allows that the code never uses', () => {
    const beyond = capabilitiesBeyond(['read', 'write'], ['write:statuses']).map((c) => c.id);
    expect(beyond).toContain('read-dms');
    expect(beyond).toContain('profile-edit');
    expect(beyond).not.toContain('post');
  });
});
