/**
 * The code scanner's part of npm run bench (issue 10), measured on this machine:
 *
 * 1. The extra time `source-paths` adds to a check: the bundled action run as the runner runs it on a typical bot
 *    repository (a few hundred files: the bot's code, workflows, docs, tests, a node_modules and a dist/ it skips),
 *    with and without `source-paths: .`, interleaved; the difference of the medians. Target: under 30 ms.
 * 2. Throughput on a large tree (tens of thousands of files): the scanner in this process against `rg` (ripgrep)
 *    searching the same files for the same literal prefilter, in the same run; the ratio of the medians.
 *    Target: within 3×. `rg` is required (Debian: apt-get install ripgrep); without it the target is not met.
 * 3. Peak memory of a process that scans one copy of the tree and of one that scans all five: the walk streams (one
 *    file at a time), so the peak does not grow with the tree. Target: less than 16 MiB more for five times the files.
 *
 * Runs alone (`node scripts/bench-scan.ts`) or from scripts/bench.ts. BENCH_SCAN_REPS=n changes the repetitions.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NODE, ROOT, runAction } from '../__tests__/support/run-action.ts';
import { startMastodonServer, TOKEN_HEALTHY, demoWorld } from '../__tests__/support/mastodon-server.ts';
import { httpPrefilter } from '../src/scan/http.ts';
import { libraryPrefilter } from '../src/scan/libraries.ts';
import { scanSources } from '../src/scan/scan.ts';
import { newWalkStats, walkFiles } from '../src/scan/walk.ts';
import { workflowPrefilter } from '../src/scan/workflow.ts';
import { median } from './bench-stats.ts';

export interface Target {
  readonly name: string;
  readonly pass: boolean;
  readonly detail: string;
}

const REPS = Number(process.env['BENCH_SCAN_REPS'] ?? 15);
const MAX_EXTRA_MS = 30;
const MAX_RATIO_TO_RG = 3;
/** Bounded memory: scanning five times the files may not raise the peak by more than this. */
const MAX_MEMORY_GROWTH_MIB = 16;
const LARGE_TREE_COPIES = 5;

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A typical bot's repository: ~300 files, a few calls, and the folders a scan skips. */
function typicalBot(root: string): void {
  const write = (relative: string, text: string) => {
    mkdirSync(dirname(join(root, relative)), { recursive: true });
    writeFileSync(join(root, relative), text);
  };
  const filler = (i: number) =>
    Array.from({ length: 60 }, (_, k) => `def helper_${i}_${k}(value):\n    return str(value).strip() + "${k}"\n`).join(
      '',
    );
  write(
    'bot/main.py',
    `import requests\nBASE = "https://botsin.space/api/v1"\n${filler(0)}\nrequests.post(f"{BASE}/statuses", data=d, headers=H)\nrequests.post(f"{BASE}/media", files=f, headers=H)\n`,
  );
  for (let i = 1; i < 180; i++) write(`bot/module_${i}.py`, filler(i));
  for (let i = 0; i < 60; i++)
    write(`web/component_${i}.js`, `export function c${i}(x) {\n  return x * ${i};\n}\n`.repeat(40));
  for (let i = 0; i < 30; i++) write(`tests/test_${i}.py`, `def test_${i}():\n    assert helper(${i})\n`.repeat(20));
  for (let i = 0; i < 20; i++) write(`docs/page_${i}.md`, `# Page ${i}\n\nPOST /api/v1/statuses\n`.repeat(30));
  write(
    '.github/workflows/toot.yml',
    'on: release\njobs:\n  t:\n    steps:\n      - uses: cbrgm/mastodon-github-action@v2\n        with:\n          message: hi\n',
  );
  write('.gitignore', 'node_modules/\ndist/\n*.log\n');
  for (let i = 0; i < 200; i++) write(`node_modules/dep${i}/index.js`, `module.exports = ${i};\n`.repeat(50));
  write('dist/bundle.js', "fetch('/api/v1/admin/accounts', { method: 'POST' });\n".repeat(100));
}

