// The search index as the build writes it: split into shards when the site is large, each shard
// a Pagefind index the search page can merge; kept in a cache, and indexed again only when one of
// its pages changed. Pagefind runs for real, on small pages written here.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeSearchIndex } from '../../src/search/search-index.ts';
import { shardOf } from '../../src/search/search-shards.ts';

const work = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const words = ['Istanbul', 'delegation', 'prisoners', 'ceasefire', 'sanctions', 'summit', 'Fidan'];

/** A site of `count` article pages marked for the index, and two pages that are not. */
function writeSite(dir: string, count: number): void {
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="en-GB"><head><title>t</title></head><body>${body}</body></html>`;
  for (let i = 1; i <= count; i++) {
    mkdirSync(join(dir, 'articles', `a-${i}`), { recursive: true });
    writeFileSync(
      join(dir, 'articles', `a-${i}`, 'index.html'),
      page(
        `<nav>Home</nav><main data-pagefind-body data-pagefind-meta="kind:Article"><h1>Article ${i}</h1><p>Word ${words[i % words.length]} number${i}.</p></main>`,
      ),
    );
  }
  writeFileSync(join(dir, 'index.html'), page('<main><h1>Home</h1><p>Istanbul</p></main>'));
  mkdirSync(join(dir, 'embed'), { recursive: true });
  writeFileSync(join(dir, 'embed', 'index.html'), page('<p>Istanbul embed</p>'));
}

/** Every file under `dir` with its bytes, for comparing two indexes. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = join(dir, path);
    if (statSync(file).isFile()) out[path] = readFileSync(file).toString('base64');
  }
  return out;
}

const entry = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
const pageCount = (dir: string) =>
  Object.values(entry(dir).languages).reduce((sum, l) => sum + l.page_count, 0);

describe('a site larger than a shard', () => {
  const site = join(work, 'site');
  const cacheDir = join(work, 'cache');
  writeSite(site, 9);
  let first: Awaited<ReturnType<typeof writeSearchIndex>>;

  test('is indexed in shards: the first is the bundle, the others are listed for the search page to merge', async () => {
    first = await writeSearchIndex(site, { cacheDir, shardPages: 3 });
    const out = join(site, 'pagefind');
    expect(first).toMatchObject({ pages: 9, shards: 3, indexedShards: 2 });
    // Nine URLs hash to shards of 6, 0 and 3 pages: the empty one is neither built nor listed.
    const sizes = [0, 0, 0];
    for (let i = 1; i <= 9; i++) sizes[shardOf(`/articles/a-${i}/`, 3)]!++;
    expect(sizes).toEqual([6, 0, 3]);
    const { merge } = JSON.parse(readFileSync(join(out, 'shards.json'), 'utf8')) as {
      merge: string[];
    };
    expect(merge).toEqual(['shard-3/']);
    expect(pageCount(out)).toBe(6);
    expect(pageCount(join(out, 'shard-3'))).toBe(3);
    // The home page and the embed carry no data-pagefind-body: they are in no shard.
    // The search page runs the first shard's code; a merged shard publishes only its index.
    expect(readdirSync(out)).toEqual(
      expect.arrayContaining(['pagefind.js', 'wasm.en-gb.pagefind', 'shard-3']),
    );
    const merged = readdirSync(join(out, 'shard-3'));
    expect(merged).toEqual(expect.arrayContaining(['pagefind-entry.json', 'index', 'fragment']));
    expect(merged.filter((f) => f.endsWith('.js') || f.startsWith('wasm.'))).toEqual([]);
    // Pagefind's ready-made interfaces and worker, and the cache's keys, are not published.
    expect(
      readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) =>
        /pagefind-(ui|worker|highlight)|cache-key/.test(f),
      ),
    ).toEqual([]);
    // Nothing the indexing used is left beside the site's pages.
    expect(readdirSync(site).sort()).toEqual(['articles', 'embed', 'index.html', 'pagefind']);
  });

  test('indexed again unchanged, every shard comes from the cache, byte for byte', async () => {
    const before = files(join(site, 'pagefind'));
    const again = await writeSearchIndex(site, { cacheDir, shardPages: 3 });
    expect(again).toEqual({ ...first, indexedShards: 0 });
    expect(files(join(site, 'pagefind'))).toEqual(before);
  });

  test('with one page changed, only its shard is indexed again, into the index a build from nothing writes', async () => {
    const changed = join(site, 'articles', 'a-4', 'index.html');
    writeFileSync(
      changed,
      readFileSync(changed, 'utf8').replace('</p>', ' Ankara correspondents.</p>'),
    );
    const result = await writeSearchIndex(site, { cacheDir, shardPages: 3 });
    expect(result).toMatchObject({ pages: 9, shards: 3, indexedShards: 1 });
    expect(pageCount(join(site, 'pagefind'))).toBe(6);
    // The same index as one written from nothing.
    const fresh = join(work, 'fresh');
    await writeSearchIndex(site, { outDir: fresh, shardPages: 3 });
    expect(files(join(site, 'pagefind'))).toEqual(files(fresh));
  });

  test('with a page added past what the shards hold, the pages are spread over one more shard', async () => {
    writeSite(site, 10);
    const result = await writeSearchIndex(site, { cacheDir, shardPages: 3 });
    expect(result).toMatchObject({ pages: 10, shards: 4, indexedShards: 4 });
    expect(readdirSync(cacheDir).sort()).toEqual(['shard-1', 'shard-2', 'shard-3', 'shard-4']);
    // Fewer pages again: the cache keeps only the shards there are (shard 2 of 3 has no page).
    rmSync(join(site, 'articles', 'a-10'), { recursive: true });
    await writeSearchIndex(site, { cacheDir, shardPages: 3 });
    expect(readdirSync(cacheDir).sort()).toEqual(['shard-1', 'shard-3']);
  });
});

test('a site of one shard is one Pagefind bundle, with an empty list of shards to merge', async () => {
  const site = join(work, 'small');
  writeSite(site, 4);
  const result = await writeSearchIndex(site);
  expect(result).toMatchObject({ pages: 4, shards: 1, indexedShards: 1 });
  expect(JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8'))).toEqual({
    merge: [],
  });
  expect(pageCount(join(site, 'pagefind'))).toBe(4);
});

test('a site with no page marked for the index is refused, saying what marks one', async () => {
  const site = join(work, 'unmarked');
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, 'index.html'), '<html><body><p>Nothing marked</p></body></html>');
  await expect(writeSearchIndex(site)).rejects.toThrow(/carry data-pagefind-body/);
});
