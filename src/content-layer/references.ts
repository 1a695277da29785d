// Checks that every reference between content entries points at an entry that exists. Astro 7 only
// logs a broken reference; the site must not be published with one, so the first page to render
// calls this and the build stops with every broken reference listed, each with its line.
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { ContentProblem } from '../lib/content-problem.ts';
import { ContentError } from './content-error.ts';
import { likelyMeant } from '../lib/similar.ts';
import { COLLECTION_NAMES } from './registry.ts';
import { readYamlSource } from './content-files.ts';
import { locate, locateFrontmatterField, type DataPath } from './source-text.ts';

const COLLECTIONS: readonly CollectionKey[] = COLLECTION_NAMES;

interface Reference {
  collection: CollectionKey;
  id: string;
}

function isReference(value: unknown): value is Reference {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Reference).id === 'string' &&
    COLLECTIONS.includes((value as Reference).collection) &&
    Object.keys(value).length === 2
  );
}

/** Every reference inside an entry's data, with the field path it sits at. */
export function findReferences(
  data: unknown,
  path = '',
  segments: DataPath = [],
): { path: string; segments: DataPath; ref: Reference }[] {
  if (isReference(data)) return [{ path, segments, ref: data }];
  if (Array.isArray(data))
    return data.flatMap((item, i) => findReferences(item, `${path}[${i}]`, [...segments, i]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) =>
      findReferences(value, path ? `${path}.${key}` : key, [...segments, key]),
    );
  }
  return [];
}

/** The line of a field of an entry: in a YAML data file under its id, in an article's frontmatter. */
function lineOf(
  file: string,
  id: string,
  segments: DataPath,
): { line: number; column: number } | undefined {
  if (file.endsWith('.md')) return locateFrontmatterField(file, segments);
  const source = readYamlSource(file);
  return source ? locate(source, [id, ...segments]) : undefined;
}

type Entries = { [C in CollectionKey]: CollectionEntry<C>[] };

function fileOf(entry: { filePath?: string | undefined }, collection: string): string {
  return entry.filePath ?? collection;
}

/**
 * Rules that tie one entry to another: dates stand in order (an update is not as of a day before
 * the event it updates, and an event is not as of a day after the source it cites, since a later
 * change is an update), and only delegations have leaders.
 */
export function crossEntryProblems(
  all: ReadonlyMap<CollectionKey, CollectionEntry<CollectionKey>[]>,
): ContentProblem[] {
  const get = <C extends CollectionKey>(c: C) => (all.get(c) ?? []) as Entries[C];
  const problems: ContentProblem[] = [];
  const events = new Map(get('timeline').map((e) => [e.id, e]));
  const sources = new Map(get('sources').map((s) => [s.id, s]));
  for (const update of get('updates')) {
    const event = events.get(update.data.event.id);
    if (event && update.data.asOf < event.data.asOf) {
      const file = fileOf(update, 'updates');
      problems.push({
        file,
        ...lineOf(file, update.id, ['asOf']),
        entry: update.id,
        field: 'asOf',
        problem: `this update is as of ${update.data.asOf}, before the event it updates ("${event.id}", as of ${event.data.asOf}): an update can only say what came later.`,
        fix: `check the date: asOf is the day the update's source confirms the new status, on or after ${event.data.asOf}.`,
      });
    }
  }
  for (const event of get('timeline')) {
    const sourceAsOf = sources.get(event.data.source.source.id)?.data.asOf;
    if (sourceAsOf && event.data.asOf > sourceAsOf) {
      const file = fileOf(event, 'timeline');
      problems.push({
        file,
        ...lineOf(file, event.id, ['asOf']),
        entry: event.id,
        field: 'asOf',
        problem: `the event is as of ${event.data.asOf}, but its source ("${event.data.source.source.id}") stands as of ${sourceAsOf}: it cannot confirm a later status.`,
        fix: `set asOf to ${sourceAsOf} or earlier, and record what changed later as an entry in content/updates.yaml, with its date and source.`,
      });
    }
  }
  const parts = new Map(get('delegations').map((d) => [d.id, d.data.part]));
  const leaders = new Map<string, string>();
  for (const person of get('people')) {
    const part = person.data.atTheTalks?.part;
    const side = person.data.side.id;
    const file = fileOf(person, 'people');
    const where = {
      file,
      ...lineOf(file, person.id, ['atTheTalks', 'part']),
      entry: person.id,
      field: 'atTheTalks.part',
    };
    if ((part === 'led' || part === 'member') && parts.get(side) !== 'delegation') {
      problems.push({
        ...where,
        problem: `"${part}" is for a delegation, but ${side} is the talks' ${parts.get(side)}.`,
        fix: `use part: host for someone there for the host, or leave out atTheTalks for someone who was not in the room.`,
      });
    } else if (part === 'host' && parts.get(side) !== 'host') {
      problems.push({
        ...where,
        problem: `"host" is for the party that hosted the talks, but ${side} is a ${parts.get(side)}.`,
        fix: 'use led or member for a delegation, or leave out atTheTalks for someone who was not in the room.',
      });
    } else if (part === 'led') {
      const other = leaders.get(side);
      if (other)
        problems.push({
          ...where,
          problem: `${other} already led ${side}'s delegation; a delegation has one leader.`,
          fix: 'make one of the two a member.',
        });
      leaders.set(side, person.id);
    }
  }
  return problems;
}

let checked: { key: string; result: Promise<void> } | undefined;

/**
 * Every reference resolves and no two entries contradict each other, or the build stops with all
 * of them listed. A build checks once; `astro dev` checks again when an entry has changed.
 */
export async function assertContentIntegrity(): Promise<void> {
  if (checked && !import.meta.env.DEV) return checked.result;
  const entries = new Map(
    await Promise.all(COLLECTIONS.map(async (c) => [c, await getCollection(c)] as const)),
  );
  const key = import.meta.env.DEV
    ? [...entries]
        .map(([c, list]) => `${c}:${list.map((e) => `${e.id}@${e.digest ?? ''}`).join(',')}`)
        .join('|')
    : '';
  if (checked?.key !== key) checked = { key, result: checkEntries(entries) };
  return checked.result;
}

async function checkEntries(
  entries: ReadonlyMap<CollectionKey, CollectionEntry<CollectionKey>[]>,
): Promise<void> {
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
  const rules = crossEntryProblems(entries);
  if (rules.length) {
    throw new ContentError(rules, `Entries that contradict each other (${rules.length}):`);
  }
}
