/**
 * Runs one task per item, at most `overall` at once and at most `perKey` at once for the same key (several bots on one
 * instance share it politely: Mastodon limits each token, but the instance is one server). Results keep the items'
 * order; a task that throws rejects only its own result.
 */
export interface Bounds {
  readonly overall: number;
  readonly perKey: number;
}

export async function mapBounded<T, R>(
  items: readonly T[],
  keyOf: (item: T) => string,
  bounds: Bounds,
  task: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array<PromiseSettledResult<R>>(items.length);
  const waiting = items.map((item, index) => ({ item, index, key: keyOf(item) }));
  const busy = new Map<string, number>();
  let running = 0;
  return new Promise((resolve) => {
    let left = items.length;
    if (left === 0) resolve(results);
    const pump = () => {
      for (let i = 0; i < waiting.length && running < bounds.overall;) {
        const next = waiting[i];
        if (!next || (busy.get(next.key) ?? 0) >= bounds.perKey) {
          i++;
          continue;
        }
        waiting.splice(i, 1);
        running++;
        busy.set(next.key, (busy.get(next.key) ?? 0) + 1);
        void (async () => {
          try {
            results[next.index] = { status: 'fulfilled', value: await task(next.item) };
          } catch (reason) {
            results[next.index] = { status: 'rejected', reason };
          }
          running--;
          busy.set(next.key, (busy.get(next.key) ?? 1) - 1);
          if (--left === 0) resolve(results);
          else pump();
        })();
      }
    };
    pump();
  });
}
