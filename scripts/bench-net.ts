/**
 * The real-network part of `npm run bench` (also runnable alone: `node scripts/bench-net.ts`).
 *
 * A real instance speaks TLS over a link where every exchange costs a round trip. So: the loopback Mastodon-compatible
 * server stands behind TLS (__tests__/support/tls-front.ts: a throwaway certificate that the action trusts through
 * NODE_EXTRA_CA_CERTS and curl through --cacert, HTTP/2 and HTTP/1.1 offered through ALPN as nginx does), and both
 * reach it through a latency proxy (__tests__/support/latency-proxy.ts) that delays each direction by half a round
 * trip. The bundled action (a healthy check: four requests) and one curl request to verify_credentials run
 * interleaved in this one process, at a 100 ms and a 50 ms round trip, and beside them Node's floor
 * (scripts/net-floor.mjs: one request made as the action makes it, with no action code), which shows how much of the
 * distance to curl is Node's own.
 *
 * Counted per run: connections (at the proxy), TLS handshakes and the protocol chosen, requests (at the front), and
 * stalls: a flight the client owed the network (a handshake's last message, a request) that it sent late because it
 * was loading a module. The action's run is traced from inside with a module hook (when a module starts loading) and
 * a 1 ms ticker (when the event loop was blocked); the proxy knows when the client was handed what it had to answer
 * and when its answer came. Both on the epoch clock; the proxy's own hold-ups (this process descheduled on a busy
 * machine) are tracked the same way, so that its lateness in reading bytes is not blamed on the client.
 *
 * Not a test: timings belong to the machine. BENCH_NET_REPS=n sets the repetitions; BENCH_NET_BUNDLE=path times
 * another build's dist/index.js; BENCH_NET_COMPARE=path runs another build interleaved with this one (an A/B in one
 * run, e.g. against main's dist/).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROUND_TRIP_CASES, type RoundTripCase } from '../__tests__/support/round-trip-cases.ts';
import { BUNDLE, NODE, ROOT, runAction } from '../__tests__/support/run-action.ts';
import { startMastodonServer, TOKEN_HEALTHY } from '../__tests__/support/mastodon-server.ts';
import { startLatencyProxy, type LatencyProxy, type ProxiedConnection } from '../__tests__/support/latency-proxy.ts';
import {
  epochNow,
  startTlsFront,
  throwawayCertificate,
  type FrontRequest,
  type Offer,
  type TlsFront,
} from '../__tests__/support/tls-front.ts';
import { median } from './bench-stats.ts';

/** The bundle to time: dist/index.js, or another build's for an A/B comparison (BENCH_NET_BUNDLE=path). */
const ENTRY = process.env['BENCH_NET_BUNDLE'] ?? BUNDLE;
/** Another build's dist/index.js run interleaved with it (BENCH_NET_COMPARE=path): an A/B in one run. */
const COMPARE = process.env['BENCH_NET_COMPARE'];
/** Node's floor (scripts/net-floor.mjs): one request as the action connects, no action code; run beside the check. */
const FLOOR = join(ROOT, 'scripts', 'net-floor.mjs');

/** Round trips and the most the check may take, as a multiple of one curl request through the same link. */
export const NET_TARGETS = [
  { roundTripMs: 100, maxRatio: 1.2 },
  { roundTripMs: 50, maxRatio: 1.35 },
] as const;
/**
 * A flight counts as stalled when the client was blocked loading a module for at least this long before sending it.
 * Below it is the clocks' resolution here: the tickers see a blocked stretch from 2.5 ms, and the two processes' clocks
 * and the proxy's timers agree to about a millisecond. A module that matters takes tens of milliseconds to load.
 */
const STALL_MS = 3;
/** A gap this long between two ticks of a 1 ms ticker is time the event loop was blocked. */
const BLOCKED_GAP_MS = 2.5;

export interface Target {
  readonly name: string;
  readonly pass: boolean;
  readonly detail: string;
}

