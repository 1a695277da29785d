// The collections Astro loads: one per entry of the registry (src/content-layer/registry.ts), which
// says where each one's data lives and its schema, each with the checks of its own that
// src/content-layer/collection-checks.ts lists. Data sits in `content/` at the repository root;
// files starting with `_` are drafts and are skipped. The strict loaders stop a build on any
// problem in a file, naming the line and the fix.
import { defineCollection } from 'astro:content';
import type { ContentProblem } from './lib/content-problem.ts';
import { COLLECTION_CHECKS } from './content-layer/collection-checks.ts';
import { readQuoteTexts } from './content-layer/content-files.ts';
import { contentDir } from './content-layer/paths.ts';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  type CollectionName,
  type CollectionSpec,
} from './content-layer/registry.ts';
import { readSourceTexts } from './content-layer/report-check.ts';
import { strictFile, type EntryCheckContext } from './content-layer/strict-file-loader.ts';
import { strictGlob } from './content-layer/strict-glob-loader.ts';
import { checkTexts } from './content-layer/text-checks.ts';

/**
 * What a YAML collection's loader checks besides its schema: its own checks (quotes and "the report
 * said" notes word for word against the report's text, which ships with the content), then its
 * words: no quote typed in quotation marks outside its entry, and pending wording only where the
 * page shows the day it stands as of. Read when the loader runs, so `astro dev` checks the files as
 * they are now.
 */
function checksOf(name: CollectionName): (context: EntryCheckContext) => ContentProblem[] {
  const spec: CollectionSpec = COLLECTIONS[name];
  const check = COLLECTION_CHECKS[name];
  return (context) => [
    ...(check?.(context, { sources: readSourceTexts(contentDir) }) ?? []),
    ...(spec.pendingWording
      ? checkTexts(context, {
          quotes: readQuoteTexts(contentDir),
          pendingRefused: spec.pendingWording,
          exempt: ['text', 'reportSaid'],
        })
      : []),
  ];
}

function collection(name: CollectionName) {
  const spec: CollectionSpec = COLLECTIONS[name];
  const { schema } = spec;
  const loader =
    'folder' in spec.source
      ? strictGlob({
          base: `${contentDir}/${spec.source.folder}`,
          schema,
          ...(spec.source.folders ? { folders: spec.source.folders } : {}),
          ...(spec.source.translates
            ? { translates: `${contentDir}/${spec.source.translates}` }
            : {}),
        })
      : strictFile(`${contentDir}/${spec.source.file}`, { schema, check: checksOf(name) });
  return defineCollection({ loader, schema });
}

/**
 * Every collection of the registry. Built in a loop, so TypeScript is told each one's schema: the
 * registry's own type, which Astro reads to type `getCollection()` and `CollectionEntry`.
 */
export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, collection(name)]),
) as unknown as {
  [N in CollectionName]: Omit<ReturnType<typeof collection>, 'schema'> & {
    schema: (typeof COLLECTIONS)[N]['schema'];
  };
};
