// Encodes a drawn card as a palette PNG without quantising it: a card is flat colours and
// anti-aliased text, about 120 colours in all, so each pixel can keep its exact colour in a
// 256-entry palette. Against sharp's palette PNG (libimagequant), measured in src/build/README.md:
// - it takes less than half the time, and every pixel is the drawing's own, where sharp's quantiser
//   moved some by 1 in 255;
// - the file is about an eighth larger: zlib level 6, not 9, which would take four times as long on
//   these long runs, and a card is fetched by the platforms a link is shared on, not by readers of
//   the page;
// - the card's rows are deflated once, ending on a sync flush (png-extend.ts), and that one
//   segment is the card's image data and the middle of each taller canvas (16:9, 4:3, 1:1), so
//   the canvases cost only their solid rows instead of inflating and deflating the card again;
//   those rows are the same on every card, and are deflated once per thread (png-extend.ts).
// A drawing with more than 256 colours, or any transparency, is not encoded here (`null`): the
// caller uses sharp's quantiser for it.
import { INDEXED, segment, SIGNATURE, solidSegment, writeChunk, zlibStream } from './png-extend.ts';

/** A canvas to set the card on: rows of its paper colour above and below it. */
export interface CanvasRows {
  top: number;
  bottom: number;
}

/** Each pixel's palette index, row by row, each row led by filter type 0 ("none"). */
interface Indexed {
  rows: Buffer;
  /** The palette's colours in index order, as little-endian RGBA words. */
  colours: number[];
}

/** The pixels as palette indices, or `null` with more than 256 colours or any transparency. */
function indexPixels(rgba: Uint8Array, width: number, height: number): Indexed | null {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const index = new Map<number, number>();
  const colours: number[] = [];
  const rows = Buffer.alloc(height * (width + 1));
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, at = 0, out = 0; y < height; y++) {
    rows[out++] = 0;
    for (let x = 0; x < width; x++, at++) {
      const colour = pixels[at]!;
      if (colour !== last) {
        let found = index.get(colour);
        if (found === undefined) {
          // Alpha is the top byte of the little-endian word.
          if (colour >>> 24 !== 0xff || colours.length === 256) return null;
          found = colours.length;
          index.set(colour, found);
          colours.push(colour);
        }
        last = colour;
        lastIndex = found;
      }
      rows[out++] = lastIndex;
    }
  }
  return { rows, colours };
}

/** The PLTE chunk's data: red, green and blue of each colour. */
function palette(colours: number[]): Buffer {
  const plte = Buffer.alloc(colours.length * 3);
  colours.forEach((colour, i) => {
    plte[i * 3] = colour & 0xff;
    plte[i * 3 + 1] = (colour >>> 8) & 0xff;
    plte[i * 3 + 2] = (colour >>> 16) & 0xff;
  });
  return plte;
}

function png(width: number, height: number, plte: Buffer, idat: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  // 8 bits per index, an indexed image, deflate, adaptive filtering, not interlaced.
  ihdr.set([8, INDEXED, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    writeChunk('IHDR', ihdr),
    writeChunk('PLTE', plte),
    writeChunk('IDAT', idat),
    writeChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The drawing (`rgba`, 8-bit RGBA rows) as a palette PNG, and set on each canvas in `canvases`
 * with rows of `paper` (an RGB colour of the drawing) above and below. `null` when the drawing has
 * more than 256 colours or transparency; no canvases (`null`) when no pixel has the paper colour.
 */
export async function encodePalettePng(
  rgba: Uint8Array,
  width: number,
  height: number,
  canvases: readonly CanvasRows[] = [],
  paper?: readonly [number, number, number],
): Promise<{ png: Buffer; canvases: Buffer[] | null } | null> {
  const indexed = indexPixels(rgba, width, height);
  if (!indexed) return null;
  const plte = palette(indexed.colours);
  let paperIndex = -1;
  if (canvases.length) {
    const [r, g, b] = paper ?? [-1, -1, -1];
    paperIndex = indexed.colours.indexOf(((0xff << 24) | (b << 16) | (g << 8) | r) >>> 0);
  }
  const [card, end] = await Promise.all([
    segment(indexed.rows, false),
    segment(Buffer.alloc(0), true),
  ]);
  return {
    png: png(width, height, plte, zlibStream([card, end])),
    canvases:
      paperIndex < 0
        ? null
        : await Promise.all(
            canvases.map(async ({ top, bottom }) =>
              png(
                width,
                height + top + bottom,
                plte,
                zlibStream([
                  await solidSegment(top, width, paperIndex, false),
                  card,
                  await solidSegment(bottom, width, paperIndex, true),
                ]),
              ),
            ),
          ),
  };
}
