/**
 * npm run demo: each case as a user meets it. The real bundled action (dist/index.js), run as the Actions runner runs
 * it, and the real CLI (dist/cli/index.js), against a loopback Mastodon-compatible server. For each case it prints
 * what the CLI prints in a terminal and the annotations the run shows; the job summaries, rendered as GitHub renders
 * them, go to one HTML page whose path it names at the end.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as world from '../__tests__/support/mastodon-server.ts';
import { NODE, ROOT, runAction, tokenForms } from '../__tests__/support/run-action.ts';
import { page, summaryHtml } from './summary-html.ts';

const tty = process.stdout.isTTY === true && !process.env['NO_COLOR'];
const bold = (s: string) => (tty ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s: string) => (tty ? `\x1b[2m${s}\x1b[0m` : s);
const server = await world.startMastodonServer({ ...world.demoWorld(), version: '4.6.5' });
const closed = await world.startMastodonServer();
const closedUrl = closed.url;
await closed.close();

const cases = [
  { name: 'Healthy: exactly the scopes the bot needs', token: world.TOKEN_HEALTHY, required: 'profile write:statuses' },
  {
    name: 'Over-scoped and old: read write follow push for a bot that posts',
    token: world.TOKEN_OVERSCOPED,
    required: 'write:statuses',
    age: '90',
  },
  { name: 'Under-scoped: cannot upload media', token: world.TOKEN_NARROW, required: 'write:statuses write:media' },
  { name: 'Revoked under Authorized apps', token: world.TOKEN_REVOKED, required: 'write:statuses' },
  { name: 'Account suspended', token: world.TOKEN_SUSPENDED, required: 'write:statuses' },
  { name: 'Instance unreachable', token: world.TOKEN_HEALTHY, required: 'write:statuses', instance: closedUrl },
  { name: 'A typo in the scopes', token: world.TOKEN_HEALTHY, required: 'write:status' },
];

/** The CLI as a user runs it (not a terminal here, so no colour): stdout and stderr as they would appear. */
function cli(args: string[], token: string): Promise<{ text: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [join(ROOT, 'dist', 'cli', 'index.js'), ...args], {
      env: { PATH: process.env['PATH'] ?? '', MASTODON_ACCESS_TOKEN: token },
    });
    let text = '';
    child.stdout.on('data', (c: Buffer) => (text += c.toString()));
    child.stderr.on('data', (c: Buffer) => (text += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ text, code: code ?? -1 }));
  });
}

let leaks = 0;
const rows: string[] = [];
const sections: { id: string; title: string; body: string }[] = [];
for (const [index, c] of cases.entries()) {
  const instance = c.instance ?? server.url;
  const run = await runAction({
    inputs: {
      instance,
      token: c.token,
      'required-scopes': c.required,
      'timeout-seconds': '5',
      ...(c.age ? { 'max-token-age-days': c.age } : {}),
    },
  });
  const terminal = await cli(
    [
      '--instance',
      instance,
      '--required-scopes',
      c.required,
      '--timeout-seconds',
      '5',
      ...(c.age ? ['--max-token-age-days', c.age] : []),
    ],
    c.token,
  );
  if (tokenForms(c.token).some((form) => run.everything.includes(form) || terminal.text.includes(form))) leaks++;
  const status = run.outputs['status'] ?? '?';
  const id = `case-${index + 1}`;
  rows.push(`${String(index + 1).padStart(2)}. ${c.name.padEnd(64)} ${status.padEnd(14)} exit ${run.exitCode}`);
  sections.push({ id, title: `${index + 1}. ${c.name}`, body: summaryHtml(run.summary) });

  console.log(bold(`\n━━━ ${index + 1}. ${c.name} ━━━`));
  console.log(dim(`$ mastodon-token-health --instance … --required-scopes "${c.required}"   (exit ${terminal.code})`));
  console.log(terminal.text.trimEnd().replace(/^/gm, '  '));
  console.log(dim(`\nThe workflow run: status ${status}, exit code ${run.exitCode}; annotations:`));
  for (const a of run.annotations.filter((a) => a.title)) {
    console.log(`  ${a.level.padEnd(7)} ${bold(a.title ?? '')}: ${a.message}`);
  }
  console.log(dim(`The job summary: section ${id} of the page named below.`));
}
await server.close();

const outDir = join(ROOT, 'demo-output');
mkdirSync(outDir, { recursive: true });
const htmlPath = join(outDir, 'job-summaries.html');
writeFileSync(htmlPath, page('mastodon-token-health: the job summary of each case', sections));

console.log(bold('\n━━━ Summary ━━━'));
console.log(rows.join('\n'));
console.log(`\nThe job summaries, rendered as GitHub shows them: ${htmlPath}`);
console.log(
  `The token appeared in no log line, output, summary or terminal: ${leaks === 0 ? 'yes' : `NO (${leaks} leaks)`}`,
);
process.exitCode = leaks === 0 ? 0 : 1;
