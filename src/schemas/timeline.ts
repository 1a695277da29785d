// Timeline events (`content/timeline.yaml`) and the timelines that arrange them (`content/timelines.yaml`).
import { reference } from './reference.ts';
import { z } from 'astro/zod';
import { citation } from './citation.ts';
import { calendarDay, eventDate } from './dates.ts';

/** The day by which an editor should look for news of a pending fact; listed by `npm run review`. */
export const reviewBy = calendarDay
  .optional()
  .describe(
    'For a pending fact: the day by which someone should look for news of it again. `npm run build` lists every pending fact past this day; `npm run review` lists them all.',
  );

export const timelineEventSchema = z.strictObject({
  title: z.string().min(5).describe('A short title, e.g. "The delegations meet".'),
  date: eventDate.describe('When it happened, with its precision.'),
  status: z
    .enum(['happened', 'pending'])
    .describe('`happened`, or `pending` for what was expected but had not happened as of `asOf`.'),
  asOf: calendarDay.describe(
    'The day its status and date were last confirmed by its source: for the report, the day of the talks (2025-05-16). A later change comes only through an entry in `content/updates.yaml`.',
  ),
  summary: z.string().min(20).describe('What happened, in one or two sentences of our own.'),
  quote: reference('quotes')
    .optional()
    .describe(
      'Words someone said about it (`content/quotes.yaml`), shown with the event; never typed into the summary.',
    ),
  actors: z
    .array(reference('people'))
    .default([])
    .describe('People or bodies who acted (`content/people.yaml`).'),
  source: citation.describe(
    'Where this comes from: report paragraphs, or a piece from a named outlet with a second in `also`.',
  ),
  reviewBy,
});

export const timelineSchema = z.strictObject({
  title: z.string().min(5).describe('The heading shown above the timeline.'),
  periods: z
    .array(
      z.strictObject({
        heading: z.string().min(3).describe('The period\'s heading, e.g. "May 2025: the talks".'),
        events: z
          .array(reference('timeline'))
          .min(1)
          .describe('The events in this period (`content/timeline.yaml`); shown in date order.'),
      }),
    )
    .min(1)
    .describe("The timeline's periods in chronological order, each a heading with its events."),
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
