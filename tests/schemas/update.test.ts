// src/schemas/update.ts accepts the real entries in content/ and rejects bad ones with an error on the
// right field and a message that says what is expected.
import { describe, expect, test } from 'vitest';
import { updateSchema } from '../../src/schemas/update.ts';
import {
  issues,
  readYaml,
  withChanges,
  tooShort,
  type Issue,
  required,
} from '../support/schema-cases.ts';

describe('updateSchema', () => {
  const updates = readYaml('updates.yaml');

  const good = updates['prisoner-exchange-carried-out'] ?? {};

  test('the prisoner exchange was carried out on 23–25 May 2025, as of 26 May 2025, from CNA with AFP via Arab News and MENAFN', () => {
    const update = updateSchema.parse(good);
    expect(update.event).toEqual({ id: 'prisoner-exchange-carried-out', collection: 'timeline' });
    expect(update.status).toBe('happened');
    expect(update.date).toEqual({ precision: 'range', from: '2025-05-23', to: '2025-05-25' });
    expect(update.asOf).toBe('2025-05-26');
    expect(update.source.source).toEqual({
      id: 'cna-2025-05-25-swap-complete',
      collection: 'sources',
    });
    expect(update.source.also).toEqual([
      { id: 'afp-arabnews-2025-05-23-first-390', collection: 'sources' },
      { id: 'menafn-2025-05-26-third-phase', collection: 'sources' },
    ]);
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    [
      'an impossible as-of day',
      { asOf: '2025-02-30' },
      [{ path: 'asOf', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }],
    ],
    [
      'an as-of day with a time',
      { asOf: '2025-05-25T10:00' },
      [{ path: 'asOf', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }],
    ],
    [
      'a publication time without a time zone',
      { published: '2026-11-30T10:00:00' },
      [
        {
          path: 'published',
          message:
            'expected an ISO 8601 date-time with a time zone, e.g. 2026-11-27T09:00:00+00:00',
        },
      ],
    ],
    [
      'a range that ends before it starts',
      { date: { precision: 'range', from: '2025-05-25', to: '2025-05-23' } },
      [
        {
          path: 'date.to',
          message:
            'the last day of a range must come after its first day; for a single day use precision: day',
        },
      ],
    ],
    [
      'no source',
      { source: undefined },
      [{ path: 'source', message: 'Invalid input: expected object, received undefined' }],
    ],
    [
      'a source with a misspelt field',
      { source: { source: 'cna-2025-05-25-swap-complete', paragraph: [7] } },
      [{ path: 'source', message: 'Unrecognized key: "paragraph"' }],
    ],
    ['no event', { event: undefined }, [{ path: 'event', message: required('string') }]],
    [
      'a status that does not exist',
      { status: 'done' },
      [{ path: 'status', message: 'Invalid option: expected one of "happened"|"pending"' }],
    ],
    [
      'a note too short to say what changed',
      { note: 'Done.' },
      [{ path: 'note', message: tooShort(20) }],
    ],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(updateSchema, withChanges(good, changes))).toEqual(expected);
  });
});
