// Dates as readers and machines get them: labels in UTC, `datetime` values never more precise
// than the content, and the order of timeline events.
import { describe, expect, test } from 'vitest';
import {
  compareEventDates,
  differentInstants,
  displayEventDate,
  formatDay,
  formatInstant,
  toUtcIso,
} from '../../src/lib/dates.ts';
import type { EventDate } from '../../src/schemas/dates.ts';

describe('formatDay', () => {
  test.each([
    ['2025-05-16', '16 May 2025'],
    ['2022-02-24', '24 February 2022'],
    ['2025-01-01', '1 January 2025'],
    ['2024-12-31', '31 December 2024'],
  ])('%s reads "%s"', (day, label) => {
    expect(formatDay(day)).toBe(label);
  });
});

describe('formatInstant', () => {
  test('shows the day and the time in UTC, with a 24-hour clock', () => {
    expect(formatInstant('2026-11-27T09:00:00+00:00')).toBe('27 November 2026, 09:00 UTC');
    expect(formatInstant('2026-11-27T17:45:00Z')).toBe('27 November 2026, 17:45 UTC');
  });

  test('midnight is 00:00, not 24:00', () => {
    expect(formatInstant('2026-11-27T00:00:00Z')).toBe('27 November 2026, 00:00 UTC');
  });

  test('converts other time zones to UTC, moving the day when the clock crosses midnight', () => {
    expect(formatInstant('2026-11-27T12:00:00+03:00')).toBe('27 November 2026, 09:00 UTC');
    expect(formatInstant('2026-11-27T23:30:00-02:00')).toBe('28 November 2026, 01:30 UTC');
    expect(formatInstant('2026-11-27T00:05:00+03:00')).toBe('26 November 2026, 21:05 UTC');
  });
});

describe('toUtcIso', () => {
  test('writes the instant in UTC with seconds and a Z', () => {
    expect(toUtcIso('2026-11-27T09:00:00+00:00')).toBe('2026-11-27T09:00:00Z');
    expect(toUtcIso('2026-11-27T12:30:15+03:00')).toBe('2026-11-27T09:30:15Z');
    expect(toUtcIso('2026-11-27T22:00:00-05:00')).toBe('2026-11-28T03:00:00Z');
  });

  test('leaves a UTC instant as it is', () => {
    expect(toUtcIso('2026-11-27T09:00:00Z')).toBe('2026-11-27T09:00:00Z');
  });
});

describe('differentInstants', () => {
  test('the same instant written in two time zones is not different', () => {
    expect(differentInstants('2026-11-27T09:00:00+00:00', '2026-11-27T12:00:00+03:00')).toBe(false);
  });

  test('less than a minute apart is not different', () => {
    expect(differentInstants('2026-11-27T09:00:00Z', '2026-11-27T09:00:59Z')).toBe(false);
  });

  test('a minute or more apart is different, whichever comes first', () => {
    expect(differentInstants('2026-11-27T09:00:00Z', '2026-11-27T09:01:00Z')).toBe(true);
    expect(differentInstants('2026-11-28T09:00:00Z', '2026-11-27T09:00:00Z')).toBe(true);
  });
});

describe('displayEventDate', () => {
  test('a day: the day in words, and a datetime precise to the day', () => {
    expect(displayEventDate({ precision: 'day', value: '2025-05-16' })).toMatchObject({
      label: '16 May 2025',
      datetime: '2025-05-16',
    });
  });

  test('a month: the month in words, and a datetime precise to the month only', () => {
    expect(displayEventDate({ precision: 'month', value: '2022-03' })).toMatchObject({
      label: 'March 2022',
      datetime: '2022-03',
    });
  });

  test('a date not announced: says so, with no datetime', () => {
    expect(displayEventDate({ precision: 'not-announced' })).toMatchObject({
      label: 'Date not announced',
      datetime: null,
    });
  });

  test('an unknown date: says so, with no datetime', () => {
    expect(displayEventDate({ precision: 'unknown' })).toMatchObject({
      label: 'Date unknown',
      datetime: null,
    });
  });
});