/** What the traced action process recorded (see TRACE_HOOK). */
interface Trace {
  readonly origin: number;
  readonly loads: { url: string; start: number; evaluating?: number }[];
  readonly blocked: [number, number][];
  readonly exit: number;
}

/**
 * Loaded with --import into the action's process: records when each module starts loading (and when the entry
 * starts to run), and every stretch in which the event loop was blocked, to a file at exit. Costs a module hook and
 * a 1 ms ticker that does not keep the process alive.
 */
const TRACE_HOOK = `data:text/javascript,${encodeURIComponent(`
import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
const now = () => performance.timeOrigin + performance.now();
const loads = [];
const blocked = [];
const mark = Symbol.for('mth.bench.evaluating');
globalThis[mark] = (i) => { loads[i].evaluating ??= now(); };
registerHooks({
  load(url, context, next) {
    const i = loads.push({ url, start: now() }) - 1;
    const result = next(url, context);
    if (!url.startsWith('file:') || result.format !== 'module') return result;
    return { ...result, source: 'globalThis[Symbol.for("mth.bench.evaluating")]?.(' + i + ');' + String(result.source) };
  },
});
let last = now();
setInterval(() => {
  const t = now();
  if (t - last > ${BLOCKED_GAP_MS}) blocked.push([last, t]);
  last = t;
}, 1).unref();
process.on('exit', () => {
  writeFileSync(process.env.BENCH_TRACE_FILE, JSON.stringify({ origin: performance.timeOrigin, loads, blocked, exit: now() }));
});
`)}`;

interface Counts {
  readonly connections: number;
  readonly handshakes: number;
  readonly alpn: string;
  readonly resumed: number;
  readonly requests: number;
}

interface ActionSample extends Counts {
  readonly ms: number;
  readonly status: string;
  /** Flights sent late because a module was loading, and the longest time one of them lost. */
  readonly stalls: number;
  readonly stalledMs: number;
  /** The longest any flight waited on the client, whatever the cause. */
  readonly slowestReactionMs: number;
  readonly phases: Phases | undefined;
}

interface Phases {
  /** Node's own start: process start to the entry module starting to load (the trace hook included). */
  readonly nodeStart: number;
  /** Reading and compiling dist/index.js until it starts to run. */
  readonly bundle: number;
  /** From the bundle running to the first connection: inputs, settings, the client. */
  readonly setup: number;
  /** First connection to the last byte handed to the client. */
  readonly network: number;
  /** Last byte to the 'exit' event: evaluation, report, outputs, summary. */
  readonly afterLastByte: number;
  /** Everything outside the process's own clock: exec before it started, exit after 'exit'. */
  readonly process: number;
  /** Of the network time, the instance's own: from the first request's arrival at the front to the last answer. */
  readonly instance: number;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '–');
const range = (values: readonly number[]) =>
  values.length === 0 ? '–' : `${Math.min(...values)}–${Math.max(...values)}`;

function counts(front: TlsFront, proxy: LatencyProxy): Counts {
  const alpn = [...new Set(front.handshakes.map((h) => h.alpn))].join('+') || 'none';
  return {
    connections: proxy.connections.length,
    handshakes: front.handshakes.length,
    alpn,
    resumed: front.handshakes.filter((h) => h.resumed).length,
    requests: front.requests.length,
  };
}

/** The stretches in which the process was busy loading a module after its entry: a load's start to the end of the
 * blocked stretch it began (chained while stretches follow each other closely). */
function loadingPeriods(trace: Trace, bundle: string): [number, number][] {
  const entry = trace.loads.find((l) => l.url === pathToFileURL(bundle).href);
  const later = trace.loads.filter((l) => l.url.startsWith('file:') && entry && l.start > entry.start);
  return later.map((load) => {
    let end = load.start;
    for (const [from, to] of trace.blocked) {
      if (to > end && from <= end + BLOCKED_GAP_MS) end = to;
    }
    return [load.start, end];
  });
}

