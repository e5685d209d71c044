/**
 * npm run test:faults: every fault and bad input of __tests__/support/fault-cases.ts, each run through the bundled
 * action (dist/index.js) as the Actions runner runs it, against loopback servers. Prints one row per case (what was
 * tried, the status and exit code observed, the time taken, handled or not) and ends with the count; exits non-zero
 * when a row is not handled.
 */
import { availableParallelism } from 'node:os';
import { FAULT_CASES } from '../__tests__/support/fault-cases.ts';
import { tryCase, type CaseResult } from '../__tests__/support/fault-lab.ts';

// Most of a case's time is spent waiting on a server or a timeout, so a few run at once even on two cores.
const CONCURRENCY = Math.max(2, Math.min(4, availableParallelism() * 2));

const results: CaseResult[] = new Array<CaseResult>(FAULT_CASES.length);
let next = 0;
async function worker(): Promise<void> {
  while (next < FAULT_CASES.length) {
    const index = next++;
    const c = FAULT_CASES[index];
    if (c) results[index] = await tryCase(c);
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: CONCURRENCY }, worker));

const nameWidth = Math.max(...FAULT_CASES.map((c) => c.name.length), 'fault or bad input'.length);
const header = `${'group'.padEnd(12)}  ${'fault or bad input'.padEnd(nameWidth)}  ${'status'.padEnd(16)}  exit  ${'time'.padStart(7)}  handled`;
console.log(header);
console.log('-'.repeat(header.length));
for (const r of results) {
  const time = `${(r.durationMs / 1000).toFixed(2)} s`;
  console.log(
    `${r.group.padEnd(12)}  ${r.name.padEnd(nameWidth)}  ${r.status.padEnd(16)}  ${String(r.exitCode).padStart(4)}  ${time.padStart(7)}  ${r.problems.length === 0 ? 'yes' : 'NO'}`,
  );
}
const failed = results.filter((r) => r.problems.length > 0);
for (const r of failed) {
  console.log(`\nNot handled: ${r.name}`);
  for (const problem of r.problems) console.log(`  - ${problem}`);
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s in all, ${CONCURRENCY} at a time)`);
console.log(`${results.length} faults and bad inputs tried, ${results.length - failed.length} handled`);
process.exitCode = failed.length === 0 ? 0 : 1;
