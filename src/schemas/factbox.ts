// A fact box: the key figures and status of one fact, readable on its own (`content/factboxes.yaml`).
import { reference } from './reference.ts';
import { z } from 'astro/zod';
import { citation } from './citation.ts';
import { zonedInstant } from './dates.ts';

export const factBoxSchema = z.strictObject({
  title: z
    .string()
    .min(5)
    .describe('The box\'s heading, e.g. "Prisoner exchange: 1,000 for 1,000".'),
  summary: z
    .string()
    .min(20)
    .describe('One sentence that says what was agreed, for a reader who sees only the box.'),
  figures: z
    .array(
      z.strictObject({
        key: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .describe("A stable key, e.g. `per-side`; articles' numbers are checked against it."),
        value: z.number().int().nonnegative().describe('The number.'),
        label: z
          .string()
          .min(3)
          .describe('What the number counts, e.g. "prisoners of war returned to each side".'),
        phrases: z
          .array(z.string().min(2))
          .min(1)
          .describe(
            'Phrases that, next to a number in the article, mean this figure (e.g. "each side").',
          ),
      }),
    )
    .min(1)
    .describe('The key figures, largest first as the reader should meet them.'),
  steps: z
    .array(
      z.strictObject({
        label: z
          .string()
          .min(3)
          .describe('The step\'s name as a past participle, e.g. "Agreed", "Carried out".'),
        event: reference('timeline').describe(
          'The timeline event of this step (`content/timeline.yaml`): its status, date and source.',
        ),
      }),
    )
    .min(1)
    .describe(
      "The steps of the fact's story in order, each a timeline event: the box's status is the last step that has happened, as of the latest day any step was confirmed. A status changes only through an update of a step's event (`content/updates.yaml`), never here.",
    ),
  keyQuote: reference('quotes').describe('The quote shown in the box (`content/quotes.yaml`).'),
  article: reference('articles').describe('The article that tells the full story.'),
  sources: z.array(citation).min(1).describe('Where the figures and status come from.'),
  lastUpdated: zonedInstant.describe(
    "When the box's own text was last changed; an update of one of its steps counts as a later change.",
  ),
});

export type FactBox = z.infer<typeof factBoxSchema>;
