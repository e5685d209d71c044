/**
 * The release workflow's gate and notes: `node scripts/release-notes.ts v1.2.3` checks that the tag is a version,
 * that package.json has the same version and that CHANGELOG.md has its section, then prints that section (the
 * release notes). On the runner it also sets the outputs `version`, `major` (`v1`) and `prerelease`.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Release {
  readonly version: string;
  /** The tag users pin to, moved to each stable release: `v1`. */
  readonly major: string;
  readonly prerelease: boolean;
  readonly notes: string;
}

const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

export function releaseOf(tag: string, packageVersion: string, changelog: string): Release {
  const match = TAG.exec(tag);
  if (!match) throw new Error(`'${tag}' is not a version tag: expected v<major>.<minor>.<patch>, e.g. v1.2.3.`);
  const version = tag.slice(1);
  if (packageVersion !== version) {
    throw new Error(
      `The tag is ${tag} but package.json says ${packageVersion}: run 'npm version ${version} --no-git-tag-version', commit, and tag that commit.`,
    );
  }
  const lines = changelog.split('\n');
  const escaped = version.replace(/[.+]/g, '\\$&');
  const start = lines.findIndex((line) => new RegExp(`^## \\[${escaped}\\]`).test(line));
  if (start < 0) {
    throw new Error(
      `CHANGELOG.md has no '## [${version}]' section: rename '## [Unreleased]' to '## [${version}] - YYYY-MM-DD' before tagging.`,
    );
  }
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const notes = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  if (!notes) throw new Error(`CHANGELOG.md's section for ${version} is empty: say what changed for users.`);
  return { version, major: `v${match[1]}`, prerelease: match[4] !== undefined, notes: `${notes}\n` };
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..');
  const tag = process.argv[2] ?? process.env['GITHUB_REF_NAME'] ?? '';
  const { version: packageVersion } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  try {
    const release = releaseOf(tag, packageVersion, readFileSync(join(root, 'CHANGELOG.md'), 'utf8'));
    const output = process.env['GITHUB_OUTPUT'];
    if (output) {
      appendFileSync(output, `version=${release.version}\nmajor=${release.major}\nprerelease=${release.prerelease}\n`);
    }
    process.stdout.write(release.notes);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
