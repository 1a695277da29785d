// Reads the ids (and fact-box figures) that Markdown directives may refer to, straight from the
// YAML in the content folder, so the Markdown plugins can validate articles while Astro renders them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { FigureSpec } from './figure-check';

export interface DirectiveTargets {
  /** Timeline ids (`content/timelines.yaml`). */
  timeline: readonly string[];
  /** Quote ids (`content/quotes.yaml`). */
  quote: readonly string[];
  /** Fact-box ids (`content/factboxes.yaml`). */
  factbox: readonly string[];
}

export interface FactBoxFigures {
  /** The slug of the article that tells the fact box's full story. */
  article: string;
  /** The figures the article's numbers must agree with. */
  figures: readonly FigureSpec[];
}

function readYamlRecord(file: string): Record<string, Record<string, unknown>> {
  try {
    const parsed: unknown = parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, Record<string, unknown>>) : {};
  } catch (error) {
    // A missing or broken file is reported by Astro's own loader, with the file and the field.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return {};
  }
}

/** The ids of a YAML collection file in the order the editor wrote them. */
export function readEntryOrder(contentDir: string, fileName: string): string[] {
  return Object.keys(readYamlRecord(join(contentDir, fileName)));
}

export function readDirectiveTargets(contentDir: string): DirectiveTargets {
  return {
    timeline: Object.keys(readYamlRecord(join(contentDir, 'timelines.yaml'))),
    quote: Object.keys(readYamlRecord(join(contentDir, 'quotes.yaml'))),
    factbox: Object.keys(readYamlRecord(join(contentDir, 'factboxes.yaml'))),
  };
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

/** When the content last changed: each article's `updated`, and the latest change of anything. */
export function readContentDates(contentDir: string): { articles: Record<string, string>; latest: string } {
  const articles: Record<string, string> = {};
  const dir = join(contentDir, 'articles');
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.md') || name.startsWith('_')) continue;
    const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, name), 'utf8'));
    const frontmatter: unknown = match ? parse(match[1]!) : undefined;
    const updated = (frontmatter as { updated?: unknown } | undefined)?.updated;
    if (typeof updated === 'string' || updated instanceof Date) articles[name.slice(0, -3)] = new Date(updated).toISOString();
  }
  const boxDates = Object.values(readYamlRecord(join(contentDir, 'factboxes.yaml'))).map((box) => box['lastUpdated']);
  const all = [...Object.values(articles), ...boxDates.filter((d) => d).map((d) => new Date(d as string).toISOString())];
  return { articles, latest: all.sort().at(-1) ?? new Date(0).toISOString() };
}
