// Which component renders each placeholder that the Markdown pipeline leaves in an article, one per
// directive of the registry (src/content-layer/registry.ts): `::timeline{#id}` becomes the same
// Timeline every other page shows. TypeScript refuses this list if a directive has no entry, and
// tests/content-layer/registry.test.ts names the missing one.
import type { PlaceholderName } from '../content-layer/registry.ts';
import Delegations from './Delegations/Delegations.astro';
import FactBox from './FactBox/FactBox.astro';
import Quote from './Quote.astro';
import Timeline from './Timeline/Timeline.astro';

/** A component and the props it gets for the `#id` written in the directive. */
export interface PlacedComponent {
  // Astro components are functions of their props; each entry below pairs one with its own props.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Component: (props: any) => unknown;
  props: Record<string, unknown>;
}

export const ARTICLE_COMPONENTS: Record<PlaceholderName, (id: string) => PlacedComponent> = {
  timeline: (id) => ({ Component: Timeline, props: { id } }),
  delegations: () => ({ Component: Delegations, props: {} }),
  quote: (id) => ({ Component: Quote, props: { id } }),
  'quote-inline': (id) => ({ Component: Quote, props: { id, variant: 'inline' } }),
  factbox: (id) => ({ Component: FactBox, props: { id } }),
};
