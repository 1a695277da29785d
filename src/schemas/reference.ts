// A field that names another entry by its id: `speaker: rustem-umerov` becomes
// `{ collection: 'people', id: 'rustem-umerov' }`, the shape `getEntry()` takes. It does what
// Astro's `reference()` from `astro:content` does for the ids this content writes (strings), without
// that virtual module, so the schemas also load where it does not exist: in astro.config.mjs, whose
// Markdown plugins read the content through src/content-layer/content-files.ts. Whether the named
// entry exists is checked once every collection is loaded (src/content-layer/references.ts).
import { z } from 'astro/zod';

export function reference<C extends string>(collection: C) {
  return z
    .string()
    .min(1)
    .transform((id) => ({ collection, id }));
}
