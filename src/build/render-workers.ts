// Renders articles' Markdown on worker threads, so that a build's content sync uses every core:
// Astro's glob loader renders up to ten files at a time, but on its one thread, and rendering is
// most of what the sync spends on an article. Each worker builds the same processor from the same
// factory (a module and an exported function, called with the same arguments), so an article
// renders to the same HTML wherever it runs; a plugin's error comes back with its own message, as
// if thrown on this thread. The first articles render here while the workers start; a rebuild that
// renders only an edited article or two starts none.
// Options that an integration might set on the processor object itself would not reach the
// workers: this site's integrations set none, and tests/markdown/render-workers.test.ts compares
// the two on every article.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type {
  AstroMarkdownOptions,
  MarkdownProcessor,
  MarkdownRenderer,
  MarkdownRenderOptions,
  MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import { articleProcessor } from '../markdown/processor.ts';
import { WorkerPool } from '../build-support/worker-pool.ts';

/** The worker's file, resolved from the project root (the build bundles this module elsewhere). */
export const RENDER_WORKER_FILE = resolve('src/build/render-worker.ts');

/** Where a worker gets its processor: `module`'s export `name`, called with `args`. */
export interface ProcessorFactory {
  /** An absolute path. */
  module: string;
  name: string;
  args: unknown[];
}

/** What a worker is given at its start. */
export interface RenderWorkerData {
  factory: ProcessorFactory;
  /** The options Astro gives the processor (`createRenderer`'s argument). */
  shared: AstroMarkdownOptions;
}

/** One article to render; `warm` only loads the pipeline. */
export type RenderJob =
  | { warm: true }
  | { warm?: false; content: string; fileURL: string | undefined; frontmatter: object | undefined };

/**
 * `processor`, rendering on worker threads once they are ready. `factory` must make the same
 * processor; `size` workers at most (one per core by default, and none on a single core).
 */
export function renderInWorkers<T extends object>(
  processor: MarkdownProcessor<T>,
  factory: ProcessorFactory,
  size = availableParallelism(),
): MarkdownProcessor<T> {
  if (size < 2) return processor;
  return {
    name: processor.name,
    options: processor.options,
    async createRenderer(shared) {
      const here = await processor.createRenderer(shared);
      try {
        structuredClone(shared);
      } catch {
        // Options a worker cannot be given (a function, say): render here.
        return here;
      }
      return workerRenderer(here, {
        file: RENDER_WORKER_FILE,
        workerData: { factory, shared } satisfies RenderWorkerData,
        size,
      });
    },
  };
}

/**
 * The site's processor (`articleProcessor`, src/markdown/processor.ts), rendering on worker threads
 * during the content sync: each worker makes its own with the same function and folder.
 * astro.config.mjs uses this.
 */
export function siteMarkdownProcessor(contentDir: string): MarkdownProcessor {
  return renderInWorkers(articleProcessor(contentDir), {
    module: resolve('src/markdown/processor.ts'),
    name: 'articleProcessor',
    args: [contentDir],
  });
}

/**
 * Articles rendered on this thread while the workers start: a site of a few articles never waits
 * for a worker (one takes about a second to load the pipeline), and a large one has its first
 * articles rendered meanwhile. Counting, not waiting for a "ready" message: rendering runs on
 * promises alone, so this thread would not hear the message until it ran out of articles.
 */
export const RENDERED_HERE_FIRST = 10;

/**
 * The workers start loading when this many articles have been asked for, not with the first: a
 * rebuild after an edit renders only the one or two articles that changed, here, and a worker
 * started for them loaded the whole pipeline for nothing, on the cores the sync was waiting for
 * (README.md). A full build asks for ten articles at once (Astro's glob loader), so its workers
 * start as early as they did.
 */
export const WORKERS_START_AT = 3;

/** A renderer that renders the first articles here and the rest on the pool. */
function workerRenderer(
  here: MarkdownRenderer,
  options: { file: string; workerData: RenderWorkerData; size: number },
): MarkdownRenderer {
  const pool = new WorkerPool<RenderJob, MarkdownRenderResult | null>(options);
  let asked = 0;
  return {
    async render(content: string, opts: MarkdownRenderOptions = {}) {
      asked++;
      if (asked === WORKERS_START_AT)
        for (let i = 0; i < options.size; i++) void pool.run({ warm: true }).catch(() => {});
      if (asked <= RENDERED_HERE_FIRST) return here.render(content, opts);
      const job: RenderJob = {
        content,
        fileURL: opts.fileURL?.href,
        frontmatter: opts.frontmatter,
      };
      try {
        structuredClone(job);
      } catch {
        // Frontmatter a worker cannot be given (a function, say): render it here.
        return here.render(content, opts);
      }
      return (await pool.run(job))!;
    },
  };
}
