// Words someone said, exactly as the source reports them (`content/quotes.yaml`).
import { reference } from './reference';
import { z } from 'astro/zod';
import { citation } from './citation';
import { eventDate } from './dates';

export const quoteSchema = z.strictObject({
  /** Who said it (`content/people.yaml`). */
  speaker: reference('people'),
  /** The words exactly as the report gives them, typographic apostrophes (’) included; no surrounding quotation marks. */
  text: z
    .string()
    .min(2)
    .refine((s) => !/^["“”'‘’]|["“”]$/.test(s), 'leave out the surrounding quotation marks: the site adds them')
    .refine((s) => !s.includes("'"), 'use the typographic apostrophe ’ as the report does, not the straight one'),
  /** When it was said. */
  date: eventDate,
  /** One sentence, in our words, that says what the words were about. */
  context: z.string().min(20),
  /** Where the quote appears; the report paragraph is required for report quotes. */
  source: citation,
  /** The article that tells the story around this quote; its page links there. */
  article: reference('articles'),
});

export type Quote = z.infer<typeof quoteSchema>;
