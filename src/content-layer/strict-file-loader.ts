// Astro's file loader logs a YAML file it cannot read and carries on with an empty collection, so
// one stray colon turns into dozens of "no such entry" errors elsewhere, and its schema errors name
// neither the line nor the fix. This loader reads the file itself (UTF-8, YAML syntax, repeated
// keys, impossible dates, ids that cannot be addresses, checks of its own), explains schema errors
// field by field, and stores the entries only when the whole file passes: in a build it stops with
// every problem found; in `astro dev` it logs them and keeps the last entries that passed.
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { formatProblem, projectPath, type ContentProblem } from '../lib/content-problem.ts';
import { ContentError } from './content-error.ts';
import { recordLoad } from './rejected-content.ts';
import { oneAtATime, readSettled } from './settled-read.ts';
import { explainSchemaFailure } from './schema-problems.ts';
import { locate, parseYamlSource, readContentText, type DataPath } from './source-text.ts';
import { findHtmlInText, findImpossibleDates } from './source-problems.ts';

/** Ids become page addresses and link targets, so they are lower-case slugs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function suggestId(id: string): string {
  return id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface EntryCheckContext {
  /** The file, as the project names it. */
  file: string;
  /** Every entry as written, by id. */
  entries: Record<string, unknown>;
  /** The line of a path (`[id, 'source', 'paragraphs']`) in the file. */
  locate: (path: DataPath) => { line: number; column: number } | undefined;
}

export interface StrictFileOptions {
  /** The collection's schema, to explain validation errors field by field. */
  schema: z.ZodType;
  /** More checks of the entries as written, e.g. quotes against the report. */
  check?: (context: EntryCheckContext) => ContentProblem[];
}

/**
 * Stops a build with every problem; in `astro dev` logs them and keeps the previous data, and
 * records them (with `ids`, the entries the rejected file holds) for a page that misses one.
 */
export function reportProblems(
  context: LoaderContext,
  problems: ContentProblem[],
  heading: string,
  ids?: Iterable<string>,
): boolean {
  recordLoad(context.collection, problems, ids);
  if (problems.length === 0) return false;
  const error = new ContentError(
    problems,
    `${heading} (${problems.length} problem${problems.length > 1 ? 's' : ''}):`,
  );
  if (!context.watcher) throw error;
  for (const problem of error.problems) context.logger.error(formatProblem(problem));
  return true;
}

export function strictFile(fileName: string, options: StrictFileOptions): Loader {
  /** The `astro dev` watchers this loader listens to already: one listener each, however often it loads. */
  const watched = new WeakSet<object>();
  let latest: LoaderContext | undefined;
  const load = oneAtATime(() => loadChecked(fileName, options, latest!));
  return {
    name: 'strict-file-loader',
    load: async (context: LoaderContext) => {
      latest = context;
      await load();
      // In `astro dev`, every change to the file is read, checked and loaded again.
      const { watcher } = context;
      if (watcher && !watched.has(watcher)) {
        watched.add(watcher);
        const path = fileURLToPath(new URL(fileName, context.config.root));
        watcher.add(path);
        watcher.on('change', (changed) => {
          if (changed !== path) return;
          context.logger.info(`Reloading ${projectPath(path, process.cwd())}`);
          load().catch((error: unknown) =>
            context.logger.error(error instanceof Error ? error.message : String(error)),
          );
        });
      }
    },
  };
}

/** What one read of the file found: its entries as the schema parsed them, or its problems. */
interface FileRead {
  heading: string;
  problems: ContentProblem[];
  /** The ids the file holds, when it could be read as entries. */
  ids?: string[] | undefined;
  entries: { id: string; data: Record<string, unknown> }[];
}

/**
 * Reads, checks and stores the file's entries once. In `astro dev` the file is read until it has
 * settled (src/content-layer/settled-read.ts), and the store changes only when it has no problems:
 * all its entries at once, never a part of them nor entries that failed their schema.
 */
async function loadChecked(
  fileName: string,
  options: StrictFileOptions,
  context: LoaderContext,
): Promise<void> {
  const path = fileURLToPath(new URL(fileName, context.config.root));
  const readOnce = () => readFile(path, options, context);
  const read = context.watcher ? await readSettled(path, readOnce) : await readOnce();
  if (reportProblems(context, read.problems, read.heading, read.ids)) return;
  const filePath = projectPath(path, fileURLToPath(context.config.root));
  context.store.clear();
  for (const { id, data } of read.entries) context.store.set({ id, data, filePath });
}

/** Reads the file and checks it, then parses each entry with the collection's schema. */
async function readFile(
  path: string,
  options: StrictFileOptions,
  context: LoaderContext,
): Promise<FileRead> {
  const name = projectPath(path, process.cwd());
  const read = readContentText(path, name);
  if ('problem' in read)
    return { heading: `${name} cannot be read`, problems: [read.problem], entries: [] };
  const checked = checkText(name, read.text, options);
  if (checked.problems.length || !checked.data)
    return {
      heading: `${name} has problems`,
      problems: checked.problems,
      ids: checked.ids,
      entries: [],
    };
  const problems: ContentProblem[] = [];
  const entries: FileRead['entries'] = [];
  for (const [id, data] of Object.entries(checked.data)) {
    try {
      entries.push({ id, data: await context.parseData({ id, data, filePath: path }) });
    } catch (error) {
      const explained = await explainSchemaFailure({
        schema: options.schema,
        data,
        file: name,
        entry: id,
        locate: (p) => checked.where([id, ...p]),
      });
      if (!explained.length) throw error;
      problems.push(...explained);
    }
  }
  const heading = `${name} does not match the content model`;
  return { heading, problems, ids: checked.ids, entries };
}

/** The file's text as entries by id, with every problem its text has before the schema's. */
function checkText(
  name: string,
  text: string,
  options: StrictFileOptions,
): {
  problems: ContentProblem[];
  data?: Record<string, Record<string, unknown>>;
  ids?: string[] | undefined;
  where: (p: DataPath) => { line: number; column: number } | undefined;
} {
  const { source, problems } = parseYamlSource(name, text);
  const where = (p: DataPath) => locate(source, p);
  const data: unknown = problems.length ? undefined : source.doc.toJS();
  if (problems.length) return { problems, where };
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file: name,
      line: 1,
      problem:
        data === null || data === undefined
          ? 'the file has no entries.'
          : 'the file must be a map of entries, each an id followed by its fields.',
      fix: 'write each entry as `the-id:` at the start of a line, with its fields indented below it.',
    });
    return { problems, where };
  }
  const entries = data as Record<string, Record<string, unknown>>;
  for (const id of Object.keys(entries)) {
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file: name,
        ...where([id]),
        entry: id,
        problem: 'this id is not a lower-case slug; ids become page addresses and link targets.',
        fix: `use lower-case letters, digits and single hyphens, e.g. "${suggestId(id) || 'the-entry-name'}", and change every reference to it.`,
      });
    }
  }
  problems.push(...findImpossibleDates(name, source, true), ...findHtmlInText(name, source, true));
  if (options.check) problems.push(...options.check({ file: name, entries, locate: where }));
  return { problems, data: entries, ids: Object.keys(entries), where };
}
