// The one list of what the content is made of: each collection with its schema and where its
// entries live, and each Markdown component directive with the collection its `#id` names and the
// timeline events it shows. Everything else reads this list: the collections Astro loads
// (src/content.config.ts), the reference check, the field descriptions in error messages, the
// content reader used by the Markdown plugins and the tests, the directives the Markdown pipeline
// accepts, and the article page. Pure data: it imports only the schemas, so anything may read it.
// Adding a collection or a component is one entry here plus its own files; the checks some
// collections run besides their schema are in collection-checks.ts, the components that render
// each directive in src/components/article-components.ts, and tests/content-layer/registry.test.ts
// fails, naming what is missing, if any part is left out.
import type { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { articleTranslationSchema } from '../schemas/article-translation.ts';
import { delegationSchema } from '../schemas/delegation.ts';
import { factBoxSchema } from '../schemas/factbox.ts';
import { personSchema } from '../schemas/person.ts';
import { quoteSchema } from '../schemas/quote.ts';
import { sourceSchema } from '../schemas/source.ts';
import { timelineEventSchema, timelineSchema } from '../schemas/timeline.ts';
import { updateSchema } from '../schemas/update.ts';

export interface CollectionSpec {
  /**
   * Where the entries live, in the content folder: one YAML file of entries by id, or a folder of
   * Markdown files (one entry each), optionally only those in its subfolders matching `folders`.
   * `translates` names the folder of the originals when each file translates the same-named file
   * there (`translations/uk/articles/x.md` translates `articles/x.md`): `astro dev` then checks a
   * translation again when its original changes.
   */
  source: { file: string } | { folder: string; folders?: string; translates?: string };
  /** What an entry must hold; every field is described there. */
  schema: z.ZodType;
  /**
   * Whether an entry may use wording that is true only on some day ("not yet", "expected"): only
   * where its page shows the day it stands as of. Returns why not, or undefined when it may.
   * Markdown collections have none: an article's `asOf` is required and always shown.
   */
  pendingWording?: (entry: Record<string, unknown>) => string | undefined;
}

const undated = (what: string) => () => `${what} carry no as-of date`;
const unlessPending = (what: string) => (entry: Record<string, unknown>) =>
  entry['status'] === 'pending'
    ? undefined
    : `${what} has happened, so its page gives no as-of date; only a pending one does`;

export const COLLECTIONS = {
  articles: { source: { folder: 'articles' }, schema: articleSchema },
  // The editions' translations of the articles: `translations/uk/articles/x.md` is `uk/x`'s text.
  articleTranslations: {
    source: { folder: 'translations', folders: '*/articles', translates: 'articles' },
    schema: articleTranslationSchema,
  },
  people: {
    source: { file: 'people.yaml' },
    schema: personSchema,
    pendingWording: undated('people'),
  },
  delegations: {
    source: { file: 'delegations.yaml' },
    schema: delegationSchema,
    pendingWording: undated('delegations'),
  },
  quotes: {
    source: { file: 'quotes.yaml' },
    schema: quoteSchema,
    pendingWording: undated('quotes'),
  },
  timeline: {
    source: { file: 'timeline.yaml' },
    schema: timelineEventSchema,
    pendingWording: unlessPending('the event'),
  },
  timelines: {
    source: { file: 'timelines.yaml' },
    schema: timelineSchema,
    pendingWording: undated('timelines and their periods'),
  },
  // A fact box shows "Status as of", but that day comes from its steps: its own words stay undated.
  factboxes: {
    source: { file: 'factboxes.yaml' },
    schema: factBoxSchema,
    pendingWording: undated('a fact box’s own texts'),
  },
  sources: {
    source: { file: 'sources.yaml' },
    schema: sourceSchema,
    // A report's page shows the day it stands as of; a piece's page shows the day it was published.
    pendingWording: (entry) =>
      typeof entry['asOf'] === 'string' || typeof entry['published'] === 'string'
        ? undefined
        : 'this source has no asOf or published day for its page to show',
  },
  updates: {
    source: { file: 'updates.yaml' },
    schema: updateSchema,
    pendingWording: unlessPending('the update'),
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
/** The collections kept in one YAML file each. */
export type DataCollectionName = {
  [N in CollectionName]: (typeof COLLECTIONS)[N]['source'] extends { file: string } ? N : never;
}[CollectionName];
/** An entry of a collection as its schema gives it. */
export type EntryData<N extends CollectionName> = z.output<(typeof COLLECTIONS)[N]['schema']>;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The timeline events that an entry of a directive shows in full, and where on the page. */
export interface EventsShown {
  /**
   * The ids of the events (`content/timeline.yaml`) that the entry shows, in its own order. Typed
   * by the directive's collection where it is written, as `(timeline: EntryData<'timelines'>)`.
   */
  of: (entry: never) => readonly string[];
  /** The `#anchor` of the element that shows the event `event` when the entry `id` is placed. */
  anchor: (id: string, event: string) => string;
}

export interface DirectiveSpec {
  /** The YAML collection the directive's `#id` names, or null for a directive that takes no id. */
  collection: DataCollectionName | null;
  /** Whether it may stand on a line of its own, as `::name{#id}`. */
  block: boolean;
  /** Whether it may stand inside a sentence, as `:name{#id}`. */
  inline: boolean;
  /**
   * Set for a component whose markup carries ids (its heading, its events, its people), which must
   * be unique on a page, so it may stand once per article: what to call it in a message and, when
   * known, the `#anchor` of its first placement. A pull quote carries no id and may repeat.
   */
  oncePerArticle?: { name: string; anchor?: (id: string) => string };
  /**
   * Set for a component that shows timeline events in full: an article that places it lists their
   * updates in its log, and its "What happened next" links to them on the page instead.
   */
  showsEvents?: EventsShown;
}

/** The components an article can place with a directive; each renders the same as on other pages. */
export const DIRECTIVES = {
  timeline: {
    collection: 'timelines',
    block: true,
    inline: false,
    oncePerArticle: { name: 'the timeline', anchor: (id) => `timeline-${id}` },
    // Every event of every period, each at its own id.
    showsEvents: {
      of: (timeline: EntryData<'timelines'>) =>
        timeline.periods.flatMap((period) => period.events.map((event) => event.id)),
      anchor: (_id, event) => event,
    },
  },
  delegations: {
    collection: null,
    block: true,
    inline: false,
    oncePerArticle: { name: 'the delegations' },
  },
  quote: { collection: 'quotes', block: true, inline: true },
  factbox: {
    collection: 'factboxes',
    block: true,
    inline: false,
    oncePerArticle: { name: 'the fact box', anchor: (id) => `factbox-${id}` },
    // The event of each step, all at the box.
    showsEvents: {
      of: (box: EntryData<'factboxes'>) => box.steps.map((step) => step.event.id),
      anchor: (id) => `factbox-${id}`,
    },
  },
} as const satisfies Record<string, DirectiveSpec>;

export type DirectiveName = keyof typeof DIRECTIVES;
/** The directives that name an entry with `#id`. */
export type DirectiveWithId = {
  [D in DirectiveName]: (typeof DIRECTIVES)[D]['collection'] extends null ? never : D;
}[DirectiveName];
/** The directives that may stand inside a sentence. */
export type InlineDirective = {
  [D in DirectiveName]: (typeof DIRECTIVES)[D]['inline'] extends true ? D : never;
}[DirectiveName];

/**
 * What a placeholder in an article's rendered HTML names: a block directive by its name, an inline
 * one by its name and `-inline` (`quote-inline`), since the two render differently.
 */
export type PlaceholderName = DirectiveName | `${InlineDirective}-inline`;

/** Every placeholder name the Markdown pipeline can write, for the renderer's completeness test. */
export const PLACEHOLDER_NAMES: PlaceholderName[] = (
  Object.keys(DIRECTIVES) as DirectiveName[]
).flatMap((name): PlaceholderName[] => {
  const spec: DirectiveSpec = DIRECTIVES[name];
  return [
    ...(spec.block ? [name] : []),
    ...(spec.inline ? [`${name}-inline` as PlaceholderName] : []),
  ];
});

/** A timeline event that a component placed in an article shows, and the `#anchor` it is at. */
export interface ShownEvent {
  event: string;
  anchor: string;
}

/**
 * The directive a placeholder or a `::name{#id}` names, when its entries show timeline events: the
 * collection of its entries, and the events an entry shows with their anchors. Undefined for a
 * directive that shows none, and for any other name.
 */
export function eventsShownBy(
  name: string,
):
  | { collection: DataCollectionName; events: (id: string, entry: unknown) => ShownEvent[] }
  | undefined {
  if (!Object.hasOwn(DIRECTIVES, name)) return undefined;
  const spec: DirectiveSpec = DIRECTIVES[name as DirectiveName];
  const shows = spec.showsEvents;
  if (!spec.collection || !shows) return undefined;
  return {
    collection: spec.collection,
    // The entry is one of `collection`, which the directive's own `of` is typed for.
    events: (id, entry) =>
      shows.of(entry as never).map((event) => ({ event, anchor: shows.anchor(id, event) })),
  };
}
