// Indexes one shard of the search index (src/search/search-shards.ts) with Pagefind and writes it to
// its folder. search-index.ts plans the shards and runs this on worker threads
// (src/build/shard-index-worker.ts),
// because Pagefind's Node wrapper keeps one Pagefind process per thread.
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { linkFile } from '../build-support/link-file.ts';

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

/** A page to index: its file in the site, the URL Pagefind gives it, and a digest of its bytes. */
export interface IndexedPage {
  file: string;
  url: string;
  digest: string;
}

/** A shard to index: its pages, and the folder its index goes to (with its cache key, if cached). */
export interface ShardJob {
  pages: IndexedPage[];
  siteDir: string;
  outDir: string;
  /** Written beside the index, when it is kept in the cache. */
  key?: { file: string; value: string };
}

/**
 * Indexes one shard's pages with a Pagefind process of its own, and writes its index (and cache
 * key) into `outDir`, replacing what was there only once all of it is written. Throws with what
 * went wrong, in a sentence, when Pagefind cannot run or refuses a page.
 */
export async function indexShard({ pages, siteDir, outDir, key }: ShardJob): Promise<void> {
  // Pagefind reads a folder's pages in parallel: four times as fast as pages handed to it one by
  // one (addHTMLFile, as JSON through its pipe), and in half the memory. So the shard's pages are
  // linked into a folder of their own, at the same paths, for it to read.
  const folder = `${outDir}.pages`;
  const building = `${outDir}.building`;
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
  try {
    const created = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE });
    if (!created.index) throw new Error(created.errors.join('\n') || 'Pagefind did not start.');
    linkPages(siteDir, pages, folder);
    const added = await created.index.addDirectory({ path: folder });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    rmSync(building, { recursive: true, force: true });
    const written = await created.index.writeFiles({ outputPath: building });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    removeUnused(building);
    if (key) writeFileSync(join(building, key.file), key.value);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(building, outDir);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      reported.length
        ? `Pagefind stopped: ${[...new Set(reported)].join('; ')} (${message}).`
        : message,
      { cause: error },
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
    console.error = consoleError;
    // Pagefind runs as a child process: closing it gives its memory back, and lets the build exit.
    await pagefind.close();
  }
}

/** Links (or, across file systems, copies) `pages` from `siteDir` into `folder`, at the same paths. */
function linkPages(siteDir: string, pages: IndexedPage[], folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  for (const page of pages) linkFile(join(siteDir, page.file), join(folder, page.file));
}

function removeUnused(bundleDir: string): void {
  for (const name of readdirSync(bundleDir))
    if (UNUSED_FILE.test(name)) rmSync(join(bundleDir, name));
}
