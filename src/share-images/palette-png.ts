// Encodes a drawn card as a palette PNG without quantising it: a card is flat colours and
// anti-aliased text, about 120 colours in all, so each pixel can keep its exact colour in a
// 256-entry palette. Against sharp's palette PNG (libimagequant), measured in src/build/README.md:
// - it takes a tenth of the time, and every pixel is the drawing's own, where sharp's quantiser
//   moved some by 1 in 255;
// - the file is about a sixth larger: zlib deflates runs only (png-extend.ts), a quarter of the
//   time of its default strategy, and a card is fetched by the platforms a link is shared on, not
//   by readers of the page;
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

/** Slots of the colour table: four times the 256 colours a palette holds, so probes stay short. */
const SLOTS = 1024;

/**
 * The pixels as palette indices, or `null` with more than 256 colours or any transparency. A card
 * is mostly runs of one colour and rows like the one above (the margins, between the lines), so a
 * row equal to the last is copied, and a run is looked up once: 1 ms a card, where a lookup per
 * change of colour in a Map took 5.
 */
function indexPixels(rgba: Uint8Array, width: number, height: number): Indexed | null {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, width * height * 4);
  const rowBytes = width * 4;
  // Each colour at the slot its hash gives, or the next free one. An opaque colour is never 0, so
  // 0 marks a free slot.
  const slotColour = new Uint32Array(SLOTS);
  const slotIndex = new Uint8Array(SLOTS);
  const colours: number[] = [];
  const lookUp = (colour: number): number => {
    // Alpha is the top byte of the little-endian word.
    if (colour >>> 24 !== 0xff) return -1;
    // The hash is the top 10 bits of a multiplicative (Fibonacci) hash: one of the 1,024 slots.
    for (let slot = Math.imul(colour, 0x9e3779b1) >>> 22; ; slot = (slot + 1) & (SLOTS - 1)) {
      if (slotColour[slot] === colour) return slotIndex[slot]!;
      if (slotColour[slot] === 0) {
        if (colours.length === 256) return -1;
        slotColour[slot] = colour;
        slotIndex[slot] = colours.length;
        colours.push(colour);
        return colours.length - 1;
      }
    }
  };
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0, at = 0, out = 0; y < height; y++) {
    rows[out++] = 0;
    if (y > 0 && bytes.compare(bytes, at * 4, at * 4 + rowBytes, at * 4 - rowBytes, at * 4) === 0) {
      rows.copyWithin(out, out - width - 1, out - 1);
      out += width;
      at += width;
      continue;
    }
    for (const end = at + width; at < end;) {
      const colour = pixels[at]!;
      let next = at + 1;
      while (next < end && pixels[next] === colour) next++;
      const index = lookUp(colour);
      if (index < 0) return null;
      rows.fill(index, out, out + next - at);
      out += next - at;
      at = next;
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
