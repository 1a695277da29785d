// Renders every page as a page of its edition: Astro's i18n routing gives the request its locale
// (`/uk/…` → `uk`), and the content reader, the dictionary and the formats read it from there
// (src/content-layer/editions.ts).
import { defineMiddleware } from 'astro:middleware';
import { inEdition } from './content-layer/editions.ts';

export const onRequest = defineMiddleware((context, next) =>
  inEdition(context.currentLocale, () => next()),
);
