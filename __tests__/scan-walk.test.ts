/**
 * Where the scanner looks: source-paths (files, folders, globs), .gitignore (nested too), the skipped folders and
 * files, symbolic links (never followed, nothing outside the workspace read), tests listed apart. Real files in a
 * temporary folder.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanSources } from '../src/scan/scan.ts';
import { isTestPath, newWalkStats, normaliseSourcePath, SourcePathError, walkFiles } from '../src/scan/walk.ts';

let base: string;
let root: string;
const write = (relative: string, text: string | Buffer) => {
  mkdirSync(dirname(join(root, relative)), { recursive: true });
  writeFileSync(join(root, relative), text);
};
const walked = (paths: readonly string[] = ['.']) => {
  const stats = newWalkStats();
  const files = [...walkFiles({ root, paths, stats })].map((f) => f.path).sort();
  return { files, stats };
};

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'mth-walk-'));
  root = join(base, 'workspace');
  mkdirSync(root);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('the walk', () => {
  it('skips dependency folders, virtual environments, build output, .git and minified files', () => {
    write('bot.py', 'x');
    write('src/post.js', 'x');
    write('.github/workflows/toot.yml', 'x');
    for (const skipped of [
      'node_modules/masto/index.js',
      'vendor/bundle/a.rb',
      '.venv/lib/a.py',
      'venv/lib/a.py',
      'env/lib/python3.12/site-packages/mastodon/a.py',
      'dist/index.js',
      'build/bot.js',
      '.git/hooks/post-commit',
      'src/vendor.min.js',
    ]) {
      write(skipped, 'x');
    }
    write('env/pyvenv.cfg', 'home = /usr');
    write('src/bundle.js', `${'a'.repeat(6000)}\n`);
    const { files, stats } = walked();
    expect(files).toEqual(['.github/workflows/toot.yml', 'bot.py', 'src/post.js']);
    expect(stats.skipped['dependency or build folder']).toBe(8);
    expect(stats.skipped['minified']).toBe(2);
  });

  it('skips binary files, files over 1 MiB and documentation', () => {
    write('a.py', 'ok');
    write('blob.py', Buffer.from([0x61, 0x00, 0x62]));
    write('big.py', Buffer.alloc(1024 * 1024 + 1, 0x61));
    write('exactly.py', Buffer.alloc(1024 * 1024, 0x61));
    write('README.md', 'POST /api/v1/statuses');
    write('logo.png', 'x');
    const { files, stats } = walked();
    expect(files).toEqual(['a.py', 'exactly.py']);
    expect(stats.skipped['binary']).toBe(1);
    expect(stats.skipped['over 1 MiB']).toBe(1);
    expect(stats.skipped['not source']).toBe(2);
  });

  it('honours .gitignore files, nested ones and negations', () => {
    write('.gitignore', '*.log.py\n/generated/\nsecret*\n!secret_ok.py\n');
    write('generated/a.py', 'x');
    write('keep/generated/b.py', 'x');
    write('debug.log.py', 'x');
    write('secret_key.py', 'x');
    write('secret_ok.py', 'x');
    write('sub/.gitignore', 'local.py\n');
    write('sub/local.py', 'x');
    write('local.py', 'x');
    const { files } = walked();
    expect(files).toEqual(['.gitignore', 'keep/generated/b.py', 'local.py', 'secret_ok.py', 'sub/.gitignore']);
  });

  it('applies the .gitignore files above a source path', () => {
    write('.gitignore', 'ignored.py\n');
    write('bots/a/ignored.py', 'x');
    write('bots/a/bot.py', 'x');
    expect(walked(['bots/a']).files).toEqual(['bots/a/bot.py']);
  });

  it('takes files, folders and globs, each file once', () => {
    write('bots/one/bot.py', 'x');
    write('bots/two/bot.js', 'x');
    write('bots/two/lib/util.js', 'x');
    write('scripts/post.sh', 'x');
    write('other.py', 'x');
    expect(walked(['bots/**/*.js', 'scripts/post.sh', 'bots/two']).files).toEqual([
      'bots/two/bot.js',
      'bots/two/lib/util.js',
      'scripts/post.sh',
    ]);
    expect(walked(['bots/*']).files).toEqual(['bots/one/bot.py', 'bots/two/bot.js', 'bots/two/lib/util.js']);
    const { stats } = walked(['nowhere', 'other.py']);
    expect(stats.unmatched).toEqual(['nowhere']);
  });

  it('never follows a symbolic link, to a file or a folder, inside or outside the workspace', () => {
    writeFileSync(join(base, 'outside.py'), 'requests.post(f"{B}/api/v1/statuses")');
    mkdirSync(join(base, 'outside-dir'));
    writeFileSync(join(base, 'outside-dir', 'x.py'), 'requests.post(f"{B}/api/v1/statuses")');
    write('bot.py', 'x');
    symlinkSync(join(base, 'outside.py'), join(root, 'leak.py'));
    symlinkSync(join(base, 'outside-dir'), join(root, 'linked'));
    symlinkSync('bot.py', join(root, 'alias.py'));
    const { files, stats } = walked(['.', 'leak.py', 'linked/x.py', 'linked']);
    expect(files).toEqual(['bot.py']);
    expect(stats.symlinks.sort()).toEqual(['alias.py', 'leak.py', 'leak.py', 'linked', 'linked', 'linked']);
  });

  it('refuses source paths that leave the workspace', () => {
    expect(() => normaliseSourcePath('../other')).toThrow(SourcePathError);
    expect(() => normaliseSourcePath('/etc')).toThrow(SourcePathError);
    expect(() => normaliseSourcePath('a/../../b')).toThrow(SourcePathError);
    expect(normaliseSourcePath('./src/')).toBe('src');
    expect(normaliseSourcePath('.')).toBe('.');
  });

  it.each([
    ['tests/test_bot.py', true],
    ['__tests__/bot.test.ts', true],
    ['spec/bot_spec.rb', true],
    ['pkg/bot_test.go', true],
    ['src/bot.spec.js', true],
    ['test_bot.py', true],
    ['src/bot.py', false],
    ['contest.py', false],
    ['latest/bot.js', false],
  ])('%s is a test file: %s', (path, expected) => {
    expect(isTestPath(path)).toBe(expected);
  });
});

