// Astro's file loader logs a YAML file it cannot read and carries on with an empty collection, so
// one stray colon turns into dozens of "no such entry" errors elsewhere, and its schema errors name
// neither the line nor the fix. This wrapper reads the file first (UTF-8, YAML syntax, repeated
// keys, impossible dates, ids that cannot be addresses, checks of its own) and explains schema
// errors field by field; in a build it stops with every problem found.
import { fileURLToPath } from 'node:url';
import { file } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { formatProblem, projectPath, type ContentProblem } from '../lib/content-problem.ts';
import { ContentError } from './content-error.ts';
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

/** Stops a build with every problem; in `astro dev` logs them and keeps the previous data. */
export function reportProblems(
  context: LoaderContext,
  problems: ContentProblem[],
  heading: string,
): boolean {
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
  return {
    name: 'strict-file-loader',
    load: async (context: LoaderContext) => {
      await loadChecked(fileName, options, context);
      // In `astro dev`, every change to the file is read, checked and loaded again. (Astro's file
      // loader watches it too, but would reload the entries this loader parsed at the start.)
      const { watcher } = context;
      if (watcher && !watched.has(watcher)) {
        watched.add(watcher);
        const path = fileURLToPath(new URL(fileName, context.config.root));
        watcher.add(path);
        watcher.on('change', (changed) => {
          if (changed !== path) return;
          context.logger.info(`Reloading ${projectPath(path)}`);
          loadChecked(fileName, options, context).catch((error: unknown) =>
            context.logger.error(error instanceof Error ? error.message : String(error)),
          );
        });
      }
    },
  };
}

/** Reads, checks and stores the file's entries once. */
async function loadChecked(
  fileName: string,
  options: StrictFileOptions,
  context: LoaderContext,
): Promise<void> {
  const path = fileURLToPath(new URL(fileName, context.config.root));
  const name = projectPath(path);
  const read = readContentText(path, name);
  if ('problem' in read) {
    reportProblems(context, [read.problem], `${name} cannot be read`);
    return;
  }
  const { source, problems } = parseYamlSource(name, read.text);
  const where = (p: DataPath) => locate(source, p);
  const data: unknown = problems.length ? undefined : source.doc.toJS();
  if (!problems.length) {
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
    } else {
      for (const id of Object.keys(data)) {
        if (!ID_PATTERN.test(id)) {
          problems.push({
            file: name,
            ...where([id]),
            entry: id,
            problem:
              'this id is not a lower-case slug; ids become page addresses and link targets.',
            fix: `use lower-case letters, digits and single hyphens, e.g. "${suggestId(id) || 'the-entry-name'}", and change every reference to it.`,
          });
        }
      }
      problems.push(
        ...findImpossibleDates(name, source, true),
        ...findHtmlInText(name, source, true),
      );
      if (options.check)
        problems.push(
          ...options.check({ file: name, entries: data as Record<string, unknown>, locate: where }),
        );
    }
  }
  if (reportProblems(context, problems, `${name} has problems`)) return;

  const schemaProblems: ContentProblem[] = [];
  const inner = file(fileName, { parser: () => data as Record<string, Record<string, unknown>> });
  // Without the watcher: Astro's loader would add one more watch of its own on every load.
  const once: LoaderContext = { ...context };
  delete once.watcher;
  await inner.load({
    ...once,
    parseData: async (props) => {
      try {
        return await context.parseData(props);
      } catch (error) {
        const explained = await explainSchemaFailure({
          schema: options.schema,
          data: props.data,
          file: name,
          entry: props.id,
          locate: (p) => where([props.id, ...p]),
        });
        if (!explained.length) throw error;
        schemaProblems.push(...explained);
        return props.data;
      }
    },
  });
  reportProblems(context, schemaProblems, `${name} does not match the content model`);
}
