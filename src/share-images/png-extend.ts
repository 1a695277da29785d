// Adds rows of one colour above and below a palette PNG without decoding it to pixels: the card's
// rows are copied as they are (still filtered), so nothing is re-quantised and the card's pixels
// stay exactly the same. Putting the 1200×630 share card on a 16:9, 4:3 or 1:1 canvas this way
// costs a small part of decoding and re-encoding it with sharp (src/build/README.md).
// PNG layout: https://www.w3.org/TR/png-3/ (chunks §5, filtering §7.3 and §9).
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, inflateSync } from 'node:zlib';

const deflateRawAsync = promisify(deflateRaw);

export const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG colour type 3: each pixel is an index into the PLTE chunk. */
export const INDEXED = 3;

/** Row filter types (PNG §9.2). */
const FILTER = { none: 0, sub: 1, up: 2, average: 3, paeth: 4 } as const;

interface Chunk {
  type: string;
  data: Buffer;
}

/** The PNG's chunks in file order, or `null` when the bytes are not a well-formed PNG. */
export function readChunks(png: Buffer): Chunk[] | null {
  if (png.length < SIGNATURE.length || !png.subarray(0, SIGNATURE.length).equals(SIGNATURE))
    return null;
  const chunks: Chunk[] = [];
  let at = SIGNATURE.length;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > png.length) return null;
    chunks.push({
      type: png.toString('latin1', at + 4, at + 8),
      data: png.subarray(at + 8, at + 8 + length),
    });
    at = end;
    if (chunks.at(-1)!.type === 'IEND') return chunks;
  }
  return null;
}

/** One PNG chunk: length, type, data and CRC. */
export function writeChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(Buffer.from(type, 'latin1'))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The palette index of the opaque colour closest to `rgb`, if no channel is further from it than
 * `tolerance`; otherwise -1.
 */
function paletteIndex(
  plte: Buffer,
  trns: Buffer | undefined,
  [r, g, b]: readonly [number, number, number],
  tolerance: number,
): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i * 3 + 2 < plte.length; i++) {
    if (trns && i < trns.length && trns[i] !== 255) continue;
    const distance = Math.max(
      Math.abs(plte[i * 3]! - r),
      Math.abs(plte[i * 3 + 1]! - g),
      Math.abs(plte[i * 3 + 2]! - b),
    );
    if (distance <= tolerance && distance < bestDistance) [best, bestDistance] = [i, distance];
  }
  return best;
}

/**
 * The first row's pixels (palette indices) from its filtered bytes. The first row's filter can
 * only have looked at an all-zero row above it, so Up leaves the bytes as they are and Paeth
 * becomes Sub.
 */
function unfilterFirstRow(filter: number, bytes: Buffer): Buffer {
  const row = Buffer.from(bytes);
  if (filter === FILTER.sub || filter === FILTER.paeth) {
    for (let x = 1; x < row.length; x++) row[x] = (row[x]! + row[x - 1]!) & 0xff;
  } else if (filter === FILTER.average) {
    for (let x = 1; x < row.length; x++) row[x] = (row[x]! + (row[x - 1]! >> 1)) & 0xff;
  }
  return row;
}

/** `count` rows of one palette index: the first unfiltered, the rest "same as above" (all zeros). */
export function solidRows(count: number, width: number, index: number): Buffer {
  const rows = Buffer.alloc(count * (width + 1));
  if (count > 0) rows.fill(index, 1, width + 1);
  for (let y = 1; y < count; y++) rows[y * (width + 1)] = FILTER.up;
  return rows;
}

export interface ExtendOptions {
  /** Rows to add above the image. */
  top: number;
  /** Rows to add below it. */
  bottom: number;
  /** Their colour, as red, green and blue from 0 to 255; it must be an opaque colour of the palette. */
  rgb: readonly [number, number, number];
  /**
   * How far (in any channel, out of 255) the palette's colour may be from `rgb`: a quantiser may
   * have moved the image's background by a step, and the new rows should match the image. 0 by default.
   */
  tolerance?: number;
}

/** The Adler-32 checksum (RFC 1950) of `data`, continuing from `adler`. */
export function adler32(data: Uint8Array, adler = 1): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  for (let i = 0; i < data.length;) {
    // 5,552 bytes is the most that can be summed before b could pass 2^32 (zlib's NMAX).
    const end = Math.min(i + 5552, data.length);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of A followed by B, from A's, B's and B's length (zlib's adler32_combine). */
export function adler32Combine(adlerA: number, adlerB: number, lengthB: number): number {
  const BASE = 65521;
  const rem = lengthB % BASE;
  let sum1 = adlerA & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (adlerB & 0xffff) + BASE - 1;
  sum2 += (adlerA >>> 16) + (adlerB >>> 16) + BASE - rem;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum2 >= BASE * 2) sum2 -= BASE * 2;
  if (sum2 >= BASE) sum2 -= BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/** Raw deflate data and what it inflates to: its length and Adler-32. */
export interface Segment {
  deflated: Buffer;
  length: number;
  adler: number;
}

/**
 * Deflates one part of a zlib stream. Every part but the last ends on a byte boundary without
 * closing the stream (a sync flush), so parts deflated apart can be joined one after another.
 */
