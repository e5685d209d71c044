/**
 * `npm test` never runs a stale dist/: many tests run dist/index.js and dist/cli/index.js as the runner and a user
 * do, so a source change without `npm run build` would test the old code. Before any test, dist/ is rebuilt unless
 * the last build made here was of exactly these sources and dist/ is still exactly what it wrote (content hashes, not
 * times: a checkout moves times). CI builds and checks dist/ first anyway; here that costs one more build at most.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const STAMP = join(ROOT, 'node_modules', '.cache', 'mastodon-token-health', 'dist-stamp.json');
const BUILD_INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

function hashOf(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((p) => files(join(ROOT, p)))) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export default function setup(): void {
  const inputs = hashOf(BUILD_INPUTS);
  const stamp = existsSync(STAMP)
    ? (JSON.parse(readFileSync(STAMP, 'utf8')) as { inputs?: string; dist?: string })
    : {};
  if (stamp.inputs === inputs && stamp.dist === hashOf(['dist'])) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`npm run build failed before the tests (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
  mkdirSync(join(STAMP, '..'), { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ inputs, dist: hashOf(['dist']) }));
}
