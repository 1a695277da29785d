// Reads the content collections for the pages and components: sorted lists and resolved references,
// each entry in the edition of the page being rendered (src/content-layer/editions.ts): the English
// entry with the edition's texts laid over it (translations.ts), and an article with its translated
// text and body where the edition has one.
import {
  getCollection as getEnglishCollection,
  getEntry as getEnglishEntry,
  type CollectionEntry,
} from 'astro:content';
import { currentEdition, inEveryEdition, pathInEdition, type Edition } from './editions.ts';
import { translatedData } from './translations.ts';
import { t } from './dictionary.ts';
import { assertContentIntegrity } from './references.ts';
import { rejectedEntryError } from './rejected-content.ts';
import { splitArticleHtml } from './article-placeholders.ts';
import { readEntryOrder } from './content-files.ts';
import {
  eventsShownBy,
  type CollectionName,
  type DataCollectionName,
  type ShownEvent,
} from './registry.ts';
import { contentDir } from './paths.ts';
import { compareEventDates } from '../lib/dates.ts';
import {
  eventHistory,
  factStatus,
  latestIso,
  orderUpdates,
  type EventState,
} from '../lib/event-status.ts';
import type { Citation } from '../schemas/citation.ts';
import { paths } from '../lib/urls.ts';

/**
 * Astro's store returns entries sorted by id; where the order matters (quotes on the same day,
 * people in a delegation) the editor's order in the YAML file breaks the tie. The reader reads a
 * file once per build (again in `astro dev` when it changes), not once per page that shows it.
 */
function byFileOrder(
  collection: DataCollectionName,
): (a: { id: string }, b: { id: string }) => number {
  const ranks = new Map(readEntryOrder(contentDir, collection).map((id, i) => [id, i]));
  const position = (id: string) => ranks.get(id) ?? ranks.size;
  return (a, b) => position(a.id) - position(b.id);
}

/** What an article's page shows of its translation. */
export interface ArticleInEdition {
  /** The language its text is in: the edition's, or the site's own where the edition lacks it. */
  lang: string;
  /** True when the edition has no translation of it, and the page shows the English. */
  fallback: boolean;
  /** When the translation was made from the English (its `updated` then), if it is one. */
  translatedFrom?: string;
  /** True when the English has been updated since the translation was made. */
  stale: boolean;
}

const articleEditions = new WeakMap<object, ArticleInEdition>();

/** The language of an article's text as read for the page, and the age of its translation. */
export function articleInEdition(article: CollectionEntry<'articles'>): ArticleInEdition {
  return (
    articleEditions.get(article) ?? { lang: currentEdition().lang, fallback: false, stale: false }
  );
}

/** The id of an edition's translation of an article in the `articleTranslations` collection. */
export function translationId(edition: Pick<Edition, 'code'>, slug: string): string {
  return `${edition.code}/articles/${slug}`;
}

/** An article in an edition: its translation's texts and body, or the English, marked as such. */
async function articleIn(
  article: CollectionEntry<'articles'>,
  edition: Edition,
): Promise<CollectionEntry<'articles'>> {
  const translation = await getEnglishEntry(
    'articleTranslations',
    translationId(edition, article.id),
  );
  // In `astro dev`, a translation that failed to render carries its error (strict-glob-loader.ts):
  // the page shows that error, not the English as if there were no translation.
  const rendered = translation?.rendered;
  const failed = rendered?.metadata?.['renderError'] !== undefined;
  if (!translation || !rendered || (!rendered.html && !failed)) {
    const english = { ...article };
    articleEditions.set(english, { lang: 'en-GB', fallback: true, stale: false });
    return english;
  }
  const text = translation.data;
  const translated: CollectionEntry<'articles'> = {
    ...article,
    data: {
      ...article.data,
      title: text.title,
      dek: text.dek,
      byline: text.byline ?? article.data.byline,
      section: text.section ?? article.data.section,
      keyPoints: text.keyPoints ?? article.data.keyPoints,
      changes: article.data.changes.map((change, i) => ({
        ...change,
        note: text.changes?.[i]?.note ?? change.note,
      })),
    },
    rendered,
  };
  articleEditions.set(translated, {
    lang: edition.lang,
    fallback: false,
    translatedFrom: text.translatedFrom,
    stale: Date.parse(article.data.updated) > Date.parse(text.translatedFrom),
  });
  return translated;
}

