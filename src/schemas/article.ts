// Frontmatter of an article in `content/articles/*.md`.
import { reference } from './reference.ts';
import { z } from 'astro/zod';
import { calendarDay, zonedInstant } from './dates.ts';

export const articleSchema = z
  .strictObject({
    title: z
      .string()
      .min(10)
      .max(110)
      .describe('The headline, as it appears on the page and in link cards.'),
    dek: z
      .string()
      .min(40)
      .max(220)
      .describe(
        'One sentence that says what the article tells the reader; used as the meta description.',
      ),
    byline: z.string().min(3).describe('Who wrote it, as shown under the headline.'),
    section: z
      .string()
      .min(3)
      .describe('The section the article belongs to, e.g. "Explainer" or "News".'),
    asOf: calendarDay.describe(
      'The day the article\'s account stands as of: the last day its sources describe (for an article drawn from the report, 2025-05-16). Shown as "As of …" by the byline; not after `published`.',
    ),
    published: zonedInstant.describe('When it was first published: ISO 8601 with a time zone.'),
    updated: zonedInstant.describe(
      'When it was last changed: ISO 8601 with a time zone; equal to `published` if never.',
    ),
    tags: z
      .array(
        z
          .string()
          .regex(
            /^[a-z0-9]+(-[a-z0-9]+)*$/,
            'lower-case words joined by hyphens, e.g. prisoner-exchange',
          ),
      )
      .min(1)
      .describe('Topic tags, lower-case words or hyphenated phrases; each gets a page of its own.'),
    keyPoints: z
      .array(z.string().min(10))
      .min(3)
      .max(6)
      .describe('"What we know": three to six short key points shown above the body.'),
    sources: z
      .array(reference('sources'))
      .min(1)
      .describe('The sources this article draws on (`content/sources.yaml`).'),
    followUps: z
      .array(reference('timeline'))
      .default([])
      .describe(
        'The threads the article left open, as timeline events (`content/timeline.yaml`): near the top, the page shows where each stands now, drawn from its updates, and the latest update dates the article.',
      ),
    order: z
      .number()
      .int()
      .nonnegative()
      .describe('Position on the home page: the lowest number leads.'),
    changes: z
      .array(
        z.strictObject({
          date: calendarDay.describe('The day of the change.'),
          kind: z
            .enum(['update', 'correction'])
            .describe('`correction` fixes an error; `update` adds or changes information.'),
          note: z.string().min(10).describe('What changed, in a sentence a reader understands.'),
        }),
      )
      .default([])
      .describe('Updates and corrections to this article, oldest first.'),
  })
  .superRefine((article, ctx) => {
    if (Date.parse(article.updated) < Date.parse(article.published)) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: `updated (${article.updated}) is before published (${article.published}); set it to the published time or later`,
      });
    }
    // A change is dated between publication and the last update, so `updated` (dateModified for
    // search engines and feeds) is never older than the latest correction readers see.
    const day = /^\d{4}-\d{2}-\d{2}/;
    const publishedDay = article.published.slice(0, 10);
    const updatedDay = article.updated.slice(0, 10);
    // Fields that are malformed have their own messages; compare only well-formed days.
    if (!day.test(publishedDay) || !day.test(updatedDay)) return;
    if (/^\d{4}-\d{2}-\d{2}$/.test(article.asOf) && article.asOf > publishedDay) {
      ctx.addIssue({
        code: 'custom',
        path: ['asOf'],
        message: `asOf (${article.asOf}) is after the article was published (${publishedDay}); an account cannot stand as of a day that had not come yet`,
      });
    }
    article.changes.forEach((change, i) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(change.date)) return;
      if (change.date < publishedDay) {
        ctx.addIssue({
          code: 'custom',
          path: ['changes', i, 'date'],
          message: `this ${change.kind} is dated ${change.date}, before the article was published (${publishedDay}); check the date of the change`,
        });
      } else if (change.date > updatedDay) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: `updated (${article.updated}) is older than the ${change.kind} of ${change.date}; set updated to the time of that ${change.kind}`,
        });
      }
    });
  });

export type Article = z.infer<typeof articleSchema>;
