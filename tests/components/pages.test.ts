// Pages as a reader gets them, rendered whole (layout and head included) by the Astro Container:
// a quote's page, a fact box's page and a topic's page, with what they say about their speaker,
// their status and their number of articles.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection, getEntry } from 'astro:content';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import { getFactBoxView, getTags } from '../../src/content-layer/entries.ts';
import FactPage from '../../src/pages/facts/[id].astro';
import QuotePage from '../../src/pages/quotes/[id].astro';
import TagPage from '../../src/pages/tags/[tag]/[...page].astro';
import { factCard } from '../../src/share-images/card-content.ts';
import { loadHtml } from '../support/html.ts';

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(
  page: Parameters<AstroContainer['renderToString']>[0],
  path: string,
  params: Record<string, string | undefined>,
  props: Record<string, unknown>,
): Promise<CheerioAPI> {
  const request = new Request(new URL(path, 'https://istanbul-talks.example.org/'));
  return loadHtml(await container.renderToString(page, { params, props, request }));
}

async function quotePage(id: string) {
  const quote = await getEntry('quotes', id);
  return render(QuotePage, `/quotes/${id}/`, { id }, { quote });
}

const meta = ($: CheerioAPI, property: string) =>
  $(`meta[property="${property}"], meta[name="${property}"]`).attr('content');

describe('a quote’s page', () => {
  test('names an unnamed source mid-sentence with a lower-case article, and opens its title with the name', async () => {
    const $ = await quotePage('ukrainian-source-unacceptable-demands');
    expect(text($('h1').text())).toBe('What a Ukrainian source said');
    expect(meta($, 'og:title')).toBe('A Ukrainian source: “new and unacceptable demands”');
    expect(meta($, 'og:image:alt')).toBe(
      'Quote card: a Ukrainian source, “new and unacceptable demands”',
    );
    expect(meta($, 'twitter:image:alt')).toBe(meta($, 'og:image:alt'));
  });

  test('its Twitter card names only its kind and its image’s alt text: title, description and image come from Open Graph', async () => {
    const $ = await quotePage('umerov-know-the-date');
    expect(
      $('meta[name^="twitter:"]')
        .map((_, m) => $(m).attr('name'))
        .get(),
    ).toEqual(['twitter:card', 'twitter:image:alt']);
    expect(meta($, 'twitter:card')).toBe('summary_large_image');
    expect(meta($, 'twitter:image:alt')).toBe(meta($, 'og:image:alt'));
    expect(meta($, 'twitter:title')).toBeUndefined();
    expect(meta($, 'twitter:description')).toBeUndefined();
    expect(meta($, 'twitter:image')).toBeUndefined();
    expect(meta($, 'og:title')).toBe('Rustem Umerov: “We know the date”');
    expect(meta($, 'og:image')).toMatch(/^https:\/\/istanbul-talks\.example\.org\/.+\.png$/);
  });

  test.each([
    ['umerov-know-the-date', 'rustem-umerov', 'More about Rustem Umerov and Ukraine’s delegation'],
    [
      'ukrainian-source-unacceptable-demands',
      'ukrainian-source',
      'More about a Ukrainian source and Ukraine’s delegation',
    ],
    [
      'russia-mfa-clown',
      'russia-mfa',
      'More about Russia’s Foreign Ministry and Russia’s delegation',
    ],
    [
      'trump-putin-and-i',
      'donald-trump',
      'More about Donald Trump and the United States, a backer of the talks',
    ],
  ])('%s links to its speaker in Who’s who: "%s"', async (id, person, expected) => {
    const $ = await quotePage(id);
    const link = $(`main a[href="/people/#${person}"]`).filter((_, a) =>
      text($(a).text()).startsWith('More about'),
    );
    expect(link).toHaveLength(1);
    expect(text(link.text())).toBe(expected);
  });

  test('no quote page says "their", and only the two delegations at the table are called one', async () => {
    const quotes = await getCollection('quotes');
    for (const quote of quotes) {
      const $ = await quotePage(quote.id);
      const more = text(
        $('main a')
          .filter((_, a) => text($(a).text()).startsWith('More about'))
          .text(),
      );
      expect(more, quote.id).toMatch(/^More about /);
      expect(more, quote.id).not.toMatch(/\btheir\b/);
      const speaker = await getEntry('people', quote.data.speaker.id);
      const party = await getEntry('delegations', speaker!.data.side.id);
      expect(more.endsWith('delegation'), quote.id).toBe(party!.data.part === 'delegation');
      expect(text($('h1').text()), quote.id).not.toMatch(/^What (A|An|The) /);
    }
  });
});

describe('a fact box’s page', () => {
  test('its share image’s alt text gives the status the card draws', async () => {
    const box = await getEntry('factboxes', 'prisoner-exchange');
    const $ = await render(FactPage, '/facts/prisoner-exchange/', { id: box!.id }, { box });
    const card = factCard(await getFactBoxView('prisoner-exchange'));
    const alt = meta($, 'og:image:alt');
    expect(alt).toContain(`Status: ${card.status}.`);
    expect(alt).toMatch(/^Fact box: Prisoner exchange: .+\. Status: Carried out 23–25 May 2025\.$/);
    for (const figure of box!.data.figures) expect(alt).toContain(figure.label);
    expect(meta($, 'twitter:image:alt')).toBe(alt);
  });
});

describe('a topic’s page', () => {
  async function tagPage(tag: string) {
    const articles = (await getTags()).get(tag)!;
    const page = {
      data: articles,
      start: 0,
      end: articles.length - 1,
      size: 20,
      total: articles.length,
      currentPage: 1,
      lastPage: 1,
      url: { current: `/tags/${tag}/`, prev: undefined, next: undefined },
    };
    return render(
      TagPage,
      `/tags/${tag}/`,
      { tag, page: undefined },
      { tag, total: articles.length, page },
    );
  }

  test('a topic with one article says "1 article", in the page and its share image’s alt text', async () => {
    const $ = await tagPage('sanctions');
    expect(text($('main h1 + p').text())).toBe('1 article');
    expect(meta($, 'og:image:alt')).toBe('Topic card: sanctions, 1 article');
    expect(meta($, 'description')).toBe(
      'Every article on sanctions from The Istanbul Talks, Explained (1 article).',
    );
    expect($.html()).not.toMatch(/\b1 articles\b/);
  });

  test('a topic with more says "3 articles", and names each card by its headline', async () => {
    const $ = await tagPage('prisoner-exchange');
    expect(text($('main h1 + p').text())).toBe('3 articles');
    expect(meta($, 'og:image:alt')).toBe('Topic card: prisoner exchange, 3 articles');
    const names = $('main article')
      .map((_, card) => text($(`#${$(card).attr('aria-labelledby')}`).text()))
      .get();
    expect(names).toHaveLength(3);
    expect(names.every((n) => n.length > 10)).toBe(true);
  });
});
