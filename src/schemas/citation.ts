// Where a fact or quote comes from: a source entry and, for the report, its paragraphs.
import { reference } from './reference';
import { z } from 'astro/zod';

export const citation = z.strictObject({
  /** The source entry (`content/sources.yaml`), e.g. `istanbul-talks-report` or `public-record`. */
  source: reference('sources'),
  /** The report's paragraph numbers (¶) that support this, when the source has paragraphs. */
  paragraphs: z.array(z.number().int().positive()).default([]),
  /** What exactly the source says, when a paragraph number alone is not enough. */
  note: z.string().min(1).optional(),
});

export type Citation = z.infer<typeof citation>;
