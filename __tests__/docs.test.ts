import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAction, renderReadme, ROOT } from '../scripts/docs.ts';
import { Defaults, Inputs } from '../src/inputs/names.ts';
import { outputsOf, Outputs } from '../src/report/outputs.ts';
import { skippedReport } from '../src/evaluate/special-reports.ts';
import { parseInstance } from '../src/inputs/instance.ts';

const action = readAction();

describe('action.yml, the code and the README tell the same story', () => {
  it('declares exactly the inputs the code reads, with the same defaults', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    for (const [name, fallback] of Object.entries(Defaults)) {
      expect(action.inputs[name]?.default, name).toBe(fallback);
    }
    // Either the two of them, or `config` naming several bots: the code says which is missing, action.yml cannot.
    for (const name of [Inputs.Instance, Inputs.Token]) {
      expect(action.inputs[name]?.required).toBe(false);
      expect(action.inputs[name]?.description).toMatch(/Required unless `config` is set/);
    }
  });

  it('declares exactly the outputs the code sets', () => {
    const set = Object.keys(outputsOf(skippedReport(parseInstance('mastodon.social'), 'x', new Date(0))));
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
    expect(set.sort()).toEqual(Object.values(Outputs).sort());
  });

  it('describes every input and output', () => {
    for (const spec of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(spec.description.length).toBeGreaterThan(10);
    }
  });

  it('runs on node24', () => {
    expect(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toMatch(/using: node24\n\s+main: dist\/index\.js/);
  });

  it("has README tables equal to action.yml's (npm run docs regenerates them)", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(renderReadme(readme, action));
  });

  it('opens the README with the demo and test commands', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/^npm ci && npm run demo/m);
    expect(firstBlock).toMatch(/^npm ci && npm test/m);
  });
});
