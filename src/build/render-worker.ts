// A Markdown worker (render-workers.ts starts them): builds the site's processor from its factory
// and renders one article at a time. Node runs this file as it is (type stripping), outside Vite:
// the processor and its plugins need nothing but Node and npm packages.
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';
import type { MarkdownProcessor, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { serveJobs } from '../build-support/worker-pool.ts';
import type { RenderJob, RenderWorkerData } from './render-workers.ts';

const { factory, shared } = workerData as RenderWorkerData;
const module = (await import(pathToFileURL(factory.module).href)) as Record<
  string,
  (...args: unknown[]) => MarkdownProcessor
>;
const make = module[factory.name];
if (typeof make !== 'function')
  throw new Error(`${factory.module} has no export "${factory.name}" that makes a processor.`);
const renderer = await make(...factory.args).createRenderer(shared);

serveJobs<RenderJob, MarkdownRenderResult | null>(async (job) => {
  if (job.warm) return null;
  return renderer.render(job.content, {
    ...(job.fileURL && { fileURL: new URL(job.fileURL) }),
    ...(job.frontmatter && { frontmatter: job.frontmatter as Record<string, unknown> }),
  });
});
