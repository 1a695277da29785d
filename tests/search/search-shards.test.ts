import { describe, expect, test } from 'vitest';
import { shardCount, shardFolder, shardOf, SHARD_PAGES } from '../../src/search/search-shards.ts';

describe('shardCount', () => {
  test('a site of up to SHARD_PAGES indexed pages is one shard, as this one is', () => {
    expect(shardCount(1)).toBe(1);
    expect(shardCount(17)).toBe(1);
    expect(shardCount(SHARD_PAGES)).toBe(1);
  });

  test('a larger site has as many shards as keep each at SHARD_PAGES pages on average, at most', () => {
    expect(shardCount(SHARD_PAGES + 1)).toBe(2);
    expect(shardCount(1017)).toBe(3);
    expect(shardCount(5017)).toBe(13);
    expect(shardCount(10, 3)).toBe(4);
  });

  test('a shard size that is not a whole number of pages is refused, with the value', () => {
    expect(() => shardCount(10, 0)).toThrow(/at least 1 \(0\)/);
    expect(() => shardCount(10, 2.5)).toThrow(/whole number/);
  });
});

describe('shardOf', () => {
  const urls = Array.from({ length: 1000 }, (_, i) => `/articles/synthetic-${i}/`);

  test('puts a page in the same shard every time, whatever other pages there are', () => {
    expect(shardOf('/people/', 7)).toBe(shardOf('/people/', 7));
    expect(urls.map((url) => shardOf(url, 3))).toEqual(urls.map((url) => shardOf(url, 3)));
  });

  test('spreads pages evenly: every shard of 1,000 pages split in 3 holds 280 to 390 of them', () => {
    const sizes = [0, 0, 0];
    for (const url of urls) sizes[shardOf(url, 3)]!++;
    for (const size of sizes) expect(size).toBeGreaterThan(280);
    for (const size of sizes) expect(size).toBeLessThan(390);
  });

  test('with one shard, every page is in it', () => {
    expect(new Set(urls.map((url) => shardOf(url, 1)))).toEqual(new Set([0]));
  });
});

test('a merged shard is a folder inside the bundle, numbered from 1', () => {
  expect(shardFolder(0)).toBe('shard-1/');
  expect(shardFolder(1)).toBe('shard-2/');
  expect(shardFolder(12)).toBe('shard-13/');
});
