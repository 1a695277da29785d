// A fact box: the key figures and status of one fact, readable on its own (`content/factboxes.yaml`).
import { reference } from './reference';
import { z } from 'astro/zod';
import { citation } from './citation';
import { zonedInstant } from './dates';

export const factBoxSchema = z.strictObject({
  /** The box's heading, e.g. "Prisoner exchange: 1,000 for 1,000". */
  title: z.string().min(5),
  /** One sentence that says what was agreed, for a reader who sees only the box. */
  summary: z.string().min(20),
  /** The key figures, largest first as the reader should meet them. */
  figures: z
    .array(
      z.strictObject({
        /** A stable key, e.g. `per-side`; articles' numbers are checked against it. */
        key: z.string().regex(/^[a-z0-9-]+$/),
        /** The number. */
        value: z.number().int().nonnegative(),
        /** What the number counts, e.g. "prisoners of war returned to each side". */
        label: z.string().min(3),
        /** Phrases that, next to a number in the article, mean this figure (e.g. "each side"). */
        phrases: z.array(z.string().min(2)).min(1),
      }),
    )
    .min(1),
  /**
   * The steps of the fact's story in order, each a timeline event: the box's status is the last step
   * that has happened, as of the latest day any step was confirmed. A status changes only through
   * an update of a step's event (`content/updates.yaml`), never here.
   */
  steps: z
    .array(
      z.strictObject({
        /** The step's name as a past participle, e.g. "Agreed", "Carried out". */
        label: z.string().min(3),
        /** The timeline event of this step (`content/timeline.yaml`): its status, date and source. */
        event: reference('timeline'),
      }),
    )
    .min(1),
  /** The quote shown in the box (`content/quotes.yaml`). */
  keyQuote: reference('quotes'),
  /** The article that tells the full story. */
  article: reference('articles'),
  /** Where the figures and status come from. */
  sources: z.array(citation).min(1),
  /** When the box's own text was last changed; an update of one of its steps counts as a later change. */
  lastUpdated: zonedInstant,
});

export type FactBox = z.infer<typeof factBoxSchema>;
