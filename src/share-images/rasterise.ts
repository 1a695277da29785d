// Turning a laid-out card into pixels and a PNG: satori lays out an element tree as SVG (text as
// glyph outlines), resvg rasterises the SVG, and palette-png.ts (or sharp, for the icons and a
// drawing of many colours) encodes a palette PNG. This module imports
// nothing that needs Vite (no colours, no templates), so the drawing workers (draw-worker.ts) load
// it as plain Node, and the main thread uses the very same code: one drawing, wherever it runs.
import { renderAsync, Resvg } from '@resvg/resvg-js';
import satori, { type SatoriNode, type SatoriOptions } from 'satori';
import sharp from 'sharp';
import { encodePalettePng } from './palette-png.ts';
import { extendPalettePngMany } from './png-extend.ts';
import { dropRedundantMasks } from './redundant-masks.ts';

/** A font as satori takes it: a family name, weight, style and the .woff bytes. */
export type SatoriFont = SatoriOptions['fonts'][number];

/** Ways to watch a layout, for tests. */
export interface DrawHooks {
  /** Hears of text that no loaded font can draw (satori's own check), with the language it guessed. */
  onMissingGlyphs?: (languageCode: string, segment: string) => void;
  /** Hears of every laid-out element: its box and, for text, the full text before any clamping. */
  onNodeDetected?: (node: SatoriNode) => void;
}

/** The size of the drawing, in CSS pixels (and in output pixels: cards are drawn at 1×). */
export interface DrawSize {
  width: number;
  height: number;
}

/** An element tree laid out as SVG, its text turned into glyph outlines. */
export async function elementSvg(
  element: Parameters<typeof satori>[0],
  fonts: SatoriFont[],
  { width, height }: DrawSize,
  hooks: DrawHooks = {},
): Promise<string> {
  const { onMissingGlyphs, onNodeDetected } = hooks;
  return satori(element, {
    width,
    height,
    fonts,
    ...(onNodeDetected && { onNodeDetected }),
    ...(onMissingGlyphs && {
      // Satori asks for more fonts only for characters that none of the loaded fonts has.
      loadAdditionalAsset: async (languageCode: string, segment: string) => {
        onMissingGlyphs(languageCode, segment);
        return [];
      },
    }),
  });
}

/**
 * sharp's palette PNG, for the icons and for a drawing of more than 256 colours: 256 colours hold
 * flat colours and anti-aliased text; no dithering keeps files small. Effort 3 quantised a card in
 * a third of the time of effort 10 (37 ms against 57 ms, measured) and made smaller files; no
 * channel of any pixel moves by more than 1 in 255 from the drawing.
 */
export const PNG_OPTIONS = {
  palette: true,
  colours: 256,
  dither: 0,
  effort: 3,
  compressionLevel: 9,
} as const;

/**
 * How a card is encoded, part of its cache key (cache.ts): other settings make other bytes. Raise
 * `version` when palette-png.ts writes different bytes.
 */
export const CARD_ENCODING = {
  exactPalette: { version: 2, zlibStrategy: 'rle' },
  else: PNG_OPTIONS,
};

/** Rasterises an SVG to a palette PNG: flat colours and anti-aliased text fit in 256 colours. */
export async function svgToPng(
  svg: string,
  width: number,
  background?: string,
  png: typeof PNG_OPTIONS = PNG_OPTIONS,
): Promise<Buffer> {
  // renderAsync rasterises on libuv's thread pool, so the calling thread lays out the next card meanwhile.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false },
    ...(background && { background }),
  });
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png(png)
    .toBuffer();
}

/** Taller canvases to set a drawn card on, and the paper colour that fills them. */
export interface CanvasRequest {
  sizes: { top: number; bottom: number }[];
  paper: { rgb: readonly [number, number, number]; tolerance: number };
}

/** A drawn card, and the card on each canvas asked for (`null` when none could be made here). */
export interface DrawnCard {
  png: Buffer;
  canvases: Buffer[] | null;
}

/**
 * Draws an element tree as a card PNG, and on the taller canvases asked for: deterministic, the
 * same tree and fonts give the same bytes. Every pixel keeps its colour in a palette PNG
 * (palette-png.ts); a drawing of more than 256 colours is quantised by sharp instead. It
 * rasterises on the calling thread, which is a drawing worker's (draw-worker.ts) in a build:
 * resvg's `renderAsync` hands the work to libuv's thread pool and back, and took 48 ms a card
 * against 31 ms for the same pixels drawn in place (median of 25 cards).
 */
export async function drawCard(
  element: Parameters<typeof satori>[0],
  fonts: SatoriFont[],
  size: DrawSize,
  canvases?: CanvasRequest,
): Promise<DrawnCard> {
  const svg = dropRedundantMasks(await elementSvg(element, fonts, size));
  const { pixels, width, height } = new Resvg(svg, {
    fitTo: { mode: 'width', value: size.width },
    font: { loadSystemFonts: false },
  }).render();
  const exact = await encodePalettePng(pixels, width, height, canvases?.sizes, canvases?.paper.rgb);
  if (exact) return { png: exact.png, canvases: canvases ? exact.canvases : null };
  const png = await sharp(pixels, { raw: { width, height, channels: 4 } })
    .png(PNG_OPTIONS)
    .toBuffer();
  return {
    png,
    canvases: canvases ? await extendPalettePngMany(png, canvases.sizes, canvases.paper) : null,
  };
}
