// SectionNav.astro ("In this article"): a navigation landmark listing each section as a link to its
// heading, as a rail or as a closed <details> named as its summary reads; an article without
// sections is refused.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import SectionNav from '../../src/components/Article/SectionNav.astro';
import { loadHtmlFragment } from '../support/html.ts';

const sections = [
  { id: 'the-numbers', text: 'The numbers' },
  { id: 'what-comes-next', text: 'What comes next & why' },
];
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = async (props: Record<string, unknown>) =>
  loadHtmlFragment(await container.renderToString(SectionNav, { props }));
const links = ($: CheerioAPI) =>
  $('nav a')
    .map((_, a) => ({ href: $(a).attr('href'), text: $(a).text() }))
    .get();

describe.each([
  ['rail', 'In this article'],
  ['collapsed', 'In this article (2 sections)'],
] as const)('the %s', (variant, name) => {
  test(`is one navigation named "${name}", linking each section to its heading in order`, async () => {
    const $ = await render({ sections, variant });
    expect($('nav')).toHaveLength(1);
    expect($('nav').attr('aria-label')).toBe(name);
    expect(links($)).toEqual([
      { href: '#the-numbers', text: 'The numbers' },
      { href: '#what-comes-next', text: 'What comes next & why' },
    ]);
    expect($('nav ol > li')).toHaveLength(2);
  });
});

test('the rail shows its name as a label; the collapsed form is a closed disclosure whose summary names it and counts the sections', async () => {
  const rail = await render({ sections, variant: 'rail' });
  expect(rail('details')).toHaveLength(0);
  expect(rail('nav .kicker').text()).toBe('In this article');
  const collapsed = await render({ sections, variant: 'collapsed' });
  expect(collapsed('nav > details')).toHaveLength(1);
  expect(collapsed('details').attr('open')).toBeUndefined();
  expect(collapsed('summary').text().replace(/\s+/g, ' ').trim()).toBe(
    'In this article (2 sections)',
  );
});

test('print and search leave it out (no-print), and callers can add classes', async () => {
  const $ = await render({ sections, variant: 'rail', class: 'article-rail' });
  expect($('nav').hasClass('no-print')).toBe(true);
  expect($('nav').hasClass('article-rail')).toBe(true);
});

test('one section is counted as one', async () => {
  const $ = await render({ sections: sections.slice(0, 1), variant: 'collapsed' });
  expect($('nav').attr('aria-label')).toBe('In this article (1 section)');
});

test('an article without sections is refused, saying why', async () => {
  await expect(render({ sections: [], variant: 'rail' })).rejects.toThrow(
    'SectionNav: the article has no "##" sections to list.',
  );
});
