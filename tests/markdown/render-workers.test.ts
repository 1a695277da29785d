// Articles rendered on worker threads (src/build/render-workers.ts) come out exactly as they do
// on the build's own thread, and a plugin's error comes back with its own message.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { splitMarkdown } from '../../src/content-layer/source-text.ts';
import { articleProcessor } from '../../src/markdown/processor.ts';
import {
  RENDERED_HERE_FIRST,
  renderInWorkers,
  siteMarkdownProcessor,
} from '../../src/build/render-workers.ts';
import { writeSyntheticContent } from '../bench/synthetic-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'render-workers-'));
const contentDir = join(dir, 'content');
writeSyntheticContent('content', contentDir, 12);
const articlesDir = join(contentDir, 'articles');
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const path = resolve(articlesDir, name);
    return { path, body: splitMarkdown(readFileSync(path, 'utf8')).body };
  });

let here: MarkdownRenderer;
let onWorkers: MarkdownRenderer;
beforeAll(async () => {
  here = await articleProcessor(contentDir).createRenderer({});
  onWorkers = await siteMarkdownProcessor(contentDir).createRenderer({});
  // The first articles render on this thread while the workers start: use those up.
  const [first] = articles;
  for (let i = 0; i < RENDERED_HERE_FIRST; i++)
    await onWorkers.render(first!.body, { fileURL: pathToFileURL(first!.path) });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('every article, real and synthetic, renders to the same HTML and metadata on a worker', async () => {
  expect(articles.length).toBeGreaterThan(12);
  for (const { path, body } of articles) {
    const options = { fileURL: pathToFileURL(path), frontmatter: { title: 'x' } };
    const [a, b] = await Promise.all([here.render(body, options), onWorkers.render(body, options)]);
    expect(b, path).toEqual(a);
  }
}, 60_000);

test('an article a plugin refuses fails on a worker with the message it gives on this thread', async () => {
  const body = 'Some text.\n\n::timeline{#no-such-timeline}\n';
  const options = { fileURL: pathToFileURL(join(articlesDir, 'broken.md')) };
  const expected = await here.render(body, options).then(
    () => 'rendered',
    (error: Error) => error.message,
  );
  expect(expected).toMatch(/no-such-timeline/);
  await expect(onWorkers.render(body, options)).rejects.toThrow(expected);
}, 60_000);

test('on a single core there are no workers: the processor is the one given', () => {
  const processor = articleProcessor(contentDir);
  expect(renderInWorkers(processor, { module: '', name: '', args: [] }, 1)).toBe(processor);
});
