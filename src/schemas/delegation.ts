// A party to the talks (`content/delegations.yaml`).
import { z } from 'astro/zod';
import { citation } from './citation.ts';

export const delegationSchema = z.strictObject({
  name: z
    .string()
    .min(2)
    .describe(
      'Name as the site prints it: a country or a body, e.g. "Norway" or "the United Nations".',
    ),
  part: z
    .enum(['delegation', 'host', 'backer'])
    .describe(
      '`delegation` sat at the table; `host` hosted the talks; `backer` pushed for them from outside.',
    ),
  summary: z
    .string()
    .min(20)
    .describe('One or two sentences, in our words, on what this party did at or around the talks.'),
  order: z
    .number()
    .int()
    .nonnegative()
    .describe('Position in the delegations block: the lowest number comes first.'),
  sources: z.array(citation).min(1).describe('Where the summary comes from.'),
});

export type Delegation = z.infer<typeof delegationSchema>;
