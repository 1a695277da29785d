// The share images: one 1200×630 PNG per article, tag, quote and fact box, and one for the home
// page, at `paths.shareImage(kind, id)`. Drawn at build time, or read from the cache if unchanged.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards } from '../../../lib/share-cards';
import { renderShareImage, type ShareCard } from '../../../lib/share-image';

export const getStaticPaths = (async () =>
  (await getShareCards()).map(({ kind, id, card }) => ({ params: { kind, id }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderShareImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
