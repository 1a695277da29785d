// `npm run bench`: builds the site against N synthetic articles (default 100, 1,000 and 5,000;
// `--n 100,1000` to choose, `--runs 3` for how many runs to take the median of, or `--runs 3,3,1`
// for a count per N) in a temporary
// content folder, without touching content/ or dist/. Reports cold and warm build times, time per
// page and per added article, peak memory, the size of the output and page weights, and the cost
// of the search index; prints tables and writes JSON to tests/.output/bench/. Times are reported,
// never asserted.
// In the same run it builds a fair peer (tests/bench/peer.ts: a bare Astro project, the same prose,
// one share card per post), in turns with this project's builds, and reports the ratio of the two
// costs per added article: machines are too noisy for absolute times, so that ratio is the figure
// to track.
// It does so in two modes (`--editions off,on`, both by default): `off`, the site in English alone
// (site.yaml without its editions), and `on`, every edition built, each synthetic article translated
// into every edition's language. At each N the two modes' builds and their peers' take turns too, and
// from the two it reports what each edition costs per added article.
import { spawn } from 'node:child_process';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writePeerContent, writePeerProject } from './peer.ts';
import { lineTimer, STAGES, stageTimes, type StageName } from './stages.ts';
import {
  editionCodes,
  editionVocabulary,
  writeSyntheticContent,
  type EditionsMode,
} from './synthetic-content.ts';
import { elementsOf, parseHtml } from '../../src/lib/parse-html.ts';
import { writeSearchIndex } from '../../src/search/search-index.ts';

const root = resolve(import.meta.dirname, '..', '..');
const outRoot = join(root, 'tests', '.output', 'bench');

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const sizes = argument('n', '100,1000,5000')
  .split(',')
  .map((n) => Number(n.replace(/_/g, '')));
// One count for every N, or one per N: `--runs 3,3,1` takes one run at 5,000.
const runList = argument('runs', '3').split(',').map(Number);
const runsFor = (i: number) => runList[Math.min(i, runList.length - 1)]!;
// `off`: English alone; `on`: every edition, every synthetic article translated. Both by default.
const modeList = argument('editions', 'off,on').split(',');
const modes = (['off', 'on'] as const).filter((mode) => modeList.includes(mode));
if (
  sizes.some((n) => !Number.isInteger(n) || n < 1) ||
  runList.some((r) => !Number.isInteger(r) || r < 1) ||
  modes.length === 0 ||
  modeList.some((mode) => mode !== 'off' && mode !== 'on')
) {
  console.error(
    'Usage: npm run bench -- [--n 100,1000,5000] [--runs 3 | --runs 3,3,1] [--editions off,on | off | on]',
  );
  process.exit(2);
}
/** The aim for the editions: an article in every language at most this many times the peer's cost. */
const EDITIONS_AIM = 2.5;

/** The median of each stage over some builds (`null` when a build lacked it). */
const medianStages = (builds: BuildResult[]) =>
  Object.fromEntries(
    STAGES.map(({ name }) => {
      const values = builds.map((b) => b.stages[name]);
      return [name, values.some((v) => v === null) ? null : median(values as number[])];
    }),
  ) as Record<StageName, number | null>;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const log = (message: string) =>
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

interface BuildResult {
  ms: number;
  peakRssMb: number;
  /** Where the time went (stages.ts). */
  stages: Record<StageName, number | null>;
}

/** Every process in the tree under `pid` (the build wrapper starts Astro as a child). */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      children = children.concat(
        readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
          .split(' ')
          .filter(Boolean)
          .map(Number),
      );
    }
  } catch {
    // The process has exited.
  }
  return [pid, ...children.flatMap(processTree)];
}

/** Resident memory of a process, in kB (0 once it has exited). */
function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Runs one `npm run build` (the build wrapper: Astro into a temporary folder, the site checks, the
 * swap), timing it and sampling the memory of its whole process tree every 50 ms for the peak.
 */
function build(env: NodeJS.ProcessEnv, outDir: string, logFile: string): Promise<BuildResult> {
  return run([join(root, 'src/build/build.ts'), '--out', outDir], env, logFile);
}

