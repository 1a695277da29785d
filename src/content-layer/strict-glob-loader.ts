// Astro's glob loader logs an error when a Markdown file fails to render (a bad directive, a number
// that contradicts a fact box) and carries on, which would publish the article with an empty body;
// it reads bytes that are not UTF-8 as replacement characters, and lets two files claim one
// address. This wrapper reads every article first (UTF-8, frontmatter present and valid YAML,
// real dates, a file name that can be an address, one file per address), explains schema errors
// field by field, collects render errors, and in a build stops with every problem found.
// Astro gives a loader no supported way to learn of a render error but its logger; a failure is
// recognised by the article being stored without HTML, not by the log's wording.
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { projectPath, type ContentProblem } from '../lib/content-problem.ts';
import { articleId, contentDir, listMarkdownFiles } from './paths.ts';
import { COLLECTIONS, type CollectionSpec } from './registry.ts';
import { explainSchemaFailure } from './schema-problems.ts';
import { reportProblems, suggestId, ID_PATTERN } from './strict-file-loader.ts';
import * as sourceProblems from './source-problems.ts';
import * as sourceText from './source-text.ts';
import {
  locate,
  parseYamlSource,
  readContentText,
  splitMarkdown,
  type YamlSource,
} from './source-text.ts';
import { findHtmlInText, findImpossibleDates } from './source-problems.ts';

/** Where the loader keeps, between builds, the digests of the files whose frontmatter passed its checks. */
const PASSED_KEY = 'strict-glob-loader:passed';

/** The YAML files of the registry's collections, as absolute paths. */
function yamlCollectionFiles(root: URL): string[] {
  const dir = fileURLToPath(new URL(contentDir.replace(/\/?$/, '/'), root));
  return Object.values(COLLECTIONS as Record<string, CollectionSpec>).flatMap((spec) =>
    'file' in spec.source ? [join(dir, spec.source.file)] : [],
  );
}

/** The checking code itself, so that a change to a check checks every file again. */
const CHECKS_DIGEST = [strictGlob, ...Object.values(sourceText), ...Object.values(sourceProblems)]
  .map(String)
  .join('\n');

export interface StrictGlobOptions {
  /** The folder of Markdown files, relative to the project root. */
  base: string;
  /** The collection's schema, to explain validation errors field by field. */
  schema: z.ZodType;
}

