// One shape for every problem the build finds in the content, so that each message names the file,
// the place (line, entry, field), what is wrong and what would be right, in the same words
// wherever it is found: a loader, a Markdown plugin, the reference check or the build wrapper.
import { appendFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

export interface ContentProblem {
  /** The file, relative to the project root, e.g. `content/people.yaml`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** 1-based column, when known. */
  column?: number | undefined;
  /** The entry's id, for files that hold many entries. */
  entry?: string | undefined;
  /** The field, as a path: `role`, `sources[0].paragraphs`. */
  field?: string | undefined;
  /** What is wrong, in a sentence. */
  problem: string;
  /** What would be right, in a sentence. */
  fix: string;
}

/**
 * The environment variable that names a file where every problem is also written as one line of
 * JSON; the build wrapper (`src/scripts/build.mjs`) sets it and lists the problems at the end.
 */
export const PROBLEMS_FILE_ENV = 'CONTENT_PROBLEMS_FILE';

/** A path as the project names it: relative to the project root, with forward slashes. */
export function projectPath(path: string): string {
  const cleaned = path.startsWith('file://') ? new URL(path).pathname : path;
  const rel = isAbsolute(cleaned) ? relative(process.cwd(), cleaned) : cleaned.replace(/^\.\//, '');
  return rel.split(sep).join('/');
}

/** `content/people.yaml:12:3: entry "x", field "role": the problem` and a `How to fix:` line. */
export function formatProblem(p: ContentProblem): string {
  const place = [p.file, p.line, p.line ? p.column : undefined].filter((part) => part !== undefined).join(':');
  const subject = [p.entry && `entry "${p.entry}"`, p.field && `field "${p.field}"`].filter(Boolean).join(', ');
  return `${place}: ${subject ? `${subject}: ` : ''}${p.problem}\n  How to fix: ${p.fix}`;
}

/** Writes problems to the wrapper's problems file, when there is one. */
export function recordProblems(problems: readonly ContentProblem[]): void {
  const target = process.env[PROBLEMS_FILE_ENV];
  if (!target || problems.length === 0) return;
  appendFileSync(target, problems.map((p) => JSON.stringify({ ...p, file: projectPath(p.file) }) + '\n').join(''));
}

/** An error that carries content problems; its message lists them all. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: ContentProblem[] | string, heading?: string) {
    const list = typeof problems === 'string' ? [] : problems.map((p) => ({ ...p, file: projectPath(p.file) }));
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
  throw new ContentError([...problems], `${heading} (${problems.length} problem${problems.length > 1 ? 's' : ''}):`);
}
