// /favicon.svg: the site's mark (src/share-images/mark.ts), in the theme's colours.
import type { APIRoute } from 'astro';
import { MARK_SVG } from '../share-images/mark.ts';

export const GET: APIRoute = () =>
  new Response(MARK_SVG, { headers: { 'Content-Type': 'image/svg+xml' } });
