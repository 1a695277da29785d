// Runs the real build on every case of the malformed-content corpus (tests/fixtures/malformed/) and
// checks that it stops, leaves no dist/ behind, and says which file, line or field is wrong, what
// is wrong and how to fix it, with no stack trace standing in for an explanation.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyEdits, loadCases, type Expectation } from '../support/malformed-cases.ts';
import { copyProject, repoRoot, runBuild } from '../support/project-copy.ts';

const cases = loadCases();
// Made when the tests start (not when the file is loaded), so a run that skips them leaves nothing.
let work = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'malformed-'));
});
/** Each case's message, for people to read: tests/.output/malformed/<case>.txt. */
const outputDir = join(repoRoot, 'tests', '.output', 'malformed');
mkdirSync(outputDir, { recursive: true });
const timings: string[] = [];

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  writeFileSync(join(outputDir, 'timings.txt'), `${timings.sort().join('\n')}\n`);
});

/** The problem in a summary that the expectation describes: its first line and its fix. */
function findProblem(summary: string, expected: Expectation): string | undefined {
  const blocks = summary.split(/\n(?=\S)/).filter((block) => block.includes('How to fix:'));
  return blocks.find((block) => {
    const head = block.split('\n')[0]!;
    return (
      head.startsWith(expected.line ? `${expected.file}:${expected.line}:` : expected.file) &&
      (!expected.entry || head.includes(`entry "${expected.entry}"`)) &&
      (!expected.field || head.includes(`field "${expected.field}"`))
    );
  });
}

test('the corpus has at least 30 cases, each with a description, edits and an expected message', () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
  for (const c of cases) {
    expect(c.description.length, c.name).toBeGreaterThan(20);
    expect(c.edits.length, c.name).toBeGreaterThan(0);
    expect(c.expect.problem && c.expect.fix, c.name).toBeTruthy();
  }
  expect(readdirSync(join(repoRoot, 'tests', 'fixtures', 'malformed')).length).toBe(cases.length);
});

describe.concurrent('a build of malformed content stops and says what to fix', () => {
  for (const c of cases) {
    test(`${c.name}: ${c.description}`, async () => {
      const dir = join(work, c.name);
      copyProject(dir);
      applyEdits(join(dir, 'content'), c.edits);
      const result = await runBuild(dir);
      timings.push(`${c.name}\t${result.seconds.toFixed(1)} s`);
      writeFileSync(
        join(outputDir, `${c.name}.txt`),
        `${c.description}\n\nexit ${result.code}\n${result.summary}\n`,
      );

      expect(result.code, result.output.slice(-3000)).not.toBe(0);
      expect(result.summary, result.output.slice(-3000)).toMatch(/^✗ /);
      // Nothing published, nothing half-written left beside it.
      expect(existsSync(join(dir, 'dist'))).toBe(false);
      expect(readdirSync(dir).filter((name) => name.startsWith('dist.'))).toEqual([]);
      // An explanation, not a stack trace.
      expect(result.summary).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(result.summary).not.toContain('Stack trace');

      const problem = findProblem(result.summary, c.expect);
      expect(
        problem,
        `no problem names ${c.expect.file}${c.expect.line ? `:${c.expect.line}` : ''}${c.expect.entry ? ` entry "${c.expect.entry}"` : ''}${c.expect.field ? ` field "${c.expect.field}"` : ''} in:\n${result.summary}`,
      ).toBeDefined();
      const [head, ...rest] = problem!.split('\n  How to fix: ');
      expect(head).toContain(c.expect.problem);
      // Said once: Astro's own reports of the problem stay in the log.
      expect(result.output.split(head!).length - 1, result.output).toBe(1);
      expect(rest.join(' ')).toContain(c.expect.fix);
    });
  }
});
