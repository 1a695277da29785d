import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import Delegations from '../../src/components/Delegations/Delegations.astro';
test('dump', async () => {
  const c = await AstroContainer.create();
  writeFileSync(`/tmp/deleg.html`, await c.renderToString(Delegations, { props: {} }));
});
