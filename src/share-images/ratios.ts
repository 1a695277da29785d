// The share card in the other aspect ratios search engines ask an article's image in (Google: 16:9,
// 4:3 and 1:1): the 1200×630 card set, unchanged, on a taller canvas of the card's own paper colour.
import sharp from 'sharp';
import type { ShareCard } from './cards.ts';
import type { CanvasRequest } from './rasterise.ts';
import { extendPalettePngMany } from './png-extend.ts';
import { PNG_OPTIONS } from './rasterise.ts';
import { COLORS, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './templates.ts';

/**
 * Part of a ratio variant's cache name (cache.ts): raised when the variants' bytes change (4: made
 * with the card by palette-png.ts).
 */
export const RATIO_VERSION = 4;

/** The other aspect ratios search engines ask an article's image in (Google: 16:9, 4:3 and 1:1). */
export const IMAGE_RATIOS = { '16x9': [16, 9], '4x3': [4, 3], '1x1': [1, 1] } as const;
export type ImageRatio = keyof typeof IMAGE_RATIOS;

/** Every ratio, in IMAGE_RATIOS's order. */
export const RATIO_NAMES = Object.keys(IMAGE_RATIOS) as ImageRatio[];

/** Which cards come in the other ratios too: an article's, for its JSON-LD `image`. */
export function hasRatioVariants(card: ShareCard): boolean {
  // Only the site's own language's articles: the variants serve its JSON-LD alone.
  return card.kind === 'article' && card.edition === undefined;
}

/** A `#rrggbb` colour as red, green and blue. */
function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [n >> 16, (n >> 8) & 0xff, n & 0xff];
}

/** Rows to add above and below the 1200×630 card for a ratio, 1200 px wide. */
function canvasRows(ratio: ImageRatio): { top: number; bottom: number } {
  const [w, h] = IMAGE_RATIOS[ratio];
  const extra = Math.round((SHARE_IMAGE_WIDTH * h) / w) - SHARE_IMAGE_HEIGHT;
  return { top: Math.floor(extra / 2), bottom: Math.ceil(extra / 2) };
}

/**
 * The canvases of every ratio, in RATIO_NAMES's order, for a drawing worker to set the card on
 * while its rows are at hand (draw-pool.ts); the same bytes as `extendToRatios`.
 */
export function ratioCanvases(): CanvasRequest {
  return { sizes: RATIO_NAMES.map(canvasRows), paper: { rgb: rgb(COLORS.paper), tolerance: 1 } };
}

/**
 * The 1200×630 card set on a paper-coloured canvas of another ratio, 1200 px wide: nothing is
 * cropped or redrawn, so every ratio shows the same card, pixel for pixel. The card's own PNG rows
 * are reused (`extendPalettePngMany`); should the card ever not be a palette PNG with the paper colour
 * in it, sharp decodes and re-encodes it instead, at ten times the cost.
 */
export async function extendToRatio(png: Buffer, ratio: ImageRatio): Promise<Buffer> {
  return (await extendToRatios(png, [ratio]))[ratio];
}

/** `extendToRatio` for several ratios (every ratio by default), decoding the card once. */
export async function extendToRatios(
  png: Buffer,
  ratios: readonly ImageRatio[] = RATIO_NAMES,
): Promise<Record<ImageRatio, Buffer>> {
  // The card's quantiser may have moved the paper colour by 1 in 255 (PNG_OPTIONS): the canvas
  // takes the card's own paper, so no seam can show where the card ends.
  const { paper } = ratioCanvases();
  const fast = await extendPalettePngMany(png, ratios.map(canvasRows), paper);
  const variants = await Promise.all(
    ratios.map(
      async (ratio, i) =>
        fast?.[i] ??
        sharp(png)
          .extend({ ...canvasRows(ratio), background: COLORS.paper })
          .png(PNG_OPTIONS)
          .toBuffer(),
    ),
  );
  return Object.fromEntries(ratios.map((ratio, i) => [ratio, variants[i]!])) as Record<
    ImageRatio,
    Buffer
  >;
}
