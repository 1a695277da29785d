// When the Markdown workers (src/build/render-workers.ts) start: not for a rebuild that renders
// one or two edited articles, and as soon as a build asks for more. Worker threads are counted, not
// started: the constructor is replaced by one that records it was called.
import { resolve } from 'node:path';
import { expect, test, vi } from 'vitest';
import { articleProcessor } from '../../src/markdown/processor.ts';
import { renderInWorkers, WORKERS_START_AT } from '../../src/build/render-workers.ts';

const started = vi.hoisted(() => ({ workers: 0 }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  const { EventEmitter } = await import('node:events');
  /** A worker that never answers: the jobs sent to it stay pending. */
  class CountedWorker extends EventEmitter {
    constructor() {
      super();
      started.workers++;
    }
    postMessage() {}
    ref() {}
    unref() {}
    terminate() {
      return Promise.resolve(0);
    }
  }
  return { ...actual, Worker: CountedWorker };
});

test('an edited article or two render on this thread, without starting a worker; a third starts them all', async () => {
  const contentDir = resolve('content');
  const renderer = await renderInWorkers(
    articleProcessor(contentDir),
    { module: resolve('src/markdown/processor.ts'), name: 'articleProcessor', args: [contentDir] },
    2,
  ).createRenderer({});
  const article = (i: number) => `## Section ${i}\n\nParagraph ${i}.\n`;
  for (let i = 1; i < WORKERS_START_AT; i++)
    expect((await renderer.render(article(i))).code).toContain(`<p>Paragraph ${i}.</p>`);
  expect(started.workers).toBe(0);
  await renderer.render(article(WORKERS_START_AT));
  expect(started.workers).toBe(2);
});
