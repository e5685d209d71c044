/**
 * Several bots in one step (npm run bench): 20 bots on 5 loopback instances that each add 150 ms to every answer,
 * against one bot's check at the same delay (target: at most 1.5x, one wave for all bots), and against 20 separate
 * runs of the action one after another, as 20 steps would. Interleaved runs in one process; medians and the peak
 * memory of the whole run printed.
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../__tests__/support/run-action.ts';
import {
  BOT_ACCOUNT_ID,
  BOT_APP_ID,
  demoWorld,
  startMastodonServer,
  TOKEN_HEALTHY,
  type MastodonServer,
} from '../__tests__/support/mastodon-server.ts';
import type { Target } from './bench-net.ts';
import { median } from './bench-stats.ts';

const BOTS = 20;
const INSTANCES = 5;
const DELAY_MS = 150;
const MAX_RATIO = 1.5;

export async function benchBots(reps = Number(process.env['BENCH_BOTS_REPS'] ?? 7)): Promise<Target[]> {
  const servers: MastodonServer[] = [];
  for (let i = 0; i < INSTANCES; i++) servers.push(await startMastodonServer({ ...demoWorld(), delayMs: DELAY_MS }));
  const workspace = mkdtempSync(join(tmpdir(), 'mth-bench-bots-'));
  try {
    const env: Record<string, string> = { GITHUB_WORKSPACE: workspace };
    const lines = ['bots:'];
    for (let i = 0; i < BOTS; i++) {
      const server = servers[i % INSTANCES] as MastodonServer;
      lines.push(`  - name: bot-${i}`, `    instance: ${server.url}`, `    token-env: BOT_${i}_TOKEN`);
      lines.push('    required-scopes: write:statuses profile');
      // Each bot its own token, as real bots have: the run masks and redacts twenty secrets, not one.
      const token = `bench-bot-${String(i).padStart(2, '0')}-Kq7v2XJm9pWd4sN8bTzR1yLc6hFgA3eU0o`;
      server.addToken({
        token,
        scopes: ['profile', 'write:statuses'],
        app: BOT_APP_ID,
        account: BOT_ACCOUNT_ID,
        state: 'active',
      });
      env[`BOT_${i}_TOKEN`] = token;
    }
    writeFileSync(join(workspace, 'bots.yml'), `${lines.join('\n')}\n`);
    const rssFile = join(workspace, 'rss');
    const hook = `data:text/javascript,${encodeURIComponent(
      "import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));",
    )}`;

    const all: number[] = [];
    const one: number[] = [];
    const rss: number[] = [];
    let waves = 0;
    let allStatus = '';
    let separate = NaN;
    for (let rep = 0; rep <= reps; rep++) {
      for (const s of servers) s.reset();
      const many = await runAction({
        inputs: { config: 'bots.yml' },
        env: { ...env, BENCH_RSS_FILE: rssFile },
        nodeArgs: ['--import', hook],
        debug: false,
      });
      waves = Math.max(...servers.map((s) => s.waves()));
      allStatus = many.outputs['status'] ?? '';
      const single = await runAction({
        inputs: {
          instance: (servers[0] as MastodonServer).url,
          token: TOKEN_HEALTHY,
          'required-scopes': 'write:statuses profile',
        },
        debug: false,
      });
      if (rep === 0) continue; // warm-up
      all.push(many.durationMs);
      one.push(single.durationMs);
      rss.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
    }
    // 20 steps, one after another: measured once (it is 20 single runs).
    const started = performance.now();
    for (let i = 0; i < BOTS; i++) {
      await runAction({
        inputs: {
          instance: (servers[i % INSTANCES] as MastodonServer).url,
          token: TOKEN_HEALTHY,
          'required-scopes': 'write:statuses profile',
        },
        debug: false,
      });
    }
    separate = performance.now() - started;

    const ratio = median(all) / median(one);
    console.log(
      `\nSeveral bots (${BOTS} bots on ${INSTANCES} loopback instances, ${DELAY_MS} ms per answer, ${reps} runs):\n` +
        `  all ${BOTS} bots in one step   ${median(all).toFixed(0)} ms (median), status ${allStatus}, ${waves} wave(s) at the servers\n` +
        `  one bot's check            ${median(one).toFixed(0)} ms (median)\n` +
        `  ${BOTS} separate runs         ${separate.toFixed(0)} ms (one after another)\n` +
        `  peak memory of the ${BOTS}-bot run ${median(rss).toFixed(1)} MiB (max RSS, median)`,
    );
    return [
      {
        name: `${BOTS} bots on ${INSTANCES} instances within ${MAX_RATIO}x one bot's check`,
        pass: ratio <= MAX_RATIO && allStatus === 'healthy',
        detail: `${ratio.toFixed(2)}x (${median(all).toFixed(0)} ms vs ${median(one).toFixed(0)} ms); ${(separate / median(all)).toFixed(1)}x faster than ${BOTS} separate runs`,
      },
      {
        name: `${BOTS} bots: one wave of checks, not ${BOTS}`,
        pass: waves <= 2,
        detail: `${waves} wave(s) of requests at the busiest instance`,
      },
    ];
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    await Promise.all(servers.map((s) => s.close()));
  }
}
