// What a failed build says went wrong, read after Astro has stopped: the problems the content
// checks recorded (as JSON lines in the problems file, PROBLEMS_FILE_ENV), or else Astro's own
// error from its log, or that its heap ran out. Astro's CLI has no machine-readable output (and its
// JavaScript API is marked experimental), so its log is read only for those last two.
import { existsSync, readFileSync } from 'node:fs';
import { formatProblem, type ContentProblem } from '../lib/content-problem.ts';

/** The problems the checks recorded, each once, in file and line order. */
export function recordedProblems(problemsFile: string): ContentProblem[] {
  if (!existsSync(problemsFile)) return [];
  const byText = new Map<string, ContentProblem>();
  for (const line of readFileSync(problemsFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const problem = JSON.parse(line) as ContentProblem;
    byText.set(formatProblem(problem), problem);
  }
  return [...byText.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/** When no check recorded a problem: Astro's own error, without its stack trace. */
export function astroError(logFile: string): string {
  const lines = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n') : [];
  const start = lines.findIndex((l) => /^\[\w+\]|\[ERROR\]|^\w*Error:/.test(l));
  if (start < 0)
    return lines
      .filter((l) => l.trim())
      .slice(-5)
      .join('\n');
  const end = lines.findIndex((l, i) => i > start && /^\s*(Stack trace:|at )/.test(l));
  return lines.slice(start, end > start ? end : start + 12).join('\n');
}

/** Whether Astro stopped because its heap reached the cap. */
export function ranOutOfMemory(logFile: string): boolean {
  return (
    existsSync(logFile) &&
    /JavaScript heap out of memory|Reached heap limit/.test(readFileSync(logFile, 'utf8'))
  );
}
