// The share images: one 1200×630 PNG per article, tag, quote and fact box, and one for the home
// page, at `paths.shareImage(kind, id)`. Drawn at build time, or read from the cache if unchanged.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards } from '../../../share-images/card-content.ts';
import { loadAssets } from '../../../share-images/assets.ts';
import {
  renderShareImage,
  renderShareImageRatio,
  shareImageKey,
} from '../../../share-images/cache.ts';
import type { ShareCard } from '../../../share-images/cards.ts';
import { IMAGE_RATIOS, type ImageRatio } from '../../../share-images/ratios.ts';

// Articles also get their card in 16:9, 4:3 and 1:1 for their JSON-LD (`<slug>-16x9.png`, ...).
// Every card comes before every variant: pages built in parallel (build.concurrency) then draw
// different cards at once, instead of waiting on the one card whose variants they are.
// cacheKey: what the card draws (shareImageKey), so a rebuild copies an unchanged image from the
// last build instead of asking for it again.
export const getStaticPaths = (async () => {
  const cards = await getShareCards();
  const assets = await loadAssets();
  const keyed = cards.map((entry) => ({ ...entry, key: shareImageKey(entry.card, assets) }));
  return [
    ...keyed.map(({ kind, id, card, key }) => ({
      params: { kind, id },
      props: { card, ratio: null },
      cacheKey: key,
    })),
    ...keyed
      .filter(({ kind }) => kind === 'article')
      .flatMap(({ kind, id, card, key }) =>
        (Object.keys(IMAGE_RATIOS) as ImageRatio[]).map((ratio) => ({
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
