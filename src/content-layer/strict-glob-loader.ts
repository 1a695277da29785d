// Astro's glob loader logs an error when a Markdown file fails to render (a bad directive, a number
// that contradicts a fact box) and carries on, which would publish the article with an empty body;
// it reads bytes that are not UTF-8 as replacement characters, and lets two files claim one
// address. This wrapper reads every article first (UTF-8, frontmatter present and valid YAML,
// real dates, a file name that can be an address, one file per address), explains schema errors
// field by field, collects render errors, and in a build stops with every problem found.
// Astro gives a loader no supported way to learn of a render error but its logger; a failure is
// recognised by the article being stored without HTML, not by the log's wording.
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { projectPath, type ContentProblem } from '../lib/content-problem.ts';
import { articleId, contentDir, inFolders, listMarkdownFiles } from './paths.ts';
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
const CHECKS_DIGEST = [
  checkArticleFiles,
  addressProblems,
  checkFrontmatter,
  ...Object.values(sourceText),
  ...Object.values(sourceProblems),
]
  .map(String)
  .join('\n');

export interface StrictGlobOptions {
  /** The folder of Markdown files, relative to the project root. */
  base: string;
  /** The collection's schema, to explain validation errors field by field. */
  schema: z.ZodType;
  /**
   * The folders under `base` that hold its files, when not all of them do: `*\/articles` for the
   * editions' translated articles (`translations/uk/articles/x.md`), beside other files of theirs.
   */
  folders?: string;
  /**
   * The folder of the originals, relative to the project root, when each file translates the
   * same-named file there: in `astro dev`, a change to an original renders its translations again.
   */
  translates?: string;
}

/** What the checks of the article files found. */
interface FilesChecked {
  problems: ContentProblem[];
  /** The frontmatter of each file parsed in this load, with its positions, by path. */
  frontmatters: Map<string, YamlSource>;
  /** The digest of each file that passed, by path, for the next build to skip. */
  passed: Record<string, string>;
}

/** The digests of the files whose frontmatter passed in the last build, by path. */
function passedBefore(context: LoaderContext): Record<string, string> {
  try {
    return JSON.parse(context.meta.get(PASSED_KEY) ?? '{}') as Record<string, string>;
  } catch {
    // Not written yet, or by another version: check every file.
    return {};
  }
}

/**
 * An article's address: its own (two file names that differ only in capitals would give two
 * articles one), and one that can be an address. `fileByLowerId` holds the file of each address
 * so far, by its id in lower case.
 */
function addressProblems(
  entry: string,
  name: string,
  dir: string,
  fileByLowerId: Map<string, string>,
): ContentProblem[] {
  const id = articleId(entry);
  const sameId = fileByLowerId.get(id.toLowerCase());
  if (sameId) {
    return [
      {
        file: name,
        problem: `this file and ${sameId} both make the address /${relative(process.cwd(), dir).split(sep).pop()}/${id.toLowerCase()}/: file names that differ only in capitals give two articles one address, and one of them would not be published.`,
        fix: `rename one of the two files, or delete the one that is a leftover copy.`,
      },
    ];
  }
  fileByLowerId.set(id.toLowerCase(), name);
  if (id.split('/').every((part) => ID_PATTERN.test(part))) return [];
  return [
    {
      file: name,
      problem: `the file name "${entry}" cannot be an address: the article's address is its file name.`,
      fix: `rename the file to "${id.split('/').map(suggestId).join('/')}.md": lower-case letters, digits and single hyphens.`,
    },
  ];
}

/** An article's frontmatter: there, YAML, with real dates and no HTML; its source once it parses. */
function checkFrontmatter(
  name: string,
  text: string,
): { problems: ContentProblem[]; source?: YamlSource } {
  const { frontmatter } = splitMarkdown(text);
  if (frontmatter === undefined) {
    return {
      problems: [
        {
          file: name,
          line: 1,
          problem: 'the file has no frontmatter, so it has no title, dates or sources.',
          fix: 'start the file with a line "---", the fields (title, dek, byline, …), and another line "---", as content/README.md shows.',
        },
      ],
    };
  }
  const parsed = parseYamlSource(name, frontmatter, 1);
  if (parsed.problems.length) return { problems: parsed.problems };
  return {
    problems: [...findImpossibleDates(name, parsed.source), ...findHtmlInText(name, parsed.source)],
    source: parsed.source,
  };
}

