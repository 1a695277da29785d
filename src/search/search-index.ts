// The site's search index: Pagefind reads the built pages and writes the index that /search/
// fetches. `src/scripts/build.mjs` runs it on the checked build before it replaces dist/, and
// `npm run bench` times it. What is indexed is marked in the pages: Base's `searchKind` puts
// `data-pagefind-body` and `data-pagefind-meta="kind:…"` on the main content of articles, Who's
// who, quotes and fact boxes; embeds, topics, sources and the home page have none, so Pagefind
// leaves them out.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';

/** Where the index goes in the site, and where /search/ loads it from. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Parts of indexed pages that are not what a reader searches for: the page's controls, which
 * print leaves out too (.no-print: share buttons, embed code, "In this article", "Link to this
 * quote"), and the hidden "Link to this section" text beside each heading.
 */
export const SEARCH_EXCLUDE = ['.no-print', '.heading-link'];

/**
 * Pagefind also writes its ready-made interfaces, its highlighter and its web worker. The site's
 * search page uses none of them (its own small script, searching on the page's thread), so they
 * are not published.
 */
const UNUSED_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;

export interface SearchIndexResult {
  /** Pages in the index. */
  pages: number;
  /** Files written, and their total size in bytes. */
  files: number;
  bytes: number;
}

/**
 * Indexes the built site in `siteDir` and writes the index into its `pagefind/` folder. Throws
 * with what went wrong, in a sentence, when Pagefind cannot run or refuses the site.
 */
export async function writeSearchIndex(
  siteDir: string,
  outDir = join(siteDir, SEARCH_BUNDLE_DIR),
): Promise<SearchIndexResult> {
  return (await startSearchIndex(siteDir, outDir)).finish();
}

/** An index being built: wait for it and write it, or give it up. */
export interface SearchIndexing {
  /** Waits for Pagefind, writes the index and closes Pagefind. */
  finish: () => Promise<SearchIndexResult>;
  /** Closes Pagefind without writing anything. */
  cancel: () => Promise<void>;
}

/**
 * Starts indexing the built site in `siteDir`: Pagefind reads and indexes the pages in a process
 * of its own, while the caller's thread is free (the build checks the pages meanwhile); `finish`
 * then writes the index into `outDir`. Starting and finishing throw with what went wrong, in a
 * sentence, when Pagefind cannot run or refuses the site.
 */
export async function startSearchIndex(
  siteDir: string,
  outDir = join(siteDir, SEARCH_BUNDLE_DIR),
): Promise<SearchIndexing> {
  // Pagefind's Node wrapper reports a failure of its program on the console, with a stack trace,
  // and then only "Pagefind backend closed": keep its first line for the message instead.
  const reported: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) =>
    reported.push(
      args
        .map((a) => (a instanceof Error ? a.message : String(a)))
        .join(' ')
        .split('\n')[0]!,
    );
  const failed = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    return new Error(
      reported.length
        ? `Pagefind stopped: ${[...new Set(reported)].join('; ')} (${message}).`
        : message,
      { cause: error },
    );
  };
  const close = async () => {
    console.error = consoleError;
    // Pagefind runs as a child process; the build cannot exit while it is alive.
    await pagefind.close();
  };
  let index: PagefindIndex;
  let adding: ReturnType<PagefindIndex['addDirectory']>;
  try {
    const created = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE });
    if (!created.index) throw new Error(created.errors.join('\n') || 'Pagefind did not start.');
    index = created.index;
    // Sent now: Pagefind reads the pages while this thread does something else.
    adding = index.addDirectory({ path: siteDir });
    adding.catch(() => {});
  } catch (error) {
    await close();
    throw failed(error);
  }
  return {
    async finish() {
      try {
        const added = await adding;
        if (added.errors.length) throw new Error(added.errors.join('\n'));
        return await writeIndexFiles(index, siteDir, outDir);
      } catch (error) {
        throw failed(error);
      } finally {
        await close();
      }
    },
    cancel: close,
  };
}

/** Writes the index's files into `outDir` (all but the unused ones) and counts the pages in it. */
async function writeIndexFiles(
  index: PagefindIndex,
  siteDir: string,
  outDir: string,
): Promise<SearchIndexResult> {
  // Pagefind writes the files itself: handing them over (getFiles) sent every byte of the index
  // through its pipe as JSON, about a second more at 1,000 articles.
  rmSync(outDir, { recursive: true, force: true });
  const { errors } = await index.writeFiles({ outputPath: outDir });
  if (errors.length) throw new Error(errors.join('\n'));
  let bytes = 0;
  let written = 0;
  for (const path of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const file = join(outDir, path);
    if (!statSync(file).isFile()) continue;
    if (UNUSED_FILE.test(path)) {
      rmSync(file);
      continue;
    }
    bytes += statSync(file).size;
    written++;
  }
  // Pagefind reads every page but keeps only those marked data-pagefind-body; its entry file says how many.
  const entry = join(outDir, 'pagefind-entry.json');
  const languages: Record<string, { page_count: number }> = existsSync(entry)
    ? (
        JSON.parse(readFileSync(entry, 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        }
      ).languages
    : {};
  const pages = Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
  if (pages === 0)
    throw new Error(
      `no page in ${siteDir} was indexed: the pages to index carry data-pagefind-body.`,
    );
  return { pages, files: written, bytes };
}
