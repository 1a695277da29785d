// `npm run dev` on a copy of the project: an editor adds a quote, a person and a fact box while the
// server runs, uses them in an article, and the next request shows them, with no restart. (The
// Markdown plugins once read the content only when the server started: the new quote's directive
// failed with "unknown quote id" until a restart, and then the page said "has no body".)
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject } from '../support/project-copy.ts';

let dir: string;
let server: ChildProcess;
let log = '';
let base: string;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** The page's status and text, once the server answers. */
async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(base + path);
  return { status: response.status, text: await response.text() };
}

/** Asks for a page until `ok` holds, as a reader reloading it would; fails with what it last saw. */
async function until(
  path: string,
  ok: (page: { status: number; text: string }) => boolean,
  what: string,
  seconds = 120,
): Promise<string> {
  const end = Date.now() + seconds * 1000;
  let last = { status: 0, text: '' };
  while (Date.now() < end) {
    try {
      last = await get(path);
      if (ok(last)) return last.text;
    } catch {
      // Not listening yet, or restarting.
    }
    await new Promise((wait) => setTimeout(wait, 1000));
  }
  throw new Error(
    `${path} never showed ${what}; last status ${last.status}:\n${last.text.slice(0, 600)}\n--- server log ---\n${log.slice(-6000)}`,
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'istanbul-dev-'));
  copyProject(dir);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // As `npm run dev` starts it: without the test runner's own variables (NODE_ENV=test, VITEST),
  // under which Astro's dev server does not serve pages.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST') && name !== 'TEST',
    ),
  );
  server = spawn(
    process.execPath,
    [
      'node_modules/astro/bin/astro.mjs',
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--config',
      'fixture.config.mjs',
    ],
    {
      cwd: dir,
      env: { ...env, NO_COLOR: '1' },
      detached: true,
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await until('/', (page) => page.status === 200, 'the home page');
}, 180_000);

afterAll(() => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const ARTICLE = '/articles/who-was-at-the-table/';

test('a quote, a person and a fact box added while the server runs show on the next request', async () => {
  const before = await until(ARTICLE, (page) => page.status === 200, 'the article');
  expect(before).not.toContain('Oksana Testenko');
  expect(before).not.toContain('A box added while the server runs');

  const content = join(dir, 'content');
  // The quote's words are in the report's ¶8, as the quote check requires.
  appendFileSync(
    join(content, 'quotes.yaml'),
    [
      'kyslytsya-difficult-day:',
      '  speaker: serhiy-kyslytsya',
      '  text: a very difficult day',
      '  date: { precision: day, value: 2025-05-16 }',
      '  context: Kyslytsya on the day of talks.',
      '  source: { source: istanbul-talks-report, paragraphs: [8] }',
      '  article: who-was-at-the-table',
      '',
    ].join('\n'),
  );
  appendFileSync(
    join(content, 'people.yaml'),
    [
      'oksana-testenko:',
      '  name: Oksana Testenko',
      '  kind: person',
      '  role: Adviser to the delegation',
      '  side: ukraine',
      '  roleSource: { source: hurriyet-2025-05-16-istanbul-hosts-talks, note: A name made up for a test. }',
      '',
    ].join('\n'),
  );
  appendFileSync(
    join(content, 'factboxes.yaml'),
    [
      'test-box:',
      '  title: A box added while the server runs',
      '  summary: A fact box that an editor added after the server had started.',
      '  figures:',
      '    - { key: rounds, value: 1, label: rounds of talks in the test, phrases: [test rounds] }',
      '  steps:',
      '    - { label: Agreed, event: prisoner-exchange-agreed }',
      '  keyQuote: kyslytsya-difficult-day',
      '  article: who-was-at-the-table',
      '  sources:',
      '    - { source: istanbul-talks-report, paragraphs: [8] }',
      '  lastUpdated: "2026-11-30T12:00:00Z"',
      '',
    ].join('\n'),
  );
  const articleFile = join(content, 'articles', 'who-was-at-the-table.md');
  writeFileSync(
    articleFile,
    `${readFileSync(articleFile, 'utf8')}\n## Added while the server runs\n\nHe spoke of :quote{#kyslytsya-difficult-day}.\n\n::factbox{#test-box}\n`,
  );

  const after = await until(
    ARTICLE,
    (page) => page.status === 200 && page.text.includes('A box added while the server runs'),
    'the new fact box',
  );
  expect(after).toContain('a very difficult day');
  expect(after).toContain('Oksana Testenko');
  expect(after).toContain('Added while the server runs');
}, 240_000);
