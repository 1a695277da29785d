// A share image is drawn once: rebuilding an unchanged page reads the PNG from the cache, keyed by
// a hash of what the card draws, and any change to that redraws it.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { pngDimensions } from '../support/png.ts';
import { loadAssets, type ShareImageAssets } from '../../src/share-images/assets.ts';
import {
  DEFAULT_CACHE_DIR,
  renderShareImage,
  renderShareImageRatio,
  shareImageKey,
} from '../../src/share-images/cache.ts';
import { RATIO_VERSION } from '../../src/share-images/ratios.ts';
import { drawShareImage } from '../../src/share-images/render.ts';
import { themeColor } from '../../src/styles/palette.ts';
import { SAMPLE_ARTICLE_CARD } from '../support/sample-card.ts';

const card = SAMPLE_ARTICLE_CARD;

let assets: ShareImageAssets;
let cacheDir: string;
beforeAll(async () => {
  assets = await loadAssets();
});
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'share-images-'));
});
afterEach(() => {
  rmSync(cacheDir, { recursive: true, force: true });
});

test('the second render of the same card returns the cached bytes without drawing', async () => {
  const draw = vi.fn(drawShareImage);
  const first = await renderShareImage(card, { assets, cacheDir, draw });
  expect(draw).toHaveBeenCalledTimes(1);
  expect(readdirSync(cacheDir)).toEqual([`${shareImageKey(card, assets)}.png`]);

  const second = await renderShareImage(card, { assets, cacheDir, draw });
  expect(draw).toHaveBeenCalledTimes(1);
  expect(second.equals(first)).toBe(true);

  // A renderer that cannot draw is never asked: the bytes come from the cache.
  const broken = vi.fn(async () => {
    throw new Error('the renderer was called');
  });
  expect(
    (await renderShareImage({ ...card }, { assets, cacheDir, draw: broken })).equals(first),
  ).toBe(true);
  expect(broken).not.toHaveBeenCalled();
});

test('the cached bytes are the ones a fresh drawing gives', async () => {
  const cached = await renderShareImage(card, { assets, cacheDir });
  expect(cached.equals(await drawShareImage(card, assets))).toBe(true);
});

test('a changed title changes the key and draws a new image', async () => {
  const draw = vi.fn(drawShareImage);
  const retitled = { ...card, title: 'Who was at the table in Istanbul' };
  expect(shareImageKey(retitled, assets)).not.toBe(shareImageKey(card, assets));

  const before = await renderShareImage(card, { assets, cacheDir, draw });
  const after = await renderShareImage(retitled, { assets, cacheDir, draw });
  expect(draw).toHaveBeenCalledTimes(2);
  expect(after.equals(before)).toBe(false);
  expect(readdirSync(cacheDir)).toHaveLength(2);
});

test('the key covers every field the card draws, the font files and the mark', () => {
  const key = shareImageKey(card, assets);
  expect(shareImageKey({ ...card }, assets)).toBe(key);
  for (const field of ['kicker', 'title', 'dek', 'date', 'site', 'host'] as const) {
    expect(shareImageKey({ ...card, [field]: `${card[field]}.` }, assets), field).not.toBe(key);
  }
  const [font, ...rest] = assets.fonts;
  const alteredFont = Buffer.from(font!.data);
  alteredFont[alteredFont.length - 1]! ^= 1;
  expect(
    shareImageKey(card, { ...assets, fonts: [{ ...font!, data: alteredFont }, ...rest] }),
  ).not.toBe(key);
  const recoloured = assets.mark.replace(themeColor('accent'), '#000000');
  expect(recoloured).not.toBe(assets.mark);
  expect(shareImageKey(card, { ...assets, mark: recoloured })).not.toBe(key);
});

test('a change to the theme’s colours changes the key, so every card is redrawn in the new colours', async () => {
  vi.resetModules();
  vi.doMock('../../src/styles/palette', async (importOriginal) => {
    const palette = await importOriginal<typeof import('../../src/styles/palette')>();
    // Ink is not in the mark: only the template's own use of the colour can change the key.
    return {
      themeColor: (token: string) => (token === 'ink' ? '#000000' : palette.themeColor(token)),
    };
  });
  try {
    const retinted = await import('../../src/share-images/cache.ts');
    expect(retinted.shareImageKey(card, assets)).not.toBe(shareImageKey(card, assets));
  } finally {
    vi.doUnmock('../../src/styles/palette');
    vi.resetModules();
  }
});

test('the key is of the picture, not the data: cards that draw the same share a key', () => {
  // An article's card and a tag's card with the same words are the same picture.
  expect(shareImageKey({ ...card, kind: 'tag' }, assets)).toBe(shareImageKey(card, assets));
});

test('without a cache folder every render draws', async () => {
  const draw = vi.fn(drawShareImage);
  await renderShareImage(card, { assets, cacheDir: null, draw });
  await renderShareImage(card, { assets, cacheDir: null, draw });
  expect(draw).toHaveBeenCalledTimes(2);
});

test('the build keeps its images in .astro/share-images/, which is Astro’s cache folder and git-ignored', () => {
  expect(DEFAULT_CACHE_DIR).toBe(join(process.cwd(), '.astro', 'share-images'));
  expect(existsSync(join(process.cwd(), '.gitignore'))).toBe(true);
});

test('the JSON-LD ratio variants are cached beside the card and drawn from it once', async () => {
  const draw = vi.fn(drawShareImage);
  const first = await renderShareImageRatio(card, '16x9', { assets, cacheDir, draw });
  expect(pngDimensions(first)).toEqual({ width: 1200, height: 675 });
  const square = await renderShareImageRatio(card, '1x1', { assets, cacheDir, draw });
  expect(pngDimensions(square)).toEqual({ width: 1200, height: 1200 });
  expect(draw).toHaveBeenCalledTimes(1);
  expect(readdirSync(cacheDir).sort()).toEqual(
    [
      `${shareImageKey(card, assets)}-16x9-v${RATIO_VERSION}.png`,
      `${shareImageKey(card, assets)}-1x1-v${RATIO_VERSION}.png`,
      `${shareImageKey(card, assets)}.png`,
    ].sort(),
  );
  const again = await renderShareImageRatio(card, '16x9', { assets, cacheDir, draw });
  expect(again.equals(first)).toBe(true);
  expect(draw).toHaveBeenCalledTimes(1);
});

test('pages built in parallel that need one card draw it once, and every ratio gets made', async () => {
  const draw = vi.fn(drawShareImage);
  const other = { ...card, title: `${card.title} (in parallel)` };
  const images = await Promise.all([
    renderShareImage(other, { assets, cacheDir, draw }),
    renderShareImageRatio(other, '16x9', { assets, cacheDir, draw }),
    renderShareImageRatio(other, '4x3', { assets, cacheDir, draw }),
    renderShareImageRatio(other, '1x1', { assets, cacheDir, draw }),
    renderShareImage(other, { assets, cacheDir, draw }),
  ]);
  expect(draw).toHaveBeenCalledTimes(1);
  expect(images.map((png) => pngDimensions(png).height)).toEqual([630, 675, 900, 1200, 630]);
  expect(readdirSync(cacheDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
});
