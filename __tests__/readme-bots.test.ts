import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/docs.ts';
import { parseScopeList } from '../src/mastodon/scopes.ts';

interface Endpoint {
  method: string;
  path: string;
  scopes: string[];
}

const table = JSON.parse(
  readFileSync(join(ROOT, '__tests__', 'fixtures', 'mastodon-endpoint-scopes.json'), 'utf8'),
) as { endpoints: Endpoint[] };
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const block = /<!-- bot-scopes:start -->\n([\s\S]*?)<!-- bot-scopes:end -->/.exec(readme)?.[1] ?? '';
const rows = block
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| the bot'))
  .map((line) => {
    const [bot = '', scopes = '', requests = ''] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    return {
      bot,
      scopes: [...scopes.matchAll(/`([^`]+)`/g)].flatMap((m) => (m[1] ?? '').split(' ')),
      requests: [...requests.matchAll(/`([A-Z]+) ([^`]+)`/g)].map((m) => ({ method: m[1] ?? '', path: m[2] ?? '' })),
    };
  });

/** The narrowest scope an endpoint accepts: `profile` where it counts, else the granular one; never `follow`. */
function narrowest(scopes: readonly string[]): string {
  if (scopes.includes('profile')) return 'profile';
  const granular = scopes.filter((s) => s !== 'follow').sort((a, b) => b.split(':').length - a.split(':').length);
  return granular[0] ?? '';
}

describe("the README's table of what common bots need", () => {
  it('has the rows a newcomer looks for', () => {
    expect(rows.map((r) => r.bot)).toEqual(
      expect.arrayContaining(['posts text', 'posts with images', 'replies to mentions', 'follows back']),
    );
    expect(rows.length).toBeGreaterThanOrEqual(8);
  });

  it.each(rows.map((row) => [row.bot, row] as const))(
    '%s: the scopes are exactly the narrowest that Mastodon accepts for each request',
    (_bot, row) => {
      expect(row.requests.length).toBeGreaterThan(0);
      const needs = row.requests.map(({ method, path }) => {
        const endpoint = table.endpoints.find((e) => e.method === method && e.path === path);
        expect(endpoint, `${method} ${path} is in the endpoint table`).toBeDefined();
        expect(endpoint?.scopes.length, `${method} ${path} takes a scope`).toBeGreaterThan(0);
        return narrowest(endpoint?.scopes ?? []);
      });
      expect(row.scopes).toEqual([...new Set(needs)].sort());
      const parsed = parseScopeList(row.scopes.join(' '));
      expect(parsed.unknown).toEqual([]);
      expect(parsed.deprecated).toEqual([]);
    },
  );

  it('matches the examples of issue 14', () => {
    const scopesOf = (bot: string) => rows.find((r) => r.bot === bot)?.scopes.join(' ');
    expect(scopesOf('posts text')).toBe('write:statuses');
    expect(scopesOf('posts with images')).toBe('write:media write:statuses');
    expect(scopesOf('replies to mentions')).toBe('read:notifications read:statuses write:statuses');
    expect(scopesOf('updates its profile (bio, avatar, fields)')).toBe('write:accounts');
    expect(scopesOf('follows back')).toBe('read:notifications write:follows');
  });
});
