// Where a fact stands: an event as its source left it, then its dated updates in order; and a fact
// box's status from its steps, as of the latest day any step was confirmed.
import { describe, expect, test } from 'vitest';
import {
  eventHistory,
  factStatus,
  latestIso,
  orderUpdates,
  type EventState,
  type EventUpdate,
} from '../../src/lib/event-status.ts';

const asAgreed: EventState<string> = {
  title: 'The prisoner exchange',
  summary: 'Umerov says the exchange will happen shortly.',
  status: 'pending',
  date: { precision: 'not-announced' },
  asOf: '2025-05-16',
  source: 'report ¶9',
};

const carriedOut: EventUpdate<string> = {
  id: 'carried-out',
  title: 'The prisoner exchange is carried out',
  summary: 'In three stages.',
  status: 'happened',
  date: { precision: 'range', from: '2025-05-23', to: '2025-05-25' },
  asOf: '2025-05-25',
  source: 'public record',
  published: '2026-11-30T10:00:00+00:00',
  note: 'It was carried out.',
};

describe('eventHistory', () => {
  test('with no update, the event stands as its source left it', () => {
    expect(eventHistory(asAgreed, [])).toEqual([asAgreed]);
  });

  test('an update sets the status, date, day and source, and keeps the title unless it gives one', () => {
    const history = eventHistory(asAgreed, [carriedOut]);
    expect(history).toHaveLength(2);
    expect(history[0]).toEqual(asAgreed);
    expect(history[1]).toMatchObject({
      status: 'happened',
      asOf: '2025-05-25',
      source: 'public record',
      title: 'The prisoner exchange is carried out',
    });
    expect(eventHistory(asAgreed, [{ ...carriedOut, title: undefined }]).at(-1)?.title).toBe(
      'The prisoner exchange',
    );
  });

  test('updates apply in the order of the days they stand as of, whatever order they are written in', () => {
    const dated = {
      ...carriedOut,
      id: 'dated',
      status: 'pending' as const,
      date: { precision: 'day' as const, value: '2025-05-23' },
      asOf: '2025-05-20',
      published: '2026-12-01T00:00:00Z',
    };
    expect(orderUpdates([carriedOut, dated]).map((u) => u.id)).toEqual(['dated', 'carried-out']);
    expect(eventHistory(asAgreed, [carriedOut, dated]).map((s) => s.asOf)).toEqual([
      '2025-05-16',
      '2025-05-20',
      '2025-05-25',
    ]);
  });
});

describe('factStatus', () => {
  test('agreed but not carried out, as of the later of the two days', () => {
    expect(
      factStatus([
        { label: 'Agreed', status: 'happened', asOf: '2025-05-16' },
        { label: 'Carried out', status: 'pending', asOf: '2025-05-16' },
      ]),
    ).toEqual({ label: 'Agreed, not yet carried out', asOf: '2025-05-16', settled: false });
  });

  test('carried out, as of the day of the update', () => {
    expect(
      factStatus([
        { label: 'Agreed', status: 'happened', asOf: '2025-05-16' },
        { label: 'Carried out', status: 'happened', asOf: '2025-05-25' },
      ]),
    ).toEqual({ label: 'Carried out', asOf: '2025-05-25', settled: true });
  });

  test('nothing has happened yet', () => {
    expect(factStatus([{ label: 'Agreed', status: 'pending', asOf: '2025-05-16' }]).label).toBe(
      'Not yet agreed',
    );
  });

  test('a fact without steps has no status', () => {
    expect(() => factStatus([])).toThrow('at least one step');
  });
});

test('latestIso compares instants, not text, across time zones', () => {
  expect(latestIso('2026-11-30T10:00:00+00:00', '2026-11-30T12:00:00+03:00', undefined)).toBe(
    '2026-11-30T10:00:00+00:00',
  );
  expect(latestIso(undefined)).toBeUndefined();
});
