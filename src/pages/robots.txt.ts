// robots.txt: everything may be crawled except the bare embed documents; points at the sitemap.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../content-layer/site-address.ts';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: /embed/\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
