// Which report a person's `reportError` is about: the one it names, or the content's only report;
// with several and none named, or a name that is not a report, the build stops and says which to
// name. The words are then checked against that report's paragraph.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkReportErrors,
  readReportIds,
  reportOfError,
} from '../../src/content-layer/report-errors.ts';
import type { SourceText } from '../../src/content-layer/report-check.ts';
import type { EntryCheckContext } from '../../src/content-layer/strict-file-loader.ts';

const texts = new Map<string, SourceText>([
  ['first', { file: 'sources/first.txt', paragraphs: ['Opening.', 'Said by the first report.'] }],
  ['second', { file: 'sources/second.txt', paragraphs: ['Said by the second report.'] }],
]);

/** A people file of these entries, each line numbered by its entry's place. */
function people(entries: Record<string, unknown>): EntryCheckContext {
  const ids = Object.keys(entries);
  return {
    file: 'content/people.yaml',
    entries,
    locate: (path) => ({ line: ids.indexOf(String(path[0])) + 1, column: path.length }),
  };
}

const error = (reportSaid: string, paragraph: number, source?: string) => ({
  reportError: { reportSaid, paragraph, explanation: '/articles/a/#b', ...(source && { source }) },
});

describe('reportOfError', () => {
  test('is the report named, or the only one; nothing when that is unclear', () => {
    expect(reportOfError(undefined, ['first'])).toBe('first');
    expect(reportOfError('second', ['first', 'second'])).toBe('second');
    expect(reportOfError(undefined, ['first', 'second'])).toBeUndefined();
    expect(reportOfError('an-outlet-piece', ['first'])).toBeUndefined();
    expect(reportOfError(undefined, [])).toBeUndefined();
  });
});

describe('checkReportErrors', () => {
  test('with one report, an error that names none is checked against it', () => {
    expect(
      checkReportErrors(texts, ['first'], people({ a: error('the first report', 2) })),
    ).toEqual([]);
    const [wrong] = checkReportErrors(
      texts,
      ['first'],
      people({ a: error('the second report', 2) }),
    );
    expect(wrong).toMatchObject({ entry: 'a', field: 'reportError.reportSaid' });
    expect(wrong!.problem).toContain('is not what the report says in ¶2');
  });

  test('with several reports, each error is checked against the one it names', () => {
    const context = people({
      a: error('the first report', 2, 'first'),
      b: error('the second report', 1, 'second'),
      c: error('the first report', 1, 'second'),
    });
    const problems = checkReportErrors(texts, ['first', 'second'], context);
    expect(problems.map((p) => p.entry)).toEqual(['c']);
  });

  test('with several reports and none named, it asks which, listing them', () => {
    const context = people({ none: { name: 'No error' }, a: error('the first report', 2) });
    expect(checkReportErrors(texts, ['first', 'second'], context)).toEqual([
      {
        file: 'content/people.yaml',
        line: 2,
        column: 2,
        entry: 'a',
        field: 'reportError',
        problem:
          'content/sources.yaml has 2 reports ("first", "second"), and this does not say which one said it.',
        fix: 'add `source:` under reportError with the report\'s id: "first", "second".',
      },
    ]);
  });

  test('a name that is not a report, or no report at all, is refused', () => {
    const [notReport] = checkReportErrors(
      texts,
      ['first'],
      people({ a: error('the first report', 2, 'an-outlet-piece') }),
    );
    expect(notReport).toMatchObject({ field: 'reportError.source', column: 3 });
    expect(notReport!.problem).toBe(
      '"an-outlet-piece" is not a report (kind: report) in content/sources.yaml.',
    );
    const [none] = checkReportErrors(texts, [], people({ a: error('the first report', 2) }));
    expect(none!.problem).toContain('has no report (kind: report)');
  });
});

describe('readReportIds', () => {
  test('are the sources of kind report, in the editor’s order', () => {
    expect(readReportIds('content')).toEqual(['istanbul-talks-report']);
    const dir = join(mkdtempSync(join(tmpdir(), 'report-errors-')), 'content');
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'sources.yaml');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}second-report:\n  title: Another report\n  kind: report\n  description: Another report, for this test only.\n  asOf: 2025-05-16\n`,
    );
    expect(readReportIds(dir)).toEqual(['istanbul-talks-report', 'second-report']);
  });
});
