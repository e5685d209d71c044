import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layout reads top-down (CONTRIBUTING.md, "Layout"): no file of src/ imports itself back through others, and no
 * folder of src/ imports a folder that imports it back. Type-only imports, re-exports and dynamic imports count too.
 */

const SRC = join(import.meta.dirname, '..', 'src');

/** Each file of src/ (relative to it, with forward slashes) and the files of src/ it imports. */
function importGraph(src: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.[cm]?ts$/.test(f));
  for (const file of files.map((f) => f.split('\\').join('/'))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(src, file), 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) =>
        relative(src, normalize(join(src, dirname(file), name)))
          .split('\\')
          .join('/'),
      )
      .filter((target) => !target.startsWith('..') && files.includes(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** A file at the top of src/ is a room of its own; anything deeper belongs to its first folder. */
const roomOf = (file: string): string => (file.includes('/') ? `${file.split('/')[0]}/` : file);

/** The strongly connected groups of more than one node (Tarjan): each is a loop of imports. */
function loops(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** The folder graph, each arrow named by the file imports that make it. */
function roomGraph(files: ReadonlyMap<string, readonly string[]>): {
  rooms: Map<string, string[]>;
  because: Map<string, string[]>;
} {
  const rooms = new Map<string, string[]>();
  const because = new Map<string, string[]>();
  for (const [file, targets] of files) {
    const from = roomOf(file);
    if (!rooms.has(from)) rooms.set(from, []);
    for (const target of targets) {
      const to = roomOf(target);
      if (to === from) continue;
      if (!rooms.get(from)!.includes(to)) rooms.get(from)!.push(to);
      const key = `${from} -> ${to}`;
      because.set(key, [...(because.get(key) ?? []), `${file} -> ${target}`]);
    }
  }
  return { rooms, because };
}

describe('the layout reads top-down', () => {
  const files = importGraph(SRC);

  it('reads the imports it judges', () => {
    // A reader that saw no imports would find no loop: it must see the ones every run depends on.
    expect(files.size).toBeGreaterThan(50);
    expect(files.get('index.ts')).toEqual(expect.arrayContaining(['mastodon/transport.ts', 'main.ts']));
    expect(files.get('mastodon/http1.ts')).toContain('mastodon/exchange.ts');
    expect(files.get('inputs/settings.ts')).toContain('inspect/inspect.ts'); // a type-only import
  });

  it('has no import cycle between files', () => {
    expect(loops(files)).toEqual([]);
  });

  it('has no two folders that import each other, directly or around a loop', () => {
    const { rooms, because } = roomGraph(files);
    const tangled = loops(rooms).map((group) => ({
      folders: group,
      imports: [...because].filter(([key]) => group.some((a) => group.some((b) => key === `${a} -> ${b}`))),
    }));
    expect(tangled).toEqual([]);
  });

  it('finds a loop where there is one', () => {
    const loop = new Map([
      ['a/one.ts', ['b/two.ts']],
      ['b/two.ts', ['b/three.ts']],
      ['b/three.ts', ['a/four.ts']],
      ['a/four.ts', []],
    ]);
    expect(loops(loop)).toEqual([]);
    expect(loops(roomGraph(loop).rooms)).toEqual([['a/', 'b/']]);
    expect(loops(new Map([...loop, ['a/four.ts', ['a/one.ts']]]))).toEqual([
      ['a/four.ts', 'a/one.ts', 'b/three.ts', 'b/two.ts'],
    ]);
  });
});
