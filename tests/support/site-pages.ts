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

/** An embed page of any edition: `/embed/…`, `/uk/embed/…`. */
export const isEmbedPath = (path: string) => /^(\/[a-z]{2})?\/embed\//.test(path);

/** A "page not found" of any edition: `/404.html`, `/uk/404.html`. */
export const isNotFoundPath = (path: string) => /^(\/[a-z]{2})?\/404\.html$/.test(path);

/** The search page of any edition: `/search/`, `/uk/search/`. */
export const isSearchPath = (path: string) => /^(\/[a-z]{2})?\/search\/$/.test(path);
