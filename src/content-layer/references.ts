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
import { figureProblems, type CitedText } from './excerpt-check.ts';
import { contentDir } from './paths.ts';
import { checkTranslations } from './translations.ts';
import { checkDictionaries } from './dictionary.ts';
import { orderUpdates } from '../lib/event-status.ts';
import { readSourceTexts } from './report-check.ts';
import type { Citation } from '../schemas/citation.ts';
import type { EventDate } from '../schemas/dates.ts';

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
    const cited = sources.get(event.data.source.source.id)?.data;
    const sourceAsOf = cited?.asOf ?? cited?.published;
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
  problems.push(...publicRecordProblems(get, sources), ...reviewDayProblems(get));
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

/**
 * A fact that is still pending after its updates needs a day by which someone looks for news of
 * it, on its latest entry: the event itself, or its latest update.
 */
function reviewDayProblems(get: <C extends CollectionKey>(c: C) => Entries[C]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const event of get('timeline')) {
    const own = get('updates').filter((u) => u.data.event.id === event.id);
    const latest = orderUpdates(own.map((u) => ({ ...u.data, entry: u }))).at(-1)?.entry;
    const state = latest?.data ?? event.data;
    if (state.status !== 'pending' || state.reviewBy) continue;
    const entry = latest ?? event;
    const file = fileOf(entry, latest ? 'updates' : 'timeline');
    problems.push({
      file,
      ...lineOf(file, entry.id, []),
      entry: entry.id,
      field: 'reviewBy',
      problem: `"${event.id}" is still pending as of ${state.asOf}, but no one is due to look for news of it.`,
      fix: 'add reviewBy: the day by which an editor should look again (YYYY-MM-DD); `npm run review` lists it until then.',
    });
  }
  return problems;
}

/** A fact to hold against what it cites: its texts in our words, its date and its citation. */
interface CitedFact {
  file: string;
  entry: string;
  /** Where the fact sits in its entry (`laterRoles[0]`), or empty for the entry itself. */
  at: DataPath;
  fields: Record<string, string | undefined>;
  date?: EventDate | undefined;
  citation: Citation;
  /** The day the fact is said to stand as of, which no cited piece may postdate. */
  asOf?: string | undefined;
}

function citedFacts(get: <C extends CollectionKey>(c: C) => Entries[C]): CitedFact[] {
  const facts: CitedFact[] = [];
  for (const update of get('updates')) {
    const { title, summary, note, date, asOf, source } = update.data;
    const fields = { title, summary, note, 'source.note': source.note };
    const file = fileOf(update, 'updates');
    facts.push({ file, entry: update.id, at: [], fields, date, citation: source, asOf });
  }
  for (const event of get('timeline')) {
    const { title, summary, date, source } = event.data;
    const fields = { title, summary, 'source.note': source.note };
    const file = fileOf(event, 'timeline');
    facts.push({ file, entry: event.id, at: [], fields, date, citation: source });
  }
  for (const person of get('people')) {
    const file = fileOf(person, 'people');
    person.data.laterRoles.forEach((later, i) => {
      const date: EventDate = { precision: 'day', value: later.from };
      const fields = { role: later.role, 'source.note': later.source.note };
      const at = ['laterRoles', i];
      facts.push({
        file,
        entry: person.id,
        at,
        fields,
        date,
        citation: later.source,
      });
    });
  }
  return facts;
}

/**
 * Facts that cite a piece from a named outlet: every number and day we give must stand in the
 * excerpts they cite (or the report paragraphs cited with them), and none may be as of a day after
 * the latest piece it cites was published.
 */
function publicRecordProblems(
  get: <C extends CollectionKey>(c: C) => Entries[C],
  sources: ReadonlyMap<string, CollectionEntry<'sources'>>,
): ContentProblem[] {
  const reports = readSourceTexts(contentDir);
  const problems: ContentProblem[] = [];
  for (const fact of citedFacts(get)) {
    const ids = [fact.citation.source.id, ...fact.citation.also.map((a) => a.id)];
    const pieces = ids.flatMap((id) => {
      const data = sources.get(id)?.data;
      return data?.kind === 'public-record' ? [{ id, data }] : [];
    });
    if (pieces.length === 0) continue;
    const texts: CitedText[] = pieces.map(({ id, data }) => ({
      label: `"${id}" (${data.outlet}, ${data.published})`,
      text: data.excerpt ?? '',
      language: data.language ?? 'en',
      published: data.published,
    }));
    const report = reports?.get(fact.citation.source.id);
    if (report && 'paragraphs' in report)
      for (const n of fact.citation.paragraphs)
        texts.push({ label: `¶${n}`, text: report.paragraphs[n - 1] ?? '', language: 'en' });
    const where = (field: string) => ({
      file: fact.file,
      ...lineOf(fact.file, fact.entry, [...fact.at, ...field.split('.')]),
      entry: fact.entry,
      field: [...fact.at.map((s) => (typeof s === 'number' ? `[${s}]` : s)), field]
        .join('.')
        .replace(/\.\[/g, '['),
    });
    for (const p of figureProblems(fact.fields, fact.date, texts))
      problems.push({ ...where(p.field), problem: p.problem, fix: p.fix });
    const latest = pieces
      .map((p) => p.data.published ?? '')
      .sort()
      .at(-1)!;
    if (fact.asOf && fact.asOf > latest)
      problems.push({
        ...where('asOf'),
        problem: `it is as of ${fact.asOf}, but the latest piece it cites was published on ${latest}: nothing it cites confirms the later day.`,
        fix: `set asOf to ${latest}, the day of its latest source, or cite a later piece that confirms where the fact stands.`,
      });
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
  // The editions' words: each translation names entries and keys that exist and says what the English says.
  const editions = [...checkTranslations().problems, ...checkDictionaries().problems];
  if (editions.length) {
    throw new ContentError(
      editions,
      `Translations that do not match the English (${editions.length}):`,
    );
  }
}