/** Runs `astro build` on the peer project. */
function buildPeer(
  env: NodeJS.ProcessEnv,
  peerDir: string,
  outDir: string,
  logFile: string,
): Promise<BuildResult> {
  return run(
    [
      join(root, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--root',
      peerDir,
      '--outDir',
      outDir,
    ],
    env,
    logFile,
  );
}

/** Runs a Node script to its end, timing it and sampling its process tree's memory for the peak. */
function run(args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<BuildResult> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peakKb = 0;
    const sample = () => {
      if (child.pid)
        peakKb = Math.max(
          peakKb,
          processTree(child.pid).reduce((sum, pid) => sum + rssKb(pid), 0),
        );
    };
    const timer = setInterval(sample, 50);
    const output = lineTimer(started);
    child.stdout.on('data', (d: Buffer) => {
      appendFileSync(logFile, d);
      output.push(d);
    });
    child.stderr.on('data', (d: Buffer) => appendFileSync(logFile, d));
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (code !== 0) fail(new Error(`the build exited with ${code}; see ${logFile}`));
      else done({ ms, peakRssMb: peakKb / 1024, stages: stageTimes(output.lines, ms) });
    });
    child.on('spawn', sample);
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** A page's HTML plus the stylesheets it links, gzipped (as tests/e2e/budgets.e2e.ts counts them). */
function criticalBytes(outDir: string, file: string, cssCache: Map<string, number>): number {
  const html = readFileSync(file);
  let bytes = gzipSync(html, { level: 9 }).length;
  const stylesheets = elementsOf(parseHtml(html.toString('utf8'))).filter(
    (el) => el.name === 'link' && el.attribs['rel'] === 'stylesheet',
  );
  for (const href of stylesheets.map((el) => el.attribs['href']!)) {
    if (!cssCache.has(href))
      cssCache.set(href, gzipSync(readFileSync(join(outDir, href)), { level: 9 }).length);
    bytes += cssCache.get(href)!;
  }
  return bytes;
}

/**
 * How much of a page's HTML arrives within the first 14 KB (gzipped) alongside its stylesheets:
 * the part a browser can render after the first round trip. As a share of the HTML's length.
 */
function shareInFirstRoundTrip(
  outDir: string,
  file: string,
  cssCache: Map<string, number>,
): number {
  const html = readFileSync(file, 'utf8');
  const budget =
    14 * 1024 - (criticalBytes(outDir, file, cssCache) - gzipSync(html, { level: 9 }).length);
  let fits = 0;
  let over = html.length + 1;
  while (over - fits > 64) {
    const mid = (fits + over) >> 1;
    if (gzipSync(html.slice(0, mid), { level: 9 }).length <= budget) fits = mid;
    else over = mid;
  }
  return Math.min(1, fits / html.length);
}

/** Output size, page count, and the gzipped HTML + CSS of the article pages. */
function measureOutput(outDir: string) {
  const files = walk(outDir);
  const pages = files.filter((f) => f.endsWith('.html'));
  const cssCache = new Map<string, number>();
  const articlePages = pages.filter((f) => f.includes('/articles/'));
  const articleWeights = articlePages.map((f) => criticalBytes(outDir, f, cssCache));
  // A sample of 20 articles, spread over the list, is enough for the smallest share.
  const sample = articlePages.filter(
    (_, i) => i % Math.max(1, Math.floor(articlePages.length / 20)) === 0,
  );
  return {
    pages: pages.length,
    distMb: files.reduce((n, f) => n + statSync(f).size, 0) / 1024 / 1024,
    articleKbMedian: median(articleWeights) / 1024,
    articleKbMax: Math.max(...articleWeights) / 1024,
    firstRoundTripMinPct:
      Math.min(...sample.map((f) => shareInFirstRoundTrip(outDir, f, cssCache))) * 100,
  };
}