describe('the scan', () => {
  it('finds calls, lists test calls apart and reads nothing through a link', async () => {
    write('bot.py', 'import requests\nrequests.post(f"{B}/api/v1/statuses", data=d)\n');
    write('tests/test_bot.py', 'requests.post(f"{B}/api/v1/statuses/1/favourite")\n');
    writeFileSync(join(base, 'outside.py'), 'requests.post(f"{B}/api/v1/accounts/1/block")\n');
    symlinkSync(join(base, 'outside.py'), join(root, 'leak.py'));
    const result = await scanSources({ root, paths: ['.'] });
    expect(result.calls.map((c) => `${c.file}:${c.line} ${c.what}`)).toEqual(['bot.py:2 POST /api/v1/statuses']);
    expect(result.calls[0]?.accepts).toEqual(['write', 'write:statuses']);
    expect(result.testCalls.map((c) => c.file)).toEqual(['tests/test_bot.py']);
    expect(JSON.stringify(result)).not.toContain('block');
  });

  it('gives the same answer when a second thread takes a share of the files', async () => {
    for (let i = 0; i < 600; i++) {
      write(`src/m${i}.py`, i % 50 === 0 ? `requests.post(f"{B}/api/v1/statuses/{i}/favourite")\n` : `x = ${i}\n`);
      if (i % 97 === 0) write(`src/blob${i}.py`, Buffer.from([0x61, 0x00]));
      if (i % 89 === 0) write(`src/bundle${i}.js`, `fetch('/api/v1/lists', { method: 'POST' }) ${'a'.repeat(6000)}\n`);
      if (i % 71 === 0) write(`tests/t${i}.py`, 'requests.get(f"{B}/api/v1/timelines/home")\n');
    }
    const alone = await scanSources({ root, paths: ['.'] });
    const shared = await scanSources({ root, paths: ['.'], parallelAfter: 0 });
    expect(alone.calls).toHaveLength(12);
    expect(shared).toEqual(alone);
  });
});
