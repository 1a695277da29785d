// `npm run build`: builds the site into a temporary folder beside dist/, checks it, writes its
// search index into it, and only then replaces dist/ with it, so a failed build never leaves a
// half-written or broken dist/ behind.
// On failure it lists every problem found (file, line, field, what is wrong, how to fix it) without
// stack traces; Astro's full output is kept in a log file whose path it prints.
// The content checks hand their problems over as JSON lines in a file of their own
// (PROBLEMS_FILE_ENV), not through Astro's output. Astro's CLI has no machine-readable output (and
// its JavaScript API is marked experimental), so its text is read only to hide stack traces, to
// show Astro's own error when no check recorded a problem, and to recognise a heap that ran out.
//
//   node src/scripts/build.mjs [--out dist] [-- extra `astro build` arguments]
//
// CONTENT_DIR points at another content folder, as for `astro build`; BUILD_VERBOSE=1 shows stack
// traces as they come; BUILD_MAX_HEAP_MB caps Astro's JavaScript heap (default 1024).
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PROBLEMS_FILE_ENV } from '../content-layer/content-error.ts';
import { formatProblem } from '../lib/content-problem.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const passthrough = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
const own = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
const outIndex = own.indexOf('--out');
const outDir = resolve(root, outIndex >= 0 ? (own[outIndex + 1] ?? 'dist') : 'dist');
const contentDir = resolve(root, process.env.CONTENT_DIR ?? './content');
const verbose = !!process.env.BUILD_VERBOSE;
const show = (path) => relative(root, path) || '.';

/**
 * Astro's JavaScript heap, in MB. Left alone, V8 lets garbage pile up to a limit set by the
 * machine's memory (4 GB here), and a build of 5,000 articles peaked at 2 GB while holding a few
 * hundred MB of live data; capped, it collects sooner and peaks near this figure plus about
 * 500 MB of native memory (1,466 MB at 5,000 articles). A site too large for it stops with a
 * message saying to raise it.
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
 * clipped or masked group, so every card took its memory from the system afresh, page by page:
 * 26 ms of system time and 48 ms of user time a card, where it needs 20 ms. Held for a second
 * instead, while cards are drawn one after another, the memory is reused. (An environment
 * variable, read when resvg loads; one set by the caller wins.)
 */
const rasteriserAllocator = { MIMALLOC_PURGE_DELAY: '1000' };

/** The folder the build writes to; renamed to dist/ when everything passed. */
const stage = `${outDir}.building-${process.pid}`;
// Astro's log and the problems file; BUILD_LOG_DIR puts them somewhere other than the system's temp folder.
const work = mkdtempSync(join(process.env.BUILD_LOG_DIR ?? tmpdir(), 'site-build-'));
const problemsFile = join(work, 'problems.jsonl');
const logFile = join(work, 'astro.log');

/**
 * Node's cache of compiled JavaScript, kept in Astro's cacheDir: Astro, Vite and the site's code
 * (about 2,300 modules) are compiled once, not in every build, and their loading took 30% less CPU
 * when cached (1.7 s to 1.2 s). It is keyed by each file's content and Node's version, so a change
 * or an upgrade compiles afresh; used by Astro's process and its workers, and by this one.
 */
const compileCache = join(
  resolve(root, process.env.ASTRO_CACHE_DIR ?? '.astro'),
  'node-compile-cache',
);
enableCompileCache(compileCache);

function removeStaleStages() {
  // A build killed before it could clean up leaves its folder; remove those of dead processes.
  for (const name of readdirSync(dirname(outDir))) {
    const match = new RegExp(`^${basename(outDir)}\\.(building|old)-(\\d+)$`).exec(name);
    if (!match || Number(match[2]) === process.pid) continue;
    try {
      process.kill(Number(match[2]), 0);
    } catch {
      try {
        rmSync(join(dirname(outDir), name), { recursive: true, force: true });
      } catch {
        // An old dist/ may be going already: its own remover (removeInBackground) outlives the
        // build that started it. Whatever is left is removed by the next build.
      }
    }
  }
}

/**
 * Deletes a folder in a process of its own that the build does not wait for: the dist/ that a
 * build replaces holds every page and share image (200 MB in 6,400 files at 1,000 articles), and
 * deleting it here held the build's return up by 5 to 14 s (half a second of CPU: the rest is
 * waiting on the disk, which has just written the new one). Readers never see it: it has been
 * renamed away from dist/ first. If that process is stopped, the next build removes what it left.
 */
function removeInBackground(folder) {
  spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder],
    { detached: true, stdio: 'ignore' },
  ).unref();
}

function cleanUp() {
  rmSync(stage, { recursive: true, force: true });
}

const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