interface Row {
  /** `off`: the site in English alone; `on`: with every edition (`--editions`). */
  editions: EditionsMode;
  /** The languages built: 1, or English and each edition's. */
  languages: string[];
  articles: number;
  pages: number;
  coldMs: number;
  warmMs: number;
  msPerPage: number;
  msPerAddedArticle: number | null;
  peakRssMb: number;
  distMb: number;
  articleKbMedian: number;
  articleKbMax: number;
  /** The smallest share of an article's HTML (in a sample of 20) that arrives in the first 14 KB. */
  firstRoundTripMinPct: number;
  coldRunsMs: number[];
  warmRunsMs: number[];
  /** Where a cold build's time went, stage by stage (median ms of each; stages.ts). */
  coldStagesMs: Record<StageName, number | null>;
  /** The same for a warm rebuild. */
  warmStagesMs: Record<StageName, number | null>;
  /** The peer, built in the same run on the same prose: see tests/bench/peer.ts. */
  peer: {
    coldMs: number;
    warmMs: number;
    coldStagesMs: Record<StageName, number | null>;
    msPerAddedArticle: number | null;
    coldRunsMs: number[];
    warmRunsMs: number[];
  };
  /**
   * This project's ms per added article over the peer's: the figure to track (≤ 1 is the aim in
   * English alone; ≤ 2.5 with the editions, an article in four languages).
   */
  ratioPerAddedArticle: number | null;
  /**
   * With the editions (`on`), and when English alone (`off`) ran at the same N: what one edition
   * adds per added article, (ms per added article with the editions − without) / editions.
   */
  perEdition?: {
    editions: number;
    /** English alone's ms per added article, from the same run. */
    englishMsPerAddedArticle: number | null;
    msPerAddedArticle: number | null;
    /** Over the peer's ms per added article (the peer built in turns with the editions' builds). */
    ratioToPeer: number | null;
    /** Over English alone's ms per added article. */
    shareOfEnglish: number | null;
  };
}

/** The search index at an N, timed on its own (every build includes it). */
interface SearchRow {
  articles: number;
  indexedPages: number;
  /** Shards the index is split into (src/search/search-shards.ts). */
  shards: number;
  indexMs: number;
  msPerIndexedPage: number;
  indexMb: number;
}

/** One build to measure: how to start it afresh, change one article, and build once. */
interface Side {
  label: string;
  /** The sides of a group stop together when one of their builds fails (a mode and its peer). */
  group: string;
  reset: () => void;
  touch: (r: number) => void;
  once: () => Promise<BuildResult>;
}

/**
 * Cold builds (no cache, no output), then warm rebuilds with one article changed each time, of
 * this project and the peer in turns (project, peer, project, peer, ...): a machine that slows
 * down for a minute slows both, and their ratio holds better than in two blocks minutes apart.
 */
async function coldAndWarm(runs: number, sides: readonly Side[]) {
  const results = sides.map(() => ({ cold: [] as BuildResult[], warm: [] as BuildResult[] }));
  /** The groups whose builds failed, with the first error: the others go on. */
  const failed = new Map<string, Error>();
  const attempt = async (side: Side, into: BuildResult[]) => {
    if (failed.has(side.group)) return;
    try {
      into.push(await side.once());
    } catch (error) {
      log(`${side.label}: ${(error as Error).message}; its builds stop here, the others go on`);
      failed.set(side.group, error as Error);
    }
  };
  for (let r = 1; r <= runs; r++) {
    for (const [i, side] of sides.entries()) {
      if (failed.has(side.group)) continue;
      log(`${side.label}: cold build ${r}/${runs}`);
      side.reset();
      await attempt(side, results[i]!.cold);
    }
  }
  for (let r = 1; r <= runs; r++) {
    for (const [i, side] of sides.entries()) {
      if (failed.has(side.group)) continue;
      log(`${side.label}: warm rebuild ${r}/${runs} (one article changed)`);
      side.touch(r);
      await attempt(side, results[i]!.warm);
    }
  }
  return { results, failed };
}

const MODE_NAMES: Record<EditionsMode, string> = {
  off: 'English alone',
  on: 'with the editions',
};
const results: Record<EditionsMode, { rows: Row[]; search: SearchRow[] }> = {
  off: { rows: [], search: [] },
  on: { rows: [], search: [] },
};
/** Each mode and N whose builds failed, with the error (the build's log named in it). */
const failures: { editions: EditionsMode; articles: number; error: string }[] = [];
/** The editions' language codes, as the real site.yaml lists them. */
const editionLanguages = editionCodes(join(root, 'content'));
mkdirSync(outRoot, { recursive: true });
if (modes.includes('on'))
  for (const code of editionLanguages)
    log(`editions: ${code} prose from ${editionVocabulary(join(root, 'content'), code).from}`);
