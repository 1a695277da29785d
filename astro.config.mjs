// @ts-check
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/lib/content-paths';
import { markdownPlugins } from './src/lib/markdown-plugins';
import { siteUrl } from './src/lib/site-url';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // Keep the content data store in `.astro/`, where Vitest (through getViteConfig) reads it.
  cacheDir: './.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified(markdownPlugins(contentDir)),
  },
  vite: {
    plugins: [tailwindcss()],
  },
  devToolbar: { enabled: false },
});
