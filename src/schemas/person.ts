// A person or body that acts or speaks in the story (`content/people.yaml`).
import { reference } from './reference';
import { z } from 'astro/zod';
import { citation } from './citation';

export const personSchema = z.strictObject({
  /** Name as the site prints it, e.g. "Rustem Umerov" or "Russia's Foreign Ministry". */
  name: z.string().min(2),
  /** A person, an institution, or an unnamed source. */
  kind: z.enum(['person', 'institution', 'unnamed-source']),
  /** Their role at the time of the talks, correct even where the report got it wrong. */
  role: z.string().min(3),
  /** The party whose side they are on or speak for (`content/delegations.yaml`), at the talks or not. */
  side: reference('delegations'),
  /**
   * Only for those in the room at the talks in Istanbul: whether they `led` their delegation, were a
   * `member` of it, or were there for the `host`; with the source that places them there.
   */
  atTheTalks: z
    .strictObject({
      /** `led` the delegation (one a delegation), `member` of it, or there for the `host`. */
      part: z.enum(['led', 'member', 'host']),
      /** Where it says they were there: a report paragraph or the public record. */
      source: citation,
    })
    .optional(),
  /** Where the role comes from. */
  roleSource: citation,
  /** Present when the source report gave a wrong fact about them. */
  reportError: z
    .strictObject({
      /** What the report said, quoted exactly. */
      reportSaid: z.string().min(3),
      /** The report paragraph that said it. */
      paragraph: z.number().int().positive(),
      /**
       * The site's section that explains the error in full, e.g.
       * `/articles/how-we-reported-this/#a-wrong-job-title`; every other page links there in one line.
       */
      explanation: z
        .string()
        .regex(/^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/, 'a link to an article section, e.g. /articles/how-we-reported-this/#a-wrong-job-title'),
    })
    .optional(),
});

export type Person = z.infer<typeof personSchema>;