describe('compareEventDates', () => {
  const day = (value: string): EventDate => ({ precision: 'day', value });
  const month = (value: string): EventDate => ({ precision: 'month', value });
  const notAnnounced: EventDate = { precision: 'not-announced' };
  const unknown: EventDate = { precision: 'unknown' };

  test('orders days and months by their first instant', () => {
    expect(compareEventDates(day('2022-02-24'), day('2025-05-16'))).toBeLessThan(0);
    expect(compareEventDates(day('2025-05-16'), day('2025-05-15'))).toBeGreaterThan(0);
    expect(compareEventDates(month('2022-03'), day('2022-03-29'))).toBeLessThan(0);
    expect(compareEventDates(day('2022-02-24'), month('2022-03'))).toBeLessThan(0);
  });

  test('the same day, or a month and its first day, compare equal', () => {
    expect(compareEventDates(day('2025-05-16'), day('2025-05-16'))).toBe(0);
    expect(compareEventDates(month('2022-03'), day('2022-03-01'))).toBe(0);
  });

  test('undated events come after every dated one: not announced first, then unknown', () => {
    expect(compareEventDates(day('2099-12-31'), notAnnounced)).toBeLessThan(0);
    expect(compareEventDates(notAnnounced, unknown)).toBeLessThan(0);
    expect(compareEventDates(unknown, notAnnounced)).toBeGreaterThan(0);
    expect(compareEventDates(unknown, unknown)).toBe(0);
  });

  test('sorting a mixed list keeps the content order for events on the same date', () => {
    const events: { id: string; date: EventDate }[] = [
      { id: 'trump-putin-meeting', date: unknown },
      { id: 'istanbul-talks', date: day('2025-05-16') },
      { id: 'prisoner-exchange-carried-out', date: notAnnounced },
      { id: 'prisoner-exchange-agreed', date: day('2025-05-16') },
      { id: 'march-2022-talks', date: month('2022-03') },
      { id: 'eu-sanctions-package', date: unknown },
      { id: 'full-scale-invasion', date: day('2022-02-24') },
    ];
    const sorted = [...events].sort((a, b) => compareEventDates(a.date, b.date)).map((e) => e.id);
    expect(sorted).toEqual([
      'full-scale-invasion',
      'march-2022-talks',
      'istanbul-talks',
      'prisoner-exchange-agreed',
      'prisoner-exchange-carried-out',
      'trump-putin-meeting',
      'eu-sanctions-package',
    ]);
  });
});

describe('displayEventDate for a range of days', () => {
  test.each<[string, string, string, string[]]>([
    ['2025-05-23', '2025-05-25', '23–25 May 2025', ['2025-05-23', '2025-05-25']],
    ['2025-04-30', '2025-05-02', '30 April – 2 May 2025', ['2025-04-30', '2025-05-02']],
    ['2024-12-30', '2025-01-02', '30 December 2024 – 2 January 2025', ['2024-12-30', '2025-01-02']],
  ])('%s to %s reads "%s", each end its own <time>', (from, to, label, datetimes) => {
    const shown = displayEventDate({ precision: 'range', from, to });
    expect(shown.label).toBe(label);
    expect(shown.parts.map((p) => p.text).join('')).toBe(label);
    expect(shown.parts.flatMap((p) => (p.datetime ? [p.datetime] : []))).toEqual(datetimes);
  });

  test('a range sorts by its first day', () => {
    const range: EventDate = { precision: 'range', from: '2025-05-23', to: '2025-05-25' };
    expect(compareEventDates(range, { precision: 'day', value: '2025-05-24' })).toBeLessThan(0);
    expect(compareEventDates(range, { precision: 'day', value: '2025-05-16' })).toBeGreaterThan(0);
    expect(compareEventDates(range, { precision: 'not-announced' })).toBeLessThan(0);
  });
});
