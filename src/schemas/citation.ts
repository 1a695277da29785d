// Where a fact or quote comes from: a source entry and, for the report, its paragraphs.
import { reference } from './reference.ts';
import { z } from 'astro/zod';

export const citation = z.strictObject({
  source: reference('sources').describe(
    'The source entry (`content/sources.yaml`), e.g. `istanbul-talks-report` or `public-record`.',
  ),
  paragraphs: z
    .array(z.number().int().positive())
    .default([])
    .describe(
      "The report's paragraph numbers (¶) that support this, when the source has paragraphs.",
    ),
  note: z
    .string()
    .min(1)
    .optional()
    .describe('What exactly the source says, when a paragraph number alone is not enough.'),
});

export type Citation = z.infer<typeof citation>;