/** Tens of thousands of files: the project's node_modules, hard-linked several times (no copy of the data). */
function largeTree(root: string): void {
  for (let i = 0; i < LARGE_TREE_COPIES; i++) {
    const copy = spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(root, `copy${i}`)]);
    if (copy.status !== 0) cpSync(join(ROOT, 'node_modules'), join(root, `copy${i}`), { recursive: true });
  }
}

/** Runs this file as a child that scans `root` and prints its peak RSS (bytes), or `node -e 0`'s. */
function peakMemory(root: string | undefined): number {
  const args = root
    ? ['--input-type=module', '-e', CHILD.replace('ROOT', JSON.stringify(root))]
    : ['-e', 'process.stdout.write(String(process.resourceUsage().maxRSS * 1024))'];
  const child = spawnSync(NODE, args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`the memory run failed: ${child.stderr}`);
  return Number(child.stdout.trim().split('\n').at(-1));
}
const CHILD = `
const { scanSources } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'src/scan/scan.ts')).href)});
const result = await scanSources({ root: ROOT, paths: ['.'] });
console.log(result.stats.files);
console.log(String(process.resourceUsage().maxRSS * 1024));
`;

export async function benchScan(): Promise<Target[]> {
  const targets: Target[] = [];
  const base = mkdtempSync(join(tmpdir(), 'mth-bench-scan-'));
  const server = await startMastodonServer(demoWorld());
  try {
    // ------------------------------------------------------------ 1. extra time on a typical bot repository
    const bot = join(base, 'bot');
    mkdirSync(bot);
    typicalBot(bot);
    const inputs = { instance: server.url, token: TOKEN_HEALTHY, 'required-scopes': 'write:statuses write:media' };
    const env = { GITHUB_WORKSPACE: bot };
    const plain: number[] = [];
    const scanned: number[] = [];
    const inProcess: number[] = [];
    let status = '';
    for (let rep = -1; rep < REPS; rep++) {
      const order = rep % 2 === 0 ? ['plain', 'scan'] : ['scan', 'plain'];
      for (const kind of order) {
        const run = await runAction({
          inputs: kind === 'scan' ? { ...inputs, 'source-paths': '.' } : inputs,
          env,
          debug: false,
        });
        if (kind === 'scan') status = `${run.outputs['status']} / needed ${run.outputs['needed-scopes']}`;
        if (rep >= 0) (kind === 'scan' ? scanned : plain).push(run.durationMs);
      }
      const started = performance.now();
      await scanSources({ root: bot, paths: ['.'] });
      if (rep >= 0) inProcess.push(performance.now() - started);
    }
    const botStats = (await scanSources({ root: bot, paths: ['.'] })).stats;
    const botFiles = countFiles(bot);
    const extra = median(scanned) - median(plain);
    console.log('');
    console.log(`Code scan (source-paths), typical bot repository: ${botFiles} files, ${botStats.files} read`);
    console.log(`  check without source-paths   ${ms(median(plain))}`);
    console.log(`  check with source-paths: .   ${ms(median(scanned))}  (${status})`);
    console.log(`  extra time                   ${ms(extra)}`);
    console.log(`  the scan alone, in process   ${ms(median(inProcess))}`);
    targets.push({
      name: `source-paths adds < ${MAX_EXTRA_MS} ms to a check of a typical bot (${botFiles} files)`,
      pass: extra < MAX_EXTRA_MS,
      detail: `${ms(extra)} (medians of ${REPS}: ${ms(median(scanned))} vs ${ms(median(plain))}; scan alone ${ms(median(inProcess))})`,
    });

    // ------------------------------------------------------------ 2. throughput on a large tree, against rg
    const large = join(base, 'large');
    mkdirSync(large);
    largeTree(large);
    const stats = newWalkStats();
    const list: string[] = [];
    for (const file of walkFiles({ root: large, paths: ['.'], stats })) list.push(file.path);
    const literals = [...httpPrefilter, ...workflowPrefilter, ...libraryPrefilter];
    const listFile = join(base, 'files.txt');
    writeFileSync(listFile, list.join('\0'));
    const rgArgs = [
      '-0',
      '-a',
      listFile,
      'rg',
      '--no-config',
      '--no-ignore',
      '--no-messages',
      '-l',
      '-F',
      ...literals.flatMap((l) => ['-e', l]),
    ];
    const hasRg = spawnSync('rg', ['--version']).status === 0;
    const totalFiles = countFiles(large);
    console.log('');
    console.log(`Code scan, large tree: ${totalFiles} files (${LARGE_TREE_COPIES} hard-linked copies of node_modules)`);
    console.log(
      `  files the scan reads: ${stats.files} (${(stats.bytes / 1024 / 1024).toFixed(1)} MiB); skipped: ${JSON.stringify(stats.skipped)}`,
    );
    console.log(`  literal prefilter: ${literals.join(', ')}`);
    if (!hasRg) {
      console.log('  rg (ripgrep) is not installed: install it (Debian: apt-get install ripgrep) to compare.');
      targets.push({
        name: `large tree: scan within ${MAX_RATIO_TO_RG}× of rg`,
        pass: false,
        detail: 'rg not installed',
      });
    } else {
      const scanTimes: number[] = [];
      const rgTimes: number[] = [];
      let matched = 0;
      let rgMatched = 0;
      for (let rep = -1; rep < Math.max(5, Math.floor(REPS / 3)); rep++) {
        let started = performance.now();
        const result = await scanSources({ root: large, paths: ['.'] });
        const scanMs = performance.now() - started;
        matched =
          result.calls.length + result.unresolved.length + result.testCalls.length + result.testUnresolved.length;
        started = performance.now();
        // The same files, as a list, searched for the same literals: xargs hands rg the list in a few batches.
        const rg = spawnSync('xargs', rgArgs, {
          cwd: large,
          maxBuffer: 64 << 20,
          encoding: 'utf8',
        });
        const rgMs = performance.now() - started;
        if (rg.status !== 0 && rg.status !== 1 && rg.status !== 123) throw new Error(`rg failed: ${rg.stderr}`);
        rgMatched = rg.stdout.split('\n').filter(Boolean).length;
        if (rep >= 0) {
          scanTimes.push(scanMs);
          rgTimes.push(rgMs);
        }
      }
      const ratio = median(scanTimes) / median(rgTimes);
      console.log(`  scanner                ${ms(median(scanTimes))}  (${matched} calls found)`);
      console.log(`  rg -F on the same files ${ms(median(rgTimes))}  (${rgMatched} files contain a literal)`);
      console.log(`  ratio                  ${ratio.toFixed(2)}×`);
      targets.push({
        name: `large tree (${totalFiles} files): scan within ${MAX_RATIO_TO_RG}× of rg`,
        pass: ratio <= MAX_RATIO_TO_RG,
        detail: `${ratio.toFixed(2)}× (${ms(median(scanTimes))} vs ${ms(median(rgTimes))}, ${stats.files} files read)`,
      });
    }

    // ------------------------------------------------------------ 3. peak memory
    const bare = peakMemory(undefined);
    const one = peakMemory(join(large, 'copy0'));
    const peak = peakMemory(large);
    const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    console.log('');
    console.log(
      `  peak memory: one copy ${mib(one)}, all ${LARGE_TREE_COPIES} copies ${mib(peak)} (node -e 0: ${mib(bare)}; all files read: ${mib(stats.bytes)})`,
    );
    targets.push({
      name: `large tree: peak memory grows < ${MAX_MEMORY_GROWTH_MIB} MiB for ${LARGE_TREE_COPIES}× the files`,
      pass: peak - one < MAX_MEMORY_GROWTH_MIB * 1024 * 1024,
      detail: `${mib(peak)} vs ${mib(one)} (node -e 0: ${mib(bare)}; ${mib(stats.bytes)} read)`,
    });
  } finally {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  }
  return targets;
}

function countFiles(root: string): number {
  let count = 0;
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop() as string;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) stack.push(join(dir, entry.name));
      else if (entry.isFile()) count++;
    }
  }
  return count;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const targets = await benchScan();
  console.log('');
  for (const t of targets) console.log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
  process.exitCode = targets.every((t) => t.pass) ? 0 : 1;
}
