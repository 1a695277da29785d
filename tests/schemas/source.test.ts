// src/schemas/source.ts accepts the real entries in content/ and rejects bad ones with an error on the
// right field and a message that says what is expected.
import { describe, expect, test } from 'vitest';
import { sourceSchema } from '../../src/schemas/source.ts';
import { issues, readYaml, withChanges, tooShort, type Issue } from '../support/schema-cases.ts';

describe('sourceSchema', () => {
  const sources = readYaml('sources.yaml');

  test('the report describes each of its 18 paragraphs, ships its text and stands as of 16 May 2025; the public record has none', () => {
    const report = sourceSchema.parse(sources['istanbul-talks-report']);
    expect(report.paragraphs).toHaveLength(18);
    expect(report.file).toBe('sources/istanbul-talks-report.txt');
    expect(report.asOf).toBe('2025-05-16');
    expect(sourceSchema.parse(sources['public-record']).paragraphs).toEqual([]);
  });

  const good = {
    title: 'Public record',
    kind: 'public-record',
    description: 'Facts that are widely documented and not in dispute.',
  };

  test.each<[string, Record<string, unknown>, Issue[]]>([
    [
      'an unknown kind',
      { kind: 'blog' },
      [{ path: 'kind', message: 'Invalid option: expected one of "report"|"public-record"' }],
    ],
    [
      'a description too short',
      { description: 'Facts.' },
      [{ path: 'description', message: tooShort(20) }],
    ],
    [
      'a paragraph summary too short',
      { paragraphs: ['Intro.', 'Talk'] },
      [{ path: 'paragraphs.1', message: tooShort(5) }],
    ],
    [
      'a text file outside the content folder',
      { file: '../outside-the-project/report.txt' },
      [
        {
          path: 'file',
          message: 'a .txt file inside the content folder, e.g. sources/istanbul-talks-report.txt',
        },
      ],
    ],
    [
      'an as-of day that does not parse',
      { asOf: '16 May 2025' },
      [{ path: 'asOf', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }],
    ],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(sourceSchema, withChanges(good, changes))).toEqual(expected);
  });
});
