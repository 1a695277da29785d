// SectionNav.astro ("In this article"): a navigation landmark listing each section as a link to its
// heading, as a rail or as a closed <details> named as its summary reads; an article without
// sections is refused; on a page of an edition, named in its language, or in English marked as such.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { CheerioAPI } from 'cheerio';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import SectionNav from '../../src/components/Article/SectionNav.astro';
import { inEdition } from '../../src/content-layer/editions.ts';
import { loadHtmlFragment } from '../support/html.ts';

/**
 * The content the component reads, with a Ukrainian dictionary of the test's own (content/i18n/uk/
 * belongs to the translators): the navigation's name, and its count in Ukrainian's plural forms.
 */
const UK_EDITION: Record<string, string> = vi.hoisted(() => ({
  'i18n/uk/article.yaml': [
    'sections:',
    '  label: У цій статті',
    "  count: { one: '({count} розділ)', few: '({count} розділи)', many: '({count} розділів)' }",
  ].join('\n'),
}));
/** The copies of the content made for the tests, removed after them. */
const fixtureDirs: string[] = vi.hoisted(() => []);
afterAll(() => {
  for (const dir of fixtureDirs) rmSync(dir, { recursive: true, force: true });
});
vi.mock('../../src/content-layer/paths.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/content-layer/paths.ts')>();
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uk-sections-'));
  fixtureDirs.push(dir);
  fs.cpSync(original.contentDir, dir, { recursive: true });
  // The Ukrainian dictionary is the test's own; the Russian one is left out, so that edition says
  // everything in English, as an edition whose translators have not started would.
  for (const code of ['uk', 'ru'])
    fs.rmSync(path.join(dir, 'i18n', code), { recursive: true, force: true });
  for (const [file, text] of Object.entries(UK_EDITION)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `${text}\n`);
  }
  return { ...original, contentDir: dir };
});

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

describe('on a page of an edition', () => {
  const many = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id }));
  const renderIn = async (edition: string, props: Record<string, unknown>) =>
    loadHtmlFragment(
      await inEdition(edition, () => container.renderToString(SectionNav, { props })),
    );

  test('its name and count are the edition’s, in the plural form the number takes', async () => {
    const rail = await renderIn('uk', { sections, variant: 'rail' });
    expect(rail('nav').attr('aria-label')).toBe('У цій статті');
    expect(rail('nav .kicker').attr('lang')).toBeUndefined();
    for (const [list, name] of [
      [sections.slice(0, 1), 'У цій статті (1 розділ)'],
      [sections, 'У цій статті (2 розділи)'],
      [many, 'У цій статті (5 розділів)'],
    ] as const) {
      const $ = await renderIn('uk', { sections: list, variant: 'collapsed' });
      expect($('nav').attr('aria-label')).toBe(name);
      expect($('summary').text().replace(/\s+/g, ' ').trim()).toBe(name);
      expect($('summary [lang]')).toHaveLength(0);
    }
  });

  test('an edition without them says them in English, marked; headings in English are marked too', async () => {
    const $ = await renderIn('ru', { sections, variant: 'collapsed', lang: 'en-GB' });
    expect($('nav').attr('aria-label')).toBe('In this article (2 sections)');
    expect(
      $('summary [lang]')
        .map((_, el) => $(el).attr('lang'))
        .get(),
    ).toEqual(['en-GB', 'en-GB']);
    expect($('nav ol').attr('lang')).toBe('en-GB');
    const rail = await renderIn('ru', { sections, variant: 'rail' });
    expect(rail('nav .kicker').attr('lang')).toBe('en-GB');
    expect(rail('nav ol').attr('lang')).toBeUndefined();
  });
});
