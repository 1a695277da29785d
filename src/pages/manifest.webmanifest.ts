// The web app manifest: name, colours and icons for "add to home screen".
import type { APIRoute } from 'astro';
import { readSiteSettings } from '../content-layer/site-settings.ts';
import { themeColor } from '../styles/palette.ts';

export const GET: APIRoute = () => {
  const site = readSiteSettings();
  return new Response(
    JSON.stringify(
      {
        name: site.name,
        short_name: site.shortName,
        description: site.description,
        lang: site.lang,
        start_url: '/',
        scope: '/',
        display: 'browser',
        background_color: themeColor('paper'),
        theme_color: themeColor('accent'),
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
};
