// How the search index is split into shards. Pagefind holds every page it indexes in memory until
// it writes the index (README.md says how much) and has no incremental mode,
// so one index for the whole site grows without bound and is rebuilt whole when one article
// changes. Split by a hash of each page's URL, each shard is a Pagefind index of its own: built by
// a Pagefind process that exits when it is written (two at a time), kept in the build's cache,
// rebuilt only when one of its pages changed, and merged by the search page (`mergeIndex`).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexedPage } from './shard-index.ts';

/**
 * Pages a shard holds on average, at most. A small site (this one has under 20 indexed pages) is
 * one shard, so its search page loads one index as before. Fewer pages a shard would make a warm
 * rebuild re-index less, but a search fetches a part of every shard.
 */
export const SHARD_PAGES = 400;

/** How many shards `pages` indexed pages are split into. */
export function shardCount(pages: number, shardPages = SHARD_PAGES): number {
  if (!Number.isInteger(shardPages) || shardPages < 1)
    throw new Error(
      `Pages a search shard holds must be a whole number, at least 1 (${shardPages}).`,
    );
  return Math.max(1, Math.ceil(pages / shardPages));
}

/**
 * The shard (0 to `count` − 1) a page's URL belongs to. A page stays in its shard from build to
 * build while the count stays the same, whatever pages are added or removed around it.
 */
export function shardOf(url: string, count: number): number {
  return createHash('sha256').update(url).digest().readUInt32BE(0) % count;
}

/**
 * Where shard `shard` goes, relative to the search bundle's folder, when it is merged. The first
 * shard with pages is the bundle itself (the one whose pagefind.js the search page loads).
 */
export function shardFolder(shard: number): string {
  return `shard-${shard + 1}/`;
}

/**
 * The file in the search bundle that lists the other shards for the search page to merge, as
 * paths relative to the bundle's folder: `{ "merge": ["shard-2/", "shard-3/"] }`.
 */
export const SHARD_LIST_FILE = 'shards.json';

/** What `SHARD_LIST_FILE` holds. */
export interface ShardList {
  /** The folders of the shards after the first, relative to the search bundle's folder. */
  merge: string[];
}

/**
 * A shard's cache key: what its index was made from (`settings`: the indexing rules and Pagefind's
 * version), how many shards there are, and each of its pages' URL and digest.
 */
export function shardKey(settings: string, count: number, pages: IndexedPage[]): string {
  const hash = createHash('sha256').update(settings).update(`\n${count}\n`);
  for (const page of pages) hash.update(`${page.url}\t${page.digest}\n`);
  return hash.digest('hex');
}

/** The file in a cached shard's folder that holds its key (not published). */
export const CACHE_KEY_FILE = '.cache-key';

/** The key a cached shard was made with, or `null` when there is none. */
export function readKey(cached: string): string | null {
  const file = join(cached, CACHE_KEY_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Removes cached shards this build has not kept, and any left half-built by a build that was stopped. */
export function removeStaleShards(cacheDir: string, kept: number[]): void {
  for (const name of readdirSync(cacheDir)) {
    const match = /^shard-(\d+)(\.building|\.pages)?$/.exec(name);
    if (match && (match[2] || !kept.includes(Number(match[1]) - 1)))
      rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}
