// Lists the pages of the built site (`dist/`), as URL paths, for tests that check every page.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every HTML file in dist/ as the path a browser asks for: `/`, `/articles/x/`, `/404.html`. */
export function builtPagePaths(): string[] {
  return walk(distDir)
    .map((file) => '/' + relative(distDir, file).split(sep).join('/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
