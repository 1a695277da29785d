// Drawing a share card: satori lays out the card's element tree (templates.ts) as SVG with its text
// turned into glyph outlines, resvg rasterises it, and sharp encodes a palette PNG. Deterministic:
// the same card and assets give the same bytes. The icons (site-icons.ts) use the same rasteriser.
import { renderAsync } from '@resvg/resvg-js';
import satori, { type SatoriNode } from 'satori';
import sharp from 'sharp';
import type { ShareImageAssets } from './assets.ts';
import type { ShareCard } from './cards.ts';
import { cardElement, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './templates.ts';

/** Ways to watch a drawing, for tests. */
export interface DrawHooks {
  /** Hears of text that no loaded font can draw (satori's own check), with the language it guessed. */
  onMissingGlyphs?: (languageCode: string, segment: string) => void;
  /** Hears of every laid-out element: its box and, for text, the full text before any clamping. */
  onNodeDetected?: (node: SatoriNode) => void;
}

/** The card as SVG, its text turned into glyph outlines. */
export async function cardSvg(
  card: ShareCard,
  assets: ShareImageAssets,
  hooks: DrawHooks = {},
): Promise<string> {
  const { onMissingGlyphs, onNodeDetected } = hooks;
  return satori(cardElement(card, assets.mark), {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: assets.fonts,
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
  // renderAsync rasterises on libuv's thread pool, so the main thread lays out the next page meanwhile.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false },
    ...(background && { background }),
  });
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png(png)
    .toBuffer();
}

/** Draws the card: data in, PNG bytes out. Deterministic: the same card and assets give the same bytes. */
export async function drawShareImage(card: ShareCard, assets: ShareImageAssets): Promise<Buffer> {
  return svgToPng(await cardSvg(card, assets), SHARE_IMAGE_WIDTH, undefined, CARD_PNG_OPTIONS);
}
