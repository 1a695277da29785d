// The app icons at the site's root (/favicon-32.png, /apple-touch-icon.png, /icon-192.png,
// /icon-512.png), rasterised from the site's mark (src/share-images/mark.ts) when the site is built.
import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng, SITE_ICONS, type SiteIcon } from '../share-images/site-icons.ts';

export const getStaticPaths = (() =>
  SITE_ICONS.map((icon) => ({
    params: { icon: icon.name },
    props: { icon },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: SiteIcon }> = async ({ props }) =>
  new Response(new Uint8Array(await iconPng(props.icon)), {
    headers: { 'Content-Type': 'image/png' },
  });
