// Where a fact or quote comes from: a source entry and, for a report, its paragraphs; for a fact
// from the public record, the outlets that report it.
import { reference } from './reference.ts';
import { z } from 'astro/zod';

export const citation = z.strictObject({
  source: reference('sources').describe(
    'The source entry (`content/sources.yaml`): the report, or a piece from a named outlet.',
  ),
  paragraphs: z
    .array(z.number().int().positive())
    .default([])
    .describe(
      "The report's paragraph numbers (¶) that support this, when the source has paragraphs.",
    ),
  also: z
    .array(reference('sources'))
    .default([])
    .describe(
      'More pieces that report the same fact (`content/sources.yaml`): a second outlet, independent of the first, wherever one exists.',
    ),
  note: z
    .string()
    .min(1)
    .optional()
    .describe('What exactly the source says, when a paragraph number alone is not enough.'),
});

export type Citation = z.infer<typeof citation>;
