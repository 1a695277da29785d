// A party to the talks (`content/delegations.yaml`).
import { z } from 'astro/zod';
import { citation } from './citation';

export const delegationSchema = z.strictObject({
  /** Name as the site prints it, e.g. "Ukraine". */
  name: z.string().min(2),
  /** `delegation` sat at the table; `host` hosted the talks; `backer` pushed for them from outside. */
  part: z.enum(['delegation', 'host', 'backer']),
  /** One or two sentences, in our words, on what this party did at or around the talks. */
  summary: z.string().min(20),
  /** Position in the delegations block: the lowest number comes first. */
  order: z.number().int().nonnegative(),
  /** Where the summary comes from. */
  sources: z.array(citation).min(1),
});

export type Delegation = z.infer<typeof delegationSchema>;
