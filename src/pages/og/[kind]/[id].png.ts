// The share images: one 1200×630 PNG per article, tag, quote and fact box, and one for the home
// page, at `paths.shareImage(kind, id)`. Drawn at build time, or read from the cache if unchanged.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards } from '../../../share-images/card-content.ts';
import { loadAssets } from '../../../share-images/assets.ts';
import {
  prefetchShareImages,
  renderShareImage,
  renderShareImageRatio,
  shareImageKey,
} from '../../../share-images/cache.ts';
import type { ShareCard } from '../../../share-images/cards.ts';
import { hasRatioVariants, RATIO_NAMES, type ImageRatio } from '../../../share-images/ratios.ts';

// Articles also get their card in 16:9, 4:3 and 1:1 for their JSON-LD (`<slug>-16x9.png`, ...).
// Every card comes before every variant: pages built in parallel (build.concurrency) then draw
// different cards at once, instead of waiting on the one card whose variants they are.
// cacheKey: what the card draws (shareImageKey), so a rebuild copies an unchanged image from the
// last build instead of asking for it again.
// A build asks for every route's paths before it renders a page: the cards not yet in the cache
// start drawing then, on the worker pool, while the articles render (`astro dev` draws on demand).
export const getStaticPaths = (async () => {
  const cards = await getShareCards();
  const assets = await loadAssets();
  if (import.meta.env.PROD) void prefetchShareImages(cards.map((entry) => entry.card));
  const keyed = cards.map((entry) => ({ ...entry, key: shareImageKey(entry.card, assets) }));
  return [
    ...keyed.map(({ kind, id, card, key }) => ({
      params: { kind, id },
      props: { card, ratio: null },
      cacheKey: key,
    })),
    ...keyed
      .filter(({ card }) => hasRatioVariants(card))
      .flatMap(({ kind, id, card, key }) =>
        RATIO_NAMES.map((ratio) => ({
          params: { kind, id: `${id}-${ratio}` },
          props: { card, ratio },
          cacheKey: `${key}-${ratio}`,
        })),
      ),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard; ratio: ImageRatio | null }> = async ({ props }) => {
  const png = props.ratio
    ? await renderShareImageRatio(props.card, props.ratio)
    : await renderShareImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
