// Turning a laid-out card into pixels and a PNG: satori lays out an element tree as SVG (text as
// glyph outlines), resvg rasterises the SVG, and sharp encodes a palette PNG. This module imports
// nothing that needs Vite (no colours, no templates), so the drawing workers (draw-worker.ts) load
// it as plain Node, and the main thread uses the very same code: one drawing, wherever it runs.
import { renderAsync } from '@resvg/resvg-js';
import satori, { type SatoriNode, type SatoriOptions } from 'satori';
import sharp from 'sharp';

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
 * 256 colours hold the card's flat colours and anti-aliased text; no dithering keeps files small.
 * Effort 3 quantises in a third of the time of effort 10 (37 ms against 57 ms a card, measured)
 * and makes smaller files; no channel of any pixel moves by more than 1 in 255 from the drawing.
 */
export const PNG_OPTIONS = {
  palette: true,
  colours: 256,
  dither: 0,
  effort: 3,
  compressionLevel: 9,
} as const;

/**
 * Cards keep zlib level 9, like the icons: level 6 encodes in about half the time (16 ms against
 * 29 ms, measured on 20 cards) but makes every card 4.5% larger (20.8 KB against 19.9 KB), and
 * readers' bytes are not traded for build time. (Their ratio variants are level 6: png-extend.ts.)
 * Part of the cache key (cache.ts): other settings make other bytes.
 */
export const CARD_PNG_OPTIONS = PNG_OPTIONS;

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

/** Draws an element tree as a card PNG: deterministic, the same tree and fonts give the same bytes. */
export async function drawElement(
  element: Parameters<typeof satori>[0],
  fonts: SatoriFont[],
  size: DrawSize,
): Promise<Buffer> {
  return svgToPng(await elementSvg(element, fonts, size), size.width, undefined, CARD_PNG_OPTIONS);
}
