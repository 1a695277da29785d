// Timeline events (`content/timeline.yaml`) and the timelines that arrange them (`content/timelines.yaml`).
import { reference } from './reference';
import { z } from 'astro/zod';
import { citation } from './citation';
import { calendarDay, eventDate } from './dates';

export const timelineEventSchema = z.strictObject({
  /** A short title, e.g. "Delegations meet in Istanbul". */
  title: z.string().min(5),
  /** When it happened, with its precision. */
  date: eventDate,
  /** `happened`, or `pending` for what was expected but had not happened as of `asOf`. */
  status: z.enum(['happened', 'pending']),
  /**
   * The day its status and date were last confirmed by its source: for the report, the day of the
   * talks (2025-05-16). A later change comes only through an entry in `content/updates.yaml`.
   */
  asOf: calendarDay,
  /** What happened, in one or two sentences of our own. */
  summary: z.string().min(20),
  /** Words someone said about it (`content/quotes.yaml`), shown with the event; never typed into the summary. */
  quote: reference('quotes').optional(),
  /** People or bodies who acted (`content/people.yaml`). */
  actors: z.array(reference('people')).default([]),
  /** Where this comes from: report paragraphs or the public record. */
  source: citation,
});

export const timelineSchema = z.strictObject({
  /** The heading shown above the timeline. */
  title: z.string().min(5),
  /** The timeline's periods in chronological order, each a heading with its events. */
  periods: z
    .array(
      z.strictObject({
        /** The period's heading, e.g. "May 2025: Istanbul". */
        heading: z.string().min(3),
        /** The events in this period (`content/timeline.yaml`); shown in date order. */
        events: z.array(reference('timeline')).min(1),
      }),
    )
    .min(1),
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