function runAstro() {
  return new Promise((resolveRun) => {
    const log = createWriteStream(logFile);
    const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${heapMb}`, astro, 'build', '--outDir', stage, ...passthrough],
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
    const stop = (signal) => {
      child.kill(signal);
      cleanUp();
      process.exit(130);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let inStack = false;
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      createInterface({ input: stream }).on('line', (line) => {
        log.write(`${stripAnsi(line)}\n`);
        // Stack traces go to the log only: the summary at the end says what to fix.
        const plain = stripAnsi(line);
        if (/^\s*Stack trace:/.test(plain)) inStack = true;
        else if (inStack && !/^\s+at |^\s*$/.test(plain)) inStack = false;
        if (verbose || (!inStack && !/^\s+at .+[):]\d*\)?$/.test(plain))) out.write(`${line}\n`);
      });
    }
    child.on('close', (code, signal) => log.end(() => resolveRun(code ?? (signal ? 1 : 0))));
  });
}

/** The problems the checks recorded, each once, in file and line order. */
function recordedProblems() {
  if (!existsSync(problemsFile)) return [];
  const byText = new Map();
  for (const line of readFileSync(problemsFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const problem = JSON.parse(line);
    byText.set(formatProblem(problem), problem);
  }
  return [...byText.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/** When no check recorded a problem: Astro's own error, without its stack trace. */
function astroError() {
  const lines = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n') : [];
  const start = lines.findIndex((l) => /^\[\w+\]|\[ERROR\]|^\w*Error:/.test(l));
  if (start < 0)
    return lines
      .filter((l) => l.trim())
      .slice(-5)
      .join('\n');
  const end = lines.findIndex((l, i) => i > start && /^\s*(Stack trace:|at )/.test(l));
  return lines.slice(start, end > start ? end : start + 12).join('\n');
}

function fail(heading, body) {
  cleanUp();
  console.error(
    `\n✗ ${heading}\n  ${show(outDir)}/ has not been changed.\n\n${body}\n\n  Astro's full output, with stack traces: ${logFile}\n`,
  );
  process.exit(1);
}

/** Whether Astro stopped because its heap reached the cap. */
function ranOutOfMemory() {
  return (
    existsSync(logFile) &&
    /JavaScript heap out of memory|Reached heap limit/.test(readFileSync(logFile, 'utf8'))
  );
}

removeStaleStages();
cleanUp();
const started = Date.now();
const code = await runAstro();
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');

if (code !== 0) {
  const problems = recordedProblems();
  if (problems.length) {
    fail(
      `The build stopped: ${problems.length} problem${problems.length > 1 ? 's' : ''} in the content.`,
      problems.map(formatProblem).join('\n\n'),
    );
  }
  if (ranOutOfMemory()) {
    fail(
      `The build ran out of memory: Astro's JavaScript heap is capped at ${heapMb} MB (BUILD_MAX_HEAP_MB), and this site needs more.`,
      `  How to fix: raise the cap, e.g. BUILD_MAX_HEAP_MB=${Math.max(2048, heapMb * 2)} npm run build; the machine needs about that much free memory plus 500 MB.`,
    );
  }
  fail(
    'The build stopped with an error that no content check explains:',
    `${astroError()}\n  How to fix: read the message above; if it names a file in content/, the problem is there, otherwise in src/.`,
  );
}

/** Stops the build because the search index could not be written. */
function searchFailed(error) {
  fail(
    'The search index could not be built:',
    `  ${String(error?.message ?? error)
      .split('\n')
      .join(
        '\n  ',
      )}\n  How to fix: if Pagefind is missing, run "npm ci" (it installs the pagefind package and its binary for this platform); otherwise the message above says what it refused.`,
  );
}

// The search index is written into the checked build before it is published: if Pagefind fails,
// dist/ stays as it was. A worker thread reads the pages and hands them to Pagefind, which indexes
// them in processes of its own, a shard at a time in each, while this thread checks the pages (at
// 1,000 articles the checks took 3.5 s and the index 7 s, one after the other). Both are loaded only now: a build that failed
// early need not pay for the HTML parser.
const { SEARCH_BUNDLE_DIR, startSearchIndex } = await import('../search/search-index.ts');
const { checkBuiltSite } = await import('../checks/check-built-site.ts');
const indexStarted = Date.now();
// Astro's cacheDir keeps what a later build can reuse: the pages that passed their checks, and the
// search index's shards whose pages are unchanged.
const cacheDir = resolve(root, process.env.ASTRO_CACHE_DIR ?? '.astro');
const indexing = startSearchIndex(stage, { cacheDir: join(cacheDir, 'search-index') });
const problems = checkBuiltSite(stage, {
  articlesDir: join(contentDir, 'articles'),
  projectRoot: root,
  cacheFile: join(cacheDir, 'site-checks.json'),
});
if (problems.length) {
  await indexing.cancel();
  fail(
    `The built site failed its checks: ${problems.length} problem${problems.length > 1 ? 's' : ''}.`,
    problems.map(formatProblem).join('\n\n'),
  );
}
let search;
try {
  search = await indexing.finish();
} catch (error) {
  searchFailed(error);
}
const indexSeconds = (Date.now() - indexStarted) / 1000;

// Swap the checked build in. dist/ is absent only between two renames in the same folder.
const old = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(stage, outDir);
if (existsSync(old)) removeInBackground(old);
rmSync(work, { recursive: true, force: true });
console.log(
  `\n  Search: indexed ${search.pages} pages in ${indexSeconds.toFixed(1)} s: ${search.shards} shard${search.shards > 1 ? 's' : ''}, ${search.indexedShards} indexed now, ${search.shards - search.indexedShards} unchanged (${SEARCH_BUNDLE_DIR}/: ${search.files} files, ${Math.round(search.bytes / 1024)} KB).`,
);
console.log(
  `\n✓ Built, checked and published to ${show(outDir)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);

// Open threads past their review day are listed, not failed: the site is right as of its sources,
// but someone should look for news. REVIEW_DATE fixes "today" so the list can be reproduced.
const { formatThread, openThreads, reviewDay } = await import('../content-layer/open-threads.ts');
const today = reviewDay(process.env);
const overdue = openThreads(contentDir, today).filter((thread) => thread.overdue);
if (overdue.length)
  console.log(
    `\n  Due for review on ${today} (${overdue.length}); see \`npm run review\` and content/README.md:\n${overdue.map((t) => `  ${formatThread(t, root).replaceAll('\n', '\n  ')}`).join('\n')}`,
  );
