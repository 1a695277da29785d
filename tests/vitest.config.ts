// Vitest runs every test beside its subsystem (tests/lib, tests/schemas, tests/content-layer,
// tests/markdown, tests/components, tests/share-images, tests/embed, tests/checks, …) through
// Astro's own Vite config, so `astro:content` and `.astro` components work as they do in the
// build. The tests that run whole builds (tests/build) have their own config.
import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/build/**', 'tests/.output/**'],
    globalSetup: ['tests/support/sync-content.ts'],
    testTimeout: 30_000,
    // Vitest empties stylesheets unless told otherwise, `?raw` imports too: src/styles/palette.ts
    // reads the colours from theme.css's text, so that text must come through as it is.
    css: { include: [/\.css\?raw$/] },
  },
});
