// What the checks of each page found when it passed, kept between builds (in Astro's cacheDir):
// a page whose bytes, path and policies are the same as a page that passed, checked by the same
// code, passes again, and only its ids and head links are needed. "The same code" is a hash of
// every module the checks run, found by following their relative imports from check-built-site.ts,
// so a change to any check, or to a helper one uses, checks every page again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The cache file's contents. */
export interface CheckCache {
  /** A hash of the checking code: a change to it checks every page again. */
  code: string;
  /** Each page that passed: its key, its ids, and the head links it gives (resolved in every build, as targets may go). */
  pages: Record<string, CachedPage>;
}

export interface CachedPage {
  /** A hash of the page's bytes and the policies it gets. */
  key: string;
  ids: [string, number][];
  links: [url: string, element: string][];
}

/** The module the build imports: the checks start there. */
const CHECKS_ENTRY = fileURLToPath(new URL('./check-built-site.ts', import.meta.url));

/** A module's static relative imports (`import … from`, `export … from`, a bare `import`), at the start of a line. */
const RELATIVE_IMPORT =
  /^\s*(?:(?:import|export)\b[^;]*?\bfrom|import)\s*['"](\.\.?\/[^'"]+)['"]/gm;

/** Every module the checks run: the entry and each module it imports, relative imports followed. */
export function checksCodeFiles(entry: string = CHECKS_ENTRY): string[] {
  const found = new Set<string>();
  const follow = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT))
      follow(resolve(dirname(file), specifier!));
  };
  follow(entry);
  return [...found].sort();
}

/** The checking code's own hash: every module in `checksCodeFiles`, with its path. */
export function checksCodeHash(entry: string = CHECKS_ENTRY): string {
  const hash = createHash('sha256');
  for (const file of checksCodeFiles(entry))
    hash.update(`${relative(dirname(entry), file)}\n`).update(readFileSync(file));
  return hash.digest('hex');
}

/** The pages that passed under this code, or none if the cache is missing, unreadable or from other code. */
export function readCheckCache(file: string | undefined, code: string): CheckCache['pages'] {
  if (!file || !existsSync(file)) return {};
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CheckCache;
    return cache.code === code ? cache.pages : {};
  } catch {
    return {};
  }
}

/** Writes the cache whole or not at all. */
export function writeCheckCache(file: string, cache: CheckCache): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(cache));
  renameSync(partial, file);
}