/** An entry in the page's edition. */
async function inPageEdition<C extends CollectionName>(
  collection: C,
  entry: CollectionEntry<C>,
): Promise<CollectionEntry<C>> {
  const edition = currentEdition();
  if (edition.original || collection === 'articleTranslations') return entry;
  if (collection === 'articles')
    return (await articleIn(entry as CollectionEntry<'articles'>, edition)) as CollectionEntry<C>;
  return {
    ...entry,
    data: translatedData(collection, entry.id, entry.data as object, edition),
  };
}

/** Every entry of a collection, in the page's edition. */
export async function getCollection<C extends CollectionName>(
  collection: C,
): Promise<CollectionEntry<C>[]> {
  const entries = (await getEnglishCollection(collection)) as CollectionEntry<C>[];
  if (currentEdition().original) return entries;
  return Promise.all(entries.map((entry) => inPageEdition(collection, entry)));
}

/** One entry, in the page's edition, or undefined. */
export async function getEntry<C extends CollectionName>(
  collection: C,
  id: string,
): Promise<CollectionEntry<C> | undefined> {
  const entry = (await getEnglishEntry(collection, id)) as CollectionEntry<C> | undefined;
  return entry && inPageEdition(collection, entry);
}

/**
 * An entry as written in the site's own language, whatever the page's edition: a quote's words as
 * the source gives them, which an edition shows beside its translation.
 */
export async function originalEntry<C extends CollectionName>(
  collection: C,
  id: string,
): Promise<CollectionEntry<C>> {
  const entry = (await getEnglishEntry(collection, id)) as CollectionEntry<C> | undefined;
  return entry ?? requireEntry(collection, id);
}

/** Articles in home-page order. */
export async function getArticles(): Promise<CollectionEntry<'articles'>[]> {
  const articles = await getCollection('articles');
  return articles.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Every tag with the articles that carry it, tags sorted alphabetically. */
export async function getTags(): Promise<Map<string, CollectionEntry<'articles'>[]>> {
  const tags = new Map<string, CollectionEntry<'articles'>[]>();
  for (const article of await getArticles()) {
    for (const tag of article.data.tags) tags.set(tag, [...(tags.get(tag) ?? []), article]);
  }
  return new Map([...tags].sort(([a], [b]) => a.localeCompare(b)));
}

/** Fetches an entry that a reference names; the build has already checked that it exists. */
export async function requireEntry<C extends CollectionName>(
  collection: C,
  id: string,
): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (!entry) {
    // In `astro dev`, an entry its loader rejected: the page shows the file's problems.
    const rejected = rejectedEntryError(collection, id);
    if (rejected) throw rejected;
    // A missing entry is a broken reference in the content: report them all, each with its line.
    await assertContentIntegrity();
    const valid = (await getCollection(collection)).map((e) => e.id).join(', ');
    throw new Error(`No ${collection} entry with the id "${id}". Valid ids: ${valid}.`);
  }
  return entry;
}

export interface QuoteView {
  quote: CollectionEntry<'quotes'>;
  speaker: CollectionEntry<'people'>;
}

export async function getQuoteView(id: string): Promise<QuoteView> {
  const quote = await requireEntry('quotes', id);
  const speaker = await requireEntry('people', quote.data.speaker.id);
  return { quote, speaker };
}

/** A timeline event as it stands now: its own entry, then each dated update of it. */
export interface EventView {
  event: CollectionEntry<'timeline'>;
  /** Where it stands now: the last of `history`. */
  current: EventState<Citation>;
  /** Every state, oldest first: the event as its source gave it, then one per update. */
  history: EventState<Citation>[];
  /** The updates of the event, in the order they apply. */
  updates: CollectionEntry<'updates'>[];
}

export async function getEventView(id: string): Promise<EventView> {
  const event = await requireEntry('timeline', id);
  const updates = orderUpdates(
    (await getCollection('updates'))
      .filter((u) => u.data.event.id === id)
      .map((entry) => ({ entry, asOf: entry.data.asOf, published: entry.data.published })),
  ).map((u) => u.entry);
  const history = eventHistory<Citation>(
    { ...event.data, source: event.data.source },
    updates.map((u) => ({ ...u.data, id: u.id })),
  );
  return { event, current: history.at(-1)!, history, updates };
}

