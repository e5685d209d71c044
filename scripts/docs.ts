/**
 * Keeps the README's inputs and outputs tables equal to action.yml: `npm run docs` rewrites them, and a test fails
 * when they differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '..');

interface ActionMetadata {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

/** `required`, `empty`, the default, or `see meaning` for inputs whose need depends on another (`instance` with `config`). */
function defaultCell(spec: { required?: boolean; default?: string }): string {
  if (spec.required) return 'required';
  if (spec.default === undefined) return 'see meaning';
  return spec.default === '' ? 'empty' : `\`${spec.default}\``;
}

export function readAction(): ActionMetadata {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionMetadata;
}

const cell = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

export function renderTables(action: ActionMetadata): { inputs: string; outputs: string } {
  const inputs = [
    '| input | default | meaning |',
    '|---|---|---|',
    ...Object.entries(action.inputs).map(
      ([name, spec]) => `| \`${name}\` | ${defaultCell(spec)} | ${cell(spec.description)} |`,
    ),
  ].join('\n');
  const outputs = [
    '| output | value |',
    '|---|---|',
    ...Object.entries(action.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`),
  ].join('\n');
  return { inputs, outputs };
}

export function replaceBlock(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start (generated from action.yml by npm run docs) -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${name} block`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

export function renderReadme(readme: string, action: ActionMetadata): string {
  const tables = renderTables(action);
  return replaceBlock(replaceBlock(readme, 'inputs', tables.inputs), 'outputs', tables.outputs);
}

if (import.meta.main) {
  const path = join(ROOT, 'README.md');
  writeFileSync(path, renderReadme(readFileSync(path, 'utf8'), readAction()));
  console.log('README.md tables regenerated from action.yml');
}
