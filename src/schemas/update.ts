// A dated change to where a fact stands (`content/updates.yaml`): the only way a timeline event's
// status or date changes after its source. Every view of the event reads it: the timeline, the fact
// boxes whose steps it is, their embeds, share cards and oEmbed, and the log, JSON-LD, feed entry
// and sitemap date of every article that shows them.
import { reference } from './reference';
import { z } from 'astro/zod';
import { citation } from './citation';
import { calendarDay, eventDate, zonedInstant } from './dates';

export const updateSchema = z.strictObject({
  /** When the site published this update: ISO 8601 with a time zone. Pages that show the fact count it as their update. */
  published: zonedInstant,
  /** The timeline event whose status this update changes (`content/timeline.yaml`). */
  event: reference('timeline'),
  /** The event's status from this update on. */
  status: z.enum(['happened', 'pending']),
  /** The event's date from this update on, as precisely as the source gives it. */
  date: eventDate,
  /** The day the source confirms the new status: the "as of" date readers see. Not before the event's own `asOf`. */
  asOf: calendarDay,
  /** The event's title from this update on, when the old one no longer fits. */
  title: z.string().min(5).optional(),
  /** The event's summary from this update on, in our words. */
  summary: z.string().min(20),
  /** What changed, in one sentence a reader understands: shown in the log of every article that shows the fact. */
  note: z.string().min(20),
  /** Where the new status comes from: report paragraphs or the public record. */
  source: citation,
});

export type Update = z.infer<typeof updateSchema>;