export interface TimelinePeriodView {
  heading: string;
  events: EventView[];
}

/** A timeline's periods with their events as they stand now, in date order. */
export async function getTimelineView(
  id: string,
): Promise<{ title: string; periods: TimelinePeriodView[] }> {
  const timeline = await requireEntry('timelines', id);
  const periods = await Promise.all(
    timeline.data.periods.map(async (period) => ({
      heading: period.heading,
      // Events on the same date keep the order the timeline lists them in.
      events: (await Promise.all(period.events.map((ref) => getEventView(ref.id)))).sort((a, b) =>
        compareEventDates(a.current.date, b.current.date),
      ),
    })),
  );
  return { title: timeline.data.title, periods };
}

/** A fact box with its steps as they stand now, its status, and everything that dates it. */
export interface FactBoxView {
  box: CollectionEntry<'factboxes'>;
  article: CollectionEntry<'articles'>;
  steps: { label: string; view: EventView }[];
  /** "Carried out", or "Agreed, not yet carried out", and the day that stands as of. */
  status: { label: string; asOf: string; settled: boolean };
  /** Every update of the box's steps, oldest first by publication. */
  updates: CollectionEntry<'updates'>[];
  /** When the box last changed: its own text, or an update of one of its steps (ISO instant). */
  lastUpdated: string;
  /** The box's sources, then those of its updates. */
  sources: Citation[];
}

export async function getFactBoxView(id: string): Promise<FactBoxView> {
  const box = await requireEntry('factboxes', id);
  const article = await requireEntry('articles', box.data.article.id);
  const steps = await Promise.all(
    box.data.steps.map(async (step) => ({
      label: step.label,
      view: await getEventView(step.event.id),
    })),
  );
  const edition = currentEdition();
  const status = factStatus(
    steps.map((s) => ({
      label: s.label,
      status: s.view.current.status,
      asOf: s.view.current.asOf,
    })),
    {
      lang: edition.lang,
      notYet: (next) => t('status.notYet', { next }),
      doneNotYet: (done, next) => t('status.doneNotYet', { done, next }),
    },
  );
  const updates = byPublication(steps.flatMap((s) => s.view.updates));
  return {
    box,
    article,
    steps,
    status,
    updates,
    lastUpdated: latestIso(box.data.lastUpdated, ...updates.map((u) => u.data.published))!,
    sources: [...box.data.sources, ...updates.map((u) => u.data.source)],
  };
}

function byPublication(updates: CollectionEntry<'updates'>[]): CollectionEntry<'updates'>[] {
  const unique = [...new Map(updates.map((u) => [u.id, u])).values()];
  return unique.sort(
    (a, b) =>
      Date.parse(a.data.published) - Date.parse(b.data.published) || a.id.localeCompare(b.id),
  );
}

/**
 * The timeline events that the components placed in an article's rendered HTML show in full (a
 * timeline its events, a fact box its steps: `showsEvents` in the registry), in the order placed,
 * each with the `#anchor` of the element that shows it.
 */
export async function getShownEvents(html: string): Promise<ShownEvent[]> {
  const shown: ShownEvent[] = [];
  for (const part of splitArticleHtml(html)) {
    if (part.kind !== 'component') continue;
    const directive = eventsShownBy(part.component);
    if (!directive) continue;
    const entry = await requireEntry(directive.collection, part.id);
    shown.push(...directive.events(part.id, entry.data));
  }
  return shown;
}

/**
 * The updates of the facts an article shows (the events its own components show, the threads it
 * follows up), oldest first: they belong in its log, and the latest dates it.
 */
export async function getArticleUpdates(
  article: CollectionEntry<'articles'>,
): Promise<CollectionEntry<'updates'>[]> {
  const shown = await getShownEvents(article.rendered?.html ?? '');
  const eventIds = new Set([
    ...article.data.followUps.map((ref) => ref.id),
    ...shown.map((s) => s.event),
  ]);
  return byPublication(
    (await getCollection('updates')).filter((u) => eventIds.has(u.data.event.id)),
  );
}

