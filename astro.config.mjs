// @ts-check
import { availableParallelism } from 'node:os';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { dataStoreOutsideBundle } from './src/integrations/data-store-outside-bundle.ts';
import { readContentDates } from './src/content-layer/content-files.ts';
import { contentDir } from './src/content-layer/paths.ts';
import { articleProcessor } from './src/markdown/processor.ts';
import { siteUrl } from './src/lib/site.ts';

const contentDates = readContentDates(contentDir);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // Keep the content data store in `.astro/`, where Vitest (through getViteConfig) reads it.
  // ASTRO_CACHE_DIR lets the benchmark and the malformed-content tests build beside it.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Pages render in parallel so that share cards rasterise and compress on the thread pool while
    // the next card is laid out: a cold build of 200 articles took 24 s at 2, against 32 s at 1.
    concurrency: Math.min(4, availableParallelism()),
  },
  markdown: {
    // Astro's unified pipeline with the site's plugins, without Shiki and the second HTML parse,
    // which the articles do not need: the same HTML for about 12 % less CPU an article (16.4 ms
    // against 18.5 ms, median of 14 runs over 305 articles, on a loaded machine).
    processor: articleProcessor(contentDir),
  },
  vite: {
    plugins: [tailwindcss()],
    // Scripts are files, never inlined, so the Content-Security-Policy can stay 'self'.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [
    dataStoreOutsideBundle(),
    sitemap({
      // Embeds are for other sites' iframes, not for search results.
      filter: (page) => !page.includes('/embed/'),
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