export async function segment(bytes: Buffer, last: boolean): Promise<Segment> {
  // Runs only (Z_RLE): a card's rows are runs of one index, and a run is all this strategy looks
  // for. On three article cards it deflated in 0.9 to 1.3 ms against 4.5 to 6 ms at level 6 (the
  // default strategy), for files about a sixth larger (28.1 KB against 23.8 KB); level 9 takes
  // ten times as long as 6. Deflating runs on libuv's thread pool, beside the pages being rendered.
  const deflated = await deflateRawAsync(bytes, {
    strategy: constants.Z_RLE,
    ...(!last && { finishFlush: constants.Z_SYNC_FLUSH }),
  });
  return { deflated, length: bytes.length, adler: adler32(bytes) };
}

/** Solid-row segments already deflated, by width, rows, palette index and whether last. */
const solidSegments = new Map<string, Promise<Segment>>();

/**
 * `count` rows of one palette index (solidRows), deflated as a segment. The same canvas sizes
 * come back card after card with the same paper index, so each is deflated once per thread: a card
 * set on its three canvases deflated 1 MB of solid rows and summed it for Adler-32 each time.
 */
export function solidSegment(
  count: number,
  width: number,
  index: number,
  last: boolean,
): Promise<Segment> {
  const key = `${width}x${count}-${index}-${last}`;
  let found = solidSegments.get(key);
  if (!found) {
    found = segment(solidRows(count, width, index), last);
    solidSegments.set(key, found);
    found.catch(() => solidSegments.delete(key));
    // A few sizes are all a build uses; a bound keeps odd sizes from piling up.
    if (solidSegments.size > 64) solidSegments.delete(solidSegments.keys().next().value!);
  }
  return found;
}

/** A zlib stream (RFC 1950) made of deflate segments, the last one final. */
export function zlibStream(parts: Segment[]): Buffer {
  let adler = 1;
  for (const part of parts) adler = adler32Combine(adler, part.adler, part.length);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler, 0);
  // 0x78 0x9c: deflate with a 32 KB window, default compression, no preset dictionary.
  return Buffer.concat([Buffer.from([0x78, 0x9c]), ...parts.map((p) => p.deflated), trailer]);
}

/**
 * The PNG with solid rows added above and below, or `null` when this PNG is not one the fast path
 * handles (not an 8-bit, non-interlaced palette image, or no colour of its palette is close enough); the
 * caller then extends it some other way.
 */
export async function extendPalettePng(
  png: Buffer,
  { top, bottom, rgb, tolerance = 0 }: ExtendOptions,
): Promise<Buffer | null> {
  return (await extendPalettePngMany(png, [{ top, bottom }], { rgb, tolerance }))?.[0] ?? null;
}

/**
 * `extendPalettePng` for several canvases at once: the image is inflated once and its rows are
 * deflated once, then joined with each canvas's own solid rows above and below (PNG's image data
 * is one zlib stream, and deflate data that ends on a sync flush can be followed by more).
 */
export async function extendPalettePngMany(
  png: Buffer,
  canvases: { top: number; bottom: number }[],
  { rgb, tolerance = 0 }: Pick<ExtendOptions, 'rgb' | 'tolerance'>,
): Promise<Buffer[] | null> {
  const chunks = readChunks(png);
  const ihdr = chunks?.[0]?.type === 'IHDR' ? chunks[0].data : undefined;
  const plte = chunks?.find((c) => c.type === 'PLTE')?.data;
  if (!chunks || !ihdr || ihdr.length !== 13 || !plte) return null;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [bitDepth, colourType, , , interlace] = ihdr.subarray(8);
  if (bitDepth !== 8 || colourType !== INDEXED || interlace !== 0) return null;
  const index = paletteIndex(plte, chunks.find((c) => c.type === 'tRNS')?.data, rgb, tolerance);
  if (index < 0) return null;

  const stride = width + 1;
  let rows: Buffer;
  try {
    rows = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  } catch {
    return null;
  }
  if (rows.length !== height * stride || rows[0]! > FILTER.paeth) return null;

  // The card's first row is written unfiltered (a solid row now sits above it); every later row
  // keeps its filtered bytes, since the row above it is unchanged. The first added row below
  // cannot repeat the card's last row, so it too is written unfiltered.
  const filter = rows[0]!;
  rows.set(unfilterFirstRow(filter, rows.subarray(1, stride)), 1);
  rows[0] = FILTER.none;
  const card = segment(rows, false);
  const idats = await Promise.all(
    canvases.map(async ({ top, bottom }) =>
      zlibStream(
        await Promise.all([
          solidSegment(top, width, index, false),
          card,
          solidSegment(bottom, width, index, true),
        ]),
      ),
    ),
  );

  return canvases.map(({ top, bottom }, i) => {
    const header = Buffer.from(ihdr);
    header.writeUInt32BE(height + top + bottom, 4);
    const out: Buffer[] = [SIGNATURE];
    let wroteData = false;
    for (const chunk of chunks) {
      if (chunk.type === 'IHDR') out.push(writeChunk('IHDR', header));
      else if (chunk.type !== 'IDAT') out.push(writeChunk(chunk.type, chunk.data));
      else if (!wroteData) {
        out.push(writeChunk('IDAT', idats[i]!));
        wroteData = true;
      }
    }
    return Buffer.concat(out);
  });
}
