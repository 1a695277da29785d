// `npm run dev` on a copy of the project: an editor adds a quote, a person and a fact box while the
// server runs, uses them in an article, and the next request shows them, with no restart. (The
// Markdown plugins once read the content only when the server started: the new quote's directive
// failed with "unknown quote id" until a restart, and then the page said "has no body".)
// A file saved in two halves never shows its first half (the loader once took a half-written
// content/factboxes.yaml as the content, and kept it until the next save), and a quote the loader
// rejects shows its own problem in the error overlay, not "No quotes entry with the id". A change to
// an English article checks its translations again (their directives once stayed as last checked
// until the build refused them).
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

/** What Astro's error overlay shows for a page: the error Vite's client receives over its socket. */
interface OverlayError {
  name: string;
  title?: string;
  message: string;
  hint?: string;
  loc: { file?: string; line?: number; column?: number };
}

/**
 * Asks for `path` with the page's own error overlay listening: Astro serves a failed page as a
 * stub that loads Vite's client, and sends the error to it over the HMR socket.
 */
async function overlayErrorOf(path: string): Promise<{ status: number; error: OverlayError }> {
  const client = await (await fetch(`${base}/@vite/client`)).text();
  const token = /const wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/?token=${token}`, 'vite-hmr');
  try {
    await new Promise((opened, failed) => {
      socket.addEventListener('open', opened);
      socket.addEventListener('error', failed);
    });
    const received = new Promise<OverlayError>((shown, failed) => {
      socket.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data)) as { type: string; err?: OverlayError };
        if (message.type === 'error' && message.err) shown(message.err);
      });
      setTimeout(() => failed(new Error(`no error reached the overlay for ${path}`)), 20_000);
    });
    const { status } = await get(path);
    return { status, error: await received };
  } finally {
    socket.close();
  }
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

const EXCHANGE = '/articles/prisoner-exchange-what-we-know/';

/**
 * What the page showed, in order, from now until it shows `Revision <next>` once `saved()` holds:
 * "old" (`Revision <shown>`), "new", or anything else, as a reader reloading it would see.
 */
async function revisionsShown(
  path: string,
  shown: string,
  next: string,
  saved: () => boolean,
): Promise<string[]> {
  const seen: string[] = [];
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    const page = await get(path);
    const state =
      page.status !== 200
        ? `status ${page.status}: ${page.text.slice(0, 200)}`
        : page.text.includes(`Revision ${next}.`)
          ? 'new'
          : page.text.includes(`Revision ${shown}.`)
            ? 'old'
            : 'neither revision';
    if (seen.at(-1) !== state) seen.push(state);
    if (state === 'new' && saved()) return seen;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return [...seen, 'the new revision never showed'];
}

/**
 * Each save writes its first part (`cut`, a share of the file), then the whole file `pauseMs`
 * later. Vite's watcher drops a change within 50 ms of the last one: after the short pauses the
 * whole file's change is never reported, as in the editor's saves that logged "the file has no
 * entries" and kept the old text; the longer ones are a slow editor or sync tool.
 */
const TWO_PART_SAVES = [
  { mark: 'first', cut: 0, pauseMs: 40 },
  { mark: 'second', cut: 0.7, pauseMs: 30 },
  { mark: 'third', cut: 0.2, pauseMs: 100 },
  { mark: 'fourth', cut: 0.7, pauseMs: 200 },
  { mark: 'fifth', cut: 0.45, pauseMs: 300 },
];

test('a fact box saved in two parts never shows its first part, and shows the whole after', async () => {
  const file = join(dir, 'content', 'factboxes.yaml');
  const original = readFileSync(file, 'utf8');
  const anchor = '1,000 of its prisoners of war.';
  expect(original).toContain(anchor);
  // Letters, not numbers: every number in a fact box's text must stand in its sources.
  const withMark = (mark: string) => original.replace(anchor, `${anchor} Revision ${mark}.`);
  writeFileSync(file, withMark('zero'));
  await until(EXCHANGE, (page) => page.text.includes('Revision zero.'), 'the first revision');
  let shown = 'zero';
  for (const { mark, cut, pauseMs } of TWO_PART_SAVES) {
    const whole = withMark(mark);
    let saved = false;
    const watching = revisionsShown(EXCHANGE, shown, mark, () => saved);
    // An empty file, or one that ends inside the entry: YAML with fields missing, or none.
    writeFileSync(file, whole.slice(0, Math.floor(whole.length * cut)));
    await new Promise((wait) => setTimeout(wait, pauseMs));
    writeFileSync(file, whole);
    saved = true;
    const seen = await watching;
    expect(seen, `save "${mark}": what the page showed, in order`).toEqual(
      seen[0] === 'new' ? ['new'] : ['old', 'new'],
    );
    shown = mark;
  }
  writeFileSync(file, original);
}, 240_000);

test('a quotes file saved up to an entry never loses the entries after it', async () => {
  // The first part holds every entry before Peskov's, each whole: content that passes every
  // check, only shorter. Only the wait for the file to settle keeps it from replacing the quotes.
  const file = join(dir, 'content', 'quotes.yaml');
  const original = readFileSync(file, 'utf8');
  const anchor = 'does not say when he spoke.';
  const page = '/quotes/peskov-certainly-needed/';
  const withMark = (mark: string) => original.replace(anchor, `${anchor} Revision ${mark}.`);
  writeFileSync(file, withMark('zero'));
  await until(page, (p) => p.text.includes('Revision zero.'), 'the first revision');
  let shown = 'zero';
  for (const [mark, pauseMs] of [
    ['first', 40],
    ['second', 120],
  ] as const) {
    const whole = withMark(mark);
    let saved = false;
    const watching = revisionsShown(page, shown, mark, () => saved);
    writeFileSync(file, whole.slice(0, whole.indexOf('peskov-certainly-needed:')));
    await new Promise((wait) => setTimeout(wait, pauseMs));
    writeFileSync(file, whole);
    saved = true;
    const seen = await watching;
    expect(seen, `save "${mark}": what the page showed, in order`).toEqual(
      seen[0] === 'new' ? ['new'] : ['old', 'new'],
    );
    shown = mark;
  }
  writeFileSync(file, original);
}, 240_000);

test('a quote its loader rejects shows its own problem in the error overlay, and the fix shows the quote', async () => {
  const quotes = join(dir, 'content', 'quotes.yaml');
  const before = readFileSync(quotes, 'utf8');
  const lines = [
    'kyslytsya-made-up:',
    '  speaker: serhiy-kyslytsya',
    '  text: a very easy day',
    '  date: { precision: day, value: 2025-05-16 }',
    '  context: Words the report does not give, for a test.',
    '  source: { source: istanbul-talks-report, paragraphs: [8] }',
    '  article: prisoner-exchange-what-we-know',
    '',
  ];
  const prefix = before.endsWith('\n') ? before : `${before}\n`;
  const textLine = prefix.split('\n').length - 1 + 3;
  writeFileSync(quotes, prefix + lines.join('\n'));
  const articleFile = join(dir, 'content', 'articles', 'prisoner-exchange-what-we-know.md');
  const article = readFileSync(articleFile, 'utf8');
  writeFileSync(articleFile, `${article}\nHe did not speak of :quote{#kyslytsya-made-up}.\n`);

  await until(EXCHANGE, (page) => page.status === 500, 'an error');
  const { status, error } = await overlayErrorOf(EXCHANGE);
  expect(status).toBe(500);
  expect(error.message).not.toContain('No quotes entry with the id');
  expect(error.message).toContain(`content/quotes.yaml:${textLine}:`);
  expect(error.message).toContain('entry &quot;kyslytsya-made-up&quot;');
  expect(error.message).toContain('copy the words exactly as the report gives them');
  expect(error.hint).toContain('copy the words exactly as the report gives them');
  expect(error.loc.file).toBe(join(dir, 'content', 'quotes.yaml'));
  expect(error.loc.line).toBe(textLine);

  // The editor copies the report's words: the page shows the quote, with no restart.
  writeFileSync(quotes, prefix + lines.join('\n').replace('a very easy day', 'the very good end'));
  const fixed = await until(
    EXCHANGE,
    (page) => page.status === 200 && page.text.includes('the very good end'),
    'the fixed quote',
  );
  expect(fixed).toContain('He did not speak of');
  writeFileSync(articleFile, article);
  writeFileSync(quotes, before);
}, 240_000);

