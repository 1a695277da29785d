// The error that stops a build on content problems: its message lists them all, and each is also
// written as a line of JSON to the build wrapper's problems file, so `src/scripts/build.mjs` can
// list every problem at the end without reading Astro's output.
import { appendFileSync } from 'node:fs';
import { formatProblem, projectPath, type ContentProblem } from '../lib/content-problem.ts';

/**
 * The environment variable that names a file where every problem is also written as one line of
 * JSON; the build wrapper (`src/scripts/build.mjs`) sets it and lists the problems at the end.
 */
export const PROBLEMS_FILE_ENV = 'CONTENT_PROBLEMS_FILE';

/** Writes problems to the wrapper's problems file, when there is one. */
export function recordProblems(problems: readonly ContentProblem[]): void {
  const target = process.env[PROBLEMS_FILE_ENV];
  if (!target || problems.length === 0) return;
  appendFileSync(
    target,
    problems.map((p) => JSON.stringify({ ...p, file: projectPath(p.file) }) + '\n').join(''),
  );
}

/** An error that carries content problems; its message lists them all. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: ContentProblem[] | string, heading?: string) {
    const list =
      typeof problems === 'string'
        ? []
        : problems.map((p) => ({ ...p, file: projectPath(p.file) }));
    const body = typeof problems === 'string' ? problems : list.map(formatProblem).join('\n');
    super(heading ? `${heading}\n${body}` : body);
    this.name = 'ContentError';
    this.problems = list;
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
