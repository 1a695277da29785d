// Publishes the share images once Astro has written the pages: every card, and an article's card
// in 16:9, 4:3 and 1:1, linked into the output from the share-image cache where their drawing put
// them (src/share-images/share-image-files.ts says why they are not pages). A build that cannot
// publish one fails, and build.ts keeps the last good site.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishShareImageFiles } from '../share-images/share-image-files.ts';

export function shareImageFiles(): AstroIntegration {
  return {
    name: 'explainer:share-image-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const published = await publishShareImageFiles(fileURLToPath(dir));
        if (published)
          logger.info(
            `${published} share images linked from the cache in ${Math.round(performance.now() - started)} ms, drawings still in progress included.`,
          );
      },
    },
  };
}