for (const [i, n] of sizes.entries()) {
  const runs = runsFor(i);
  const sides: Side[] = [];
  const modeRuns = modes.map((mode) => {
    const work = join(outRoot, `editions-${mode}`, `n-${n}`);
    const contentDir = join(work, 'content');
    const cacheDir = join(work, 'cache');
    const outDir = join(work, 'dist');
    const logFile = join(work, 'build.log');
    log(
      `N=${n}, ${MODE_NAMES[mode]}: writing ${n} synthetic articles${mode === 'on' ? `, each translated into ${editionCodes(join(root, 'content')).join(', ')}` : ''}`,
    );
    const files = writeSyntheticContent(join(root, 'content'), contentDir, n, { editions: mode });
    writeFileSync(logFile, '');
    writeFileSync(join(work, 'peer-build.log'), '');
    const env = { CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir };

    // The peer, on the same articles' prose (in English: the peer has one language).
    const peerDir = join(work, 'peer');
    const peerEnv = {
      PEER_CONTENT_DIR: join(work, 'peer-content'),
      PEER_CACHE_DIR: join(work, 'peer-cache'),
    };
    writePeerProject(peerDir);
    const peerFiles = writePeerContent(files, peerEnv.PEER_CONTENT_DIR);
    const label = `N=${n}${mode === 'on' ? ', editions' : ''}`;
    sides.push(
      {
        label,
        group: mode,
        reset: () => {
          rmSync(cacheDir, { recursive: true, force: true });
          rmSync(outDir, { recursive: true, force: true });
        },
        touch: (r) => appendFileSync(files[0]!, `\nA sentence added for warm rebuild ${r}.\n`),
        once: () => build(env, outDir, logFile),
      },
      {
        label: `${label} peer`,
        group: mode,
        reset: () => rmSync(peerEnv.PEER_CACHE_DIR, { recursive: true, force: true }),
        touch: (r) => appendFileSync(peerFiles[0]!, `\nA sentence added for warm rebuild ${r}.\n`),
        once: () =>
          buildPeer(peerEnv, peerDir, join(work, 'peer-dist'), join(work, 'peer-build.log')),
      },
    );
    return { mode, work, outDir, languages: ['en', ...editionCodes(contentDir)] };
  });
  // Both modes and their peers in turns: English alone, its peer, the editions, their peer, ...
  const measured = await coldAndWarm(runs, sides);

  for (const [m, { mode, work, outDir, languages }] of modeRuns.entries()) {
    const failure = measured.failed.get(mode);
    if (failure) {
      failures.push({ editions: mode, articles: n, error: failure.message });
      continue;
    }
    const { cold, warm } = measured.results[m * 2]!;
    const peerRuns = measured.results[m * 2 + 1]!;
    const { rows, search } = results[mode];
    const output = measureOutput(outDir);
    log(`N=${n}, ${MODE_NAMES[mode]}: indexing the built site for search`);
    const indexStarted = performance.now();
    const index = await writeSearchIndex(outDir, { outDir: join(work, 'search-index') });
    const indexMs = performance.now() - indexStarted;
    search.push({
      articles: n,
      indexedPages: index.pages,
      shards: index.shards,
      indexMs,
      msPerIndexedPage: indexMs / index.pages,
      indexMb: index.bytes / 1024 / 1024,
    });
    const coldMs = median(cold.map((b) => b.ms));
    const previous = rows.at(-1);
    const peerColdMs = median(peerRuns.cold.map((b) => b.ms));
    const perAdded = (ms: number, before: number | undefined) =>
      previous && before !== undefined ? (ms - before) / (n - previous.articles) : null;
    const msPerAddedArticle = perAdded(coldMs, previous?.coldMs);
    const peerPerAdded = perAdded(peerColdMs, previous?.peer.coldMs);
    rows.push({
      editions: mode,
      languages,
      articles: n,
      ...output,
      coldMs,
      warmMs: median(warm.map((b) => b.ms)),
      msPerPage: coldMs / output.pages,
      msPerAddedArticle,
      peakRssMb: Math.max(...cold.map((b) => b.peakRssMb), ...warm.map((b) => b.peakRssMb)),
      coldRunsMs: cold.map((b) => Math.round(b.ms)),
      warmRunsMs: warm.map((b) => Math.round(b.ms)),
      coldStagesMs: medianStages(cold),
      warmStagesMs: medianStages(warm),
      peer: {
        coldMs: peerColdMs,
        warmMs: median(peerRuns.warm.map((b) => b.ms)),
        coldStagesMs: medianStages(peerRuns.cold),
        msPerAddedArticle: peerPerAdded,
        coldRunsMs: peerRuns.cold.map((b) => Math.round(b.ms)),
        warmRunsMs: peerRuns.warm.map((b) => Math.round(b.ms)),
      },
      ratioPerAddedArticle:
        msPerAddedArticle !== null && peerPerAdded ? msPerAddedArticle / peerPerAdded : null,
    });
    log(
      `N=${n}, ${MODE_NAMES[mode]}: done (cold median ${(coldMs / 1000).toFixed(1)} s, peer ${(peerColdMs / 1000).toFixed(1)} s)`,
    );
  }

  // What each edition adds per added article: the two modes' costs from the same turns.
  const english = results.off.rows.find((r) => r.articles === n);
  const withEditions = results.on.rows.find((r) => r.articles === n);
  if (withEditions) {
    const count = withEditions.languages.length - 1;
    const each =
      english?.msPerAddedArticle != null && withEditions.msPerAddedArticle !== null && count > 0
        ? (withEditions.msPerAddedArticle - english.msPerAddedArticle) / count
        : null;
    withEditions.perEdition = {
      editions: count,
      englishMsPerAddedArticle: english?.msPerAddedArticle ?? null,
      msPerAddedArticle: each,
      // Over a cost that came out at zero or below (noise, at small N), a share means nothing.
      ratioToPeer:
        each !== null && (withEditions.peer.msPerAddedArticle ?? 0) > 0
          ? each / withEditions.peer.msPerAddedArticle!
          : null,
      shareOfEnglish:
        each !== null && (english?.msPerAddedArticle ?? 0) > 0
          ? each / english!.msPerAddedArticle!
          : null,
    };
  }
}

