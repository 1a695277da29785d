// The layers of src/, enforced: every import (in .ts and .mjs files, and in .astro frontmatter)
// points down the order below or stays in its own layer, and no files import each other in a
// circle. A failure names the files: the circle, or the importing file, the imported one and both
// layers. Only relative imports count; packages are not part of src/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * The layers, lowest first, each the folders of src/ in it: a file may import from its own layer
 * and the layers below, never from one above. Schemas are the shapes of the content and import
 * only each other; lib's helpers work on those shapes; the content layer reads the content;
 * Markdown renders articles from it; build-support's worker pool and file linking serve the
 * features; the features (search, share images, embeds, the built-site
 * checks) use all of that; components show it, layouts frame components, pages put them together.
 * On top: the files directly in src/ (`.`, content.config.ts), the build machinery (src/build/) and
 * the npm scripts (src/scripts/), which may import anything.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['styles'],
  ['schemas'],
  ['lib'],
  ['content-layer'],
  ['markdown'],
  ['build-support'],
  ['search', 'share-images', 'embed', 'checks'],
  ['components'],
  ['layouts'],
  ['pages'],
  ['.', 'build', 'scripts'],
];

/** Where a file of src/ stands: its folder under src/ ('.' for src/ itself) and that folder's rank. */
function layerOf(file: string): { folder: string; rank: number } {
  const parts = file.split('/');
  const folder = parts.length > 2 ? parts[1]! : '.';
  return { folder, rank: LAYERS.findIndex((layer) => layer.includes(folder)) };
}

/** The code of a file that can import: all of a .ts or .mjs file, the frontmatter of a .astro one. */
function importingCode(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
}

/** The files of src/ a file imports (`import`, `export … from`, `import()`), as paths from the root. */
function importsOf(file: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(importingCode(file, text), true, true);
  return importedFiles
    .map(({ fileName }) => fileName.replace(/[?#].*/, ''))
    .filter((name) => /^\.\.?\//.test(name))
    .map((name) => posix.join(posix.dirname(file), name))
    .filter((path) => path.startsWith('src/'));
}

/** Each file's imports, from the files' texts by path (`src/lib/dates.ts`). */
function importGraph(files: Record<string, string>): Map<string, string[]> {
  return new Map(Object.entries(files).map(([file, text]) => [file, importsOf(file, text)]));
}

/** The shortest way from `start` back to itself, or undefined when there is none. */
function circleThrough(graph: Map<string, string[]>, start: string): string[] | undefined {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const target of graph.get(next) ?? []) {
      if (target === start) {
        const path = [next];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(target) && graph.has(target)) {
        cameFrom.set(target, next);
        queue.push(target);
      }
    }
  }
  return undefined;
}

/** Every circle of imports, once each, as `a → b → a`, shortest first from each file in order. */
function importCircles(graph: Map<string, string[]>): string[] {
  const seen = new Set<string>();
  const circles: string[] = [];
  for (const file of [...graph.keys()].sort()) {
    if (seen.has(file)) continue;
    const circle = circleThrough(graph, file);
    if (!circle) continue;
    for (const member of circle) seen.add(member);
    circles.push(circle.join(' → '));
  }
  return circles;
}

/** Every file `file` imports, directly or through others, sorted. */
function reachedFrom(graph: Map<string, string[]>, file: string): string[] {
  const reached = new Set<string>();
  const queue = [...(graph.get(file) ?? [])];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (reached.has(next)) continue;
    reached.add(next);
    queue.push(...(graph.get(next) ?? []));
  }
  return [...reached].sort();
}

/** Every import that goes up the layers, and every file in a folder no layer names. */
function layerProblems(graph: Map<string, string[]>): string[] {
  const problems: string[] = [];
  const unplaced = new Set<string>();
  for (const [file, imports] of graph) {
    const from = layerOf(file);
    if (from.rank < 0) unplaced.add(`src/${from.folder}/`);
    for (const target of imports) {
      const to = layerOf(target);
      if (from.rank >= 0 && to.rank > from.rank)
        problems.push(
          `${file} (${from.folder}) imports ${target} (${to.folder}), a layer above its own`,
        );
    }
  }
  const names = [...unplaced].map((folder) => `${folder} is in no layer: add it to LAYERS`);
  return [...names, ...problems.sort()];
}

/** Every file of src/ that can import, by its path from the root. */
function sourceFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const names = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' });
  for (const name of names.filter((n) => /\.(ts|mjs|astro)$/.test(n))) {
    const path = join(root, 'src', name);
    files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

describe('the import layers of src/', () => {
  const graph = importGraph(sourceFiles());

  test('reads the imports of every kind of file', () => {
    expect(graph.get('src/content.config.ts')).toContain('src/content-layer/registry.ts');
    expect(graph.get('src/pages/[...locale]/articles/[slug].astro')).toContain(
      'src/layouts/Base.astro',
    );
  });

  test('no files import each other in a circle', () => {
    expect(importCircles(graph)).toEqual([]);
  });

  test('every import stays in its layer or goes down', () => {
    expect(layerProblems(graph)).toEqual([]);
  });

  test('the registry is data: all it imports, directly or not, is schemas', () => {
    const reached = reachedFrom(graph, 'src/content-layer/registry.ts');
    expect(reached).toContain('src/schemas/timeline.ts');
    expect(reached.filter((file) => !file.startsWith('src/schemas/'))).toEqual([]);
  });
});

describe('the checks themselves, on made-up files', () => {
  const graph = importGraph({
    'src/lib/a.ts': "import { b } from './b.ts';\nexport const a = b;",
    'src/lib/b.ts': "import type { C } from './c.ts';\nexport const b = 1 as C;",
    'src/lib/c.ts': "export type C = number;\nexport { a } from './a.ts';",
    'src/lib/dates.ts': "import { markdown } from '../markdown/x.ts';",
    'src/markdown/x.ts': "import { dates } from '../lib/dates.ts';\nimport 'unified';",
    'src/pages/p.astro': "---\nimport X from '../components/X.astro';\n---\n<X />",
    'src/components/X.astro': "---\nconst m = await import('../pages/p.astro');\n---",
    'src/elsewhere/e.ts': "import { a } from '../lib/a.ts';",
  });

  test('a circle is named by its files, each circle once', () => {
    expect(importCircles(graph)).toEqual([
      'src/components/X.astro → src/pages/p.astro → src/components/X.astro',
      'src/lib/a.ts → src/lib/b.ts → src/lib/c.ts → src/lib/a.ts',
      'src/lib/dates.ts → src/markdown/x.ts → src/lib/dates.ts',
    ]);
  });

  test('an import up the layers names both files and both layers', () => {
    expect(layerProblems(graph)).toEqual([
      'src/elsewhere/ is in no layer: add it to LAYERS',
      'src/components/X.astro (components) imports src/pages/p.astro (pages), a layer above its own',
      'src/lib/dates.ts (lib) imports src/markdown/x.ts (markdown), a layer above its own',
    ]);
  });

  test('what a file reaches is every file down its imports, itself only through a circle', () => {
    expect(reachedFrom(graph, 'src/lib/dates.ts')).toEqual([
      'src/lib/dates.ts',
      'src/markdown/x.ts',
    ]);
    expect(reachedFrom(graph, 'src/elsewhere/e.ts')).toEqual([
      'src/lib/a.ts',
      'src/lib/b.ts',
      'src/lib/c.ts',
    ]);
  });

  test('the files at the top of src/ may import anything', () => {
    const top = importGraph({ 'src/content.config.ts': "import { x } from './pages/p.astro';" });
    expect(layerProblems(top)).toEqual([]);
  });
});
