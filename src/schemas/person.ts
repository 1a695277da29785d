// A person or body that acts or speaks in the story (`content/people.yaml`).
import { reference } from './reference.ts';
import { z } from 'astro/zod';
import { citation } from './citation.ts';
import { calendarDay } from './dates.ts';

/** A role someone took after the talks, with the day (or month) it began and its source. */
const laterRole = z.strictObject({
  role: z
    .string()
    .min(3)
    .describe('The role, as the site prints it, e.g. "Secretary of the Council".'),
  from: calendarDay.describe('The day it began, YYYY-MM-DD.'),
  source: citation.describe(
    'The piece that reports it (`content/sources.yaml`), and a second outlet in `also`.',
  ),
});

export const personSchema = z.strictObject({
  name: z
    .string()
    .min(2)
    .describe(
      'Name as the site prints it: a person\'s full name, or a body\'s, e.g. "the Foreign Ministry".',
    ),
  kind: z
    .enum(['person', 'institution', 'unnamed-source'])
    .describe('A person, an institution, or an unnamed source.'),
  role: z
    .string()
    .min(3)
    .describe(
      'Their role at the time of the talks, correct even where the report got it wrong; shown beside their words of that time.',
    ),
  laterRoles: z
    .array(laterRole)
    .default([])
    .describe(
      'Roles they took after the talks, oldest first: their page shows the latest, and their role at the time is then marked as such.',
    ),
  side: reference('delegations').describe(
    'The party whose side they are on or speak for (`content/delegations.yaml`), at the talks or not.',
  ),
  atTheTalks: z
    .strictObject({
      part: z
        .enum(['led', 'member', 'host'])
        .describe(
          '`led` the delegation (one a delegation), `member` of it, or there for the `host`.',
        ),
      source: citation.describe(
        'Where it says they were there: a report paragraph or the public record.',
      ),
    })
    .optional()
    .describe(
      'Only for those in the room at the talks (in the `place` of content/site.yaml): whether they `led` their delegation, were a `member` of it, or were there for the `host`; with the source that places them there.',
    ),
  roleSource: citation.describe('Where the role comes from.'),
  reportError: z
    .strictObject({
      reportSaid: z.string().min(3).describe('What the report said, quoted exactly.'),
      paragraph: z.number().int().positive().describe('The report paragraph that said it.'),
      explanation: z
        .string()
        .regex(
          /^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/,
          'a link to an article section, e.g. /articles/how-we-reported-this/#a-wrong-job-title',
        )
        .describe(
          "The site's section that explains the error in full, e.g. `/articles/how-we-reported-this/#a-wrong-job-title`; every other page links there in one line.",
        ),
      source: reference('sources')
        .optional()
        .describe(
          'The report that said it (`content/sources.yaml`, `kind: report`); may be left out while the content has only one report.',
        ),
    })
    .optional()
    .describe('Present when the source report gave a wrong fact about them.'),
});

export type Person = z.infer<typeof personSchema>;
