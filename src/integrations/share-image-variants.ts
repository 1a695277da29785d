// Publishes the articles' share cards in their other ratios (16:9, 4:3, 1:1) once Astro has written
// the pages: each is linked into the output from the share-image cache, where its card's drawing
// put it (src/share-images/ratio-variant-files.ts says why they are not pages). A build that cannot
// publish one fails, and build.mjs keeps the last good site.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishVariantFiles } from '../share-images/ratio-variant-files.ts';

export function shareImageVariants(): AstroIntegration {
  return {
    name: 'istanbul:share-image-variants',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const published = await publishVariantFiles(fileURLToPath(dir));
        if (published)
          logger.info(
            `${published} share images in other ratios linked from the cache in ${Math.round(performance.now() - started)} ms.`,
          );
      },
    },
  };
}