test('a change to an English article checks its translations again: the edition’s page names what no longer matches, and the undo shows the translation', async () => {
  const uk = `/uk${EXCHANGE}`;
  const articleFile = join(dir, 'content', 'articles', 'prisoner-exchange-what-we-know.md');
  const article = readFileSync(articleFile, 'utf8');
  const directive = '::quote{#kyslytsya-good-end}';
  expect(article).toContain(`${directive}\n`);
  const before = await until(uk, (page) => page.status === 200, 'the Ukrainian article');

  // The editor takes the quote out of the English; the translations, unchanged, still have it.
  writeFileSync(articleFile, article.replace(`${directive}\n`, ''));
  await until(uk, (page) => page.status === 500, 'an error');
  const { error } = await overlayErrorOf(uk);
  expect(error.message).toContain(
    'content/translations/uk/articles/prisoner-exchange-what-we-know.md:',
  );
  expect(error.message).toContain(`the English article has no directive ${directive}`);

  // Put back, the English matches the translation again: the page shows it, with no restart.
  writeFileSync(articleFile, article);
  const after = await until(uk, (page) => page.status === 200, 'the translation again');
  const title = (html: string) => /<h1[^>]*>([^<]*)</.exec(html)?.[1];
  expect(title(after)).toBe(title(before));
  expect(after).toContain('lang="uk"');
}, 240_000);
