// `npm run build`: builds the site into a temporary folder beside dist/, checks it, writes its
// search index into it, and only then replaces dist/ with it, so a failed build never leaves a
// half-written or broken dist/ behind.
// On failure it lists every problem found (file, line, field, what is wrong, how to fix it) once,
// without stack traces; Astro's full output is kept in a log file whose path it prints.
// The content checks hand their problems over as JSON lines in a file of their own
// (PROBLEMS_FILE_ENV), not through Astro's output (failure-report.ts).
//
//   node src/build/build.ts [--out dist] [-- extra `astro build` arguments]
//
// CONTENT_DIR points at another content folder, as for `astro build`; BUILD_VERBOSE=1 shows all of
// Astro's output as it comes; BUILD_MAX_HEAP_MB caps Astro's JavaScript heap (default 1024).
import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PROBLEMS_FILE_ENV } from '../content-layer/content-error.ts';
import { formatProblem } from '../lib/content-problem.ts';
import { AstroTerminal, stripAnsi } from './astro-output.ts';
import { removeInBackground, removeStaleStages } from './build-folders.ts';
import { astroError, ranOutOfMemory, recordedProblems } from './failure-report.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const passthrough = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
const own = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
const outIndex = own.indexOf('--out');
const outDir = resolve(root, outIndex >= 0 ? (own[outIndex + 1] ?? 'dist') : 'dist');
const contentDir = resolve(root, process.env.CONTENT_DIR ?? './content');
const verbose = !!process.env.BUILD_VERBOSE;
const show = (path: string) => relative(root, path) || '.';

/**
 * Astro's JavaScript heap, in MB. Left alone, V8 lets garbage pile up to a limit set by the
 * machine's memory; capped, it collects sooner and the build peaks near this figure plus the
 * native memory beside it (README.md). A site too large for it stops with a message saying to
 * raise it.
 */
const heapMb = Number(process.env.BUILD_MAX_HEAP_MB ?? 1024);
if (!Number.isInteger(heapMb) || heapMb < 64) {
  console.error(
    `\n✗ BUILD_MAX_HEAP_MB is "${process.env.BUILD_MAX_HEAP_MB}"; it must be a whole number of megabytes, at least 64.\n  How to fix: leave it unset (1024), or set it to e.g. 2048.\n`,
  );
  process.exit(2);
}

/**
 * resvg, which rasterises the share cards, allocates with mimalloc, and mimalloc gives freed memory
 * back to the system 10 ms after it is freed. A card allocates a canvas-sized buffer for each
 * clipped or masked group, so every card took its memory from the system afresh; held for a second
 * instead, while cards are drawn one after another, the memory is reused (README.md). An
 * environment variable, read when resvg loads; one set by the caller wins.
 */
const rasteriserAllocator = { MIMALLOC_PURGE_DELAY: '1000' };

/** Astro's cacheDir: what a later build can reuse, and the log of the last failed build. */
const cacheDir = resolve(root, process.env.ASTRO_CACHE_DIR ?? '.astro');

/**
 * Node's cache of compiled JavaScript, kept in Astro's cacheDir: Astro, Vite and the site's code
 * (about 2,300 modules) are compiled once, not in every build. It is keyed by each file's content
 * and Node's version, so a change or an upgrade compiles afresh; used by Astro's process and its
 * workers, and by this one.
 */
const compileCache = join(cacheDir, 'node-compile-cache');
enableCompileCache(compileCache);

/** The folder the build writes to; renamed to dist/ when everything passed. */
const stage = `${outDir}.building-${process.pid}`;
/** Astro's log and the problems file, while the build runs; removed however it ends. */
const work = mkdtempSync(join(tmpdir(), 'site-build-'));
const problemsFile = join(work, 'problems.jsonl');
const logFile = join(work, 'astro.log');
/** Where a failed build keeps Astro's log, for its message to point at. */
const keptLog = join(cacheDir, 'last-failed-build.log');

