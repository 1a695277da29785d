// The sitemap's dates: an article's `updated`, read from a plain line without parsing the YAML,
// must be what parsing the whole frontmatter gives, whatever the line looks like.
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { updatedOf } from '../../src/content-layer/content-files';

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
