// Reads the ids (and fact-box figures) that Markdown directives may refer to, straight from the
// YAML in the content folder, so the Markdown plugins can validate articles while Astro renders them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { articleId, listMarkdownFiles } from './paths';
import { splitMarkdown } from './source-text';
import type { FigureSpec } from '../markdown/figure-check';

/** What a component directive's `#id` can name. */
export type DirectiveTarget = 'timeline' | 'quote' | 'factbox';

export interface DirectiveTargets {
  /** Timeline ids (`content/timelines.yaml`). */
  timeline: readonly string[];
  /** Quote ids (`content/quotes.yaml`). */
  quote: readonly string[];
  /** Fact-box ids (`content/factboxes.yaml`). */
  factbox: readonly string[];
  /** The files that could not be read, by target: their own errors are reported by their loader. */
  unreadable?: Partial<Record<DirectiveTarget, string>>;
}

export interface FactBoxFigures {
  /** The slug of the article that tells the fact box's full story. */
  article: string;
  /** The figures the article's numbers must agree with. */
  figures: readonly FigureSpec[];
}

/** A YAML file's entries, or undefined when it is missing or broken (its loader reports why). */
function tryReadYamlRecord(file: string): Record<string, Record<string, unknown>> | undefined {
  try {
    const parsed: unknown = parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, Record<string, unknown>>) : undefined;
  } catch {
    return undefined;
  }
}

function readYamlRecord(file: string): Record<string, Record<string, unknown>> {
  return tryReadYamlRecord(file) ?? {};
}

/** The ids of a YAML collection file in the order the editor wrote them. */
export function readEntryOrder(contentDir: string, fileName: string): string[] {
  return Object.keys(readYamlRecord(join(contentDir, fileName)));
}

export function readDirectiveTargets(contentDir: string): DirectiveTargets {
  const files = { timeline: 'timelines.yaml', quote: 'quotes.yaml', factbox: 'factboxes.yaml' } as const;
  const targets: DirectiveTargets = { timeline: [], quote: [], factbox: [] };
  for (const [target, name] of Object.entries(files) as [keyof typeof files, string][]) {
    const record = tryReadYamlRecord(join(contentDir, name));
    if (record) targets[target] = Object.keys(record);
    else targets.unreadable = { ...targets.unreadable, [target]: join(contentDir, name).replace(/^\.\//, '') };
  }
  return targets;
}

/** Every quote's words by id (`content/quotes.yaml`), for the checks that keep them in one place. */
export function readQuoteTexts(contentDir: string): Record<string, string> {
  const quotes: Record<string, string> = {};
  for (const [id, quote] of Object.entries(readYamlRecord(join(contentDir, 'quotes.yaml')))) {
    if (typeof quote?.['text'] === 'string' && quote['text'].trim()) quotes[id] = quote['text'];
  }
  return quotes;
}

export function readFactBoxFigures(contentDir: string): Record<string, FactBoxFigures> {
  const boxes = readYamlRecord(join(contentDir, 'factboxes.yaml'));
  const result: Record<string, FactBoxFigures> = {};
  for (const [id, box] of Object.entries(boxes)) {
    const figures = Array.isArray(box['figures']) ? (box['figures'] as FigureSpec[]) : [];
    result[id] = { article: String(box['article'] ?? ''), figures };
  }
  return result;
}

function isoOrUndefined(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The component directives that show timeline events: `::factbox{#id}` and `::timeline{#id}`. */
const EVENT_DIRECTIVE = /^::(factbox|timeline)\{#([a-z0-9-]+)\}/gm;

/**
 * An article's `updated` instant, from its frontmatter. A plain `updated: "…"` line (how every
 * article writes it) is read as it is: parsing the whole frontmatter as YAML took 3 ms an article,
 * the longest part of loading the site's configuration. Anything else is parsed as YAML.
 */
export function updatedOf(frontmatter: string): string | undefined {
  const lines = frontmatter.match(/^updated[ \t]*:.*$/gm);
  const simple = lines?.length === 1 ? /^updated[ \t]*:[ \t]*(?:"([^"\\]*)"|'([^']*)'|([0-9][0-9:.+TZ]*-[0-9:.+TZ-]*))[ \t]*(?:#.*)?$/.exec(lines[0]!) : null;
  if (simple) return isoOrUndefined(simple[1] ?? simple[2] ?? simple[3]);
  return isoOrUndefined((parse(frontmatter) as { updated?: unknown } | null)?.updated);
}

/**
 * When the content last changed, for the sitemap: each article's `updated`, or the latest update
 * (content/updates.yaml) of an event it shows through a fact box or timeline, whichever is later;
 * and the latest change of anything.
 */
export function readContentDates(contentDir: string): { articles: Record<string, string>; latest: string } {
  const boxes = readYamlRecord(join(contentDir, 'factboxes.yaml'));
  const timelines = readYamlRecord(join(contentDir, 'timelines.yaml'));
  const updatesByEvent = new Map<string, string[]>();
  for (const update of Object.values(readYamlRecord(join(contentDir, 'updates.yaml')))) {
    const published = isoOrUndefined(update?.['published']);
    if (published && typeof update?.['event'] === 'string') updatesByEvent.set(update['event'], [...(updatesByEvent.get(update['event']) ?? []), published]);
  }
  const eventsOf = (kind: string, id: string): string[] =>
    kind === 'factbox'
      ? ((boxes[id]?.['steps'] as { event?: string }[] | undefined) ?? []).map((s) => String(s?.event))
      : ((timelines[id]?.['periods'] as { events?: string[] }[] | undefined) ?? []).flatMap((p) => p?.events ?? []);

  const articles: Record<string, string> = {};
  const dir = join(contentDir, 'articles');
  for (const name of listMarkdownFiles(dir)) {
    // A file that cannot be read here is reported, with its line, by the articles' loader.
    let text: string;
    let updated: string | undefined;
    try {
      text = readFileSync(join(dir, name), 'utf8');
      const raw = splitMarkdown(text).frontmatter;
      updated = raw === undefined ? undefined : updatedOf(raw);
    } catch {
      continue;
    }
    if (!updated) continue;
    const factUpdates = [...text.matchAll(EVENT_DIRECTIVE)].flatMap(([, kind, id]) => eventsOf(kind!, id!).flatMap((e) => updatesByEvent.get(e) ?? []));
    articles[articleId(name)] = [updated, ...factUpdates].sort().at(-1)!;
  }
  const boxDates = Object.values(boxes).map((box) => isoOrUndefined(box?.['lastUpdated']));
  const all = [...Object.values(articles), ...boxDates.filter((d): d is string => !!d), ...[...updatesByEvent.values()].flat()];
  return { articles, latest: all.sort().at(-1) ?? new Date(0).toISOString() };
}
