// The share images: one 1200×630 PNG per article, tag, quote and fact box, and one for the home
// page, at `paths.shareImage(kind, id)`. Drawn at build time, or read from the cache if unchanged.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards } from '../../../../share-images/card-content.ts';
import { loadAssets } from '../../../../share-images/assets.ts';
import {
  ensureShareImages,
  renderShareImage,
  renderShareImageRatio,
  shareImageFile,
  shareImageKey,
} from '../../../../share-images/cache.ts';
import type { ShareCard } from '../../../../share-images/cards.ts';
import { hasRatioVariants, RATIO_NAMES, type ImageRatio } from '../../../../share-images/ratios.ts';
import { announceShareImageFiles } from '../../../../share-images/share-image-files.ts';
import { paths } from '../../../../content-layer/edition-paths.ts';
import {
  editions,
  inEdition,
  pathInEdition,
  type Edition,
} from '../../../../content-layer/editions.ts';

// Articles also get their card in 16:9, 4:3 and 1:1 for their JSON-LD (`<slug>-16x9.png`, ...).
// A build publishes every share image as a file linked from the share-image cache, not as a page
// (share-images/share-image-files.ts): in a build the route lists no paths, and announces the
// files instead, with the promise of their drawing, which starts now, before any page renders, on
// the worker pool, so cards are drawn while the articles render. `astro dev` gets the paths, and
// draws each image when it is asked for.
// Each edition draws its own cards, in its language, at `/<lang>/og/…`; the 16:9, 4:3 and 1:1
// variants, which only the articles' JSON-LD names, are drawn for the site's own language alone.
export const getStaticPaths = (async () => {
  const assets = await loadAssets();
  const keyed = (
    await Promise.all(
      editions().map((edition) =>
        inEdition(edition.code, async () =>
          (await getShareCards()).map((entry) => ({
            ...entry,
            edition,
            key: shareImageKey(entry.card, assets),
          })),
        ),
      ),
    )
  ).flat();
  const ratiosOf = (card: ShareCard, edition: Edition) =>
    edition.original && hasRatioVariants(card) ? RATIO_NAMES : [];
  const locale = (edition: Edition) => (edition.original ? undefined : edition.code);
  if (import.meta.env.PROD) {
    announceShareImageFiles(
      keyed.flatMap(({ kind, id, card, key, edition }) => [
        {
          source: shareImageFile(key),
          path: pathInEdition(paths.shareImage(kind, id), edition).slice(1),
        },
        ...ratiosOf(card, edition).map((ratio) => ({
          source: shareImageFile(key, ratio),
          path: paths.shareImage(kind, `${id}-${ratio}`).slice(1),
        })),
      ]),
      ensureShareImages(
        keyed.map((entry) => entry.card),
        { assets },
      ),
    );
    return [];
  }
  return keyed.flatMap(({ kind, id, card, edition }) => [
    { params: { kind, id, locale: locale(edition) }, props: { card, ratio: null } },
    ...ratiosOf(card, edition).map((ratio) => ({
      params: { kind, id: `${id}-${ratio}`, locale: locale(edition) },
      props: { card, ratio },
    })),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard; ratio: ImageRatio | null }> = async ({ props }) => {
  const png = props.ratio
    ? await renderShareImageRatio(props.card, props.ratio)
    : await renderShareImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
