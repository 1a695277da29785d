// The share images: one 1200×630 PNG per article, tag, quote and fact box, and one for the home
// page, at `paths.shareImage(kind, id)`. Drawn at build time, or read from the cache if unchanged.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards } from '../../../share-images/card-content.ts';
import { loadAssets } from '../../../share-images/assets.ts';
import {
  ensureRatioVariants,
  prefetchShareImages,
  ratioVariantFile,
  renderShareImage,
  renderShareImageRatio,
  shareImageKey,
} from '../../../share-images/cache.ts';
import type { ShareCard } from '../../../share-images/cards.ts';
import { hasRatioVariants, RATIO_NAMES, type ImageRatio } from '../../../share-images/ratios.ts';
import { announceVariantFiles } from '../../../share-images/ratio-variant-files.ts';
import { paths } from '../../../lib/urls.ts';

// Articles also get their card in 16:9, 4:3 and 1:1 for their JSON-LD (`<slug>-16x9.png`, ...).
// A build publishes those as files linked from the share-image cache, not as pages
// (share-images/ratio-variant-files.ts): the route only announces them, and lists them as paths
// for `astro dev`, which draws them on demand.
// cacheKey: what the card draws (shareImageKey), so a rebuild copies an unchanged image from the
// last build instead of asking for it again.
// A build asks for every route's paths before it renders a page: the cards not yet in the cache
// start drawing then, on the worker pool, while the articles render (`astro dev` draws on demand).
export const getStaticPaths = (async () => {
  const cards = await getShareCards();
  const assets = await loadAssets();
  const keyed = cards.map((entry) => ({ ...entry, key: shareImageKey(entry.card, assets) }));
  const withVariants = keyed.filter(({ card }) => hasRatioVariants(card));
  const cardPaths = keyed.map(({ kind, id, card, key }) => ({
    params: { kind, id },
    props: { card, ratio: null },
    cacheKey: key,
  }));
  if (import.meta.env.PROD) {
    void prefetchShareImages(cards.map((entry) => entry.card));
    announceVariantFiles(
      withVariants.flatMap(({ kind, id, key }) =>
        RATIO_NAMES.map((ratio) => ({
          source: ratioVariantFile(key, ratio),
          path: paths.shareImage(kind, `${id}-${ratio}`).slice(1),
        })),
      ),
      ensureRatioVariants(withVariants.map(({ card }) => card)),
    );
    return cardPaths;
  }
  return [
    ...cardPaths,
    ...withVariants.flatMap(({ kind, id, card }) =>
      RATIO_NAMES.map((ratio) => ({
        params: { kind, id: `${id}-${ratio}` },
        props: { card, ratio },
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