const fmt = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined ? '—' : v.toFixed(digits);
const stageCell = (ms: number | null) => (ms === null ? '—' : (ms / 1000).toFixed(1));

/** The tables every mode prints: the builds, against the peer, the stages, the search index. */
function printTables(rows: Row[], searchRows: SearchRow[], aim: string) {
  console.log(
    [
      '| articles | pages | cold build (s) | warm rebuild (s) | warm/cold | ms/page | ms per added article | peak RSS (MB) | dist (MB) | article HTML+CSS gz (KB, median/max) | article HTML in first 14 KB (min) |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows.map(
        (r) =>
          `| ${r.articles} | ${r.pages} | ${fmt(r.coldMs / 1000)} | ${fmt(r.warmMs / 1000)} | ${fmt(r.warmMs / r.coldMs, 2)} | ${fmt(r.msPerPage)} | ${fmt(r.msPerAddedArticle)} | ${fmt(r.peakRssMb, 0)} | ${fmt(r.distMb)} | ${fmt(r.articleKbMedian)}/${fmt(r.articleKbMax)} | ${fmt(r.firstRoundTripMinPct, 0)}% |`,
      ),
    ].join('\n'),
  );
  console.log(
    `\nAgainst the peer (a bare Astro project: the same prose through unified(), one satori + resvg card per post; tests/bench/peer.ts), built in the same run; the aim: ${aim}\n`,
  );
  console.log(
    [
      '| articles | project cold (s) | project warm (s) | peer cold (s) | peer warm (s) | project ms per added article | peer ms per added article | ratio (project / peer) | project warm/cold |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows.map(
        (r) =>
          `| ${r.articles} | ${fmt(r.coldMs / 1000)} | ${fmt(r.warmMs / 1000)} | ${fmt(r.peer.coldMs / 1000)} | ${fmt(r.peer.warmMs / 1000)} | ${fmt(r.msPerAddedArticle)} | ${fmt(r.peer.msPerAddedArticle)} | ${fmt(r.ratioPerAddedArticle, 2)} | ${fmt(r.warmMs / r.coldMs, 2)} |`,
      ),
    ].join('\n'),
  );
  console.log(
    '\nWhere the time went, stage by stage (s, medians): start (Node, config, Vite), content sync, bundle, pages (share images included), after Astro (checks, search index, publishing; stages.ts)\n',
  );
  console.log(
    [
      `| articles | build | ${STAGES.map((s) => s.name).join(' | ')} |`,
      `|---:|---|${STAGES.map(() => '---:').join('|')}|`,
      ...rows.flatMap((r) =>
        (
          [
            ['project, cold', r.coldStagesMs],
            ['project, warm', r.warmStagesMs],
            ['peer, cold', r.peer.coldStagesMs],
          ] as const
        ).map(
          ([label, stages]) =>
            `| ${r.articles} | ${label} | ${STAGES.map((s) => stageCell(stages[s.name])).join(' | ')} |`,
        ),
      ),
    ].join('\n'),
  );
  console.log(
    '\nSearch index (Pagefind on the built site, one run, timed alone; every build above includes it)\n',
  );
  console.log(
    [
      '| articles | indexed pages | shards | indexing (s) | ms per indexed page | index (MB) |',
      '|---:|---:|---:|---:|---:|---:|',
      ...searchRows.map(
        (r) =>
          `| ${r.articles} | ${r.indexedPages} | ${r.shards} | ${fmt(r.indexMs / 1000, 2)} | ${fmt(r.msPerIndexedPage, 2)} | ${fmt(r.indexMb)} |`,
      ),
    ].join('\n'),
  );
}

