/**
 * npm run demo: the real bundled action (dist/index.js), run as the Actions runner runs it, against a loopback
 * Mastodon-compatible server, for a handful of tokens. Prints each run's status, exit code and job summary.
 */
import * as world from '../__tests__/support/mastodon-server.ts';
import { runAction, tokenForms } from '../__tests__/support/run-action.ts';

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const server = await world.startMastodonServer({ ...world.demoWorld(), version: '4.6.5' });
const closed = await world.startMastodonServer();
const closedUrl = closed.url;
await closed.close();

const cases = [
  { name: 'Healthy: exactly the scopes the bot needs', token: world.TOKEN_HEALTHY, required: 'profile write:statuses' },
  {
    name: 'Over-scoped: read write follow push for a bot that posts',
    token: world.TOKEN_OVERSCOPED,
    required: 'write:statuses',
  },
  { name: 'Under-scoped: cannot upload media', token: world.TOKEN_NARROW, required: 'write:statuses write:media' },
  { name: 'Revoked under Authorized apps', token: world.TOKEN_REVOKED, required: 'write:statuses' },
  { name: 'Account suspended', token: world.TOKEN_SUSPENDED, required: 'write:statuses' },
  { name: 'Instance unreachable', token: world.TOKEN_HEALTHY, required: 'write:statuses', instance: closedUrl },
];

let leaks = 0;
const rows: string[] = [];
for (const c of cases) {
  const run = await runAction({
    inputs: {
      instance: c.instance ?? server.url,
      token: c.token,
      'required-scopes': c.required,
      'timeout-seconds': '5',
    },
  });
  const leaked = tokenForms(c.token).some((form) => run.everything.includes(form));
  if (leaked) leaks++;
  const status = run.outputs['status'] ?? '?';
  rows.push(`${c.name.padEnd(58)} ${status.padEnd(17)} exit ${run.exitCode}`);
  console.log(bold(`\n━━━ ${c.name} ━━━`));
  console.log(
    `status: ${status}   token-state: ${run.outputs['token-state']}   exit code: ${run.exitCode}   ${Math.round(run.durationMs)} ms`,
  );
  console.log(`job summary:\n`);
  console.log(run.summary.replace(/^/gm, '  '));
}
await server.close();

console.log(bold('\n━━━ Summary ━━━'));
console.log(rows.join('\n'));
console.log(`\nThe token appeared in no log line, output or summary: ${leaks === 0 ? 'yes' : `NO (${leaks} leaks)`}`);
process.exitCode = leaks === 0 ? 0 : 1;
