// The checks a YAML collection's loader runs besides its schema and its words, by collection:
// what is attributed to the report against the report's own text, and the source texts themselves.
// Kept apart from the registry (registry.ts), which stays a list of data: these read other content
// (the report's text, through content-files.ts), and src/content.config.ts composes the two.
import type { ContentProblem } from '../lib/content-problem.ts';
import { contentDir } from './paths.ts';
import { checkReportErrors, readReportIds } from './report-errors.ts';
import type { CollectionName } from './registry.ts';
import { checkQuotesAgainstSources, checkSourceFiles, type SourceText } from './report-check.ts';
import type { EntryCheckContext } from './strict-file-loader.ts';

/** What a collection's extra checks may read besides its own entries. */
export interface CheckInputs {
  /**
   * The text of every source that ships with the content (`file:` in content/sources.yaml), by id;
   * undefined while content/sources.yaml cannot be read (its loader reports that).
   */
  sources: ReadonlyMap<string, SourceText> | undefined;
}

/** More checks of a collection's entries as written, e.g. quotes against the report's text. */
export type CollectionCheck = (context: EntryCheckContext, inputs: CheckInputs) => ContentProblem[];

/** The collections with checks of their own; the others have their schema and words checked only. */
export const COLLECTION_CHECKS: Partial<Record<CollectionName, CollectionCheck>> = {
  people: (context, { sources }) =>
    sources ? checkReportErrors(sources, readReportIds(contentDir), context) : [],
  quotes: (context, { sources }) => (sources ? checkQuotesAgainstSources(sources, context) : []),
  sources: (context, { sources }) => (sources ? checkSourceFiles(sources, context) : []),
};
