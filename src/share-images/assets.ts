// Everything besides a card's data that changes what is drawn: the fonts and the brand mark,
// read once per process and shared by every card (and hashed into the cache key, cache.ts).
import { loadFonts, type ShareFont } from './fonts.ts';
import { MARK_SVG } from './mark.ts';

/** The brand mark (mark.ts, served as /favicon.svg), drawn in the card's masthead. */
export async function loadMark(): Promise<string> {
  return MARK_SVG;
}

/** Everything besides the card's data that changes what is drawn. */
export interface ShareImageAssets {
  fonts: ShareFont[];
  /** SVG source of the brand mark. */
  mark: string;
}

let defaultAssets: Promise<ShareImageAssets> | undefined;

/** The fonts and mark, read once per process. */
export function loadAssets(): Promise<ShareImageAssets> {
  defaultAssets ??= Promise.all([loadFonts(), loadMark()]).then(([fonts, mark]) => ({
    fonts,
    mark,
  }));
  return defaultAssets;
}
