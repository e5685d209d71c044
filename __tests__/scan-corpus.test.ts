/**
 * The corpus of real public bots (__tests__/fixtures/bots/<name>/, each with ORIGIN.md: repository, commit, license
 * and the needed scopes worked out by hand from the endpoint table; expected.json holds those answers). The scanner
 * must find every need of every reachable call, and no other.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseNeeds } from '../src/scan/needs.ts';
import { scanSources } from '../src/scan/scan.ts';

const BOTS = join(import.meta.dirname, 'fixtures', 'bots');
const EXPECTED = join(BOTS, 'expected.json');

interface Expected {
  readonly needed: readonly string[];
  readonly notes?: string;
}

const corpus: Record<string, Expected> = existsSync(EXPECTED) ? JSON.parse(readFileSync(EXPECTED, 'utf8')) : {};
const names = Object.keys(corpus).sort();

describe.skipIf(names.length === 0)('the corpus of real bots', () => {
  it('has at least 20 bots, each with its origin', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const name of names) expect(existsSync(join(BOTS, name, 'ORIGIN.md')), name).toBe(true);
  });

  it.each(names)('%s: the needs found are the needs worked out by hand', async (name) => {
    const scan = await scanSources({ root: join(BOTS, name), paths: ['.'] });
    const needed = analyseNeeds(scan.calls).needed;
    expect(needed, corpus[name]?.notes).toEqual([...(corpus[name]?.needed ?? [])].sort());
  });
});
