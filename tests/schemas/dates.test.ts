// src/schemas/dates.ts accepts the real entries in content/ and rejects bad ones with an error on the
// right field and a message that says what is expected.
import { describe, expect, test } from 'vitest';
import { calendarDay, eventDate, zonedInstant } from '../../src/schemas/dates.ts';
import { issues } from '../support/schema-cases.ts';

describe('dates', () => {
  describe('zonedInstant', () => {
    test.each([
      '2026-11-27T09:00:00+00:00',
      '2026-11-27T09:00:00Z',
      '2026-11-27T12:00:00+03:00',
      '2026-11-27T09:00:00.500-05:00',
    ])('accepts %s', (value) => {
      expect(zonedInstant.parse(value)).toBe(value);
    });

    test('turns a Date (an unquoted YAML timestamp) into ISO text in UTC', () => {
      expect(zonedInstant.parse(new Date('2026-11-27T09:00:00+03:00'))).toBe(
        '2026-11-27T06:00:00.000Z',
      );
    });

    test.each([
      ['a date-time without a time zone', '2026-11-27T09:00:00'],
      ['a day only', '2026-11-27'],
      ['words', '27 November 2026'],
      ['an impossible day', '2026-02-30T09:00:00Z'],
      ['an invalid Date', new Date('nonsense')],
    ])('rejects %s', (_, value) => {
      expect(issues(zonedInstant, value)).toEqual([
        {
          path: '',
          message:
            'expected an ISO 8601 date-time with a time zone, e.g. 2026-11-27T09:00:00+00:00',
        },
      ]);
    });
  });

  describe('calendarDay', () => {
    test('accepts a YYYY-MM-DD day, and turns a Date into one', () => {
      expect(calendarDay.parse('2025-05-16')).toBe('2025-05-16');
      expect(calendarDay.parse(new Date('2025-05-16T00:00:00Z'))).toBe('2025-05-16');
    });

    test.each([
      ['an impossible day', '2025-02-30'],
      ['a month', '2025-05'],
      ['words', '16 May 2025'],
      ['a date-time', '2025-05-16T09:00:00Z'],
    ])('rejects %s', (_, value) => {
      expect(issues(calendarDay, value)).toEqual([
        { path: '', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' },
      ]);
    });
  });

  describe('eventDate', () => {
    test('accepts each precision', () => {
      expect(eventDate.parse({ precision: 'day', value: '2025-05-16' })).toEqual({
        precision: 'day',
        value: '2025-05-16',
      });
      expect(eventDate.parse({ precision: 'month', value: '2022-03' })).toEqual({
        precision: 'month',
        value: '2022-03',
      });
      expect(eventDate.parse({ precision: 'not-announced' })).toEqual({
        precision: 'not-announced',
      });
      expect(eventDate.parse({ precision: 'unknown' })).toEqual({ precision: 'unknown' });
    });

    test('an undated event with a value is refused, so nothing more precise than known can slip in', () => {
      // The schemas refuse fields they do not know instead of dropping them without a word.
      expect(eventDate.safeParse({ precision: 'unknown', value: '2025-06-01' }).success).toBe(
        false,
      );
    });

    test('rejects a precision that does not exist', () => {
      expect(issues(eventDate, { precision: 'year', value: '2022' })).toEqual([
        {
          path: 'precision',
          message:
            "Invalid discriminator value. Expected 'day' | 'month' | 'range' | 'not-announced' | 'unknown'",
        },
      ]);
    });

    test.each(['2022-13', '2022-00', '2022-3', '22-03', '2022-03-29'])(
      'rejects the month "%s"',
      (value) => {
        expect(issues(eventDate, { precision: 'month', value })).toEqual([
          { path: 'value', message: 'a month written YYYY-MM, e.g. 2022-03' },
        ]);
      },
    );

    test('rejects a day precision with a month value, and a day without a value', () => {
      expect(issues(eventDate, { precision: 'day', value: '2022-03' })).toEqual([
        { path: 'value', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' },
      ]);
      expect(issues(eventDate, { precision: 'day' })).toEqual([
        { path: 'value', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' },
      ]);
    });
  });
});
