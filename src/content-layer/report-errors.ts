// Which report a person's `reportError` is about: the report it names (`reportError.source`), or,
// when it names none, the content's only report (`kind: report` in content/sources.yaml). With
// several reports and none named, the build stops and asks for one. The words are then checked
// against that report's text (report-check.ts), and the note on the person links to its paragraph.
import type { ContentProblem } from '../lib/content-problem.ts';
import { readDataCollection } from './content-files.ts';
import { checkReportErrorsAgainstReport, type SourceText } from './report-check.ts';
import type { EntryCheckContext } from './strict-file-loader.ts';

/** The ids of the content's reports (`kind: report`), in the editor's order. */
export function readReportIds(contentDir: string): string[] {
  return [...readDataCollection(contentDir, 'sources').entries]
    .filter(([, source]) => source.kind === 'report')
    .map(([id]) => id);
}

/** The report a `reportError` is about: the one it names, else the only one; undefined when unclear. */
export function reportOfError(
  named: string | undefined,
  reportIds: readonly string[],
): string | undefined {
  if (named !== undefined) return reportIds.includes(named) ? named : undefined;
  return reportIds.length === 1 ? reportIds[0] : undefined;
}

/** Why a `reportError` names no report the check can use, and how to fix it. */
function unclearReport(
  named: string | undefined,
  reportIds: readonly string[],
): { problem: string; fix: string } {
  const list = reportIds.map((id) => `"${id}"`).join(', ');
  if (reportIds.length === 0)
    return {
      problem: 'content/sources.yaml has no report (kind: report) for this to be about.',
      fix: 'add the report, with its text in `file`, to content/sources.yaml, or remove reportError.',
    };
  if (named !== undefined)
    return {
      problem: `"${named}" is not a report (kind: report) in content/sources.yaml.`,
      fix: `name the report that said it: ${list}.`,
    };
  return {
    problem: `content/sources.yaml has ${reportIds.length} reports (${list}), and this does not say which one said it.`,
    fix: `add \`source:\` under reportError with the report's id: ${list}.`,
  };
}

/**
 * Checks every person's `reportError.reportSaid` against the paragraph it names of the report it is
 * about, each report's people together.
 */
export function checkReportErrors(
  texts: ReadonlyMap<string, SourceText>,
  reportIds: readonly string[],
  context: EntryCheckContext,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byReport = new Map<string, Record<string, unknown>>();
  for (const [id, entry] of Object.entries(context.entries)) {
    const error = (entry as { reportError?: { source?: unknown } } | null)?.reportError;
    if (!error || typeof error !== 'object') continue;
    const named = typeof error.source === 'string' ? error.source : undefined;
    const report = reportOfError(named, reportIds);
    if (report === undefined) {
      const field = named === undefined ? ['reportError'] : ['reportError', 'source'];
      problems.push({
        file: context.file,
        ...context.locate([id, ...field]),
        entry: id,
        field: field.join('.'),
        ...unclearReport(named, reportIds),
      });
      continue;
    }
    byReport.set(report, { ...byReport.get(report), [id]: entry });
  }
  for (const [report, entries] of byReport)
    problems.push(...checkReportErrorsAgainstReport(texts, report, { ...context, entries }));
  return problems;
}
