// The one reader of content files outside Astro's loaders: the Markdown plugins (which ids a
// directive may name, the quotes' words, the fact boxes' figures), the sitemap's dates in
// astro.config.mjs, the editor's order of entries, and the tests all read the content here.
// Each YAML collection is checked against its schema (src/content-layer/registry.ts), never cast:
// an entry that does not match is left out, and its loader reports it with its line. YAML reads are
// cached by the file's size and modification time, so a build reads each file once, and
// `astro dev` sees an edit on the next request without a restart.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { articleId, contentIsSettled, listMarkdownFiles } from './paths.ts';
import {
  COLLECTIONS,
  DIRECTIVES,
  eventsShownBy,
  type DataCollectionName,
  type DirectiveWithId,
  type EntryData,
} from './registry.ts';
import { parseYamlSource, splitMarkdown, type YamlSource } from './source-text.ts';
import type { FactBox } from '../schemas/factbox.ts';

/** A YAML collection as the reader found it. */
export interface DataCollectionRead<N extends DataCollectionName> {
  /** The file, as the project names it (`content/quotes.yaml`). */
  file: string;
  /** The entries that match the schema, by id, in the editor's order. */
  entries: ReadonlyMap<string, EntryData<N>>;
  /** Every id in the file in the editor's order, valid or not. */
  order: readonly string[];
  /** True when the file is missing or is not YAML of entries by id (its loader says why). */
  unreadable: boolean;
}

const reads = new Map<string, { stamp: string; value: unknown }>();

