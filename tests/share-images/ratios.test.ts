// The share card in 16:9, 4:3 and 1:1 for search engines: the real card, unchanged, in the middle
// of a 1200-wide canvas of its own paper colour, pixel for pixel what sharp's own `extend` gives.
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { loadAssets } from '../../src/share-images/assets.ts';
import { extendPalettePng, readChunks } from '../../src/share-images/png-extend.ts';
import { extendToRatio, extendToRatios } from '../../src/share-images/ratios.ts';
import { drawShareImage } from '../../src/share-images/render.ts';
import { COLORS, SHARE_IMAGE_HEIGHT } from '../../src/share-images/templates.ts';
import { rgbPixels } from '../support/png.ts';

/** The site's paper colour as red, green and blue. */
const PAPER = [...Buffer.from(COLORS.paper.slice(1), 'hex')] as [number, number, number];

describe('extendToRatio on a real share card', () => {
  test(
    'puts the card in the middle of a 1200-wide canvas of its own paper, pixel for pixel, in 16:9, 4:3 and 1:1',
    { timeout: 120_000 },
    async () => {
      const card = await drawShareImage(
        {
          kind: 'fact',
          lang: 'en-GB',
          labels: { quote: 'Quote', factBox: 'Fact box', status: 'Status' },
          site: 'The Istanbul Talks, Explained',
          host: 'istanbul-talks.example.org',
          title: 'Prisoner exchange: 1,000 for 1,000',
          figures: [{ value: 1000, label: 'prisoners each side' }],
          status: 'Agreed',
          date: '16 May 2025',
        },
        await loadAssets(),
      );
      expect(
        await extendPalettePng(card, { top: 1, bottom: 1, rgb: PAPER, tolerance: 1 }),
        'the card takes the fast path',
      ).not.toBeNull();
      // The card's paper as drawn: a pixel of the bottom margin.
      const { data, width } = await rgbPixels(card);
      const at = (SHARE_IMAGE_HEIGHT - 5) * width * 3 + 5 * 3;
      const paper = `#${[...data.subarray(at, at + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      for (const [ratio, height] of [
        ['16x9', 675],
        ['4x3', 900],
        ['1x1', 1200],
      ] as const) {
        const extra = height - SHARE_IMAGE_HEIGHT;
        const extended = await extendToRatio(card, ratio);
        const expected = await sharp(card)
          .extend({ top: Math.floor(extra / 2), bottom: Math.ceil(extra / 2), background: paper })
          .png()
          .toBuffer();
        expect(
          readChunks(extended)!.find((c) => c.type === 'PLTE'),
          `${ratio} is still a palette PNG`,
        ).toBeDefined();
        expect(await rgbPixels(extended), ratio).toEqual(await rgbPixels(expected));
        expect((await extendToRatios(card))[ratio], `${ratio}, made with the other ratios`).toEqual(
          extended,
        );
      }
    },
  );
});
