// The site's search index: Pagefind reads the built pages and writes the index that /search/
// fetches. `src/build/build.ts` runs it on the checked build before it replaces dist/, and
// `npm run bench` times it. What is indexed is marked in the pages: Base's `searchKind` puts
// `data-pagefind-body` and `data-pagefind-meta="kind:…"` on the main content of articles, Who's
// who, quotes and fact boxes; embeds, topics, sources and the home page have none, and are not
// given to Pagefind.
// A large site's index is split into shards (src/search/search-shards.ts), each indexed by a Pagefind process
// of its own, two at a time; with a cache folder, a shard whose pages are unchanged since the last
// build is linked from it instead of being indexed again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkerPool } from '../build-support/worker-pool.ts';
import { linkFile } from '../build-support/link-file.ts';
import { SEARCH_EXCLUDE, type IndexedPage, type ShardJob } from './shard-index.ts';
import {
  CACHE_KEY_FILE,
  readKey,
  removeStaleShards,
  SHARD_LIST_FILE,
  SHARD_PAGES,
  shardCount,
  shardFolder,
  shardKey,
  shardOf,
  type ShardList,
} from './search-shards.ts';

/** Where the index goes in the site, and where /search/ loads it from. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * A shard after the first is only merged: the search page runs the first shard's pagefind.js and
 * WebAssembly, so a merged shard publishes its entry file, metadata, index and fragments alone.
 */
const MERGED_SHARD_UNUSED = /^(pagefind[^/]*\.(js|css)|wasm\.[^/]+\.pagefind)$/;

/** How a page says it is to be indexed (Pagefind's own rule, for a site where some pages say so). */
const INDEXED_PAGE_MARK = ' data-pagefind-body';

/** Bumped when how pages are indexed changes in a way the shards' cache keys cannot see. */
const SEARCH_INDEX_VERSION = 1;

export interface SearchIndexOptions {
  /** Where the index goes: the site's `pagefind/` folder by default. */
  outDir?: string;
  /**
   * A folder where shards are kept from build to build: a shard whose pages are all unchanged is
   * linked from it instead of being indexed again. Left out, every shard is indexed.
   */
  cacheDir?: string;
  /** Pages a shard holds on average, at most (SHARD_PAGES). */
  shardPages?: number;
}

export interface SearchIndexResult {
  /** Pages in the index. */
  pages: number;
  /** Shards the index is split into, and how many of them were indexed now (the rest were cached). */
  shards: number;
  indexedShards: number;
  /** Files written, and their total size in bytes. */
  files: number;
  bytes: number;
}

/**
 * Indexes the built site in `siteDir` and writes the index into its `pagefind/` folder (or
 * `options.outDir`). Throws with what went wrong, in a sentence, when Pagefind cannot run or
 * refuses the site.
 */
export async function writeSearchIndex(
  siteDir: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const outDir = options.outDir ?? join(siteDir, SEARCH_BUNDLE_DIR);
  const pages = pagesToIndex(siteDir, outDir);
  if (pages.length === 0) throw nothingIndexed(siteDir);
  const count = shardCount(pages.length, options.shardPages ?? SHARD_PAGES);
  const shards = Array.from({ length: count }, () => [] as IndexedPage[]);
  for (const page of pages) shards[shardOf(page.url, count)]!.push(page);

  // Each shard is built in a folder of its own (in the cache, when there is one), then put in
  // place. A shard that no page hashed to (possible only on a tiny site split small) is left out.
  const settings = settingsKey();
  const jobs: ShardJob[] = [];
  const built = shards.flatMap((shardPages, shard) => {
    if (!shardPages.length) return [];
    if (!options.cacheDir) {
      const folder = `${outDir}.shard-${shard + 1}`;
      jobs.push({ pages: shardPages, siteDir, outDir: folder });
      return [{ shard, folder }];
    }
    const folder = join(options.cacheDir, `shard-${shard + 1}`);
    const key = shardKey(settings, count, shardPages);
    if (readKey(folder) !== key)
      jobs.push({
        pages: shardPages,
        siteDir,
        outDir: folder,
        key: { file: CACHE_KEY_FILE, value: key },
      });
    return [{ shard, folder }];
  });
  try {
    await indexShards(jobs);
  } catch (error) {
    if (!options.cacheDir)
      for (const { folder } of built) rmSync(folder, { recursive: true, force: true });
    throw error;
  }

  // The first shard is the bundle the search page loads; the others are merged into it.
  rmSync(outDir, { recursive: true, force: true });
  for (const [i, { shard, folder }] of built.entries()) {
    const target = i === 0 ? outDir : join(outDir, shardFolder(shard));
    const published = (name: string) =>
      name !== CACHE_KEY_FILE && (i === 0 || !MERGED_SHARD_UNUSED.test(name));
    if (options.cacheDir) linkTree(folder, target, published);
    else {
      renameSync(folder, target);
      for (const name of readdirSync(target))
        if (!published(name)) rmSync(join(target, name), { recursive: true });
    }
  }
  if (options.cacheDir)
    removeStaleShards(
      options.cacheDir,
      built.map(({ shard }) => shard),
    );
  writeFileSync(
    join(outDir, SHARD_LIST_FILE),
    JSON.stringify({
      merge: built.slice(1).map(({ shard }) => shardFolder(shard)),
    } satisfies ShardList),
  );
  return { ...countFiles(outDir, siteDir), shards: count, indexedShards: jobs.length };
}