/**
 * Reads every article file and checks what Astro's loader does not: UTF-8, an address of its own
 * that can be one, a frontmatter of YAML with real dates and no HTML. A file whose bytes passed
 * these checks in the last build passes them again: its frontmatter is not parsed a second time
 * (the YAML parser took 3 ms a file, every build).
 */
function checkArticleFiles(dir: string, context: LoaderContext, folders?: string): FilesChecked {
  const checked: FilesChecked = { problems: [], frontmatters: new Map(), passed: {} };
  const before = passedBefore(context);
  const checksDigest = context.generateDigest(CHECKS_DIGEST);
  const fileByLowerId = new Map<string, string>();
  for (const entry of listMarkdownFiles(dir).filter((e) => inFolders(e, folders))) {
    const path = join(dir, entry);
    const name = projectPath(path, process.cwd());
    const read = readContentText(path, name);
    if ('problem' in read) {
      checked.problems.push(read.problem);
      continue;
    }
    checked.problems.push(...addressProblems(entry, name, dir, fileByLowerId));
    const digest = context.generateDigest(`${checksDigest}|${read.text}`);
    if (before[path] === digest) {
      checked.passed[path] = digest;
      continue;
    }
    const frontmatter = checkFrontmatter(name, read.text);
    checked.problems.push(...frontmatter.problems);
    if (frontmatter.source) checked.frontmatters.set(path, frontmatter.source);
    if (frontmatter.source && !frontmatter.problems.length) checked.passed[path] = digest;
  }
  return checked;
}

/** A file's frontmatter with its positions, parsed now if this load did not need to. */
function frontmatterReader(
  frontmatters: Map<string, YamlSource>,
): (path: string) => YamlSource | undefined {
  return (path) => {
    if (!frontmatters.has(path)) {
      const read = readContentText(path, projectPath(path, process.cwd()));
      const frontmatter = 'text' in read ? splitMarkdown(read.text).frontmatter : undefined;
      if (frontmatter !== undefined)
        frontmatters.set(
          path,
          parseYamlSource(projectPath(path, process.cwd()), frontmatter, 1).source,
        );
    }
    return frontmatters.get(path);
  };
}

/** An article that failed to render, by id, with its file and error, until it renders. */
type RenderFailures = Map<string, { file: string; error: string }>;

/**
 * Astro's loader reports a render error only through its logger, then stores the article without
 * `rendered`: that is how a failure is recognised here (no log wording is matched); the message
 * logged just before it is its error. Returns the logger and store to hand Astro's loader, and the
 * failures they collect.
 */
function catchRenderFailures(
  context: LoaderContext,
  dir: string,
): Pick<LoaderContext, 'logger' | 'store'> & { failed: RenderFailures } {
  let lastError: string | undefined;
  const failed: RenderFailures = new Map();
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
      file: entry.filePath ?? projectPath(join(dir, `${entry.id}.md`), process.cwd()),
      error,
    });
    return context.store.set({
      ...entry,
      digest: `render-failed:${entry.digest ?? ''}`,
      rendered: { html: '', metadata: { renderError: error } },
    });
  };
  return { logger, store, failed };
}

/** Astro's `parseData`, with each schema failure explained field by field and kept, not thrown. */
function explainSchemaFailures(
  context: LoaderContext,
  schema: z.ZodType,
  sourceOf: (path: string) => YamlSource | undefined,
): Pick<LoaderContext, 'parseData'> & { problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const parseData: LoaderContext['parseData'] = async (props) => {
    try {
      return await context.parseData(props);
    } catch (error) {
      const path = props.filePath ?? '';
      const source = sourceOf(path);
      const explained = await explainSchemaFailure({
        schema,
        data: props.data,
        file: projectPath(path, process.cwd()),
        locate: (p) => (source ? locate(source, p) : undefined),
      });
      if (!explained.length) throw error;
      problems.push(...explained);
      return props.data;
    }
  };
  return { parseData, problems };
}

