// /favicon.ico, for browsers and tools that ask for it without reading the page: 16, 32 and 48 px.
import type { APIRoute } from 'astro';
import { faviconIco } from '../share-images/site-icons.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await faviconIco()), { headers: { 'Content-Type': 'image/x-icon' } });
