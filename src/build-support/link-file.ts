// Files a build puts into its output itself, not through a page Astro renders: the search index's
// shards (src/search/) and the share images (src/share-images/). Both are kept
// in a cache under `.astro/`, written once by write-then-rename and never changed in place, so the
// output can hold a hard link to the cached file instead of a copy of its bytes.
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Links `source` at `target` (a copy, across file systems), making the folders it needs. */
export function linkFile(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}
