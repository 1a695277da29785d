// The embed's components as a reader and a crawler get them: the oEmbed link, "Embed this", the embed
// page; and in the Ukrainian edition, where each of them, and the oEmbed response, is that edition's.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import EmbedCode from '../../src/components/FactBox/EmbedCode.astro';
import FactBox from '../../src/components/FactBox/FactBox.astro';
import OEmbedLink from '../../src/components/FactBox/OEmbedLink.astro';
import { getFactBoxEmbed } from '../../src/embed/factbox-embed.ts';
import { inEdition } from '../../src/content-layer/editions.ts';
import { absoluteUrl, siteUrl } from '../../src/content-layer/site-address.ts';
import { paths } from '../../src/lib/urls.ts';
import EmbedPageFile from '../../src/pages/[...locale]/embed/factbox/[id].astro';
import FactPageFile from '../../src/pages/[...locale]/facts/[id].astro';
import * as oEmbedRoute from '../../src/pages/[...locale]/oembed/factbox/[id].json.ts';
import { loadHtml, loadHtmlFragment } from '../support/html.ts';

/** The copies of the content made for the tests, removed after them. */
const fixtureDirs: string[] = vi.hoisted(() => []);
afterAll(() => {
  for (const dir of fixtureDirs) rmSync(dir, { recursive: true, force: true });
});
// The content the components read, with a small Ukrainian edition of the tests' own.
vi.mock('../../src/content-layer/paths.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/content-layer/paths.ts')>();
  const { contentWithSmallUkEdition } = await import('../support/small-uk-edition.ts');
  const dir = contentWithSmallUkEdition(original.contentDir);
  fixtureDirs.push(dir);
  return { ...original, contentDir: dir };
});

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

type Component = Parameters<AstroContainer['renderToString']>[0];
/** The pages, typed as components (their inferred props, from getStaticPaths, are `never`). */
const EmbedPage = EmbedPageFile as unknown as Component;
const FactPage = FactPageFile as unknown as Component;

let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

test('OEmbedLink points oEmbed consumers at the fact box’s response', async () => {
  const $ = loadHtml(
    await container.renderToString(OEmbedLink, { props: { id: 'prisoner-exchange' } }),
  );
  const link = $('link[rel="alternate"][type="application/json+oembed"]');
  expect(link.attr('href')).toBe(absoluteUrl(paths.oembedFactBox('prisoner-exchange')));
  expect(link.attr('title')).toBe('Prisoner exchange: 1,000 for 1,000');
});

describe('"Embed this"', () => {
  test('is a closed disclosure with the embed code and the plain iframe in labelled, read-only fields', async () => {
    const { snippet, iframeSnippet } = await getFactBoxEmbed('prisoner-exchange');
    const $ = loadHtml(
      await container.renderToString(EmbedCode, { props: { id: 'prisoner-exchange' } }),
    );
    const details = $('details');
    expect(details.attr('open')).toBeUndefined();
    expect(details.find('summary').text()).toBe('Embed this fact box on your site');
    const fields = details.find('textarea');
    expect(fields.map((_, field) => $(`label[for="${field.attribs['id']}"]`).text()).get()).toEqual(
      ['Embed code', 'Plain iframe'],
    );
    expect(fields.map((_, field) => $(field).text()).get()).toEqual([snippet, iframeSnippet]);
    expect(fields.filter('[readonly]')).toHaveLength(2);
  });

  test('renders its copy buttons hidden, for the script to show', async () => {
    const $ = loadHtml(
      await container.renderToString(EmbedCode, { props: { id: 'prisoner-exchange' } }),
    );
    const buttons = $('button');
    expect(buttons).toHaveLength(2);
    expect(buttons.filter('[hidden]')).toHaveLength(2);
  });
});

describe('FactBox', () => {
  test('has the embed code under it on its own page, a link to it elsewhere on the site, and neither inside the embed', async () => {
    const ownPage = loadHtml(
      await container.renderToString(FactBox, {
        props: { id: 'prisoner-exchange', embedCode: 'full' },
      }),
    );
    expect(ownPage('aside + details.embed-code#embed-prisoner-exchange')).toHaveLength(1);
    const onSite = loadHtml(
      await container.renderToString(FactBox, { props: { id: 'prisoner-exchange' } }),
    );
    expect(onSite('details')).toHaveLength(0);
    expect(onSite('aside + p.embed-link a').attr('href')).toBe(
      '/facts/prisoner-exchange/#embed-prisoner-exchange',
    );
    expect(onSite('aside + p.embed-link a').text()).toBe('Embed this fact box on your site');
    const inEmbed = loadHtml(
      await container.renderToString(FactBox, {
        props: { id: 'prisoner-exchange', headingLevel: 1, absolute: true, embedCode: false },
      }),
    );
    expect(inEmbed('details')).toHaveLength(0);
    expect(inEmbed('aside h1').text()).toBe('Prisoner exchange: 1,000 for 1,000');
    expect(
      inEmbed('aside a')
        .map((_, a) => a.attribs['href'])
        .get()
        .every((href) => href.startsWith('https://')),
    ).toBe(true);
  });
});

