// src/schemas/article.ts accepts the real entries in content/ and rejects bad ones with an error on the
// right field and a message that says what is expected.
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { issues, withChanges, tooShort, required, type Issue } from '../support/schema-cases.ts';

describe('articleSchema', () => {
  const articleFiles = readdirSync('content/articles').filter(
    (f) => f.endsWith('.md') && !f.startsWith('_'),
  );

  test('there are articles to check', () => {
    expect(articleFiles.length).toBeGreaterThanOrEqual(5);
  });

  const good = {
    title: 'The prisoner exchange, explained',
    dek: 'What was agreed in Istanbul, what is still unknown, and what happens next.',
    byline: 'The Istanbul Talks, Explained staff',
    section: 'Explainer',
    asOf: '2025-05-16',
    published: '2026-11-27T09:00:00+00:00',
    updated: '2026-11-27T09:00:00+00:00',
    tags: ['istanbul-talks', 'prisoner-exchange'],
    keyPoints: [
      'Russia and Ukraine agreed a swap.',
      'Each side gets 1,000 back.',
      'The date is not public.',
    ],
    sources: ['istanbul-talks-report'],
    order: 3,
  };

  test('a good article is accepted: sources become references, changes default to none', () => {
    const article = articleSchema.parse(good);
    expect(article.sources).toEqual([{ id: 'istanbul-talks-report', collection: 'sources' }]);
    expect(article.changes).toEqual([]);
  });

  test('a correction and an update are accepted', () => {
    const article = articleSchema.parse({
      ...good,
      // updated is the time of the latest change: a change dated after it is refused.
      updated: '2026-11-29T10:00:00+00:00',
      changes: [
        { date: '2026-11-28', kind: 'correction', note: 'We misstated the date of the exchange.' },
        { date: '2026-11-29', kind: 'update', note: 'Added the Kremlin’s response.' },
      ],
    });
    expect(article.changes.map((c) => c.kind)).toEqual(['correction', 'update']);
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['a missing title', { title: undefined }, [{ path: 'title', message: required('string') }]],
    ['a title too short', { title: 'Talks' }, [{ path: 'title', message: tooShort(10) }]],
    [
      'a title too long',
      { title: 'x'.repeat(111) },
      [{ path: 'title', message: 'Too big: expected string to have <=110 characters' }],
    ],
    [
      'a dek too short',
      { dek: 'Too short to say anything.' },
      [{ path: 'dek', message: tooShort(40) }],
    ],
    ['a byline too short', { byline: 'AP' }, [{ path: 'byline', message: tooShort(3) }]],
    [
      'no as-of day',
      { asOf: undefined },
      [{ path: 'asOf', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }],
    ],
    [
      'an as-of day after publication',
      { asOf: '2026-11-28' },
      [
        {
          path: 'asOf',
          message:
            'asOf (2026-11-28) is after the article was published (2026-11-27); an account cannot stand as of a day that had not come yet',
        },
      ],
    ],
    [
      'a published date without a time zone',
      { published: '2026-11-27T09:00:00', updated: '2026-11-27T09:00:00Z' },
      [
        {
          path: 'published',
          message:
            'expected an ISO 8601 date-time with a time zone, e.g. 2026-11-27T09:00:00+00:00',
        },
      ],
    ],
    [
      'an updated day without a time',
      { updated: '2026-11-28' },
      [
        {
          path: 'updated',
          message:
            'expected an ISO 8601 date-time with a time zone, e.g. 2026-11-27T09:00:00+00:00',
        },
      ],
    ],
    [
      'updated before published',
      { updated: '2026-11-27T08:59:00+00:00' },
      [
        {
          path: 'updated',
          message:
            'updated (2026-11-27T08:59:00+00:00) is before published (2026-11-27T09:00:00+00:00); set it to the published time or later',
        },
      ],
    ],
    [
      'a tag with capitals and a space',
      { tags: ['istanbul-talks', 'Prisoner Exchange'] },
      [{ path: 'tags.1', message: 'lower-case words joined by hyphens, e.g. prisoner-exchange' }],
    ],
    [
      'a tag with a trailing hyphen',
      { tags: ['talks-'] },
      [{ path: 'tags.0', message: 'lower-case words joined by hyphens, e.g. prisoner-exchange' }],
    ],
    [
      'no tags',
      { tags: [] },
      [{ path: 'tags', message: 'Too small: expected array to have >=1 items' }],
    ],
    [
      '2 key points',
      { keyPoints: ['Russia and Ukraine met.', 'They agreed a swap.'] },
      [{ path: 'keyPoints', message: 'Too small: expected array to have >=3 items' }],
    ],
    [
      '7 key points',
      { keyPoints: Array.from({ length: 7 }, (_, i) => `Key point number ${i + 1}.`) },
      [{ path: 'keyPoints', message: 'Too big: expected array to have <=6 items' }],
    ],
    [
      'a key point too short',
      { keyPoints: ['A swap.', 'Each side gets 1,000.', 'The date is secret.'] },
      [{ path: 'keyPoints.0', message: tooShort(10) }],
    ],
    [
      'no sources',
      { sources: [] },
      [{ path: 'sources', message: 'Too small: expected array to have >=1 items' }],
    ],
    [
      'a fractional order',
      { order: 1.5 },
      [{ path: 'order', message: 'Invalid input: expected int, received number' }],
    ],
    [
      'a negative order',
      { order: -1 },
      [{ path: 'order', message: 'Too small: expected number to be >=0' }],
    ],
    [
      'a change of an unknown kind',
      { changes: [{ date: '2026-11-28', kind: 'retraction', note: 'We withdrew a paragraph.' }] },
      [
        {
          path: 'changes.0.kind',
          message: 'Invalid option: expected one of "update"|"correction"',
        },
      ],
    ],
    [
      'a change dated with a time',
      {
        changes: [
          { date: '2026-11-28T10:00:00Z', kind: 'update', note: 'Added the Kremlin’s response.' },
        ],
      },
      [
        {
          path: 'changes.0.date',
          message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16',
        },
      ],
    ],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(articleSchema, withChanges(good, changes))).toEqual(expected);
  });

  test('updated at the same instant in another time zone is not before published', () => {
    expect(issues(articleSchema, { ...good, updated: '2026-11-27T12:00:00+03:00' })).toEqual([]);
  });
});
