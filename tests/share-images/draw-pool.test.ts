// The build draws its cards on worker threads (draw-pool.ts): the same bytes as a drawing on the
// main thread, an article's ratio variants with its card, an error that names the card's failure,
// and workers that never keep a finished process alive.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadAssets, type ShareImageAssets } from '../../src/share-images/assets.ts';
import {
  ensureShareImages,
  renderShareImage,
  renderShareImageRatio,
  shareImageFile,
  shareImageKey,
} from '../../src/share-images/cache.ts';
import { DrawPool } from '../../src/share-images/draw-pool.ts';
import {
  extendToRatios,
  RATIO_NAMES,
  RATIO_VERSION,
  ratioCanvases,
} from '../../src/share-images/ratios.ts';
import { CARD_SIZE, drawShareImage } from '../../src/share-images/render.ts';
import { cardElement } from '../../src/share-images/templates.ts';
import { SAMPLE_ARTICLE_CARD } from '../support/sample-card.ts';

const card = SAMPLE_ARTICLE_CARD;

let assets: ShareImageAssets;
let pool: DrawPool;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'draw-pool-'));
  dirs.push(dir);
  return dir;
};
beforeAll(async () => {
  assets = await loadAssets();
  pool = new DrawPool(assets.fonts, 2);
});
afterAll(async () => {
  await pool.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('a card drawn on a worker', () => {
  test('is byte for byte the card drawn on the main thread, and so are its ratio variants', async () => {
    const [onWorker, onMain] = await Promise.all([
      pool.draw(cardElement(card, assets.mark), CARD_SIZE, ratioCanvases()),
      drawShareImage(card, assets),
    ]);
    expect(onWorker.png.equals(onMain)).toBe(true);
    const variants = await extendToRatios(onMain);
    expect(onWorker.canvases?.map((png) => png.length)).toEqual(
      RATIO_NAMES.map((ratio) => variants[ratio].length),
    );
    RATIO_NAMES.forEach((ratio, i) =>
      expect(onWorker.canvases![i]!.equals(variants[ratio])).toBe(true),
    );
  });

  test('without canvases asked for, comes back alone', async () => {
    const { canvases } = await pool.draw(
      cardElement({ ...card, kind: 'tag' }, assets.mark),
      CARD_SIZE,
    );
    expect(canvases).toBeNull();
  });

  test('that cannot be drawn fails with the reason, and the pool draws the next card', async () => {
    await expect(pool.draw({ type: 'img', props: { style: {} } }, CARD_SIZE)).rejects.toThrow(
      /^A share card could not be drawn: .*[Ii]mage source/,
    );
    const { png } = await pool.draw(cardElement(card, assets.mark), CARD_SIZE);
    expect(png.equals(await drawShareImage(card, assets))).toBe(true);
  });
});

describe('the cache, drawing on the pool', () => {
  test('keeps an article card’s three variants beside it, and its variant pages read them', async () => {
    const cacheDir = tempDir();
    const png = await renderShareImage(card, { assets, cacheDir });
    const key = shareImageKey(card, assets);
    const variants = await extendToRatios(png);
    for (const ratio of RATIO_NAMES) {
      const file = join(cacheDir, `${key}-${ratio}-v${RATIO_VERSION}.png`);
      expect(existsSync(file), ratio).toBe(true);
      expect(readFileSync(file).equals(variants[ratio]), ratio).toBe(true);
      expect(
        (await renderShareImageRatio(card, ratio, { assets, cacheDir })).equals(variants[ratio]),
      ).toBe(true);
    }
  });

  test('ensuring the share images puts every card in the cache, and an article card\u2019s three variants', async () => {
    const cacheDir = tempDir();
    const tag = { ...card, kind: 'tag' as const, title: 'A topic of its own' };
    await ensureShareImages([card, tag], { assets, cacheDir });
    const key = shareImageKey(card, assets);
    const tagKey = shareImageKey(tag, assets);
    expect(
      readFileSync(shareImageFile(key, undefined, cacheDir)).equals(
        await drawShareImage(card, assets),
      ),
    ).toBe(true);
    expect(
      readFileSync(shareImageFile(tagKey, undefined, cacheDir)).equals(
        await drawShareImage(tag, assets),
      ),
    ).toBe(true);
    const variants = await extendToRatios(readFileSync(shareImageFile(key, undefined, cacheDir)));
    for (const ratio of RATIO_NAMES) {
      expect(readFileSync(shareImageFile(key, ratio, cacheDir)).equals(variants[ratio])).toBe(true);
      // A tag's card has no variants.
      expect(existsSync(shareImageFile(tagKey, ratio, cacheDir))).toBe(false);
    }
    // A variant gone from beside its cached card is made again from the card, the same bytes.
    rmSync(shareImageFile(key, '4x3', cacheDir));
    await ensureShareImages([card], { assets, cacheDir });
    expect(readFileSync(shareImageFile(key, '4x3', cacheDir)).equals(variants['4x3'])).toBe(true);
  });

  test('ensuring draws the missing cards into the cache, each once', async () => {
    const cacheDir = tempDir();
    const draw = vi.fn(drawShareImage);
    const others = [card, { ...card, title: 'Another title' }, { ...card, kind: 'tag' as const }];
    await renderShareImage(others[0]!, { assets, cacheDir, draw });
    await ensureShareImages(others, { assets, cacheDir });
    // Every card is in the cache now: asking for one draws nothing.
    const drawn = await Promise.all(
      others.map((c) => renderShareImage(c, { assets, cacheDir, draw })),
    );
    expect(draw).toHaveBeenCalledTimes(1);
    for (const [i, c] of others.entries()) {
      expect(
        readFileSync(join(cacheDir, `${shareImageKey(c, assets)}.png`)).equals(drawn[i]!),
      ).toBe(true);
      expect(drawn[i]!.equals(await drawShareImage(c, assets))).toBe(true);
    }
  });
});

test('a process that drew on the pool exits when it is done: idle workers keep nothing alive', () => {
  const dir = tempDir();
  const script = join(dir, 'draw-once.ts');
  const src = (file: string) => JSON.stringify(resolve('src/share-images', file));
  writeFileSync(
    script,
    [
      `import { loadFonts } from ${src('fonts.ts')};`,
      `import { drawPool } from ${src('draw-pool.ts')};`,
      'const element = { type: "div", props: { style: { display: "flex", fontFamily: "Source Sans 3" }, children: "x" } };',
      'const { png } = await drawPool(await loadFonts()).draw(element, { width: 40, height: 20 });',
      'console.log(`drew ${png.length} bytes`);',
    ].join('\n'),
  );
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/^drew \d+ bytes\n$/);
  expect(run.status).toBe(0);
}, 40_000);
