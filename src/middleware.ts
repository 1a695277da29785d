// Renders every page as a page of its edition: Astro's i18n routing gives the request its locale
// (`/uk/…` → `uk`), and the content reader, the dictionary and the formats read it from there
// (src/content-layer/editions.ts). A page's HTML is read whole inside its edition, so that every
// part of it is rendered there, and a part that fails to render fails the page (in `npm run dev`,
// the error overlay with its file and fix) instead of cutting a page already under way.
import { defineMiddleware } from 'astro:middleware';
import { inEdition } from './content-layer/editions.ts';

export const onRequest = defineMiddleware((context, next) =>
  inEdition(context.currentLocale, async () => {
    const response = await next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    return new Response(await response.text(), response);
  }),
);
