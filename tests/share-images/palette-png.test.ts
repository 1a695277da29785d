// The cards' encoder (palette-png.ts): every pixel keeps the drawing's colour, the canvases are the
// card on paper rows, and a drawing it cannot hold exactly is left to sharp.
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadAssets } from '../../src/share-images/assets.ts';
import { encodePalettePng } from '../../src/share-images/palette-png.ts';
import { PNG_OPTIONS } from '../../src/share-images/rasterise.ts';
import { ratioCanvases } from '../../src/share-images/ratios.ts';
import { cardSvg } from '../../src/share-images/render.ts';
import { SAMPLE_ARTICLE_CARD } from '../support/sample-card.ts';

const card = SAMPLE_ARTICLE_CARD;

/** The decoded RGBA pixels of a PNG. */
async function decode(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The largest difference of any channel of any pixel. */
function largestDifference(a: Uint8Array, b: Uint8Array): number {
  let most = 0;
  for (let i = 0; i < a.length; i++) most = Math.max(most, Math.abs(a[i]! - b[i]!));
  return most;
}

let drawing: { pixels: Buffer; width: number; height: number };
beforeAll(async () => {
  const svg = await cardSvg(card, await loadAssets());
  const { pixels, width, height } = new Resvg(svg, {
    fitTo: { mode: 'width', value: 1200 },
    font: { loadSystemFonts: false },
  }).render();
  drawing = { pixels, width, height };
});

describe('a drawn card', () => {
  test('decodes to exactly the drawing’s pixels, where sharp’s quantiser moved some', async () => {
    const { pixels, width, height } = drawing;
    const exact = await encodePalettePng(pixels, width, height);
    const decoded = await decode(exact!.png);
    expect([decoded.width, decoded.height]).toEqual([1200, 630]);
    expect(largestDifference(decoded.data, pixels)).toBe(0);

    const quantised = await sharp(pixels, { raw: { width, height, channels: 4 } })
      .png(PNG_OPTIONS)
      .toBuffer();
    expect(largestDifference((await decode(quantised)).data, pixels)).toBeGreaterThan(0);
    // The price of exact colours, deflated as runs only: 31 KB against sharp's 22 KB on this card.
    expect(exact!.png.length).toBeLessThan(quantised.length * 1.5);
  });

  test('on each canvas is the same card, centred on rows of its paper colour', async () => {
    const { pixels, width, height } = drawing;
    const request = ratioCanvases();
    const exact = await encodePalettePng(pixels, width, height, request.sizes, request.paper.rgb);
    expect(exact!.canvases).toHaveLength(request.sizes.length);
    for (const [i, { top, bottom }] of request.sizes.entries()) {
      const canvas = await decode(exact!.canvases![i]!);
      expect(canvas.height).toBe(height + top + bottom);
      const row = width * 4;
      expect(canvas.data.subarray(top * row, (top + height) * row).equals(pixels)).toBe(true);
      const paper = Buffer.from([...request.paper.rgb, 255]);
      for (const y of [0, top - 1, top + height, canvas.height - 1].filter((y) => y >= 0)) {
        for (let x = 0; x < width; x += 97)
          expect(canvas.data.subarray(y * row + x * 4, y * row + x * 4 + 4)).toEqual(paper);
      }
    }
  });
});

test('a drawing of more than 256 colours, or with transparency, is left to sharp (null)', async () => {
  const gradient = Buffer.alloc(300 * 4);
  for (let i = 0; i < 300; i++) gradient.set([i % 256, i >> 8, 0, 255], i * 4);
  expect(await encodePalettePng(gradient, 300, 1)).toBeNull();
  const seeThrough = Buffer.from([255, 255, 255, 255, 0, 0, 0, 128]);
  expect(await encodePalettePng(seeThrough, 2, 1)).toBeNull();
  const clear = Buffer.from([255, 255, 255, 255, 0, 0, 0, 0]);
  expect(await encodePalettePng(clear, 2, 1)).toBeNull();
});

test('without the paper colour in the drawing, the card comes without canvases', async () => {
  const red = Buffer.from([255, 0, 0, 255]);
  const encoded = await encodePalettePng(red, 1, 1, [{ top: 1, bottom: 1 }], [0, 0, 255]);
  expect(encoded?.canvases).toBeNull();
  expect((await decode(encoded!.png)).data).toEqual(red);
});