let astro: ChildProcess | undefined;
process.on('exit', () => {
  rmSync(stage, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    astro?.kill(signal);
    process.exit(130);
  });

/** Runs `astro build` into the stage; resolves with its exit code once its log is written. */
function runAstro(): Promise<number> {
  return new Promise((resolveRun) => {
    const log = createWriteStream(logFile);
    const terminal = new AstroTerminal({ verbose, stdout: process.stdout, stderr: process.stderr });
    const bin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${heapMb}`, bin, 'build', '--outDir', stage, ...passthrough],
      {
        cwd: root,
        env: {
          NODE_COMPILE_CACHE: compileCache,
          ...rasteriserAllocator,
          ...process.env,
          [PROBLEMS_FILE_ENV]: problemsFile,
          ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    astro = child;
    const lines = (stream: NodeJS.ReadableStream, onLine: (line: string) => void) =>
      createInterface({ input: stream }).on('line', (line) => {
        log.write(`${stripAnsi(line)}\n`);
        onLine(line);
      });
    lines(child.stdout, (line) => terminal.fromStdout(line));
    lines(child.stderr, (line) => terminal.fromStderr(line));
    child.on('close', (code, signal) => {
      astro = undefined;
      const exitCode = code ?? (signal ? 1 : 0);
      terminal.finish(exitCode === 0);
      log.end(() => resolveRun(exitCode));
    });
  });
}

/** Stops the build: dist/ is left as it was, and Astro's log is kept where the message says. */
function fail(heading: string, body: string): never {
  if (existsSync(logFile)) {
    mkdirSync(dirname(keptLog), { recursive: true });
    copyFileSync(logFile, keptLog);
  }
  console.error(
    `\n✗ ${heading}\n  ${show(outDir)}/ has not been changed.\n\n${body}\n\n  Astro's full output, with stack traces: ${show(keptLog)}\n`,
  );
  process.exit(1);
}

const plural = (count: number, noun: string) => `${count} ${noun}${count > 1 ? 's' : ''}`;

/** Stops the build that Astro failed, with what the content checks, or Astro's log, say. */
function astroFailed(): never {
  const problems = recordedProblems(problemsFile);
  if (problems.length)
    fail(
      `The build stopped: ${plural(problems.length, 'problem')} in the content.`,
      problems.map(formatProblem).join('\n\n'),
    );
  if (ranOutOfMemory(logFile))
    fail(
      `The build ran out of memory: Astro's JavaScript heap is capped at ${heapMb} MB (BUILD_MAX_HEAP_MB), and this site needs more.`,
      `  How to fix: raise the cap, e.g. BUILD_MAX_HEAP_MB=${Math.max(2048, heapMb * 2)} npm run build; the machine needs about that much free memory plus 500 MB.`,
    );
  fail(
    'The build stopped with an error that no content check explains:',
    `${astroError(logFile)}\n  How to fix: read the message above; if it names a file in content/, the problem is there, otherwise in src/.`,
  );
}

/** Stops the build because the search index could not be built. */
function searchFailed(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  fail(
    'The search index could not be built:',
    `  ${message.split('\n').join('\n  ')}\n  How to fix: if Pagefind is missing, run "npm ci" (it installs the pagefind package and its binary for this platform); otherwise the message above says what it refused.`,
  );
}

/**
 * Checks the built pages and writes the search index into the stage, before it is published: if
 * either fails, dist/ stays as it was. A worker thread reads the pages and hands them to Pagefind,
 * which indexes them in processes of its own, while this thread checks the pages. Both are loaded
 * only now: a build that failed early need not pay for the HTML parser.
 */
async function checkAndIndex() {
  const { SEARCH_BUNDLE_DIR, startSearchIndex } = await import('../search/search-index.ts');
  const { checkBuiltSite } = await import('../checks/check-built-site.ts');
  const started = Date.now();
  // Astro's cacheDir keeps what a later build can reuse: the pages that passed their checks, and
  // the search index's shards whose pages are unchanged.
  const indexing = startSearchIndex(stage, { cacheDir: join(cacheDir, 'search-index') });
  const problems = checkBuiltSite(stage, {
    articlesDir: join(contentDir, 'articles'),
    projectRoot: root,
    cacheFile: join(cacheDir, 'site-checks.json'),
  });
  if (problems.length) {
    // A worker stopped while it starts may never say so, and an await on nothing that keeps the
    // process alive ends it silently (exit 13, no message): stop waiting after two seconds.
    await Promise.race([indexing.cancel(), new Promise((stopped) => setTimeout(stopped, 2000))]);
    fail(
      `The built site failed its checks: ${plural(problems.length, 'problem')}.`,
      problems.map(formatProblem).join('\n\n'),
    );
  }
  try {
    const search = await indexing.finish();
    return { search, seconds: (Date.now() - started) / 1000, bundleDir: SEARCH_BUNDLE_DIR };
  } catch (error) {
    searchFailed(error);
  }
}

/** Swaps the checked build in: dist/ is absent only between two renames in the same folder. */
function publish(): void {
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(stage, outDir);
  if (existsSync(old)) removeInBackground(old);
  rmSync(keptLog, { force: true });
}

/**
 * Open threads past their review day are listed, not failed: the site is right as of its sources,
 * but someone should look for news. REVIEW_DATE fixes "today" so the list can be reproduced.
 */
async function listOverdueThreads(): Promise<void> {
  const { formatThread, openThreads, reviewDay } = await import('../content-layer/open-threads.ts');
  const today = reviewDay(process.env);
  const overdue = openThreads(contentDir, today).filter((thread) => thread.overdue);
  if (overdue.length)
    console.log(
      `\n  Due for review on ${today} (${overdue.length}); see \`npm run review\` and content/README.md:\n${overdue.map((t) => `  ${formatThread(t, root).replaceAll('\n', '\n  ')}`).join('\n')}`,
    );
}

/** What the editions lack and which translations are older than their English: listed, not failed. */
async function listEditionGaps(): Promise<void> {
  const { editionStatus, formatEditionStatus } = await import('../content-layer/edition-status.ts');
  // Files named from the project's folder, as the build's other messages name them.
  const lines = formatEditionStatus(editionStatus(relative(process.cwd(), contentDir) || '.'));
  if (lines.length) console.log(`\n  The editions (see \`npm run review\`):\n${lines.join('\n')}`);
}

removeStaleStages(outDir);
rmSync(stage, { recursive: true, force: true });
const started = Date.now();
if ((await runAstro()) !== 0) astroFailed();
const { search, seconds, bundleDir } = await checkAndIndex();
publish();
console.log(
  `\n  Search: indexed ${search.pages} pages in ${seconds.toFixed(1)} s: ${plural(search.shards, 'shard')}, ${search.indexedShards} indexed now, ${search.shards - search.indexedShards} unchanged (${bundleDir}/: ${search.files} files, ${Math.round(search.bytes / 1024)} KB).`,
);
console.log(
  `\n✓ Built, checked and published to ${show(outDir)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
await listOverdueThreads();
await listEditionGaps();
