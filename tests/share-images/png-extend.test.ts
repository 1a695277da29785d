// The fast way of putting the share card on a taller canvas: the result must decode (with sharp,
// i.e. libvips and libspng) to exactly the pixels sharp's own `extend` gives, whatever filter the
// encoder chose for the first row, and anything it cannot handle must be handed back, not mangled.
// (The same on a real card, in the site's colours: ratios.test.ts.)
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import {
  adler32,
  adler32Combine,
  extendPalettePng,
  extendPalettePngMany,
  readChunks,
} from '../../src/share-images/png-extend.ts';
import { rgbPixels } from '../support/png.ts';

/** The canvas colour of these hand-made images: any colour does, this one looks like paper. */
const PAPER = [0xfb, 0xfa, 0xf7] as const;
const PAPER_RGB = { r: PAPER[0], g: PAPER[1], b: PAPER[2] };

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
  return Buffer.concat([head, data, crc]);
}

/** A tiny hand-made palette PNG whose first row uses `firstFilter` (later rows use Up). */
function palettePng(
  pixels: number[][],
  palette: [number, number, number][],
  firstFilter: number,
): Buffer {
  const width = pixels[0]!.length;
  const rows: number[] = [];
  pixels.forEach((row, y) => {
    const filter = y === 0 ? firstFilter : 2;
    rows.push(filter);
    row.forEach((value, x) => {
      const left = x > 0 ? row[x - 1]! : 0;
      const up = y > 0 ? pixels[y - 1]![x]! : 0;
      // Only the first row uses Sub, Average or Paeth; with the all-zero row above it, Paeth predicts `left`.
      const predicted = [0, left, up, (left + up) >> 1, left][filter]!;
      rows.push((value - predicted + 256) & 0xff);
    });
  });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(pixels.length, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function sharpExtended(png: Buffer, top: number, bottom: number) {
  return rgbPixels(
    await sharp(png).extend({ top, bottom, background: PAPER_RGB }).png().toBuffer(),
  );
}

describe('extendPalettePng', () => {
  const palette: [number, number, number][] = [[10, 20, 30], [...PAPER], [200, 0, 0], [0, 90, 180]];
  const pixels = [
    [0, 2, 3, 2, 0, 1, 3],
    [3, 3, 0, 1, 2, 2, 0],
    [1, 0, 2, 3, 3, 1, 2],
  ];

  test.each([
    ['None', 0],
    ['Sub', 1],
    ['Up', 2],
    ['Average', 3],
    ['Paeth', 4],
  ])(
    'adds paper rows above and below a PNG whose first row is filtered with %s, pixels unchanged',
    async (_, filter) => {
      const png = palettePng(pixels, palette, filter);
      expect(await rgbPixels(png)).toEqual(await sharpExtended(png, 0, 0));
      const extended = await extendPalettePng(png, { top: 2, bottom: 3, rgb: PAPER });
      expect(extended).not.toBeNull();
      expect(await rgbPixels(extended!)).toEqual(await sharpExtended(png, 2, 3));
    },
  );

  test('keeps the palette and every other chunk, with one IDAT and a valid CRC on each', async () => {
    const extended = (await extendPalettePng(palettePng(pixels, palette, 1), {
      top: 1,
      bottom: 1,
      rgb: PAPER,
    }))!;
    const chunks = readChunks(extended)!;
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect(chunks[0]!.data.readUInt32BE(4)).toBe(5);
    // sharp refuses a PNG with a bad CRC: decoding it at all is the check.
    expect((await sharp(extended).metadata()).height).toBe(5);
  });

  test('with a tolerance, uses the palette colour nearest the one asked for, as a quantiser left it', async () => {
    const moved: [number, number, number][] = [
      [10, 20, 30],
      [251, 251, 247],
      [200, 0, 0],
      [0, 90, 180],
    ];
    const png = palettePng(pixels, moved, 0);
    expect(await extendPalettePng(png, { top: 1, bottom: 0, rgb: PAPER })).toBeNull();
    const extended = (await extendPalettePng(png, {
      top: 1,
      bottom: 0,
      rgb: PAPER,
      tolerance: 1,
    }))!;
    const { data } = await rgbPixels(extended);
    expect([...data.subarray(0, 3)]).toEqual([251, 251, 247]);
    expect(
      await extendPalettePng(png, { top: 1, bottom: 0, rgb: [249, 250, 247], tolerance: 1 }),
    ).toBeNull();
  });

  test('makes several canvases from one decoding, each with the same pixels as sharp gives, none or many rows on either side', async () => {
    const png = palettePng(pixels, palette, 4);
    const canvases = [
      { top: 0, bottom: 0 },
      { top: 0, bottom: 4 },
      { top: 3, bottom: 0 },
      { top: 2, bottom: 3 },
    ];
    const extended = (await extendPalettePngMany(png, canvases, { rgb: PAPER }))!;
    expect(extended).toHaveLength(4);
    for (const [i, { top, bottom }] of canvases.entries()) {
      expect(await rgbPixels(extended[i]!), `${top} above, ${bottom} below`).toEqual(
        await sharpExtended(png, top, bottom),
      );
    }
  });

  test('hands back null for what it does not handle, so the caller can extend another way', async () => {
    expect(
      await extendPalettePng(palettePng(pixels, palette, 0), { top: 1, bottom: 1, rgb: [1, 2, 3] }),
    ).toBeNull();
    const truecolour = await sharp({
      create: { width: 4, height: 2, channels: 3, background: PAPER_RGB },
    })
      .png()
      .toBuffer();
    expect(await extendPalettePng(truecolour, { top: 1, bottom: 1, rgb: PAPER })).toBeNull();
    expect(
      await extendPalettePng(Buffer.from('not a png'), { top: 1, bottom: 1, rgb: PAPER }),
    ).toBeNull();
    const cut = palettePng(pixels, palette, 0);
    expect(
      await extendPalettePng(cut.subarray(0, cut.length - 20), { top: 1, bottom: 1, rgb: PAPER }),
    ).toBeNull();
  });
});

describe('adler32', () => {
  const bytes = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256));

  test('gives the checksum zlib writes at the end of a stream', () => {
    expect(adler32(bytes)).toBe(deflateSync(bytes).readUInt32BE(deflateSync(bytes).length - 4));
    expect(adler32(Buffer.alloc(0))).toBe(1);
  });

  test('combines the checksums of two parts into that of both, as zlib does', () => {
    for (const cut of [0, 1, 5552, 12_345, 20_000]) {
      expect(
        adler32Combine(
          adler32(bytes.subarray(0, cut)),
          adler32(bytes.subarray(cut)),
          bytes.length - cut,
        ),
        `cut at ${cut}`,
      ).toBe(adler32(bytes));
    }
  });
});