/**
 * Flights the client sent late because it was loading a module. A flight answers what the proxy last handed the
 * client on that connection (or the accept, for the first one); more bytes before anything new was handed over
 * continue the flight. The time the client held it is overlapped with the loading periods. Only flights up to the
 * last request count: what follows (closing the connection) is no request waiting.
 */
function stallsOf(
  connections: readonly ProxiedConnection[],
  loading: readonly [number, number][],
  until: number,
  benchBlocked: readonly [number, number][],
) {
  // When this process (the proxy) was itself held up, bytes it read at the end of that stretch may have arrived at
  // its start: take the earliest, so that the proxy's own lateness is never blamed on the client.
  const arrival = (at: number) => benchBlocked.find(([from, to]) => from < at && at <= to + 1)?.[0] ?? at;
  let stalls = 0;
  let stalledMs = 0;
  let slowest = 0;
  for (const connection of connections) {
    const events = connection.chunks
      .map((chunk) => ({
        chunk,
        at: chunk.direction === 'up' ? arrival(chunk.arrivedAt) : (chunk.passedAt ?? Infinity),
      }))
      .sort((a, b) => a.at - b.at);
    let since = connection.acceptedAt;
    for (const { chunk, at } of events) {
      if (chunk.direction === 'down') {
        since = at;
        continue;
      }
      if (at > until) break;
      slowest = Math.max(slowest, at - since);
      const lost = loading.reduce((sum, [from, to]) => sum + Math.max(0, Math.min(to, at) - Math.max(from, since)), 0);
      if (lost >= STALL_MS) {
        stalls++;
        stalledMs = Math.max(stalledMs, lost);
        if (process.env['BENCH_NET_DEBUG']) {
          const t0 = connection.acceptedAt;
          console.error(
            `stall: ${chunk.bytes} B up at +${(at - t0).toFixed(1)} ms, held since +${(since - t0).toFixed(1)} ms, ` +
              `loading ${loading.map(([f, t]) => `+${(f - t0).toFixed(1)}..+${(t - t0).toFixed(1)}`).join(' ')}; until +${(until - t0).toFixed(1)}`,
          );
          console.error(
            connection.chunks
              .map(
                (c) =>
                  `${c.direction} ${c.bytes}B @${((c.direction === 'up' ? c.arrivedAt : (c.passedAt ?? NaN)) - t0).toFixed(1)}`,
              )
              .join(' | '),
          );
        }
      }
      since = at;
    }
  }
  return { stalls, stalledMs, slowestReactionMs: slowest };
}

function phasesOf(
  bundle: string,
  trace: Trace,
  durationMs: number,
  connections: readonly ProxiedConnection[],
  requests: readonly FrontRequest[],
): Phases | undefined {
  const entry = trace.loads.find((l) => l.url === pathToFileURL(bundle).href);
  const first = Math.min(...connections.map((c) => c.acceptedAt));
  const last = Math.max(
    ...connections.flatMap((c) => c.chunks.filter((k) => k.direction === 'down').map((k) => k.passedAt ?? -Infinity)),
  );
  if (!entry?.evaluating || !Number.isFinite(first) || !Number.isFinite(last)) return undefined;
  return {
    nodeStart: entry.start - trace.origin,
    bundle: entry.evaluating - entry.start,
    setup: first - entry.evaluating,
    network: last - first,
    afterLastByte: trace.exit - last,
    process: durationMs - (trace.exit - trace.origin),
    instance: Math.max(...requests.map((r) => r.answeredAt ?? NaN)) - Math.min(...requests.map((r) => r.at)),
  };
}

/** Wall time of a process from spawn to exit, its output read as run-action.ts does. */
function timeProcess(command: string, args: readonly string[]): Promise<{ ms: number; code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code: code ?? -1, stdout }));
  });
}

export interface NetBenchOptions {
  readonly reps?: number;
  /** Also run the check against an instance that offers only HTTP/1.1 (the fallback), at the first round trip. */
  readonly http1Row?: boolean;
}

