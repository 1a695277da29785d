// The content reader: each YAML collection checked against its schema, read again when its file
// changes (what `astro dev` relies on), articles found in subfolders too, and the sitemap's dates:
// an article's `updated`, read from a plain line without parsing the YAML, must be what parsing the
// whole frontmatter gives, whatever the line looks like.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
  readContentDates,
  readDataCollection,
  readQuoteTexts,
  updatedOf,
} from '../../src/content-layer/content-files.ts';

/** A copy of content/ to change. */
function contentCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'content-files-')), 'content');
  cpSync('content', dir, { recursive: true });
  return dir;
}

describe('readDataCollection', () => {
  test('gives each entry as its schema parses it, in the editor’s order', () => {
    const quotes = readDataCollection('content', 'quotes');
    expect(quotes.file).toBe('content/quotes.yaml');
    expect(quotes.order[0]).toBe('ukrainian-source-unacceptable-demands');
    expect(quotes.entries.get('umerov-know-the-date')?.speaker).toEqual({
      collection: 'people',
      id: 'rustem-umerov',
    });
  });

  test('leaves out an entry its schema refuses (its loader reports it) but keeps its id in the order', () => {
    const dir = contentCopy();
    writeFileSync(
      join(dir, 'quotes.yaml'),
      `${readFileSync(join(dir, 'quotes.yaml'), 'utf8')}no-speaker:\n  text: words\n`,
    );
    const quotes = readDataCollection(dir, 'quotes');
    expect(quotes.order).toContain('no-speaker');
    expect(quotes.entries.has('no-speaker')).toBe(false);
  });

  test('reads a file again when it changes, and only then', () => {
    const dir = contentCopy();
    const file = join(dir, 'quotes.yaml');
    const first = readDataCollection(dir, 'quotes').entries;
    expect(readDataCollection(dir, 'quotes').entries, 'an unchanged file is not parsed again').toBe(
      first,
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace('We know the date', 'We know the day'));
    // A later modification time, as an editor's save gives.
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(readQuoteTexts(dir)['umerov-know-the-date']).toBe('We know the day');
  });

  test('says when a file cannot be read', () => {
    const dir = contentCopy();
    writeFileSync(join(dir, 'timelines.yaml'), '- not\n- entries\n');
    expect(readDataCollection(dir, 'timelines')).toMatchObject({ unreadable: true, order: [] });
  });
});

test('readContentDates finds articles in subfolders too', () => {
  const dir = contentCopy();
  mkdirSync(join(dir, 'articles', 'analysis'));
  cpSync(
    join(dir, 'articles', 'what-comes-next.md'),
    join(dir, 'articles', 'analysis', 'later.md'),
  );
  const { articles } = readContentDates(dir);
  expect(articles['analysis/later']).toBe(articles['what-comes-next']);
});

const viaYaml = (frontmatter: string) => {
  const value = (parse(frontmatter) as { updated?: unknown } | null)?.updated;
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

describe('updatedOf', () => {
  test.each([
    'title: "A"\nupdated: "2026-11-28T10:00:00+00:00"\norder: 1',
    "updated: '2026-11-28T10:00:00+02:00'",
    'updated: 2026-11-28T10:00:00Z',
    'updated: 2026-11-28',
    'updated:   "2026-11-28T10:00:00+00:00"   # a comment',
    'updated: 2026',
    'updated: "not a date"',
    'updated: ""',
    'updated: "2026-11-28T10:00:00\\u002B00:00"',
    "updated: 'it''s'",
    'updated: >-\n  2026-11-28T10:00:00+00:00',
    'changes:\n  - { date: 2026-11-28, updated: "2026-01-01T00:00:00Z" }\ntitle: "B"',
    'title: "no date"',
    'updated: "2026-11-28T10:00:00+00:00"\nupdated: "2026-12-01T10:00:00+00:00"',
  ])('reads %j as YAML would', (frontmatter) => {
    let expected: string | undefined;
    try {
      expected = viaYaml(frontmatter);
    } catch {
      expect(() => updatedOf(frontmatter)).toThrow();
      return;
    }
    expect(updatedOf(frontmatter)).toBe(expected);
  });
});
