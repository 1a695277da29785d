// src/schemas/timeline.ts accepts the real entries in content/ and rejects bad ones with an error on the
// right field and a message that says what is expected.
import { describe, expect, test } from 'vitest';
import { timelineEventSchema, timelineSchema } from '../../src/schemas/timeline.ts';
import { issues, withChanges, tooShort, type Issue } from '../support/schema-cases.ts';

describe('timelineEventSchema', () => {
  const good = {
    title: 'The prisoner exchange takes place',
    date: { precision: 'not-announced' },
    status: 'pending',
    asOf: '2025-05-16',
    summary: 'Ukraine’s delegation says the date is set but will not say when.',
    source: { source: 'istanbul-talks-report', paragraphs: [9] },
  };

  test('a good event is accepted; actors default to none', () => {
    expect(timelineEventSchema.parse(good).actors).toEqual([]);
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    [
      'an unknown status',
      { status: 'planned' },
      [{ path: 'status', message: 'Invalid option: expected one of "happened"|"pending"' }],
    ],
    [
      'a month "2022-13"',
      { date: { precision: 'month', value: '2022-13' } },
      [{ path: 'date.value', message: 'a month written YYYY-MM, e.g. 2022-03' }],
    ],
    [
      'a bad precision',
      { date: { precision: 'soon' } },
      [
        {
          path: 'date.precision',
          message:
            "Invalid discriminator value. Expected 'day' | 'month' | 'range' | 'not-announced' | 'unknown'",
        },
      ],
    ],
    [
      'no as-of day',
      { asOf: undefined },
      [{ path: 'asOf', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }],
    ],
    ['a title too short', { title: 'Swap' }, [{ path: 'title', message: tooShort(5) }]],
    [
      'actors as one string',
      { actors: 'rustem-umerov' },
      [{ path: 'actors', message: 'Invalid input: expected array, received string' }],
    ],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(timelineEventSchema, withChanges(good, changes))).toEqual(expected);
  });
});

describe('timelineSchema', () => {
  const good = {
    title: 'How we got here',
    periods: [{ heading: 'Next', events: ['trump-putin-meeting'] }],
  };

  test('a good timeline is accepted, its events become references', () => {
    expect(timelineSchema.parse(good).periods[0]?.events).toEqual([
      { id: 'trump-putin-meeting', collection: 'timeline' },
    ]);
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    [
      'no periods',
      { periods: [] },
      [{ path: 'periods', message: 'Too small: expected array to have >=1 items' }],
    ],
    [
      'a period without events',
      { periods: [{ heading: 'Next', events: [] }] },
      [{ path: 'periods.0.events', message: 'Too small: expected array to have >=1 items' }],
    ],
    [
      'a period heading too short',
      { periods: [{ heading: 'No', events: ['trump-putin-meeting'] }] },
      [{ path: 'periods.0.heading', message: tooShort(3) }],
    ],
    ['a title too short', { title: 'When' }, [{ path: 'title', message: tooShort(5) }]],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(timelineSchema, withChanges(good, changes))).toEqual(expected);
  });
});