/** `read(text)` of a file, again only when the file has changed; undefined when it cannot be read. */
function readCached<T>(path: string, kind: string, read: (text: string) => T): T | undefined {
  const key = `${kind}:${path}`;
  const cached = reads.get(key);
  if (cached && contentIsSettled()) return cached.value as T;
  let stamp: string;
  try {
    const stat = statSync(path);
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    if (contentIsSettled()) reads.set(key, { stamp: 'missing', value: undefined });
    return undefined;
  }
  if (cached?.stamp === stamp) return cached.value as T;
  let value: T;
  try {
    value = read(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  reads.set(key, { stamp, value });
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** One YAML collection's entries, each checked against the collection's schema. */
export function readDataCollection<N extends DataCollectionName>(
  contentDir: string,
  name: N,
): DataCollectionRead<N> {
  const file = join(contentDir, COLLECTIONS[name].source.file);
  const schema = COLLECTIONS[name].schema;
  const read = readCached(file, `collection ${name}`, (text) => {
    const parsed: unknown = parse(text);
    if (!isRecord(parsed)) return undefined;
    const entries = new Map<string, EntryData<N>>();
    for (const [id, value] of Object.entries(parsed)) {
      const result = schema.safeParse(value);
      if (result.success) entries.set(id, result.data as EntryData<N>);
    }
    return { entries, order: Object.keys(parsed) };
  });
  return {
    file: file.replace(/^\.\//, ''),
    entries: read?.entries ?? new Map(),
    order: read?.order ?? [],
    unreadable: !read,
  };
}

/**
 * A Markdown file's text and frontmatter (as written), or undefined when it cannot be read. Not
 * cached: the sitemap's dates read each article once, and keeping every article's text for the
 * life of the process would cost memory at thousands of articles.
 */
function readMarkdownFile(
  path: string,
): { text: string; frontmatter: string | undefined } | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    return { text, frontmatter: splitMarkdown(text).frontmatter };
  } catch {
    return undefined;
  }
}

/** A YAML file with the position of every node, for messages that name a line. */
export function readYamlSource(path: string): YamlSource | undefined {
  return readCached(path, 'positions', (text) => parseYamlSource(path, text).source);
}

/** The ids of a YAML collection in the order the editor wrote them. */
export function readEntryOrder(contentDir: string, name: DataCollectionName): readonly string[] {
  return readDataCollection(contentDir, name).order;
}

/** The ids each component directive may name, by directive. */
export type DirectiveTargets = Record<DirectiveWithId, readonly string[]> & {
  /** The files that could not be read, by directive: their own errors are reported by their loader. */
  unreadable?: Partial<Record<DirectiveWithId, string>>;
};

export function readDirectiveTargets(contentDir: string): DirectiveTargets {
  const targets = {} as DirectiveTargets;
  for (const [directive, spec] of Object.entries(DIRECTIVES) as [
    DirectiveWithId,
    (typeof DIRECTIVES)[DirectiveWithId],
  ][]) {
    if (!spec.collection) continue;
    const read = readDataCollection(contentDir, spec.collection);
    // Every id written counts: an entry that fails its schema is reported by its loader, not here.
    targets[directive] = read.order;
    if (read.unreadable) targets.unreadable = { ...targets.unreadable, [directive]: read.file };
  }
  return targets;
}

/** Every quote's words by id (`content/quotes.yaml`), for the checks that keep them in one place. */
export function readQuoteTexts(contentDir: string): Record<string, string> {
  return Object.fromEntries(
    [...readDataCollection(contentDir, 'quotes').entries].map(([id, quote]) => [id, quote.text]),
  );
}

export interface FactBoxFigures {
  /** The slug of the article that tells the fact box's full story. */
  article: string;
  /** The figures the article's numbers must agree with. */
  figures: FactBox['figures'];
}

/** Each fact box's figures and article, by fact-box id. */
export function readFactBoxFigures(contentDir: string): Record<string, FactBoxFigures> {
  return Object.fromEntries(
    [...readDataCollection(contentDir, 'factboxes').entries].map(([id, box]) => [
      id,
      { article: box.article.id, figures: box.figures },
    ]),
  );
}

function isoOrUndefined(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The component directives that show timeline events (`::timeline{#id}`, …), from the registry. */
const EVENT_DIRECTIVE = new RegExp(
  `^::(${Object.keys(DIRECTIVES)
    .filter((name) => eventsShownBy(name))
    .join('|')})\\{#([a-z0-9-]+)\\}`,
  'gm',
);

/**
 * An article's `updated` instant, from its frontmatter. A plain `updated: "…"` line (how every
 * article writes it) is read as it is: parsing the whole frontmatter as YAML took 3 ms an article,
 * the longest part of loading the site's configuration. Anything else is parsed as YAML.
 */
export function updatedOf(frontmatter: string): string | undefined {
  const lines = frontmatter.match(/^updated[ \t]*:.*$/gm);
  const simple =
    lines?.length === 1
      ? /^updated[ \t]*:[ \t]*(?:"([^"\\]*)"|'([^']*)'|([0-9][0-9:.+TZ]*-[0-9:.+TZ-]*))[ \t]*(?:#.*)?$/.exec(
          lines[0],
        )
      : null;
  if (simple) return isoOrUndefined(simple[1] ?? simple[2] ?? simple[3]);
  return isoOrUndefined((parse(frontmatter) as { updated?: unknown } | null)?.updated);
}

/**
 * When the content last changed, for the sitemap: each article's `updated`, or the latest update
 * (content/updates.yaml) of an event it shows through a fact box or timeline, whichever is later;
 * and the latest change of anything.
 */
export function readContentDates(contentDir: string): {
  articles: Record<string, string>;
  latest: string;
} {
  const boxes = readDataCollection(contentDir, 'factboxes').entries;
  const updatesByEvent = new Map<string, string[]>();
  for (const update of readDataCollection(contentDir, 'updates').entries.values()) {
    const published = isoOrUndefined(update.published);
    if (published)
      updatesByEvent.set(update.event.id, [
        ...(updatesByEvent.get(update.event.id) ?? []),
        published,
      ]);
  }
  const eventsOf = (directive: string, id: string): string[] => {
    const shown = eventsShownBy(directive);
    const entry = shown && readDataCollection(contentDir, shown.collection).entries.get(id);
    return entry ? shown.events(id, entry).map((s) => s.event) : [];
  };

  const articles: Record<string, string> = {};
  const dir = join(contentDir, 'articles');
  for (const name of listMarkdownFiles(dir)) {
    // A file that cannot be read here is reported, with its line, by the articles' loader.
    const read = readMarkdownFile(join(dir, name));
    let updated: string | undefined;
    try {
      updated = read?.frontmatter === undefined ? undefined : updatedOf(read.frontmatter);
    } catch {
      continue;
    }
    if (!read || !updated) continue;
    const factUpdates = [...read.text.matchAll(EVENT_DIRECTIVE)].flatMap(([, kind, id]) =>
      eventsOf(kind!, id!).flatMap((e) => updatesByEvent.get(e) ?? []),
    );
    articles[articleId(name)] = [updated, ...factUpdates].sort().at(-1)!;
  }
  const boxDates = [...boxes.values()].map((box) => isoOrUndefined(box.lastUpdated));
  const all = [
    ...Object.values(articles),
    ...boxDates.filter((d): d is string => !!d),
    ...[...updatesByEvent.values()].flat(),
  ];
  return { articles, latest: all.sort().at(-1) ?? new Date(0).toISOString() };
}
