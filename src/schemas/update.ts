// A dated change to where a fact stands (`content/updates.yaml`): the only way a timeline event's
// status or date changes after its source. Every view of the event reads it: the timeline, the fact
// boxes whose steps it is, their embeds, share cards and oEmbed, and the log, JSON-LD, feed entry
// and sitemap date of every article that shows them.
import { reference } from './reference.ts';
import { z } from 'astro/zod';
import { citation } from './citation.ts';
import { calendarDay, eventDate, zonedInstant } from './dates.ts';
import { reviewBy } from './timeline.ts';

export const updateSchema = z.strictObject({
  published: zonedInstant.describe(
    'When the site published this update: ISO 8601 with a time zone. Pages that show the fact count it as their update.',
  ),
  event: reference('timeline').describe(
    'The timeline event whose status this update changes (`content/timeline.yaml`).',
  ),
  status: z.enum(['happened', 'pending']).describe("The event's status from this update on."),
  date: eventDate.describe(
    "The event's date from this update on, as precisely as the source gives it.",
  ),
  asOf: calendarDay.describe(
    'The day the source confirms the new status: the "as of" date readers see, the day its latest source was published. Not before the event\'s own `asOf`.',
  ),
  title: z
    .string()
    .min(5)
    .optional()
    .describe("The event's title from this update on, when the old one no longer fits."),
  summary: z.string().min(20).describe("The event's summary from this update on, in our words."),
  note: z
    .string()
    .min(20)
    .describe(
      'What changed, in one sentence a reader understands: shown in the log of every article that shows the fact.',
    ),
  source: citation.describe(
    'Where the new status comes from: a piece from a named outlet, with a second, independent one in `also` wherever it exists. Every number and day the update gives must stand in their excerpts.',
  ),
  reviewBy,
});

export type Update = z.infer<typeof updateSchema>;
