// In `astro dev` a loader that finds problems in a file logs them and keeps the file's last good
// entries, so a page that needs an entry the file now holds (a quote just added, but not the
// report's words) found none: it said "No quotes entry with the id …" over a code excerpt of
// entries.ts, and the reason was only in the terminal. Each loader's last problems are kept here,
// by collection, for that page to show instead: the content file, its line, and the fix.
import { ContentError } from './content-error.ts';
import type { ContentProblem } from '../lib/content-problem.ts';

/** What a loader's last load of its collection rejected. */
interface Rejection {
  problems: readonly ContentProblem[];
  /** The ids the rejected file holds; undefined when it could not be read as entries at all. */
  ids: ReadonlySet<string> | undefined;
}

/**
 * The loaders run in Astro's content layer and the pages in Vite's module runner: two copies of
 * this module in one process. They share the record through `globalThis`.
 */
const RECORD = Symbol.for('explainer.rejected-content');

function rejections(): Map<string, Rejection> {
  const shared = globalThis as { [RECORD]?: Map<string, Rejection> };
  return (shared[RECORD] ??= new Map());
}

/** A load's outcome: its problems (none when it stored the file's entries), and the ids it read. */
export function recordLoad(
  collection: string,
  problems: readonly ContentProblem[],
  ids?: Iterable<string>,
): void {
  if (problems.length === 0) rejections().delete(collection);
  else rejections().set(collection, { problems, ids: ids && new Set(ids) });
}

/**
 * The error for an entry that is missing because its loader rejected the file that holds it: the
 * file's problems, the entry's own first. Undefined when the loader rejected nothing, or the file
 * does not hold the entry either (then the reference itself is what is wrong).
 */
export function rejectedEntryError(collection: string, id: string): ContentError | undefined {
  const rejection = rejections().get(collection);
  if (!rejection || (rejection.ids && !rejection.ids.has(id))) return undefined;
  const own = rejection.problems.filter((p) => p.entry === id);
  const problems = [...own, ...rejection.problems.filter((p) => p.entry !== id)];
  const files = [...new Set(problems.map((p) => p.file))].join(', ');
  const count = `${problems.length} problem${problems.length > 1 ? 's' : ''}`;
  return new ContentError(
    problems,
    `The ${collection} entry "${id}" cannot be shown: ${files} has ${count}, and until ${problems.length > 1 ? 'they are' : 'it is'} fixed the site shows the file as it was before, without "${id}":`,
  );
}
