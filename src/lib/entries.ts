// Reads the content collections for the pages and components: sorted lists and resolved references.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { assertContentIntegrity } from './content-integrity';
import { readEntryOrder } from './content-index';
import { contentDir } from './content-paths';
import { compareEventDates } from './dates';

/**
 * Astro's store returns entries sorted by id; where the order matters (quotes on the same day,
 * people in a delegation) the editor's order in the YAML file breaks the tie.
 */
const fileOrders = new Map<string, Map<string, number>>();

function byFileOrder(fileName: string): (a: { id: string }, b: { id: string }) => number {
  // Read once per build, not once per page that shows the delegations (every article can).
  let order = fileOrders.get(fileName);
  if (!order) {
    order = new Map(readEntryOrder(contentDir, fileName).map((id, i) => [id, i]));
    fileOrders.set(fileName, order);
  }
  const ranks = order;
  const position = (id: string) => ranks.get(id) ?? ranks.size;
  return (a, b) => position(a.id) - position(b.id);
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
export async function requireEntry<C extends 'people' | 'quotes' | 'sources' | 'delegations' | 'timeline' | 'timelines' | 'factboxes' | 'articles'>(
  collection: C,
  id: string,
): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (!entry) {
    // A missing entry is a broken reference in the content: report them all, each with its line.
    await assertContentIntegrity();
    const valid = (await getCollection(collection)).map((e) => e.id).join(', ');
    throw new Error(`No ${collection} entry with the id "${id}". Valid ids: ${valid}.`);
  }
  return entry as CollectionEntry<C>;
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

export interface TimelinePeriodView {
  heading: string;
  events: CollectionEntry<'timeline'>[];
}

/** A timeline's periods with their events in date order. */
export async function getTimelineView(id: string): Promise<{ title: string; periods: TimelinePeriodView[] }> {
  const timeline = await requireEntry('timelines', id);
  const periods = await Promise.all(
    timeline.data.periods.map(async (period) => ({
      heading: period.heading,
      // Events on the same date keep the order the timeline lists them in.
      events: (await Promise.all(period.events.map((ref) => requireEntry('timeline', ref.id)))).sort((a, b) =>
        compareEventDates(a.data.date, b.data.date),
      ),
    })),
  );
  return { title: timeline.data.title, periods };
}

export interface DelegationView {
  delegation: CollectionEntry<'delegations'>;
  people: { person: CollectionEntry<'people'>; quotes: CollectionEntry<'quotes'>[] }[];
}

/** Delegations in order, each with its people (leader first) and their quotes in date order. */
export async function getDelegationViews(): Promise<DelegationView[]> {
  const [delegations, people, quotes] = await Promise.all([
    getCollection('delegations'),
    getCollection('people'),
    getCollection('quotes'),
  ]);
  const peopleOrder = byFileOrder('people.yaml');
  const quoteOrder = byFileOrder('quotes.yaml');
  return delegations
    .sort((a, b) => a.data.order - b.data.order)
    .map((delegation) => ({
      delegation,
      people: people
        .filter((p) => p.data.delegation.id === delegation.id)
        .sort((a, b) => Number(b.data.ledDelegation) - Number(a.data.ledDelegation) || peopleOrder(a, b))
        .map((person) => ({
          person,
          quotes: quotes
            .filter((q) => q.data.speaker.id === person.id)
            .sort((a, b) => compareEventDates(a.data.date, b.data.date) || quoteOrder(a, b)),
        })),
    }));
}

/** One static page per fact box, with the box as a prop: its own page and its embed share this. */
export async function factBoxStaticPaths(): Promise<{ params: { id: string }; props: { box: CollectionEntry<'factboxes'> } }[]> {
  const boxes = await getCollection('factboxes');
  return boxes.map((box) => ({ params: { id: box.id }, props: { box } }));
}
