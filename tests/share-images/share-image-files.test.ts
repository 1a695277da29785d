// A build publishes its share images as files linked from the share-image cache, after Astro has
// written the pages (share-image-files.ts): every announced file ends up in the output with the
// cached bytes, and an image that could not be made, or went missing from the cache, fails the
// build with what to do.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  announceShareImageFiles,
  publishShareImageFiles,
} from '../../src/share-images/share-image-files.ts';

let root: string;
let cacheDir: string;
let outDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'variant-files-'));
  cacheDir = join(root, 'cache');
  outDir = join(root, 'dist');
  mkdirSync(cacheDir);
  mkdirSync(outDir);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

test('every announced file is published at its path, with the cached bytes, once the cache is ready', async () => {
  const files = ['16x9', '4x3', '1x1'].map((ratio) => ({
    source: join(cacheDir, `key-${ratio}.png`),
    path: `og/article/a-${ratio}.png`,
  }));
  let ready!: () => void;
  announceShareImageFiles(
    files,
    new Promise<void>((resolve) => {
      ready = resolve;
    }),
  );
  const publishing = publishShareImageFiles(outDir);
  // The files are written to the cache only now: publishing waited for them.
  for (const { source } of files) writeFileSync(source, `bytes of ${source}`);
  ready();
  expect(await publishing).toBe(3);
  for (const { source, path } of files)
    expect(readFileSync(join(outDir, path), 'utf8')).toBe(`bytes of ${source}`);
  // Announced for one build only: the next build's output gets nothing from this one.
  expect(await publishShareImageFiles(join(root, 'next'))).toBe(0);
  expect(existsSync(join(root, 'next'))).toBe(false);
});

test('an image that could not be made fails the build with the reason', async () => {
  announceShareImageFiles(
    [{ source: join(cacheDir, 'key-1x1.png'), path: 'og/article/a-1x1.png' }],
    Promise.reject(new Error('A share card could not be drawn: the card has no paper colour')),
  );
  await expect(publishShareImageFiles(outDir)).rejects.toThrow(
    'The share images could not be made: A share card could not be drawn: the card has no paper colour',
  );
  expect(existsSync(join(outDir, 'og'))).toBe(false);
});

test('an image missing from the cache fails the build, naming the file and what to do', async () => {
  announceShareImageFiles(
    [{ source: join(cacheDir, 'key-4x3.png'), path: 'og/article/a-4x3.png' }],
    Promise.resolve(),
  );
  await expect(publishShareImageFiles(outDir)).rejects.toThrow(
    `The share image og/article/a-4x3.png is not in the share-image cache (${join(cacheDir, 'key-4x3.png')}), though it was drawn. Delete the cache folder`,
  );
});