/** When an article last changed: its own `updated`, or a later update of a fact it shows. */
export function articleModified(
  article: CollectionEntry<'articles'>,
  updates: readonly CollectionEntry<'updates'>[],
): string {
  return latestIso(article.data.updated, ...updates.map((u) => u.data.published))!;
}

export interface DelegationView {
  delegation: CollectionEntry<'delegations'>;
  people: { person: CollectionEntry<'people'>; quotes: CollectionEntry<'quotes'>[] }[];
}

/**
 * Delegations in order, each with its people (whoever led it first) and their quotes in date
 * order. `atTheTalks` says who was in the room; the others on that side were quoted from elsewhere.
 */
export async function getDelegationViews(): Promise<DelegationView[]> {
  const [delegations, people, quotes] = await Promise.all([
    getCollection('delegations'),
    getCollection('people'),
    getCollection('quotes'),
  ]);
  const peopleOrder = byFileOrder('people');
  const quoteOrder = byFileOrder('quotes');
  return delegations
    .sort((a, b) => a.data.order - b.data.order)
    .map((delegation) => ({
      delegation,
      people: people
        .filter((p) => p.data.side.id === delegation.id)
        .sort(
          (a, b) =>
            Number(b.data.atTheTalks?.part === 'led') - Number(a.data.atTheTalks?.part === 'led') ||
            peopleOrder(a, b),
        )
        .map((person) => ({
          person,
          quotes: quotes
            .filter((q) => q.data.speaker.id === person.id)
            .sort((a, b) => compareEventDates(a.data.date, b.data.date) || quoteOrder(a, b)),
        })),
    }));
}

/** One static page per fact box in every edition: its own page and its embed share this. */
export async function factBoxStaticPaths(): Promise<
  { params: { id: string; locale: string | undefined } }[]
> {
  const boxes = await getCollection('factboxes');
  return inEveryEdition(boxes.map((box) => ({ params: { id: box.id } })));
}

/** A fact on the site that cites a source: what to call it and, where it has one, where it is. */
export interface CitingFact {
  label: string;
  href?: string;
}

const cites = (citation: Citation | undefined, sourceId: string) =>
  !!citation &&
  (citation.source.id === sourceId || citation.also.some((ref) => ref.id === sourceId));

/** Every fact that cites a source, for its page: events, updates, roles and parties. */
export async function citingFacts(sourceId: string): Promise<CitingFact[]> {
  const [events, updates, people, delegations] = await Promise.all([
    getCollection('timeline'),
    getCollection('updates'),
    getCollection('people'),
    getCollection('delegations'),
  ]);
  return [
    ...events
      .filter((e) => cites(e.data.source, sourceId))
      .map((e) => ({ label: t('citing.timeline', { title: e.data.title }) })),
    ...updates
      .filter((u) => cites(u.data.source, sourceId))
      .map((u) => ({ label: t('citing.update', { note: u.data.note }) })),
    ...people
      .filter((p) =>
        [
          p.data.roleSource,
          p.data.atTheTalks?.source,
          ...p.data.laterRoles.map((r) => r.source),
        ].some((c) => cites(c, sourceId)),
      )
      .map((p) => ({
        label: t('citing.whosWho', { name: p.data.name }),
        href: pathInEdition(paths.person(p.id)),
      })),
    ...delegations
      .filter((d) => d.data.sources.some((c) => cites(c, sourceId)))
      .map((d) => ({
        label: t('citing.whosWho', { name: d.data.name }),
        href: pathInEdition(paths.people()),
      })),
  ];
}

/**
 * The pieces from named outlets that the facts an article shows rest on, for its list of sources:
 * those its updates cite, and those of the events it follows.
 */
export async function articleOutletSources(
  updates: readonly CollectionEntry<'updates'>[],
  events: readonly EventView[] = [],
): Promise<CollectionEntry<'sources'>[]> {
  const citations = [
    ...updates.map((u) => u.data.source),
    ...events.map((e) => e.event.data.source),
  ];
  const ids = [...new Set(citations.flatMap((c) => [c.source.id, ...c.also.map((a) => a.id)]))];
  const sources = await Promise.all(ids.map((id) => requireEntry('sources', id)));
  return sources.filter((s) => s.data.kind === 'public-record');
}
