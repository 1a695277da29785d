// The open threads: what is still pending after its updates, its age and its review day, listed by
// `npm run review` and, past the review day, by `npm run build`; the same day always gives the same list.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatThread, openThreads, reviewDay } from '../../src/content-layer/open-threads.ts';

const content = 'content';
const work = mkdtempSync(join(tmpdir(), 'open-threads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('openThreads on the real content', () => {
  test('the Zelensky–Putin meeting is the one open thread, as of its latest source', () => {
    const threads = openThreads(content, '2026-12-06');
    expect(threads.map((t) => t.event)).toEqual(['zelensky-putin-meeting']);
    const [thread] = threads;
    expect(thread).toMatchObject({
      title: 'A Zelensky–Putin meeting',
      asOf: '2026-02-25',
      reviewBy: '2027-03-01',
      file: 'content/updates.yaml',
      ageDays: 284,
      overdue: false,
    });
    expect(thread!.sources).toEqual([
      'kyiv-independent-2026-02-25-kremlin-meeting',
      'anews-2026-02-25-kremlin-meeting',
    ]);
    // The line is where reviewBy is written, so an editor can go straight to it.
    const lines = readFileSync('content/updates.yaml', 'utf8').split('\n');
    expect(lines[thread!.line! - 1]).toBe('  reviewBy: 2027-03-01');
  });

  test('past its review day a thread is overdue; on the day itself it is not', () => {
    expect(openThreads(content, '2027-03-01')[0]!.overdue).toBe(false);
    expect(openThreads(content, '2027-03-02')[0]!.overdue).toBe(true);
  });

  test('an event whose latest update says it happened is no longer open', () => {
    const ids = openThreads(content, '2026-12-06').map((t) => t.event);
    for (const settled of [
      'prisoner-exchange-carried-out',
      'eu-sanctions-package',
      'trump-putin-meeting',
    ])
      expect(ids).not.toContain(settled);
  });

  test('a thread with no review day is always due', () => {
    const dir = join(work, 'no-review-day');
    cpSync(content, dir, { recursive: true });
    const updates = join(dir, 'updates.yaml');
    writeFileSync(updates, readFileSync(updates, 'utf8').replace('  reviewBy: 2027-03-01\n', ''));
    const [thread] = openThreads(dir, '2026-12-06');
    expect(thread!.overdue).toBe(true);
    expect(formatThread(thread!, dir)).toMatch(/no review day set\.$/m);
  });
});

describe('formatThread', () => {
  test('names the file and line, the thread, its age, its review day and its sources', () => {
    const [thread] = openThreads(content, '2027-06-01');
    expect(formatThread(thread!)).toBe(
      `content/updates.yaml:${thread!.line}: "zelensky-putin-meeting" (A Zelensky–Putin meeting): pending as of 2026-02-25, 461 days ago; review by 2027-03-01 (past).\n  Sources: kyiv-independent-2026-02-25-kremlin-meeting, anews-2026-02-25-kremlin-meeting`,
    );
  });
});

describe('reviewDay', () => {
  test('is REVIEW_DATE when given, else today', () => {
    expect(reviewDay({ REVIEW_DATE: '2027-01-02' })).toBe('2027-01-02');
    expect(reviewDay({}, new Date('2026-12-06T23:00:00Z'))).toBe('2026-12-06');
  });

  test('refuses a REVIEW_DATE that is not a day, saying how to write one', () => {
    expect(() => reviewDay({ REVIEW_DATE: '1 March' })).toThrow(
      'REVIEW_DATE must be a day written YYYY-MM-DD, e.g. 2026-12-06; it is "1 March".',
    );
  });
});

describe('npm run review', () => {
  test('prints every open thread for the day it is given, and exits 0', () => {
    const run = spawnSync(process.execPath, ['src/scripts/review.ts'], {
      env: { ...process.env, REVIEW_DATE: '2027-06-01' },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Open threads on 2027-06-01: 1\n/);
    expect(run.stdout).toContain(
      '"zelensky-putin-meeting" (A Zelensky–Putin meeting): pending as of 2026-02-25, 461 days ago; review by 2027-03-01 (past).',
    );
  });
});
