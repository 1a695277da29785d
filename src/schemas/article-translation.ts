// Frontmatter of an edition's translation of an article: `content/translations/<lang>/articles/<slug>.md`,
// the same file name as the English article. It gives only the texts; the dates, tags, sources,
// threads and order are the English article's own. Its body has the English body's headings (each
// keeps the English heading's id, so a deep link works in every edition) and its directives, in
// the same order.
import { z } from 'astro/zod';
import { zonedInstant } from './dates.ts';

export const articleTranslationSchema = z.strictObject({
  translatedFrom: zonedInstant.describe(
    'The English article’s `updated` when this translation was made (copied from it). When the English is updated later, the page says the translation is of an earlier version, and the build lists it.',
  ),
  title: z.string().min(10).max(110).describe('The headline, translated.'),
  dek: z
    .string()
    .min(40)
    .max(220)
    .describe('The one sentence under the headline, translated; the page’s description.'),
  byline: z
    .string()
    .min(3)
    .optional()
    .describe('The byline, translated; the English one if left out.'),
  section: z
    .string()
    .min(3)
    .optional()
    .describe('The section, translated; the English one if left out.'),
  keyPoints: z
    .array(z.string().min(10))
    .min(3)
    .max(6)
    .optional()
    .describe('The key points, translated, as many as the English and in its order.'),
  changes: z
    .array(
      z.strictObject({
        note: z.string().min(10).describe('The note, translated.'),
      }),
    )
    .optional()
    .describe(
      'The notes of the English article’s updates and corrections, translated, one for each and in its order.',
    ),
});

export type ArticleTranslation = z.output<typeof articleTranslationSchema>;
