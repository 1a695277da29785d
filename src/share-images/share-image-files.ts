// A build publishes its share images (every card, and an article's card in 16:9, 4:3 and 1:1) as
// files that it puts into its output itself, not as pages Astro renders. Each is drawn on a
// drawing worker and kept in the share-image cache (cache.ts); once Astro has written the pages,
// the build links each from there (src/build/share-image-files-integration.ts). As pages, the 3,000
// variants of 1,000 articles cost 10 s of a 72 s cold build and 16 s of CPU, and the 1,165 cards
// about 2 s more: Astro rendered each, wrote its bytes and copied them into its own incremental
// cache, for a file already on disk. `astro dev` serves them through the share-image route
// (src/pages/[...locale]/og/), drawn on demand, as before.
//
// The route runs in Astro's server bundle, the integration in Astro's own module graph: the two
// meet on one global of the build's process, named below. This module imports only Node, so both
// sides load it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { linkFile } from '../build-support/link-file.ts';

/** A file to put into the build's output: where the cache keeps it, and its path in the output. */
export interface OutputFile {
  /** The cached file. */
  source: string;
  /** Its path in the output folder, as its URL has it without the leading slash: `og/article/a-16x9.png`. */
  path: string;
}

/** What the share-image route announces: the files, and when all of them are in the cache. */
interface Announced {
  files: OutputFile[];
  /** Settles once every file is in the cache: with nothing, or with the error that stopped one. */
  settled: Promise<Error | undefined>;
}

/** The global the route and the integration meet on. */
const ANNOUNCED = Symbol.for('explainer.share-image-files');

type WithAnnounced = typeof globalThis & { [ANNOUNCED]?: Announced };

/**
 * Says which share images this build publishes (called by the share-image route, when a build
 * asks for its paths). `ready` settles when all of them are in the cache.
 */
export function announceShareImageFiles(files: OutputFile[], ready: Promise<void>): void {
  // Caught here, so an image that fails is reported by publishShareImageFiles, not by Node as an
  // unhandled rejection while the pages are still rendering.
  const settled = ready.then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  (globalThis as WithAnnounced)[ANNOUNCED] = { files, settled };
}

/**
 * Links every announced share image into the build's output folder, once all of them are in the
 * cache; the number linked (0 when none were announced).
 */
export async function publishShareImageFiles(outDir: string): Promise<number> {
  const announced = (globalThis as WithAnnounced)[ANNOUNCED];
  delete (globalThis as WithAnnounced)[ANNOUNCED];
  if (!announced) return 0;
  const error = await announced.settled;
  if (error)
    throw new Error(`The share images could not be made: ${error.message}`, { cause: error });
  for (const { source, path } of announced.files) {
    if (!existsSync(source))
      throw new Error(
        `The share image ${path} is not in the share-image cache (${source}), though it was drawn. Delete the cache folder (share-images/ in Astro's cacheDir) and build again; if it happens again, the images are not being stored (src/share-images/cache.ts).`,
      );
    linkFile(source, join(outDir, path));
  }
  return announced.files.length;
}
