/// <reference types="vitest/config" />
// Vitest runs the unit, Markdown and component tests through Astro's own Vite config, so
// `astro:content` and `.astro` components work as they do in the build.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/{unit,markdown,components}/**/*.test.ts'],
    globalSetup: ['tests/support/sync-content.ts'],
    testTimeout: 30_000,
  },
});
