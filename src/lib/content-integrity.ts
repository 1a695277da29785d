// Checks that every reference between content entries points at an entry that exists. Astro 7 only
// logs a broken reference; the site must not be published with one, so the first page to render
// calls this and the build stops with every broken reference listed, each with its line.
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionKey } from 'astro:content';
import { ContentError, type ContentProblem } from './content-problem';
import { likelyMeant } from './similar';
import { locate, locateFrontmatterField, parseYamlSource, type DataPath, type YamlSource } from './source-text';

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
export function findReferences(data: unknown, path = '', segments: DataPath = []): { path: string; segments: DataPath; ref: Reference }[] {
  if (isReference(data)) return [{ path, segments, ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => findReferences(item, `${path}[${i}]`, [...segments, i]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => findReferences(value, path ? `${path}.${key}` : key, [...segments, key]));
  }
  return [];
}

const yamlSources = new Map<string, YamlSource | undefined>();

/** The line of a field of an entry: in a YAML data file under its id, in an article's frontmatter. */
function lineOf(file: string, id: string, segments: DataPath): { line: number; column: number } | undefined {
  if (file.endsWith('.md')) return locateFrontmatterField(file, segments);
  if (!yamlSources.has(file)) {
    try {
      yamlSources.set(file, parseYamlSource(file, readFileSync(file, 'utf8')).source);
    } catch {
      yamlSources.set(file, undefined);
    }
  }
  const source = yamlSources.get(file);
  return source ? locate(source, [id, ...segments]) : undefined;
}

let checked: Promise<void> | undefined;

export function assertContentIntegrity(): Promise<void> {
  checked ??= (async () => {
    const entries = new Map(await Promise.all(COLLECTIONS.map(async (c) => [c, await getCollection(c)] as const)));
    const ids = new Map([...entries].map(([c, list]) => [c, new Set(list.map((e) => e.id))]));
    const problems: ContentProblem[] = [];
    for (const [collection, list] of entries) {
      for (const entry of list) {
        for (const { path, segments, ref } of findReferences(entry.data)) {
          if (ids.get(ref.collection)?.has(ref.id)) continue;
          const valid = [...(ids.get(ref.collection) ?? [])].sort();
          const file = (entry as { filePath?: string }).filePath ?? `${collection}`;
          problems.push({
            file,
            ...lineOf(file, entry.id, segments),
            entry: file.endsWith('.md') ? undefined : entry.id,
            field: path,
            problem: `there is no ${ref.collection} entry "${ref.id}".`,
            fix: valid.length
              ? `${likelyMeant(ref.id, valid) ? `use "${likelyMeant(ref.id, valid)}" (the closest match), or another of` : 'use one of'} ${valid.join(', ')}, or add "${ref.id}" to the ${ref.collection} collection.`
              : `add "${ref.id}" to the ${ref.collection} collection (it has no entries yet).`,
          });
        }
      }
    }
    if (problems.length) {
      throw new ContentError(problems, `Broken references in the content (${problems.length}):`);
    }
  })();
  return checked;
}
