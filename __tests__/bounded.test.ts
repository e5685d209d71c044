import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapBounded } from '../src/config/bounded.ts';

describe('bounded concurrency', () => {
  it('never runs more than the bounds allow, overall and per key, and keeps the order of results', async () => {
    const items = ['a', 'a', 'a', 'b', 'b', 'c', 'd', 'e'].map((key, i) => ({ key, i }));
    let now = 0;
    let peak = 0;
    const perKey = new Map<string, number>();
    let peakPerKey = 0;
    const results = await mapBounded(
      items,
      (x) => x.key,
      { overall: 4, perKey: 2 },
      async (x) => {
        now++;
        perKey.set(x.key, (perKey.get(x.key) ?? 0) + 1);
        peak = Math.max(peak, now);
        peakPerKey = Math.max(peakPerKey, perKey.get(x.key) ?? 0);
        await sleep(5);
        now--;
        perKey.set(x.key, (perKey.get(x.key) ?? 0) - 1);
        return x.i;
      },
    );
    expect(peak).toBe(4);
    expect(peakPerKey).toBe(2);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : -1))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps a task that throws to its own result', async () => {
    const results = await mapBounded([1, 2, 3], String, { overall: 2, perKey: 1 }, async (n) => {
      if (n === 2) throw new Error('two');
      return n;
    });
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('resolves at once with nothing to do', async () => {
    expect(await mapBounded([], String, { overall: 1, perKey: 1 }, async () => 1)).toEqual([]);
  });
});
