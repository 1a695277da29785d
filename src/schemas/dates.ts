// Date shapes shared by the content model.
import { z } from 'astro/zod';

/** An instant with an explicit time zone, e.g. `2026-11-27T09:00:00+00:00`. */
// YAML reads an unquoted timestamp as a Date; it is turned back into ISO text (as UTC) first.
export const zonedInstant = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value,
  z.iso.datetime({
    offset: true,
    error: 'expected an ISO 8601 date-time with a time zone, e.g. 2026-11-27T09:00:00+00:00',
  }),
);

/** A calendar day, e.g. `2025-05-16`. */
export const calendarDay = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().slice(0, 10)
      : value,
  z.iso.date({ error: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }),
);

/**
 * When something happened, as precisely as the sources allow.
 * Events are never given a more exact date than is known.
 */
export const eventDate = z.discriminatedUnion('precision', [
  z.strictObject({
    precision: z.literal('day').describe('The exact day is known.'),
    value: calendarDay.describe('The day, YYYY-MM-DD.'),
  }),
  z.strictObject({
    precision: z.literal('month').describe('Only the month is known.'),
    value: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM, e.g. 2022-03')
      .describe('The month, YYYY-MM.'),
  }),
  z
    .strictObject({
      precision: z
        .literal('range')
        .describe('It took place over several days, from the first to the last.'),
      from: calendarDay.describe('The first day, YYYY-MM-DD.'),
      to: calendarDay.describe('The last day, YYYY-MM-DD, after the first.'),
    })
    .refine((range) => range.from < range.to, {
      path: ['to'],
      message:
        'the last day of a range must come after its first day; for a single day use precision: day',
    }),
  z.strictObject({
    precision: z
      .literal('not-announced')
      .describe('The date is known to those involved but has not been made public.'),
  }),
  z.strictObject({
    precision: z.literal('unknown').describe('Nobody has said when, or whether, it will happen.'),
  }),
]);

export type EventDate = z.infer<typeof eventDate>;