console.log(
  `\nBuild benchmark: the median of ${sizes.map((n, i) => `${runsFor(i)} run(s) at ${n}`).join(', ')}; synthetic articles of about 1,200 words (plus the 5 real ones)`,
);
if (modes.includes('off')) {
  console.log(
    `\n## English alone (--editions off: site.yaml without its editions, one language)\n`,
  );
  printTables(results.off.rows, results.off.search, 'a ratio at or below 1.0');
}
if (modes.includes('on')) {
  const languages = ['en', ...editionLanguages];
  console.log(
    `\n## With the editions (--editions on: ${languages.length} languages, ${languages.join(', ')}; every synthetic article translated into each)\n`,
  );
  printTables(
    results.on.rows,
    results.on.search,
    `a ratio at or below ${EDITIONS_AIM} (an article in ${languages.length} languages against the peer's one)`,
  );
  console.log(
    `\nWhat the editions cost per added article: with the editions against English alone, built in turns in the same run; each edition = (with − without) / ${editionLanguages.length} editions\n`,
  );
  console.log(
    [
      `| articles | English alone: ms per added article | with the editions: ms per added article | ratio to the peer, with the editions (aim ≤ ${EDITIONS_AIM}) | each edition: ms per added article | each edition / peer | each edition / English |`,
      '|---:|---:|---:|---:|---:|---:|---:|',
      ...results.on.rows.map(
        (r) =>
          `| ${r.articles} | ${fmt(r.perEdition?.englishMsPerAddedArticle)} | ${fmt(r.msPerAddedArticle)} | ${fmt(r.ratioPerAddedArticle, 2)} | ${fmt(r.perEdition?.msPerAddedArticle)} | ${fmt(r.perEdition?.ratioToPeer, 2)} | ${r.perEdition?.shareOfEnglish == null ? '—' : `${fmt(r.perEdition.shareOfEnglish * 100, 0)}%`} |`,
      ),
    ].join('\n'),
  );
  if (!modes.includes('off'))
    console.log(
      '\n(Each edition\u2019s cost needs English alone in the same run: --editions off,on.)',
    );
}
for (const failure of failures)
  console.log(
    `\nFAILED: ${MODE_NAMES[failure.editions]} at ${failure.articles} articles: ${failure.error}`,
  );
const file = join(outRoot, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      runs: sizes.map((_, i) => runsFor(i)),
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      editions: editionLanguages,
      // English alone (`--editions off`), as the bench reported it before the editions.
      rows: results.off.rows,
      search: results.off.search,
      // With every edition (`--editions on`), each row with what one edition adds (`perEdition`).
      withEditions: { rows: results.on.rows, search: results.on.search },
      failures,
    },
    null,
    2,
  ),
);
console.log(`\nJSON: ${file}`);
if (failures.length) process.exitCode = 1;
