// What a share card lays out, as satori reports it: every element's box and, for text, the full
// text before any clamping. For tests that read a card the way a person would look at it.
import type { SatoriNode } from 'satori';
import type { ShareImageAssets } from '../../src/share-images/assets.ts';
import type { ShareCard } from '../../src/share-images/cards.ts';
import { cardSvg } from '../../src/share-images/render.ts';

/** The text of every element the card lays out, with its box. */
export async function layout(card: ShareCard, assets: ShareImageAssets): Promise<SatoriNode[]> {
  const nodes: SatoriNode[] = [];
  await cardSvg(card, assets, { onNodeDetected: (node) => nodes.push(node) });
  return nodes;
}

/** The card's texts, in document order. */
export function texts(nodes: SatoriNode[]): string[] {
  return nodes.flatMap((n) => (n.textContent ? [n.textContent] : []));
}
