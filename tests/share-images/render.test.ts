// Drawing the share images: every card of the site is a 1200×630 PNG under 150 KB, and the same
// card comes out the same every time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadAssets, type ShareImageAssets } from '../../src/share-images/assets.ts';
import { getShareCards, type ShareCardPage } from '../../src/share-images/card-content.ts';
import { drawShareImage } from '../../src/share-images/render.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from '../../src/share-images/templates.ts';
import { pngDimensions } from '../support/png.ts';

const MAX_BYTES = 150 * 1024;
const outputDir = join(import.meta.dirname, '..', '.output', 'share-images');

let assets: ShareImageAssets;
let pages: ShareCardPage[];
beforeAll(async () => {
  [assets, pages] = await Promise.all([loadAssets(), getShareCards()]);
  mkdirSync(outputDir, { recursive: true });
});

describe('the site’s share images', () => {
  test('every card is a 1200×630 PNG under 150 KB', { timeout: 60_000 }, async () => {
    for (const { kind, id, card } of pages) {
      const png = await drawShareImage(card, assets);
      writeFileSync(join(outputDir, `${kind}-${id}.png`), png);
      expect(pngDimensions(png), `${kind}/${id}`).toEqual({
        width: SHARE_IMAGE_WIDTH,
        height: SHARE_IMAGE_HEIGHT,
      });
      expect(png.length, `${kind}/${id} is ${png.length} bytes`).toBeLessThan(MAX_BYTES);
    }
  });

  test('the same card gives the same bytes every time', async () => {
    const { card } = pages.find((p) => p.kind === 'fact')!;
    expect((await drawShareImage(card, assets)).equals(await drawShareImage(card, assets))).toBe(
      true,
    );
  });
});
