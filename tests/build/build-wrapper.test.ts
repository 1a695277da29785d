// What `npm run build` promises besides its messages: two builds of the same commit give the same
// bytes (whatever the folder and whatever is cached), a build that fails, in Astro, in the checks
// after it or in the search index, leaves dist/ exactly as it was, and the terminal is spared
// noise: no warning on a good build, each problem once on a failed one, no folder left behind.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyEdits } from '../support/malformed-cases.ts';
import { copyProject, hashTree, runBuild } from '../support/project-copy.ts';

// Made when the tests start (not when the file is loaded), so a run that skips them leaves nothing.
let work: string;
let first: string;
let second: string;
let built: Map<string, string>;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'build-wrapper-'));
  first = join(work, 'first');
  second = join(work, 'elsewhere', 'second');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The files that differ between two builds, for the failure message. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file));
}

describe('npm run build', () => {
  test('builds the real content into dist/ and leaves no working folder behind', async () => {
    copyProject(first);
    // The copy has nothing beside it: the report it checks quotes against ships in its content/.
    expect(readdirSync(work)).toEqual(['first']);
    const result = await runBuild(first);
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(result.summary).toMatch(/^✓ Built, checked and published to dist\//);
    expect(result.output).not.toMatch(/not checked/i);
    built = hashTree(join(first, 'dist'));
    expect([...built.keys()]).toContain('index.html');
    // The search index is part of the build, and so of its bytes below.
    expect([...built.keys()]).toEqual(
      expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json']),
    );
    expect(result.output).toMatch(/Search: indexed \d+ pages in/);
    expect(readdirSync(first).filter((name) => name.startsWith('dist.'))).toEqual([]);
    // No warning: lightningcss's about `:target-current` is left out, and the rule is still built.
    expect(result.output).not.toMatch(/\[WARN\]|warnings? while optimizing/);
    const css = [...built.keys()].filter((file) => file.endsWith('.css'));
    expect(css.map((file) => readFileSync(join(first, 'dist', file), 'utf8')).join('')).toContain(
      '.section-nav-rail a:target-current',
    );
    // Node's compiled code, for the next build to start sooner.
    expect(readdirSync(join(first, '.astro', 'node-compile-cache'))).not.toEqual([]);
  });

  test('gives the same bytes in another folder with a cold cache, and again with a warm one', async () => {
    copyProject(second);
    const elsewhere = await runBuild(second);
    expect(elsewhere.code, elsewhere.output.slice(-3000)).toBe(0);
    expect(differences(built, hashTree(join(second, 'dist')))).toEqual([]);

    // Warm, and replacing the dist/ of the first build, which is deleted after the build returns.
    const again = await runBuild(first);
    expect(again.code, again.output.slice(-3000)).toBe(0);
    expect(differences(built, hashTree(join(first, 'dist')))).toEqual([]);
    await expect
      .poll(() => readdirSync(first).filter((name) => name.startsWith('dist.')), {
        timeout: 30_000,
      })
      .toEqual([]);
  });

  test('lists the open threads past their review day, for the day it is given, and still publishes', async () => {
    const due = await runBuild(first, 'dist', { REVIEW_DATE: '2027-06-01' });
    expect(due.code, due.output.slice(-3000)).toBe(0);
    expect(due.summary).toMatch(
      /Due for review on 2027-06-01 \(1\); see `npm run review` and content\/README\.md:\n {2}content\/updates\.yaml:\d+: "zelensky-putin-meeting" \(A Zelensky–Putin meeting\): pending as of 2026-02-25, 461 days ago; review by 2027-03-01 \(past\)\./,
    );
    expect(differences(built, hashTree(join(first, 'dist')))).toEqual([]);
    // Before the review day, nothing is listed.
    const early = await runBuild(first, 'dist', { REVIEW_DATE: '2026-12-06' });
    expect(early.code).toBe(0);
    expect(early.output).not.toContain('Due for review');
  });

  test('leaves dist/ byte for byte as it was when the content breaks after a good build', async () => {
    const content = join(first, 'content');
    const pristine = join(work, 'pristine-content');
    cpSync(content, pristine, { recursive: true });

    // Astro itself stops: a required field is missing.
    applyEdits(content, [
      {
        file: 'people.yaml',
        replace: '  role: Defence Minister of Ukraine; head of Ukraine’s delegation\n',
        with: '',
      },
    ]);
    const stopped = await runBuild(first);
    expect(stopped.code).not.toBe(0);
    expect(stopped.summary).toContain('dist/ has not been changed');
    expect(differences(built, hashTree(join(first, 'dist')))).toEqual([]);

    // Astro builds the whole site, and the checks after it refuse it: a link to no page.
    rmSync(content, { recursive: true });
    cpSync(pristine, content, { recursive: true });
    applyEdits(content, [
      {
        file: 'articles/what-comes-next.md',
        replace: 'The report gives no other answer from him.',
        with: 'The report gives [no other answer](/articles/no-such-page/) from him.',
      },
    ]);
    const refused = await runBuild(first);
    expect(refused.code).not.toBe(0);
    expect(refused.summary).toContain('The built site failed its checks');
    expect(differences(built, hashTree(join(first, 'dist')))).toEqual([]);
    expect(readdirSync(first).filter((name) => name.startsWith('dist.'))).toEqual([]);
  });

  test('a failed build says each problem once, keeps its log in .astro/ and leaves no folder in the temp folder', async () => {
    const temp = join(work, 'temp');
    mkdirSync(temp);
    const content = join(first, 'content');
    rmSync(content, { recursive: true });
    cpSync(join(work, 'pristine-content'), content, { recursive: true });
    // Astro reports this one three times over (its raw error, the entry's error, its CLI's report).
    applyEdits(content, [
      {
        file: 'articles/what-comes-next.md',
        replace: ':quote{#medinsky-noted}',
        with: ':quote{#medinsky-nodded}',
      },
    ]);
    const failed = await runBuild(first, 'dist', { TMPDIR: temp });
    expect(failed.code).toBe(1);
    const problem = 'unknown quote id "medinsky-nodded"';
    expect(failed.summary).toContain(problem);
    expect(failed.output.split(problem).length - 1, failed.output).toBe(1);
    expect(failed.output).not.toContain('ContentError');
    expect(readdirSync(temp).filter((name) => name.startsWith('site-build-'))).toEqual([]);
    expect(failed.summary).toContain(
      "Astro's full output, with stack traces: .astro/last-failed-build.log",
    );
    const log = readFileSync(join(first, '.astro', 'last-failed-build.log'), 'utf8');
    expect(log).toContain(problem);
    expect(log).toContain('Stack trace');

    // The next good build removes the log: no message points at it any more.
    rmSync(content, { recursive: true });
    cpSync(join(work, 'pristine-content'), content, { recursive: true });
    const good = await runBuild(first, 'dist', { TMPDIR: temp });
    expect(good.code, good.output.slice(-3000)).toBe(0);
    expect(existsSync(join(first, '.astro', 'last-failed-build.log'))).toBe(false);
    expect(readdirSync(temp).filter((name) => name.startsWith('site-build-'))).toEqual([]);
  });

  test('with nothing beside the project, a quote changed by one word still stops the build', async () => {
    const lone = join(work, 'lone', 'site');
    copyProject(lone);
    expect(readdirSync(join(work, 'lone'))).toEqual(['site']);
    applyEdits(join(lone, 'content'), [
      {
        file: 'quotes.yaml',
        replace: '  text: certainly needed\n',
        with: '  text: clearly needed\n',
      },
    ]);
    const result = await runBuild(lone);
    expect(result.code).not.toBe(0);
    expect(result.summary).toContain('content/quotes.yaml');
    expect(result.summary).toContain('"clearly needed" is not what the report says in ¶17');
    expect(result.summary).toContain('“certainly needed” (¶17)');
  });

  test('stops with the heap cap and how to raise it when Astro runs out of memory, and leaves dist/ alone', async () => {
    const starved = await runBuild(first, 'dist', { BUILD_MAX_HEAP_MB: '64' });
    expect(starved.code).toBe(1);
    expect(starved.summary).toContain(
      "The build ran out of memory: Astro's JavaScript heap is capped at 64 MB (BUILD_MAX_HEAP_MB)",
    );
    expect(starved.summary).toContain(
      'How to fix: raise the cap, e.g. BUILD_MAX_HEAP_MB=2048 npm run build',
    );
    expect(starved.summary).toContain('dist/ has not been changed');
    expect(differences(built, hashTree(join(first, 'dist')))).toEqual([]);

    const nonsense = await runBuild(first, 'dist', { BUILD_MAX_HEAP_MB: 'lots' });
    expect(nonsense.code).toBe(2);
    expect(nonsense.summary.trim()).toBe(
      '✗ BUILD_MAX_HEAP_MB is "lots"; it must be a whole number of megabytes, at least 64.\n  How to fix: leave it unset (1024), or set it to e.g. 2048.',
    );
  });

  test('leaves dist/ as it was when the search index cannot be built, after Astro and the checks passed', async () => {
    const content = join(first, 'content');
    rmSync(content, { recursive: true });
    cpSync(join(work, 'pristine-content'), content, { recursive: true });
    // Pagefind's program cannot be started.
    const unindexed = await runBuild(first, 'dist', {
      PAGEFIND_BINARY_PATH: join(work, 'no-such-pagefind'),
    });
    expect(unindexed.code).toBe(1);
    expect(unindexed.summary).toContain('The search index could not be built');
    expect(unindexed.summary).toContain('no-such-pagefind ENOENT');
    expect(unindexed.summary).toContain('dist/ has not been changed');
    expect(differences(built, hashTree(join(first, 'dist')))).toEqual([]);
    expect(readdirSync(first).filter((name) => name.startsWith('dist.'))).toEqual([]);
  });
});