/**
 * In `astro dev`, a change to a YAML file that articles name (a quote, a fact box) renders again
 * the articles that failed, without the watchers that Astro's loader adds each load.
 */
function renderAgainOnDataChange(
  inner: Loader,
  innerContext: LoaderContext,
  context: LoaderContext,
  failed: RenderFailures,
): void {
  const dataFiles = new Set(yamlCollectionFiles(context.config.root));
  context.watcher?.on('change', (path) => {
    if (!dataFiles.has(path) || !failed.size) return;
    for (const id of failed.keys()) failed.delete(id);
    const again: LoaderContext = { ...innerContext };
    delete again.watcher;
    inner.load(again).catch((error: unknown) => context.logger.error(String(error)));
  });
}

/**
 * In `astro dev`, a change to an original article renders its translations again: the checks that
 * compare a translation with its original (the same directives, the same headings) read the
 * original when the translation renders, and a translation whose own file is unchanged would
 * otherwise keep the result of the last check until the build. Its entries are dropped from the
 * store, so that the glob loader, which skips a file whose text it has rendered, renders them.
 */
function renderAgainOnOriginalChange(
  inner: Loader,
  innerContext: LoaderContext,
  context: LoaderContext,
  originals: string,
): void {
  context.watcher?.on('change', (path) => {
    if (dirname(path) !== originals || extname(path) !== '.md') return;
    const slug = basename(path, '.md');
    const translations = [...innerContext.store.keys()]
      .filter((id) => id.split('/').at(-1) === slug)
      .sort();
    if (!translations.length) return;
    for (const id of translations) innerContext.store.delete(id);
    const again: LoaderContext = { ...innerContext };
    delete again.watcher;
    inner
      .load(again)
      .then(() =>
        context.logger.info(`Checked ${translations.join(', ')} against ${slug}.md again`),
      )
      .catch((error: unknown) => context.logger.error(String(error)));
  });
}

/**
 * Stops the build on articles that failed to render. Errors from the Markdown plugins are content
 * problems already (each names its file, line and fix); anything else is reported as it came,
 * with the article's file.
 */
function reportRenderFailures(context: LoaderContext, failed: RenderFailures): never {
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

export function strictGlob(options: StrictGlobOptions): Loader {
  /** The `astro dev` watchers this loader listens to already: one listener each, however often it loads. */
  const watched = new WeakSet<object>();
  const inner = glob({
    pattern: [options.folders ? `${options.folders}/*.md` : '**/*.md', '!**/_*', '!**/_*/**'],
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
      const folder = projectPath(dir, process.cwd());
      const checked = checkArticleFiles(dir, context, options.folders);
      if (reportProblems(context, checked.problems, `${folder} has problems`)) return;
      context.meta.set(PASSED_KEY, JSON.stringify(checked.passed));
      const renders = catchRenderFailures(context, dir);
      const sourceOf = frontmatterReader(checked.frontmatters);
      const schema = explainSchemaFailures(context, options.schema, sourceOf);
      const innerContext: LoaderContext = {
        ...context,
        logger: renders.logger,
        store: renders.store,
        parseData: schema.parseData,
      };
      await inner.load(innerContext);
      if (context.watcher && !watched.has(context.watcher)) {
        watched.add(context.watcher);
        renderAgainOnDataChange(inner, innerContext, context, renders.failed);
        if (options.translates) {
          const originals = fileURLToPath(new URL(options.translates, context.config.root));
          renderAgainOnOriginalChange(inner, innerContext, context, originals);
        }
      }
      reportProblems(context, schema.problems, `${folder} does not match the content model`);
      if (renders.failed.size && !context.watcher) reportRenderFailures(context, renders.failed);
    },
  };
}