describe('in the Ukrainian edition', () => {
  const id = 'prisoner-exchange';
  const ukUrl = (path: string) => `${siteUrl}uk${path}`;
  const render = (component: Component, path: string) =>
    inEdition('uk', () =>
      container.renderToString(component, {
        params: { id, locale: 'uk' },
        request: new Request(ukUrl(path)),
      }),
    );

  test('every fact box has an oEmbed response in every edition', async () => {
    const routes = (await oEmbedRoute.getStaticPaths()).map((p) => p.params);
    expect(routes).toContainEqual({ id, locale: undefined });
    expect(routes).toContainEqual({ id, locale: 'uk' });
  });

  test('the oEmbed response is the edition’s: its title, its site, and the embed of its box', async () => {
    const response = await oEmbedRoute.GET({ params: { id, locale: 'uk' } } as never);
    const body = JSON.parse(await response.text());
    expect(body.title).toBe('Обмін полоненими: 1 000 на 1 000');
    expect(body.provider_url).toBe(ukUrl('/'));
    expect(body.thumbnail_url).toBe(ukUrl(`/og/fact/${id}.png`));
    const $ = loadHtmlFragment(body.html);
    expect($('blockquote').attr('data-explainer-embed')).toBe(ukUrl(`/embed/factbox/${id}/`));
    expect($('blockquote').attr('cite')).toBe(ukUrl('/articles/prisoner-exchange-what-we-know/'));
    // The English response stays as it was.
    const english = JSON.parse(await (await oEmbedRoute.GET({ params: { id } } as never)).text());
    expect(english.title).toBe('Prisoner exchange: 1,000 for 1,000');
    expect(english.html).toContain(`"${siteUrl}embed/factbox/${id}/"`);
  });

  test('the embed code speaks the edition’s language, its English fallbacks marked', async () => {
    const { snippet, iframeSnippet } = await inEdition('uk', () => getFactBoxEmbed(id));
    const $ = loadHtmlFragment(snippet);
    const blockquote = $('blockquote');
    expect(blockquote.attr('lang')).toBe('uk');
    expect(blockquote.attr('data-explainer-title')).toBe(
      'Довідка: Обмін полоненими: 1 000 на 1 000, з сайту The Istanbul Talks, Explained',
    );
    const number = new Intl.NumberFormat('uk').format(1000);
    expect($('li strong').first().text()).toBe(number);
    expect($('li').eq(1).children('span').attr('lang')).toBe('en-GB');
    expect($('p').eq(1).attr('lang')).toBe('en-GB');
    expect($('p').eq(2).text()).toBe('Стан на 26 травня 2025 р.: Проведено');
    expect($('p').eq(3).children('span[lang="en-GB"]').text()).toBe('From ');
    expect(loadHtmlFragment(iframeSnippet)('iframe').attr('src')).toBe(
      ukUrl(`/embed/factbox/${id}/`),
    );
  });

  test('OEmbedLink points at the edition’s oEmbed response', async () => {
    const $ = loadHtml(
      await inEdition('uk', () => container.renderToString(OEmbedLink, { props: { id } })),
    );
    const link = $('link[type="application/json+oembed"]');
    expect(link.attr('href')).toBe(ukUrl(`/oembed/factbox/${id}.json`));
    expect(link.attr('title')).toBe('Обмін полоненими: 1 000 на 1 000');
  });

  test('the fact box’s page shows the code that embeds the box of its edition', async () => {
    const $ = loadHtml(await render(FactPage, `/facts/${id}/`));
    expect($('html').attr('lang')).toBe('uk');
    const { snippet, iframeSnippet } = await inEdition('uk', () => getFactBoxEmbed(id));
    expect(
      $('details.embed-code textarea')
        .map((_, field) => $(field).text())
        .get(),
    ).toEqual([snippet, iframeSnippet]);
    expect($('details.embed-code textarea').first().text()).toContain(
      `"${ukUrl(`/embed/factbox/${id}/`)}"`,
    );
    // Its field's label from the edition, the one it lacks in English.
    expect(
      $('details.embed-code label')
        .map((_, l) => $(l).text().trim())
        .get(),
    ).toEqual(['Код для вставлення', 'Plain iframe']);
    expect(text($('main h1').text())).toBe('Обмін полоненими: 1 000 на 1 000: коротко');
    expect($('link[type="application/json+oembed"]').attr('href')).toBe(
      ukUrl(`/oembed/factbox/${id}.json`),
    );
  });

  test('the embed page is a document of the edition, its links in the edition', async () => {
    const $ = loadHtml(await render(EmbedPage, `/embed/factbox/${id}/`));
    expect($('html').attr('lang')).toBe('uk');
    expect(text($('h1').text())).toBe('Обмін полоненими: 1 000 на 1 000');
    const hrefs = $('main a[href]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    for (const href of hrefs) expect(href.startsWith(ukUrl('/'))).toBe(true);
    const from = $('main > p').last();
    expect(from.children('span[lang="en-GB"]').first().text()).toBe('From ');
  });
});
