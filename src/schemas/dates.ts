// Date shapes shared by the content model.
import { z } from 'astro/zod';

/** An instant with an explicit time zone, e.g. `2026-11-27T09:00:00+00:00`. */
// YAML reads an unquoted timestamp as a Date; it is turned back into ISO text (as UTC) first.
export const zonedInstant = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
  z.iso.datetime({
    offset: true,
    error: 'expected an ISO 8601 date-time with a time zone, e.g. 2026-11-27T09:00:00+00:00',
  }),
);

/** A calendar day, e.g. `2025-05-16`. */
export const calendarDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }),
);

/**
 * When something happened, as precisely as the sources allow.
 * Events are never given a more exact date than is known.
 */
export const eventDate = z.discriminatedUnion('precision', [
  z.strictObject({
    /** The exact day is known. */
    precision: z.literal('day'),
    /** The day, YYYY-MM-DD. */
    value: calendarDay,
  }),
  z.strictObject({
    /** Only the month is known. */
    precision: z.literal('month'),
    /** The month, YYYY-MM. */
    value: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM, e.g. 2022-03'),
  }),
  z
    .strictObject({
      /** It took place over several days, from the first to the last. */
      precision: z.literal('range'),
      /** The first day, YYYY-MM-DD. */
      from: calendarDay,
      /** The last day, YYYY-MM-DD, after the first. */
      to: calendarDay,
    })
    .refine((range) => range.from < range.to, {
      path: ['to'],
      message: 'the last day of a range must come after its first day; for a single day use precision: day',
    }),
  z.strictObject({
    /** The date is known to those involved but has not been made public. */
    precision: z.literal('not-announced'),
  }),
  z.strictObject({
    /** Nobody has said when, or whether, it will happen. */
    precision: z.literal('unknown'),
  }),
]);

export type EventDate = z.infer<typeof eventDate>;
