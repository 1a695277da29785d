// Checks that every reference between content entries points at an entry that exists. Astro 7 only
// logs a broken reference; the site must not be published with one, so the first page to render
// calls this and the build stops with every broken reference listed.
import { getCollection, type CollectionKey } from 'astro:content';

const COLLECTIONS: CollectionKey[] = ['articles', 'people', 'delegations', 'quotes', 'timeline', 'timelines', 'factboxes', 'sources'];

interface Reference {
  collection: CollectionKey;
  id: string;
}

function isReference(value: unknown): value is Reference {
  return (
    typeof value === 'object' && value !== null && typeof (value as Reference).id === 'string' &&
    COLLECTIONS.includes((value as Reference).collection) && Object.keys(value).length === 2
  );
}

/** Every reference inside an entry's data, with the field path it sits at. */
export function findReferences(data: unknown, path = ''): { path: string; ref: Reference }[] {
  if (isReference(data)) return [{ path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => findReferences(item, `${path}[${i}]`));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => findReferences(value, path ? `${path}.${key}` : key));
  }
  return [];
}

let checked: Promise<void> | undefined;

export function assertContentIntegrity(): Promise<void> {
  checked ??= (async () => {
    const entries = new Map(await Promise.all(COLLECTIONS.map(async (c) => [c, await getCollection(c)] as const)));
    const ids = new Map([...entries].map(([c, list]) => [c, new Set(list.map((e) => e.id))]));
    const problems: string[] = [];
    for (const [collection, list] of entries) {
      for (const entry of list) {
        for (const { path, ref } of findReferences(entry.data)) {
          if (ids.get(ref.collection)?.has(ref.id)) continue;
          const valid = [...(ids.get(ref.collection) ?? [])].sort().join(', ');
          const file = (entry as { filePath?: string }).filePath ?? `${collection}`;
          problems.push(
            `${file}: entry "${entry.id}", field "${path}": there is no ${ref.collection} entry "${ref.id}".\n  How to fix: use one of ${valid}, or add "${ref.id}" to the ${ref.collection} collection.`,
          );
        }
      }
    }
    if (problems.length) {
      throw new Error(`Broken references in the content (${problems.length}):\n${problems.join('\n')}`);
    }
  })();
  return checked;
}