export function strictGlob(options: StrictGlobOptions): Loader {
  /** The `astro dev` watchers this loader listens to already: one listener each, however often it loads. */
  const watched = new WeakSet<object>();
  const inner = glob({
    pattern: ['**/*.md', '!**/_*', '!**/_*/**'],
    base: options.base,
    // The address is the file name: a `slug` in the frontmatter is refused by the schema.
    generateId: ({ entry }) => articleId(entry),
    // Pages use the rendered HTML only; keeping each raw body too would put every article in the
    // build's data store twice (about 40% of it), and the store is held in memory while pages render.
    retainBody: false,
  });
  return {
    name: 'strict-glob-loader',
    load: async (context: LoaderContext) => {
      const dir = fileURLToPath(new URL(options.base.replace(/\/?$/, '/'), context.config.root));
      const entries = listMarkdownFiles(dir);
      const problems: ContentProblem[] = [];
      const frontmatters = new Map<string, YamlSource>();
      // A file whose bytes passed these checks in the last build passes them again: its frontmatter
      // is not parsed a second time (the YAML parser took 3 ms a file, every build).
      let passedBefore: Record<string, string> = {};
      try {
        passedBefore = JSON.parse(context.meta.get(PASSED_KEY) ?? '{}') as Record<string, string>;
      } catch {
        // Not written yet, or by another version: check every file.
      }
      const passed: Record<string, string> = {};
      const checksDigest = context.generateDigest(CHECKS_DIGEST);
      /** The file of each address so far, by its id in lower case: two that differ only in capitals clash. */
      const fileByLowerId = new Map<string, string>();
      for (const entry of entries) {
        const path = join(dir, entry);
        const name = projectPath(path);
        const read = readContentText(path, name);
        if ('problem' in read) {
          problems.push(read.problem);
          continue;
        }
        const id = articleId(entry);
        const sameId = fileByLowerId.get(id.toLowerCase());
        if (sameId) {
          problems.push({
            file: name,
            problem: `this file and ${sameId} both make the address /${relative(process.cwd(), dir).split(sep).pop()}/${id.toLowerCase()}/: file names that differ only in capitals give two articles one address, and one of them would not be published.`,
            fix: `rename one of the two files, or delete the one that is a leftover copy.`,
          });
        } else if (!id.split('/').every((part) => ID_PATTERN.test(part))) {
          problems.push({
            file: name,
            problem: `the file name "${entry}" cannot be an address: the article's address is its file name.`,
            fix: `rename the file to "${id.split('/').map(suggestId).join('/')}.md": lower-case letters, digits and single hyphens.`,
          });
        }
        if (!sameId) fileByLowerId.set(id.toLowerCase(), name);
        const digest = context.generateDigest(`${checksDigest}|${read.text}`);
        if (passedBefore[path] === digest) {
          passed[path] = digest;
          continue;
        }
        const { frontmatter } = splitMarkdown(read.text);
        if (frontmatter === undefined) {
          problems.push({
            file: name,
            line: 1,
            problem: 'the file has no frontmatter, so it has no title, dates or sources.',
            fix: 'start the file with a line "---", the fields (title, dek, byline, …), and another line "---", as content/README.md shows.',
          });
          continue;
        }
        const parsed = parseYamlSource(name, frontmatter, 1);
        problems.push(...parsed.problems);
        if (!parsed.problems.length) {
          const found = [
            ...findImpossibleDates(name, parsed.source),
            ...findHtmlInText(name, parsed.source),
          ];
          problems.push(...found);
          frontmatters.set(path, parsed.source);
          if (!found.length) passed[path] = digest;
        }
      }
      if (reportProblems(context, problems, `${projectPath(dir)} has problems`)) return;
      context.meta.set(PASSED_KEY, JSON.stringify(passed));
      /** A file's frontmatter with its positions, parsed now if this build did not need to. */
      const sourceOf = (path: string): YamlSource | undefined => {
        if (!frontmatters.has(path)) {
          const read = readContentText(path, projectPath(path));
          const frontmatter = 'text' in read ? splitMarkdown(read.text).frontmatter : undefined;
          if (frontmatter !== undefined)
            frontmatters.set(path, parseYamlSource(projectPath(path), frontmatter, 1).source);
        }
        return frontmatters.get(path);
      };

      // Astro's loader reports a render error only through its logger, then stores the article
      // without `rendered`: that is how a failure is recognised here (no log wording is matched);
      // the message logged just before it is its error.
      let lastError: string | undefined;
      /** The error of each article that failed to render, by id, until it renders. */
      const failed = new Map<string, { file: string; error: string }>();
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        lastError = message;
        context.logger.error(message);
      };
      // An article that failed to render is stored with a digest no file has, so the next load
      // renders it again even if its own file is unchanged (in `astro dev`, after the quote or fact
      // box it names is added), and with its error, which its page shows instead of a blank body.
      const store = Object.create(context.store) as LoaderContext['store'];
      store.set = (entry) => {
        if (entry.rendered) {
          failed.delete(entry.id);
          return context.store.set(entry);
        }
        // Astro prefixes "Error rendering <file>: "; the file is named in the problem already.
        const error = (lastError ?? 'the Markdown processor gave no reason.').replace(
          /^Error rendering [^:]+: /,
          '',
        );
        lastError = undefined;
        failed.set(entry.id, {
          file: entry.filePath ?? projectPath(join(dir, `${entry.id}.md`)),
          error,
        });
        return context.store.set({
          ...entry,
          digest: `render-failed:${entry.digest ?? ''}`,
          rendered: { html: '', metadata: { renderError: error } },
        });
      };
      const schemaProblems: ContentProblem[] = [];
      const innerContext: LoaderContext = {
        ...context,
        logger,
        store,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            const path = props.filePath ?? '';
            const source = sourceOf(path);
            const explained = await explainSchemaFailure({
              schema: options.schema,
              data: props.data,
              file: projectPath(path),
              locate: (p) => (source ? locate(source, p) : undefined),
            });
            if (!explained.length) throw error;
            schemaProblems.push(...explained);
            return props.data;
          }
        },
      };
      await inner.load(innerContext);
      if (context.watcher && !watched.has(context.watcher)) {
        // In `astro dev`, a change to a YAML file that articles name (a quote, a fact box) renders
        // again the articles that failed, without the watchers that Astro's loader adds each load.
        watched.add(context.watcher);
        const dataFiles = new Set(yamlCollectionFiles(context.config.root));
        context.watcher.on('change', (path) => {
          if (!dataFiles.has(path) || !failed.size) return;
          for (const id of failed.keys()) failed.delete(id);
          const again: LoaderContext = { ...innerContext };
          delete again.watcher;
          inner.load(again).catch((error: unknown) => context.logger.error(String(error)));
        });
      }
      reportProblems(
        context,
        schemaProblems,
        `${projectPath(dir)} does not match the content model`,
      );
      if (failed.size && !context.watcher) {
        // Errors from the Markdown plugins are content problems already (each names its file, line
        // and fix); anything else is reported as it came, with the article's file.
        const explained = [...failed.values()].filter(({ error }) => error.includes('How to fix:'));
        const unexplained = [...failed.values()]
          .filter(({ error }) => !error.includes('How to fix:'))
          .map(({ file, error }): ContentProblem => ({
            file,
            problem: `the article could not be rendered: ${error}`,
            fix: 'look at the Markdown near the place the message names; if it names none, remove recent changes one by one until it renders.',
          }));
        if (unexplained.length)
          reportProblems(context, unexplained, 'Articles that could not be rendered');
        throw new Error(
          `${explained.length} article${explained.length > 1 ? 's' : ''} could not be rendered:\n${explained.map(({ error }) => error).join('\n')}`,
        );
      }
    },
  };
}
