// A person or body that acts or speaks in the story (`content/people.yaml`).
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { citation } from './citation';

export const personSchema = z.strictObject({
  /** Name as the site prints it, e.g. "Rustem Umerov" or "Russia's Foreign Ministry". */
  name: z.string().min(2),
  /** A person, an institution, or an unnamed source. */
  kind: z.enum(['person', 'institution', 'unnamed-source']),
  /** Their role at the time of the talks, correct even where the report got it wrong. */
  role: z.string().min(3),
  /** The delegation or party they belong to (`content/delegations.yaml`). */
  delegation: reference('delegations'),
  /** True for the one person who led the delegation at the talks. */
  ledDelegation: z.boolean().default(false),
  /** Where the role comes from. */
  roleSource: citation,
  /** Present when the source report gave a wrong fact about them. */
  reportError: z
    .strictObject({
      /** What the report said, quoted exactly. */
      reportSaid: z.string().min(3),
      /** The report paragraph that said it. */
      paragraph: z.number().int().positive(),
      /** A short note shown to readers: what is right and how we know. */
      note: z.string().min(10),
    })
    .optional(),
});

export type Person = z.infer<typeof personSchema>;
