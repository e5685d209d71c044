/**
 * Every fault and bad input of the shared table (support/fault-cases.ts), run through the bundle as the runner runs
 * it: each ends in the right status and exit code, says what happened and what to do, within timeout-seconds plus
 * start-up, with no stack trace, no request on a bad input, and the token nowhere. `npm run test:faults` prints the
 * same table.
 */
import { describe, expect, it } from 'vitest';
import { expectNoToken } from './support/canary.ts';
import { FAULT_CASES } from './support/fault-cases.ts';
import { tryCase } from './support/fault-lab.ts';

describe('the fault table', () => {
  it('names each case once', () => {
    const names = FAULT_CASES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

// Every group the table has: a row in a group this list forgot would run under test:faults only.
for (const group of [...new Set(FAULT_CASES.map((c) => c.group))]) {
  // Concurrent: most of a case is waiting on a server or a timeout.
  describe.concurrent(group, () => {
    it.each(FAULT_CASES.filter((c) => c.group === group).map((c) => [c.name, c] as const))('%s', async (_, c) => {
      const result = await tryCase(c);
      expectNoToken(result.run, result.canary);
      expect(result.problems).toEqual([]);
    });
  });
}