/** Runs the real-network benchmark, prints its section, and returns its targets. */
export async function benchNetwork(options: NetBenchOptions = {}): Promise<Target[]> {
  const reps = options.reps ?? Number(process.env['BENCH_NET_REPS'] ?? 15);
  const healthy = ROUND_TRIP_CASES.find((c) => c.name === 'healthy') as RoundTripCase;
  const certificate = throwawayCertificate();
  const scratch = mkdtempSync(join(tmpdir(), 'mth-bench-net-'));
  // Hundreds of checks with one token: Mastodon's 300 requests per 5 minutes (as the test server keeps it) would turn
  // the later runs into 429s, so the bench's instance allows more.
  const mastodon = await startMastodonServer({ ...healthy.server(), delayMs: 0, rateLimit: 1_000_000 });
  const offers: Offer[] = options.http1Row === false ? ['h2+http/1.1'] : ['h2+http/1.1', 'http/1.1'];
  const links = new Map<Offer, { front: TlsFront; proxy: LatencyProxy }>();
  for (const offer of offers) {
    const front = await startTlsFront({ target: mastodon.url, certificate, offer });
    const proxy = await startLatencyProxy({ host: '127.0.0.1', port: front.port });
    links.set(offer, { front, proxy });
  }

  const actionSamples = new Map<string, ActionSample[]>();
  const curlSamples = new Map<string, { ms: number; counts: Counts }[]>();
  let traceFailed = false;

  const runCheck = async (offer: Offer, roundTripMs: number, bundle = ENTRY): Promise<ActionSample> => {
    const { front, proxy } = links.get(offer) as { front: TlsFront; proxy: LatencyProxy };
    proxy.setRoundTrip(roundTripMs);
    front.reset();
    proxy.reset();
    const traceFile = join(scratch, 'trace.json');
    const benchBlocked: [number, number][] = [];
    let last = epochNow();
    const ticker = setInterval(() => {
      const now = epochNow();
      if (now - last > BLOCKED_GAP_MS) benchBlocked.push([last, now]);
      last = now;
    }, 1);
    const run = await runAction({
      inputs: { instance: proxy.url, token: healthy.token, 'required-scopes': healthy.requiredScopes },
      debug: false,
      bundle,
      nodeArgs: ['--import', TRACE_HOOK],
      env: { NODE_EXTRA_CA_CERTS: certificate.certFile, BENCH_TRACE_FILE: traceFile },
    });
    clearInterval(ticker);
    const status = run.outputs['status'] ?? `exit ${run.exitCode}`;
    if (status !== 'healthy') throw new Error(`the check over TLS answered ${status}: ${run.stdout}${run.stderr}`);
    let trace: Trace | undefined;
    try {
      trace = JSON.parse(readFileSync(traceFile, 'utf8')) as Trace;
    } catch {
      traceFailed = true;
    }
    const loading = trace ? loadingPeriods(trace, bundle) : [];
    if (trace && !trace.loads.some((l) => l.url === pathToFileURL(bundle).href)) traceFailed = true;
    return {
      ...counts(front, proxy),
      ms: run.durationMs,
      status,
      ...stallsOf(
        proxy.connections,
        loading,
        Math.max(...front.requests.map((r) => r.at)) - roundTripMs / 2 + 2,
        benchBlocked,
      ),
      phases: trace ? phasesOf(bundle, trace, run.durationMs, proxy.connections, front.requests) : undefined,
    };
  };

  const runCurl = async (roundTripMs: number) => {
    const { front, proxy } = links.get('h2+http/1.1') as { front: TlsFront; proxy: LatencyProxy };
    proxy.setRoundTrip(roundTripMs);
    front.reset();
    proxy.reset();
    // prettier-ignore
    const run = await timeProcess('curl', [
      '--silent', '--show-error', '--output', '/dev/null', '--write-out', '%{http_code}',
      '--cacert', certificate.certFile,
      '--header', `Authorization: Bearer ${TOKEN_HEALTHY}`, '--header', 'Accept: application/json',
      `${proxy.url}/api/v1/accounts/verify_credentials?lang=en`,
    ]);
    if (run.code !== 0 || run.stdout !== '200') throw new Error(`curl failed: exit ${run.code}, HTTP ${run.stdout}`);
    return { ms: run.ms, counts: counts(front, proxy) };
  };

  type Step = () => Promise<void>;
  const steps: Step[] = [];
  const key = (offer: Offer, rtt: number) => `${offer}@${rtt}`;
  for (const { roundTripMs } of NET_TARGETS) {
    steps.push(async () => {
      const sample = await runCheck('h2+http/1.1', roundTripMs);
      actionSamples.set(key('h2+http/1.1', roundTripMs), [
        ...(actionSamples.get(key('h2+http/1.1', roundTripMs)) ?? []),
        sample,
      ]);
    });
    steps.push(async () => {
      const sample = await runCheck('h2+http/1.1', roundTripMs, FLOOR);
      const k = `floor ${key('h2+http/1.1', roundTripMs)}`;
      actionSamples.set(k, [...(actionSamples.get(k) ?? []), sample]);
    });
    if (COMPARE) {
      steps.push(async () => {
        const sample = await runCheck('h2+http/1.1', roundTripMs, COMPARE);
        const k = `compared ${key('h2+http/1.1', roundTripMs)}`;
        actionSamples.set(k, [...(actionSamples.get(k) ?? []), sample]);
      });
    }
    steps.push(async () => {
      const sample = await runCurl(roundTripMs);
      curlSamples.set(String(roundTripMs), [...(curlSamples.get(String(roundTripMs)) ?? []), sample]);
    });
  }
  const http1Rtt = NET_TARGETS[0].roundTripMs;
  if (offers.includes('http/1.1')) {
    steps.push(async () => {
      const sample = await runCheck('http/1.1', http1Rtt);
      actionSamples.set(key('http/1.1', http1Rtt), [...(actionSamples.get(key('http/1.1', http1Rtt)) ?? []), sample]);
    });
  }
  // One untimed round warms the file cache, then `reps` rounds, each in a rotated order so that no variant always
  // runs right after another.
  for (let rep = -1; rep < reps; rep++) {
    for (let i = 0; i < steps.length; i++) await (steps[(i + Math.max(rep, 0)) % steps.length] as Step)();
    if (rep === -1) {
      actionSamples.clear();
      curlSamples.clear();
      traceFailed = false;
    }
  }

  for (const { front, proxy } of links.values()) {
    await proxy.close();
    await front.close();
  }
  await mastodon.close();
  certificate.remove();
  rmSync(scratch, { recursive: true, force: true });

  // ---------------------------------------------------------------- report
  const rows = (table: string[][]) => {
    const widths = (table[0] ?? []).map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
    return table
      .map((row) =>
        row
          .map((cell, i) => cell.padEnd(widths[i] as number))
          .join('  ')
          .trimEnd(),
      )
      .join('\n');
  };
  const cpu = cpus();
  const curlVersion = spawnSync('curl', ['--version']).stdout?.toString().split('\n')[0] ?? 'curl';
  console.log(
    `Real network: TLS (throwaway certificate, trusted through NODE_EXTRA_CA_CERTS) through a latency proxy that delays each direction by half the round trip; ${reps} interleaved repetitions, medians`,
  );
  console.log(
    `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, node ${process.versions.node} (${NODE.startsWith(ROOT) ? 'node_modules/.bin/node' : NODE}), ${curlVersion.split(' ').slice(0, 2).join(' ')} (${certificate.source} certificate)`,
  );
  const targets: Target[] = [];
  const table: string[][] = [
    ['round trip', 'instance offers', 'check', 'curl (1 request)', 'check / curl', 'pairwise ratio', 'target'],
  ];
  const ratios = new Map<number, number>();
  for (const { roundTripMs, maxRatio } of NET_TARGETS) {
    const action = actionSamples.get(key('h2+http/1.1', roundTripMs)) ?? [];
    const curl = curlSamples.get(String(roundTripMs)) ?? [];
    const ratio = median(action.map((a) => a.ms)) / median(curl.map((c) => c.ms));
    const pairwise = median(action.map((a, i) => a.ms / (curl[i]?.ms ?? NaN)));
    ratios.set(roundTripMs, ratio);
    table.push([
      `${roundTripMs} ms`,
      'h2, http/1.1',
      ms(median(action.map((a) => a.ms))),
      ms(median(curl.map((c) => c.ms))),
      `${ratio.toFixed(2)}×`,
      `${pairwise.toFixed(2)}×`,
      `≤ ${maxRatio}×`,
    ]);
    targets.push({
      name: `real network, ${roundTripMs} ms round trip: check ≤ ${maxRatio} × one curl request`,
      pass: ratio <= maxRatio,
      detail: `${ratio.toFixed(2)}× (${ms(median(action.map((a) => a.ms)))} vs ${ms(median(curl.map((c) => c.ms)))}; pairwise ${pairwise.toFixed(2)}×)`,
    });
  }
  for (const { roundTripMs } of NET_TARGETS) {
    const floor = actionSamples.get(`floor ${key('h2+http/1.1', roundTripMs)}`) ?? [];
    const action = actionSamples.get(key('h2+http/1.1', roundTripMs)) ?? [];
    const curl = curlSamples.get(String(roundTripMs)) ?? [];
    table.push([
      `${roundTripMs} ms`,
      'h2, http/1.1',
      `${ms(median(floor.map((a) => a.ms)))} (Node's floor)`,
      ms(median(curl.map((c) => c.ms))),
      `${(median(floor.map((a) => a.ms)) / median(curl.map((c) => c.ms))).toFixed(2)}×`,
      `${median(floor.map((a, i) => a.ms / (curl[i]?.ms ?? NaN))).toFixed(2)}×`,
      `check / floor: ${median(action.map((a, i) => a.ms / (floor[i]?.ms ?? NaN))).toFixed(2)}× pairwise`,
    ]);
  }
  for (const { roundTripMs } of COMPARE ? NET_TARGETS : []) {
    const other = actionSamples.get(`compared ${key('h2+http/1.1', roundTripMs)}`) ?? [];
    const action = actionSamples.get(key('h2+http/1.1', roundTripMs)) ?? [];
    const curl = curlSamples.get(String(roundTripMs)) ?? [];
    const ratio = median(other.map((a) => a.ms)) / median(curl.map((c) => c.ms));
    table.push([
      `${roundTripMs} ms`,
      'h2, http/1.1',
      `${ms(median(other.map((a) => a.ms)))} (compared build)`,
      ms(median(curl.map((c) => c.ms))),
      `${ratio.toFixed(2)}×`,
      `${median(other.map((a, i) => a.ms / (curl[i]?.ms ?? NaN))).toFixed(2)}×`,
      `check / compared: ${median(action.map((a, i) => a.ms / (other[i]?.ms ?? NaN))).toFixed(2)}× pairwise`,
    ]);
  }
  const h1 = actionSamples.get(key('http/1.1', http1Rtt));
  if (h1) {
    const curl = curlSamples.get(String(http1Rtt)) ?? [];
    const ratio = median(h1.map((a) => a.ms)) / median(curl.map((c) => c.ms));
    table.push([
      `${http1Rtt} ms`,
      'http/1.1 only',
      ms(median(h1.map((a) => a.ms))),
      ms(median(curl.map((c) => c.ms))),
      `${ratio.toFixed(2)}×`,
      `${median(h1.map((a, i) => a.ms / (curl[i]?.ms ?? NaN))).toFixed(2)}×`,
      '(fallback, no target)',
    ]);
  }
  console.log(rows(table));
  console.log("(both sides are processes: curl's start-up is included, as node's is)");
  console.log('');

  console.log('Counted per run at the proxy (connections) and the TLS front (handshakes, requests): median (min–max)');
  const countRows: string[][] = [
    [
      'run',
      'connections',
      'TLS handshakes',
      'ALPN',
      'resumed',
      'requests',
      'stalls',
      'longest stall',
      'slowest reaction',
    ],
  ];
  const countRow = (label: string, samples: readonly (Counts & Partial<ActionSample>)[]) => {
    const col = (pick: (s: Counts & Partial<ActionSample>) => number) =>
      `${median(samples.map(pick))} (${range(samples.map(pick))})`;
    countRows.push([
      label,
      col((s) => s.connections),
      col((s) => s.handshakes),
      [...new Set(samples.map((s) => s.alpn))].join(', '),
      col((s) => s.resumed),
      col((s) => s.requests),
      samples[0]?.stalls === undefined
        ? ''
        : `${samples.filter((s) => (s.stalls ?? 0) > 0).length} of ${samples.length} runs`,
      samples[0]?.stalls === undefined ? '' : ms(median(samples.map((s) => s.stalledMs ?? 0))),
      samples[0]?.stalls === undefined ? '' : ms(median(samples.map((s) => s.slowestReactionMs ?? 0))),
    ]);
  };
  const runName = (name: string) =>
    name.startsWith('floor ')
      ? `Node's floor, ${name.slice(6)}`
      : `check, ${name}`.replace('check, compared', 'compared');
  for (const [name, samples] of actionSamples) countRow(runName(name).replace('h2+http/1.1', 'h2 offered'), samples);
  for (const [rtt, samples] of curlSamples)
    countRow(
      `curl @${rtt}`,
      samples.map((s) => s.counts),
    );
  console.log(rows(countRows));
  console.log('');

  console.log('Where the check spends its time (medians; clock of the process, the proxy and the front)');
  const phaseRows: string[][] = [
    ['run', 'node start', 'bundle', 'setup', 'network', '(instance)', 'after last byte', 'exec + exit', 'total'],
  ];
  for (const [name, samples] of actionSamples) {
    const p = samples.map((s) => s.phases).filter((x): x is Phases => x !== undefined);
    const col = (pick: (x: Phases) => number) => ms(median(p.map(pick)));
    phaseRows.push([
      name.replace('h2+http/1.1', 'h2 offered'),
      col((x) => x.nodeStart),
      col((x) => x.bundle),
      col((x) => x.setup),
      col((x) => x.network),
      `(${col((x) => x.instance)})`,
      col((x) => x.afterLastByte),
      col((x) => x.process),
      ms(median(samples.map((s) => s.ms))),
    ]);
  }
  console.log(rows(phaseRows));
  console.log(
    '(node start: to dist/index.js starting to load; bundle: its reading and compiling; setup: to the first connection; network: to the last byte handed to the process, of which (instance): first request in to last answer out at the server; after last byte: to the exit event)',
  );
  console.log('');

  const all = [...actionSamples]
    .filter(([name]) => !name.startsWith('compared') && !name.startsWith('floor'))
    .flatMap(([, samples]) => samples);
  const stalled = all.filter((s) => s.stalls > 0);
  targets.push({
    name: 'real network: no written request or handshake waits for module loading',
    pass: !traceFailed && stalled.length === 0,
    detail: traceFailed
      ? 'the trace did not see dist/index.js load: tracing failed'
      : `${stalled.length} of ${all.length} runs stalled${stalled.length ? ` (a flight held up to ${ms(median(stalled.map((s) => s.stalledMs)))}, median)` : ''}`,
  });
  return targets;
}

if (import.meta.main) {
  const targets = await benchNetwork();
  for (const t of targets) console.log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
  process.exitCode = targets.every((t) => t.pass) ? 0 : 1;
}
