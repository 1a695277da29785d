// The embed's components as a reader and a crawler get them: the oEmbed link, "Embed this", the embed page.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import EmbedCode from '../../src/components/FactBox/EmbedCode.astro';
import FactBox from '../../src/components/FactBox/FactBox.astro';
import OEmbedLink from '../../src/components/FactBox/OEmbedLink.astro';
import { getFactBoxEmbed } from '../../src/embed/factbox-embed.ts';
import { absoluteUrl } from '../../src/content-layer/site-address.ts';
import { paths } from '../../src/lib/urls.ts';
import { loadHtml } from '../support/html.ts';

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
