// @ts-check
import { availableParallelism } from 'node:os';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { editionOutput } from './src/build/edition-output.ts';
import { dataStoreOutsideBundle } from './src/build/data-store-outside-bundle.ts';
import { siteMarkdownProcessor } from './src/build/render-workers.ts';
import { shareImageFiles } from './src/build/share-image-files-integration.ts';
import { readContentDates } from './src/content-layer/content-files.ts';
import { contentDir } from './src/content-layer/paths.ts';
import { editions, originalEdition, translatedEditions } from './src/content-layer/editions.ts';
import { siteUrl } from './src/content-layer/site-address.ts';

const contentDates = readContentDates(contentDir);
// The site's own language at `/`, each edition of content/site.yaml at `/<lang>/`.
const original = originalEdition();
const translated = translatedEditions();

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // https://docs.astro.build/en/guides/internationalization/: each page knows its edition
  // (`Astro.currentLocale`), which src/middleware.ts hands to the content reader and the dictionary.
  i18n: {
    locales: [original.code, ...translated.map((edition) => edition.code)],
    defaultLocale: original.code,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  // Keep the content data store in `.astro/`, where Vitest (through getViteConfig) reads it.
  // ASTRO_CACHE_DIR lets the benchmark and the malformed-content tests build beside it.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Pages render in parallel, so that pages waiting on a share card (drawn on worker threads)
    // do not hold up the others.
    concurrency: Math.min(4, availableParallelism()),
  },
  markdown: {
    // The site's own processor (src/markdown/processor.ts): Astro's unified pipeline with the
    // site's plugins, without Shiki and the second HTML parse the articles do not need, rendering
    // on worker threads during the content sync (src/build/render-workers.ts).
    processor: siteMarkdownProcessor(contentDir),
  },
  vite: {
    plugins: [tailwindcss()],
    // Scripts are files, never inlined, so the Content-Security-Policy can stay 'self'.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [
    dataStoreOutsideBundle(),
    shareImageFiles(),
    editionOutput(translated.map((edition) => edition.code)),
    sitemap({
      // Each page lists its counterparts in the other editions (`xhtml:link rel="alternate"`).
      i18n: {
        defaultLocale: original.code,
        locales: Object.fromEntries(editions().map((edition) => [edition.code, edition.lang])),
      },
      // Embeds are for other sites' iframes, not for search results; nor is a 404 page.
      filter: (page) => !page.includes('/embed/') && !/\/404\/$/.test(page),
      // lastmod: an article's own update time; any other page changes whenever the content does.
      serialize(item) {
        const slug = /\/articles\/([^/]+)\/$/.exec(item.url)?.[1];
        item.lastmod = (slug && contentDates.articles[slug]) || contentDates.latest;
        return item;
      },
    }),
  ],
  // Pages whose getStaticPaths gives a cacheKey (articles, share images) are copied from the last
  // build when their key and code are unchanged (src/content-layer/page-cache-keys.ts); kept in cacheDir.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
});
