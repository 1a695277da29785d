import { describe, expect, test } from 'vitest';
import {
  findInvalidUtf8,
  locate,
  parseYamlSource,
  splitMarkdown,
} from '../../src/content-layer/source-text.ts';
import {
  findHtmlInText,
  findImpossibleDates,
  impossibleDate,
} from '../../src/content-layer/source-problems.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))),
  );

describe('findInvalidUtf8', () => {
  test('accepts UTF-8, typographic apostrophes and all', () => {
    expect(findInvalidUtf8(bytes('Dolmabahçe, we’re, 1,000 — ¶9\n'))).toBeUndefined();
  });

  test('finds a Latin-1 byte with its line and column', () => {
    expect(findInvalidUtf8(bytes('first line\nThe Dolmabah', [0xe7], 'e Palace\n'))).toEqual({
      line: 2,
      column: 13,
      byte: 0xe7,
    });
  });

  test('finds a Windows-1252 apostrophe, an overlong form and a character cut short', () => {
    expect(findInvalidUtf8(bytes('Russia', [0x92], 's'))?.byte).toBe(0x92);
    expect(findInvalidUtf8(bytes([0xc0, 0xaf]))?.byte).toBe(0xc0);
    expect(findInvalidUtf8(bytes('end ', [0xe2, 0x80]))).toEqual({
      line: 1,
      column: 5,
      byte: 0xe2,
    });
  });
});

describe('impossibleDate', () => {
  test('explains days that do not exist, and accepts real ones', () => {
    expect(impossibleDate('2026-02-30T11:00:00+00:00')).toBe(
      'February 2026 has 28 days, so day 30 does not exist',
    );
    expect(impossibleDate('2024-02-29')).toBeUndefined();
    expect(impossibleDate('2025-13-01')).toMatch(/no month 13/);
    expect(impossibleDate('2025-05-16T25:00:00Z')).toMatch(/not a time of day/);
    expect(impossibleDate('not a date')).toBeUndefined();
  });
});

describe('YAML with line numbers', () => {
  const text =
    'rustem-umerov:\n  name: Rustem Umerov\n  roleSource: { source: report, paragraphs: [9] }\nquote:\n  date: { precision: day, value: 2022-02-29 }\n';

  test('locates a field, a list item, and the entry of a missing field', () => {
    const { source, problems } = parseYamlSource('people.yaml', text);
    expect(problems).toEqual([]);
    expect(locate(source, ['rustem-umerov', 'name'])?.line).toBe(2);
    expect(locate(source, ['rustem-umerov', 'roleSource', 'paragraphs', 0])?.line).toBe(3);
    expect(locate(source, ['rustem-umerov', 'role'])?.line).toBe(1);
  });

  test('names a repeated key and where it first appears', () => {
    const { problems } = parseYamlSource(
      'quotes.yaml',
      'a:\n  text: one\nb:\n  text: two\na:\n  text: three\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      line: 5,
      problem: expect.stringContaining('the key "a" appears twice (first on line 1)'),
    });
  });

  test('reports a syntax error at its line, shifted for frontmatter', () => {
    const { problems } = parseYamlSource('a.md', 'title: "ok"\nsection: Analysis: the sequel\n', 1);
    expect(problems[0]).toMatchObject({
      line: 3,
      problem: expect.stringContaining('not valid YAML'),
    });
  });

  test('finds impossible dates with their entry and field', () => {
    const { source } = parseYamlSource('timeline.yaml', text);
    expect(findImpossibleDates('timeline.yaml', source, true)).toEqual([
      expect.objectContaining({
        line: 5,
        entry: 'quote',
        field: 'date.value',
        problem: expect.stringContaining('February 2022 has 28 days'),
      }),
    ]);
  });
});

test('findHtmlInText finds tags in plain-text fields, and leaves "<" in prose alone', () => {
  const { source } = parseYamlSource(
    'people.yaml',
    'a:\n  name: <b>Rustem</b>\n  note: fewer than 3 < 4 and 5 > 2\n',
  );
  expect(findHtmlInText('people.yaml', source, true)).toEqual([
    expect.objectContaining({
      line: 2,
      entry: 'a',
      field: 'name',
      problem: expect.stringContaining('<b>'),
    }),
  ]);
});

test('splitMarkdown finds the frontmatter and the line where Astro starts the body', () => {
  expect(splitMarkdown('---\ntitle: x\n---\n\nBody\n')).toEqual({
    frontmatter: 'title: x',
    body: '\nBody\n',
    bodyLineOffset: 4,
  });
  expect(splitMarkdown('## No frontmatter\n').frontmatter).toBeUndefined();
});
