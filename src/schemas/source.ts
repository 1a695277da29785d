// A source the site draws on (`content/sources.yaml`): a report whose text ships with the content and
// is checked word for word, or a piece from a named outlet that the site cites for the public record.
import { z } from 'astro/zod';
import { calendarDay } from './dates.ts';

/** Fields only a piece from a named outlet has, and that it must have. */
const OUTLET_FIELDS = ['outlet', 'url', 'published', 'language', 'read', 'excerpt'] as const;

export const sourceSchema = z
  .strictObject({
    title: z
      .string()
      .min(3)
      .describe(
        'For a report, its name as the site prints it ("News report on the talks"); for a piece from an outlet, its headline exactly as published.',
      ),
    kind: z
      .enum(['report', 'public-record'])
      .describe(
        '`report`: a document with numbered paragraphs, checked word for word; `public-record`: one piece from a named outlet, cited for what the report does not say.',
      ),
    description: z
      .string()
      .min(20)
      .optional()
      .describe(
        'What the source is and how the site uses it, in our words. Required for a report; for a piece from an outlet, what it covers, when the headline does not say.',
      ),
    caveat: z
      .string()
      .min(20)
      .optional()
      .describe(
        'How the site treats this source, where a reader should know before relying on it (e.g. an undated report from an unknown outlet); shown on its own page.',
      ),
    paragraphs: z
      .array(z.string().min(5))
      .default([])
      .describe(
        'For a report: what each paragraph (¶1, ¶2, ...) is about, in our words, in order.',
      ),
    file: z
      .string()
      .regex(
        /^(?:[a-z0-9-]+\/)*[a-z0-9-]+\.txt$/,
        'a .txt file inside the content folder, e.g. sources/a-report.txt',
      )
      .optional()
      .describe(
        'For a report: its text, one paragraph a line, relative to the content folder (e.g. `sources/a-report.txt`). Every quote that cites the source is checked against it.',
      ),
    asOf: calendarDay
      .optional()
      .describe(
        'For a report: the last day its account describes; what it says stands as of this day.',
      ),
    outlet: z
      .string()
      .min(2)
      .optional()
      .describe(
        'For a piece from an outlet: who published it ("Reuters", "Associated Press"); for a wire story carried by another site, the wire service and the site ("AFP, via Arab News").',
      ),
    url: z
      .url({ protocol: /^https?$/, error: 'a web address starting with https:// or http://' })
      .optional()
      .describe('For a piece from an outlet: where a reader can read it.'),
    published: calendarDay
      .optional()
      .describe('For a piece from an outlet: the day it was published, YYYY-MM-DD.'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language tag such as en, uk, ru or tr')
      .optional()
      .describe(
        'For a piece from an outlet: the language it is written in, as a tag (`en`, `uk`).',
      ),
    read: calendarDay
      .optional()
      .describe('For a piece from an outlet: the day we last read it, YYYY-MM-DD.'),
    excerpt: z
      .string()
      .min(20)
      .max(600)
      .optional()
      .describe(
        'For a piece from an outlet: the sentence or two the site relies on, in the outlet’s own words (a quotation, not a copy). Every number and date the site takes from the piece must stand in it.',
      ),
  })
  .superRefine((source, ctx) => {
    const outletOnly = source.kind === 'report';
    for (const field of OUTLET_FIELDS) {
      const present = source[field] !== undefined;
      if (outletOnly && present)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `a report has no \`${field}\`: it is a field of a piece from an outlet; remove it, or make the entry kind: public-record`,
        });
      if (!outletOnly && !present)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `this piece from an outlet has no \`${field}\`, so a reader cannot find and check it; add \`${field}:\``,
        });
    }
    if (outletOnly && !source.description)
      ctx.addIssue({
        code: 'custom',
        path: ['description'],
        message: 'this report has no description; add one: what it is and how the site uses it',
      });
    const day = /^\d{4}-\d{2}-\d{2}$/;
    // Only two well-formed days compare; a malformed one has its own message.
    if (
      !outletOnly &&
      day.test(source.published ?? '') &&
      day.test(source.read ?? '') &&
      source.read! < source.published!
    )
      ctx.addIssue({
        code: 'custom',
        path: ['read'],
        message: `read (${source.read}) is before the piece was published (${source.published}); set it to the day you read it`,
      });
  });

export type Source = z.infer<typeof sourceSchema>;
