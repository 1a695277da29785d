// The error that stops a build on content problems: its message lists them all, and each is also
// written as a line of JSON to the build wrapper's problems file, so `src/build/build.ts` can
// list every problem at the end without reading Astro's output.
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, projectPath, type ContentProblem } from '../lib/content-problem.ts';

/**
 * The environment variable that names a file where every problem is also written as one line of
 * JSON; the build wrapper (`src/build/build.ts`) sets it and lists the problems at the end.
 */
export const PROBLEMS_FILE_ENV = 'CONTENT_PROBLEMS_FILE';

/** Writes problems to the wrapper's problems file, when there is one. */
export function recordProblems(problems: readonly ContentProblem[]): void {
  const target = process.env[PROBLEMS_FILE_ENV];
  if (!target || problems.length === 0) return;
  appendFileSync(
    target,
    problems
      .map((p) => JSON.stringify({ ...p, file: projectPath(p.file, process.cwd()) }) + '\n')
      .join(''),
  );
}

/** A place in a file, as Astro's error overlay reads it from an error's `loc`. */
export interface ErrorLocation {
  /** Absolute, so that the overlay can show the file whatever folder it resolves from. */
  file: string;
  line: number;
  column?: number | undefined;
}

/**
 * An error that carries content problems; its message lists them all. In `astro dev` the page that
 * throws it shows Astro's error overlay, which reads `title`, `loc` and `hint`: with them it shows
 * the content file at the first problem's line and its fix, not the code that threw.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  readonly title = 'A problem in the content';
  /** The first problem's file and line (line 1 when it has none: Astro would take the stack's). */
  readonly loc: ErrorLocation | undefined;
  /** The first problem's fix. */
  readonly hint: string | undefined;

  constructor(problems: ContentProblem[] | string, heading?: string) {
    const list =
      typeof problems === 'string'
        ? []
        : problems.map((p) => ({ ...p, file: projectPath(p.file, process.cwd()) }));
    const body = typeof problems === 'string' ? problems : list.map(formatProblem).join('\n');
    super(heading ? `${heading}\n${body}` : body);
    this.name = 'ContentError';
    this.problems = list;
    const first = list[0];
    this.loc = first && {
      file: resolve(process.cwd(), first.file),
      line: first.line ?? 1,
      column: first.column,
    };
    this.hint = first?.fix;
    recordProblems(list);
  }
}

/** Throws one ContentError with every problem, or returns when there are none. */
export function throwIfProblems(problems: readonly ContentProblem[], heading: string): void {
  if (problems.length === 0) return;
  throw new ContentError(
    [...problems],
    `${heading} (${problems.length} problem${problems.length > 1 ? 's' : ''}):`,
  );
}
