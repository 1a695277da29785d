// Reads the ids (and fact-box figures) that Markdown directives may refer to, straight from the
// YAML in the content folder, so the Markdown plugins can validate articles while Astro renders them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { FigureSpec } from './figure-check';

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

/** When the content last changed: each article's `updated`, and the latest change of anything. */
export function readContentDates(contentDir: string): { articles: Record<string, string>; latest: string } {
  const articles: Record<string, string> = {};
  const dir = join(contentDir, 'articles');
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.md') || name.startsWith('_')) continue;
    // A file that cannot be read here is reported, with its line, by the articles' loader.
    let updated: string | undefined;
    try {
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), 'utf8'));
      updated = match ? updatedOf(match[1]!) : undefined;
    } catch {
      continue;
    }
    if (updated) articles[name.slice(0, -3)] = updated;
  }
  const boxDates = Object.values(readYamlRecord(join(contentDir, 'factboxes.yaml'))).map((box) => isoOrUndefined(box?.['lastUpdated']));
  const all = [...Object.values(articles), ...boxDates.filter((d): d is string => !!d)];
  return { articles, latest: all.sort().at(-1) ?? new Date(0).toISOString() };
}