/** A search index being built: wait for it, or give it up. */
export interface SearchIndexing {
  /** Waits for the index to be written. */
  finish: () => Promise<SearchIndexResult>;
  /** Stops indexing; what it wrote so far is left for the caller to remove. */
  cancel: () => Promise<void>;
}

/** What the indexing worker is asked to do. */
export interface SearchIndexJob {
  siteDir: string;
  options: SearchIndexOptions;
}

/**
 * Starts `writeSearchIndex` on a worker thread: the pages are read and handed to Pagefind (which
 * indexes them in processes of its own) while the caller's thread is free to check the pages.
 */
export function startSearchIndex(
  siteDir: string,
  options: SearchIndexOptions = {},
): SearchIndexing {
  const pool = new WorkerPool<SearchIndexJob, SearchIndexResult>({
    file: fileURLToPath(new URL('./search-index-worker.ts', import.meta.url)),
    size: 1,
  });
  const running = pool.run({ siteDir, options });
  running.catch(() => {});
  return {
    finish: () => running.finally(() => pool.close()),
    cancel: () => pool.close(),
  };
}

/** Every page of the site that asks to be indexed, in URL order, with its URL and digest. */
function pagesToIndex(siteDir: string, outDir: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const path of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
    if (!path.endsWith('.html')) continue;
    const file = join(siteDir, path);
    if (!relative(outDir, file).startsWith('..')) continue;
    const bytes = readFileSync(file);
    if (!bytes.includes(INDEXED_PAGE_MARK)) continue;
    const url = `/${path.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
    pages.push({ file: path, url, digest: createHash('sha256').update(bytes).digest('hex') });
  }
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** What, besides a shard's pages, its index depends on: this module's rules and Pagefind's version. */
function settingsKey(): string {
  const pagefindPackage = join(
    dirname(fileURLToPath(import.meta.resolve('pagefind'))),
    '..',
    'package.json',
  );
  const { version } = JSON.parse(readFileSync(pagefindPackage, 'utf8')) as { version: string };
  return JSON.stringify({
    index: SEARCH_INDEX_VERSION,
    pagefind: version,
    binary: process.env.PAGEFIND_BINARY_PATH ?? null,
    exclude: SEARCH_EXCLUDE,
  });
}

/**
 * Shards indexed at once, each by a Pagefind process driven from a worker thread of its own
 * (Pagefind's Node wrapper keeps one process per thread). Pagefind reads a shard's pages on every
 * core, then builds its index mostly on one: with two at once, one shard is read while another is
 * built. Pagefind's memory is that of two shards, given back as each process exits.
 */
const SHARDS_AT_ONCE = 2;

/** Indexes every shard of `jobs`, `SHARDS_AT_ONCE` at a time. */
async function indexShards(jobs: ShardJob[]): Promise<void> {
  if (!jobs.length) return;
  const pool = new WorkerPool<ShardJob, void>({
    file: fileURLToPath(new URL('../build/shard-index-worker.ts', import.meta.url)),
    size: Math.min(SHARDS_AT_ONCE, jobs.length),
  });
  try {
    await Promise.all(jobs.map((job) => pool.run(job)));
  } finally {
    await pool.close();
  }
}

/** Links every file under `from` that `published` lets through into `to` (copies, across file systems). */
function linkTree(from: string, to: string, published: (topLevelName: string) => boolean): void {
  for (const path of readdirSync(from, { recursive: true, encoding: 'utf8' })) {
    if (!published(path.split(sep)[0]!)) continue;
    const source = join(from, path);
    if (!statSync(source).isDirectory()) linkFile(source, join(to, path));
  }
}

/** The error for a site whose pages ask for no index, or that Pagefind found nothing to index in. */
function nothingIndexed(siteDir: string): Error {
  return new Error(
    `no page in ${siteDir} was indexed: the pages to index carry data-pagefind-body.`,
  );
}

/** The index's files and bytes, and the pages in it (its shards' entry files say how many). */
function countFiles(
  outDir: string,
  siteDir: string,
): Omit<SearchIndexResult, 'shards' | 'indexedShards'> {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const path of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const file = join(outDir, path);
    if (!statSync(file).isFile()) continue;
    bytes += statSync(file).size;
    files++;
    if (path.endsWith('pagefind-entry.json')) {
      const { languages } = JSON.parse(readFileSync(file, 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      pages += Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
    }
  }
  if (pages === 0) throw nothingIndexed(siteDir);
  return { pages, files, bytes };
}
