// One shape for every problem the build finds in the content, so that each message names the file,
// the place (line, entry, field), what is wrong and what would be right, in the same words
// wherever it is found: a loader, a Markdown plugin, the reference check or the build wrapper.
// Pure: the error that carries problems, and records them for the build wrapper, is in
// src/content-layer/content-error.ts.

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

/** True for an absolute path: `/home/…` or, on Windows, `C:\\…`. */
function isAbsolutePath(path: string): boolean {
  return /^(?:[A-Za-z]:)?\//.test(path);
}

/** The folders and file of an absolute path, with `.` and `..` resolved. */
function segmentsOf(path: string): string[] {
  const segments: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') segments.pop();
    else if (part && part !== '.') segments.push(part);
  }
  return segments;
}

/** `to` relative to the folder `from`, both absolute with forward slashes: `../x` where it is outside. */
function relativePath(from: string, to: string): string {
  const base = segmentsOf(from);
  const target = segmentsOf(to);
  let shared = 0;
  while (shared < base.length && shared < target.length && base[shared] === target[shared])
    shared++;
  return [...base.slice(shared).map(() => '..'), ...target.slice(shared)].join('/');
}

/**
 * A path as the project names it: relative to the project's root (`root`, an absolute path: the
 * caller's working folder), with forward slashes.
 */
export function projectPath(path: string, root: string): string {
  const cleaned = (path.startsWith('file://') ? new URL(path).pathname : path).replaceAll(
    '\\',
    '/',
  );
  return isAbsolutePath(cleaned)
    ? relativePath(root.replaceAll('\\', '/'), cleaned)
    : cleaned.replace(/^\.\//, '');
}

/** `content/people.yaml:12:3: entry "x", field "role": the problem` and a `How to fix:` line. */
export function formatProblem(p: ContentProblem): string {
  const place = [p.file, p.line, p.line ? p.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const subject = [p.entry && `entry "${p.entry}"`, p.field && `field "${p.field}"`]
    .filter(Boolean)
    .join(', ');
  return `${place}: ${subject ? `${subject}: ` : ''}${p.problem}\n  How to fix: ${p.fix}`;
}
