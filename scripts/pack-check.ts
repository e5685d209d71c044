/**
 * npm run pack:check: what `npx mastodon-token-health` would get. Packs the package as `npm publish` would, checks
 * the file list, installs the tarball in an empty folder (no registry needed: the CLI is one bundle without
 * dependencies), and runs the installed command the way a user does, through its `bin` link and the `node` on PATH:
 * `--version`, `--help`, and a check against the loopback Mastodon-compatible server.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as world from '../__tests__/support/mastodon-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const work = mkdtempSync(join(tmpdir(), 'mth-pack-'));
let failures = 0;

function check(what: string, ok: boolean, detail = ''): void {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures++;
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

const server = await world.startMastodonServer(world.demoWorld());
try {
  // 1. Pack, as `npm publish` would.
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const tarball = join(work, packed[0]?.filename ?? '');
  const files = (packed[0]?.files ?? []).map((f) => f.path).sort();
  console.log(`packed ${files.length} files: ${files.join(', ')}`);
  for (const needed of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli/index.js']) {
    check(`the package holds ${needed}`, files.includes(needed));
  }
  const stray = files.filter(
    (f) => /^(src|__tests__|scripts|node_modules|\.github)\//.test(f) || f === 'dist/index.js',
  );
  check('the package holds no sources, tests or the action bundle', stray.length === 0, stray.join(', '));

  // 2. Install the tarball in an empty folder: no dependencies, so no registry.
  const project = join(work, 'empty-project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
  const bin = join(project, 'node_modules', '.bin', 'mastodon-token-health');
  const nodeOnPath = spawnSync('node', ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`installed; running ${bin} with the node on PATH (${nodeOnPath})`);

  // Asynchronous: the loopback server answers from this same process.
  const run = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done, fail) => {
      const child = spawn(bin, args, { env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 30_000 });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', fail);
      child.on('close', (status) => done({ status, stdout, stderr }));
    });

  // 3. Run it as a user would.
  const version = await run(['--version']);
  check(
    '--version prints the package version',
    version.status === 0 && version.stdout.trim() === packageJson.version,
    JSON.stringify(version.stdout.trim()),
  );
  const help = await run(['--help']);
  check('--help prints the usage and exits 0', help.status === 0 && /Usage: mastodon-token-health/.test(help.stdout));

  const healthy = await run(['--instance', server.url, '--required-scopes', 'profile write:statuses'], {
    MASTODON_TOKEN: world.TOKEN_HEALTHY,
  });
  check(
    'a healthy token: exit 0, the verdict on stdout',
    healthy.status === 0 && /healthy/i.test(healthy.stdout),
    `exit ${healthy.status}`,
  );
  const revoked = await run(['--instance', server.url, '--required-scopes', 'write:statuses', '--format', 'json'], {
    MASTODON_TOKEN: world.TOKEN_REVOKED,
  });
  let status = '';
  try {
    status = (JSON.parse(revoked.stdout) as { status?: string }).status ?? '';
  } catch {
    status = 'not JSON';
  }
  check('a revoked token: exit 1, JSON status revoked', revoked.status === 1 && status === 'revoked', status);
  const printed = [healthy, revoked].map((r) => `${r.stdout}${r.stderr}`).join('');
  check(
    'no token in anything printed',
    !printed.includes(world.TOKEN_HEALTHY) && !printed.includes(world.TOKEN_REVOKED),
  );
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(
  failures === 0 ? `\n${packageJson.name}@${packageJson.version}: the packed CLI works` : `\n${failures} failed`,
);
process.exitCode = failures === 0 ? 0 : 1;
