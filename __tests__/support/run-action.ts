/**
 * Runs the bundled action the way the Actions runner does: `node dist/index.js` with INPUT_* variables (hyphens
 * kept), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH files, and reads back everything it wrote.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BUNDLE = join(ROOT, 'dist', 'index.js');
const LOCAL_NODE = join(ROOT, 'node_modules', '.bin', 'node');
/** Node 24, as the runner's `node24`: the project's own, else the one running the tests. */
export const NODE = existsSync(LOCAL_NODE) ? LOCAL_NODE : process.execPath;

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly title: string;
  readonly message: string;
  /** the file and line it is shown on, when it has them */
  readonly file?: string;
  readonly line?: number;
}

export interface ActionRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly annotations: Annotation[];
  readonly durationMs: number;
  /** Everything the run printed or wrote, for the canary check (the runner's own ::add-mask:: commands excluded). */
  readonly everything: string;
}

export interface RunOptions {
  readonly inputs: Record<string, string>;
  readonly eventName?: string;
  readonly event?: unknown;
  readonly env?: Record<string, string>;
  /** Step debug logging, as with the ACTIONS_STEP_DEBUG secret: on by default so the canary check covers it. */
  readonly debug?: boolean;
  readonly bundle?: string;
  /** A command the run is wrapped in, e.g. `['/usr/bin/time', '-f', '%M', '-o', file]` or `['strace', …]` (benchmarks). */
  readonly wrapper?: readonly string[];
  /** Node options put before the bundle, e.g. `['--import', hook]`. */
  readonly nodeArgs?: readonly string[];
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'mth-run-'));
  try {
    const outputFile = join(dir, 'output');
    const summaryFile = join(dir, 'summary');
    const eventFile = join(dir, 'event.json');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_EVENT_NAME: options.eventName ?? 'push',
      GITHUB_REPOSITORY: 'octo-org/bot',
      GITHUB_ACTOR: 'octocat',
      GITHUB_WORKFLOW: 'token health',
      GITHUB_JOB: 'check',
      GITHUB_RUN_ID: '1001',
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: dir,
      // A run that keeps a PR comment or an issue talks to GITHUB_API_URL: never to github.com from a test. Tests of
      // those sinks point it at __tests__/support/github-server.ts; elsewhere it is a closed loopback port.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      ...(options.debug === false ? {} : { RUNNER_DEBUG: '1' }),
      ...options.env,
    };
    for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

    const started = performance.now();
    const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>(
      (done, fail) => {
        const [command, ...args] = [
          ...(options.wrapper ?? []),
          NODE,
          ...(options.nodeArgs ?? []),
          options.bundle ?? BUNDLE,
        ];
        const child = spawn(command as string, args, { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
        child.on('error', fail);
        child.on('close', (code) => done({ exitCode: code ?? -1, stdout: out, stderr: err }));
      },
    );
    const durationMs = performance.now() - started;
    const outputText = readFileSync(outputFile, 'utf8');
    const summary = readFileSync(summaryFile, 'utf8');
    const run: ActionRun = {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(outputText),
      summary,
      annotations: parseAnnotations(stdout),
      durationMs,
      everything: [withoutMaskCommands(stdout), stderr, outputText, summary].join('\n'),
    };
    // The canary rule holds for every run, including those of a test that forgets to check it.
    const leaked = secretsIn(options.inputs).flatMap((secret) => leakedTokenForms(run.everything, secret));
    if (leaked.length > 0) throw new TokenLeak(run, leaked);
    return run;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const CLI_BUNDLE = join(ROOT, 'dist', 'cli', 'index.js');

/**
 * Runs the bundled CLI as a user does (`node dist/cli/index.js ARGS` with ENV), read back as a run: the JSON report's
 * status and token state as outputs (with `--format json`), everything printed as one message for what it says, and
 * exit code 2 (bad input) as `input-error` when nothing else tells the status.
 */
export async function runCli(args: readonly string[], env: Readonly<Record<string, string>>): Promise<ActionRun> {
  const started = performance.now();
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>(
    (done, fail) => {
      const child = spawn(NODE, [CLI_BUNDLE, ...args], {
        env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      child.on('error', fail);
      child.on('close', (code) => done({ exitCode: code ?? -1, stdout: out, stderr: err }));
    },
  );
  let outputs: Record<string, string> = {};
  try {
    const report = JSON.parse(stdout) as { status?: unknown; tokenState?: unknown };
    if (typeof report.status === 'string') outputs = { status: report.status };
    if (typeof report.tokenState === 'string') outputs['token-state'] = report.tokenState;
  } catch {
    // The text format names the status on its verdict line.
    const status = /\(status: ([a-z-]+)\)/.exec(stdout)?.[1];
    if (status) outputs = { status };
    else if (exitCode === 2) outputs = { status: 'input-error' };
  }
  const everything = `${stdout}\n${stderr}`;
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary: '',
    annotations: [{ level: 'notice', title: 'cli', message: everything }],
    durationMs: performance.now() - started,
    everything,
  };
}

/** A run that printed or wrote a secret among its inputs; `run` is what it printed, for a report. */
export class TokenLeak extends Error {
  readonly run: ActionRun;
  constructor(run: ActionRun, forms: readonly string[]) {
    super(`the action printed or wrote a secret it was given (as ${forms.map((f) => `${f.slice(0, 6)}…`).join(', ')})`);
    this.run = run;
  }
}

/** The secrets in the inputs as given: the token without the copy-paste faults around it (and its parts), and the
 * github-token. Shorter strings are not secrets anyone could mask (the action refuses such a token). */
function secretsIn(inputs: Readonly<Record<string, string>>): string[] {
  const token = (inputs['token'] ?? '').trim().replace(/^bearer\s+/i, '');
  return [...new Set([token, ...token.split(/\s+/), inputs['github-token'] ?? ''])].filter((s) => s.length >= 8);
}

/** `name<<delimiter\nvalue\ndelimiter` blocks, as @actions/core writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name as string] = value.join('\n');
  }
  return outputs;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const property = (name: string) => new RegExp(`(?:^|,)${name}=([^,]*)`).exec(match[2] ?? '')?.[1];
    const file = property('file');
    const startLine = property('line');
    annotations.push({
      level: match[1] as Annotation['level'],
      title: unescapeProperty(property('title') ?? ''),
      message: unescapeData(match[3] ?? ''),
      ...(file !== undefined ? { file: unescapeProperty(file) } : {}),
      ...(startLine !== undefined ? { line: Number(startLine) } : {}),
    });
  }
  return annotations;
}

/**
 * `::add-mask::<secret>` is the command that tells the runner to hide the secret; the runner consumes it and never
 * shows it, so it is the one line allowed to carry the token.
 */
function withoutMaskCommands(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** Every form in which a leaked token could appear. */
export function tokenForms(token: string): string[] {
  return [
    token,
    encodeURIComponent(token),
    Buffer.from(token).toString('base64'),
    token.slice(0, Math.ceil(token.length * 0.6)),
  ];
}

/** The forms of the token that appear in `text`: none, when the canary rule holds. */
export function leakedTokenForms(text: string, token: string): string[] {
  if (!token) return [];
  const forms = tokenForms(token).filter((form) => form && text.includes(form));
  // A token may also come back escaped character by character, or broken up by control or invisible characters
  // that a later step turns into spaces or removes with a neighbour: decoded and squeezed, the text must not hold
  // any 12 characters of it in a row either (by chance, that never happens in what the action writes).
  if (forms.length === 0 && token.length >= WINDOW) {
    const flat = squeezed(text).toLowerCase();
    const lower = token.toLowerCase();
    for (let i = 0; i + WINDOW <= lower.length; i++) {
      if (flat.includes(lower.slice(i, i + WINDOW))) {
        forms.push(`${token.slice(i, i + WINDOW)} (decoded, at ${i})`);
        break;
      }
    }
  }
  return forms;
}

const WINDOW = 12;

/** `text` with percent-encoding, JSON `\\u` escapes and HTML character references decoded, and every white space,
 * control and invisible character removed. */
function squeezed(text: string): string {
  const char = (code: number) => (code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '');
  return text
    .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => char(parseInt(hex, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => char(parseInt(hex, 16)))
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => char(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => char(parseInt(dec, 10)))
    .replace(/[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '');
}
