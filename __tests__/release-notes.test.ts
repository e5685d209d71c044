import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/docs.ts';
import { releaseOf } from '../scripts/release-notes.ts';

const changelog = `# Changelog

## [Unreleased]

- Something not yet released.

## [1.2.0] - 2026-11-01

### Added

- The CLI's \`--version\`.

## [1.1.0] - 2026-10-01

- Older.
`;

describe('the release gate (scripts/release-notes.ts)', () => {
  it("takes the tag's section of the changelog as the notes, and the major tag to move", () => {
    expect(releaseOf('v1.2.0', '1.2.0', changelog)).toEqual({
      version: '1.2.0',
      major: 'v1',
      prerelease: false,
      notes: "### Added\n\n- The CLI's `--version`.\n",
    });
  });

  it('marks a pre-release, which moves no major tag', () => {
    const rc = changelog.replace('## [Unreleased]', '## [2.0.0-rc.1] - 2026-11-20');
    expect(releaseOf('v2.0.0-rc.1', '2.0.0-rc.1', rc)).toMatchObject({ major: 'v2', prerelease: true });
  });

  it('refuses a tag that is not a version, or that package.json does not match', () => {
    expect(() => releaseOf('v1', '1.0.0', changelog)).toThrow(/not a version tag/);
    expect(() => releaseOf('1.2.0', '1.2.0', changelog)).toThrow(/not a version tag/);
    expect(() => releaseOf('v1.2.0', '1.1.0', changelog)).toThrow(/package.json says 1.1.0.*npm version 1.2.0/);
  });

  it('refuses a version without its own section (still Unreleased), and an empty one', () => {
    expect(() => releaseOf('v1.3.0', '1.3.0', changelog)).toThrow(/rename '## \[Unreleased\]'/);
    expect(() => releaseOf('v1.3.0', '1.3.0', '## [1.3.0] - 2026-12-01\n\n## [1.2.0]\n- x\n')).toThrow(/empty/);
  });

  it("reads this repository's own CHANGELOG.md, which keeps an Unreleased section on top", () => {
    const ours = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(ours).toMatch(/^## \[Unreleased\]$/m);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(() =>
      releaseOf(`v${version}`, version, ours.replace('## [Unreleased]', `## [${version}] - 2026-12-01`)),
    ).not.toThrow();
  });
});
