// Words someone said, exactly as the source reports them (`content/quotes.yaml`).
import { reference } from './reference.ts';
import { z } from 'astro/zod';
import { citation } from './citation.ts';
import { eventDate } from './dates.ts';

export const quoteSchema = z.strictObject({
  speaker: reference('people').describe('Who said it (`content/people.yaml`).'),
  text: z
    .string()
    .min(2)
    .refine(
      (s) => !/^["“”'‘’]|["“”]$/.test(s),
      'leave out the surrounding quotation marks: the site adds them',
    )
    .refine(
      (s) => !s.includes("'"),
      'use the typographic apostrophe ’ as the report does, not the straight one',
    )
    .describe(
      'The words exactly as the report gives them, typographic apostrophes (’) included; no surrounding quotation marks.',
    ),
  date: eventDate.describe('When it was said.'),
  context: z
    .string()
    .min(20)
    .describe('One sentence, in our words, that says what the words were about.'),
  source: citation.describe(
    'Where the quote appears; the report paragraph is required for report quotes.',
  ),
  article: reference('articles').describe(
    'The article that tells the story around this quote; its page links there.',
  ),
});

export type Quote = z.infer<typeof quoteSchema>;
