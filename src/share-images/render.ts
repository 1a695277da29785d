// Drawing a share card: the card's element tree (templates.ts) with the site's fonts and mark,
// laid out, rasterised and encoded by rasterise.ts. Deterministic: the same card and assets give
// the same bytes. The build draws through the worker pool (draw-pool.ts) with the same code; the
// icons (site-icons.ts) use the same rasteriser.
import type { ShareImageAssets } from './assets.ts';
import type { ShareCard } from './cards.ts';
import { drawCard, elementSvg, type DrawHooks } from './rasterise.ts';
import { cardElement, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './templates.ts';

/** The size every card is drawn at. */
export const CARD_SIZE = { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT } as const;

/** The card as SVG, its text turned into glyph outlines. */
export async function cardSvg(
  card: ShareCard,
  assets: ShareImageAssets,
  hooks: DrawHooks = {},
): Promise<string> {
  return elementSvg(cardElement(card, assets.mark), assets.fonts, CARD_SIZE, hooks);
}

/** Draws the card on this thread: data in, PNG bytes out. */
export async function drawShareImage(card: ShareCard, assets: ShareImageAssets): Promise<Buffer> {
  return (await drawCard(cardElement(card, assets.mark), assets.fonts, CARD_SIZE)).png;
}
