// A source the site draws on (`content/sources.yaml`).
import { z } from 'astro/zod';
import { calendarDay } from './dates.ts';

export const sourceSchema = z.strictObject({
  title: z
    .string()
    .min(3)
    .describe('Name as the site prints it, e.g. "News report on the Istanbul talks".'),
  kind: z
    .enum(['report', 'public-record'])
    .describe(
      '`report` is a document with numbered paragraphs; `public-record` is widely documented fact.',
    ),
  description: z
    .string()
    .min(20)
    .describe('What the source is and how the site uses it, in our words.'),
  paragraphs: z
    .array(z.string().min(5))
    .default([])
    .describe('For a report: what each paragraph (¶1, ¶2, ...) is about, in our words, in order.'),
  file: z
    .string()
    .regex(
      /^(?:[a-z0-9-]+\/)*[a-z0-9-]+\.txt$/,
      'a .txt file inside the content folder, e.g. sources/istanbul-talks-report.txt',
    )
    .optional()
    .describe(
      'For a report: its text, one paragraph a line, relative to the content folder (e.g. `sources/istanbul-talks-report.txt`). Every quote that cites the source is checked against it.',
    ),
  asOf: calendarDay
    .optional()
    .describe(
      'For a report: the last day its account describes; what it says stands as of this day.',
    ),
});

export type Source = z.infer<typeof sourceSchema>;
