// Pages as a reader gets them, rendered whole (layout and head included) by the Astro Container:
// a quote's page, a fact box's page and a topic's page, with what they say about their speaker,
// their status and their number of articles.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection, getEntry } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import { getFactBoxView, getTags } from '../../src/content-layer/entries.ts';
import FactPage from '../../src/pages/[...locale]/facts/[id].astro';
import QuotePage from '../../src/pages/[...locale]/quotes/[id].astro';
import TagPage from '../../src/pages/[...locale]/tags/[tag]/[...page].astro';
import { factCard } from '../../src/share-images/card-content.ts';
import { loadHtml } from '../support/html.ts';

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/**
 * Renders a page. A page whose paths come from `params` alone declares no props, and Astro types
 * it as taking none (`never`): the container takes it as any component.
 */
async function render(
  page: unknown,
  path: string,
  params: Record<string, string | undefined>,
  props: Record<string, unknown>,
): Promise<CheerioAPI> {
  const request = new Request(new URL(path, 'https://istanbul-talks.example.org/'));
  return loadHtml(
    await container.renderToString(page as AstroComponentFactory, { params, props, request }),
  );
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
  async function tagPage(tag: string, edition = 'en') {
    const prefix = edition === 'en' ? '' : `/${edition}`;
    const locale = edition === 'en' ? undefined : edition;
    const articles = (await getTags()).get(tag)!;
    const page = {
      data: articles,
      start: 0,
      end: articles.length - 1,
      size: 20,
      total: articles.length,
      currentPage: 1,
      lastPage: 1,
      url: { current: `${prefix}/tags/${tag}/`, prev: undefined, next: undefined },
    };
    const { inEdition } = await import('../../src/content-layer/editions.ts');
    return inEdition(edition, () =>
      render(
        TagPage,
        `${prefix}/tags/${tag}/`,
        { tag, page: undefined, locale },
        { tag, total: articles.length, page },
      ),
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

  test('on a page of the edition: its links stay in it, and its words are the edition’s or marked as English', async () => {
    const english = await tagPage('prisoner-exchange');
    const uk = await tagPage('prisoner-exchange', 'uk');
    expect(
      uk('main article h2 a')
        .map((_, a) => uk(a).attr('href'))
        .get()
        .every((href) => href.startsWith('/uk/articles/')),
    ).toBe(true);
    for (const selector of ['main .kicker', 'main h1', 'main h1 + p'])
      if (text(uk(selector).text()) === text(english(selector).text()))
        expect(markedEnglish(uk, selector), selector).toBe(true);
    // The count takes the edition's plural form: never the English "3 article".
    expect(text(uk('main h1 + p').text())).not.toBe('3 article');
  });

  test('the list of topics names each, counts its articles, and links to its page in the edition', async () => {
    const tags = async (code: string) => {
      // A page whose paths give no props is typed as taking none: the container gives it params.
      const page = (await import('../../src/pages/[...locale]/tags/index.astro')).default;
      const { inEdition } = await import('../../src/content-layer/editions.ts');
      const locale = code === 'en' ? undefined : code;
      return inEdition(code, () =>
        render(page, `${locale ? `/${locale}` : ''}/tags/`, { locale }, {}),
      );
    };
    const $ = await tags('en');
    expect(text($('main h1').text())).toBe('Topics');
    const item = (doc: CheerioAPI, href: string) => doc(`main a[href="${href}"]`).closest('li');
    expect(text(item($, '/tags/prisoner-exchange/').text())).toBe('prisoner exchange (3)');
    expect(text(item($, '/tags/istanbul-talks/').text())).toBe('istanbul talks (5)');
    const uk = await tags('uk');
    const topic = item(uk, '/uk/tags/prisoner-exchange/');
    expect(text(topic.find('span').text())).toBe('(3)');
    if (text(topic.find('a').text()) === 'prisoner exchange')
      expect(topic.find('a').attr('lang')).toBe('en-GB');
  });
});

// The sources and Who’s who, in English and on a page of the Ukrainian edition. Their words come
// from content/i18n/<lang>/sources.yaml and people.yaml; an outlet's headline and excerpt never do.
async function editionPage(
  code: string,
  load: () => Promise<{ default: unknown }>,
  path: string,
  params: Record<string, string | undefined> = {},
): Promise<CheerioAPI> {
  const page = (await load()).default;
  const prefix = code === 'en' ? '' : `/${code}`;
  const locale = code === 'en' ? undefined : code;
  const { inEdition } = await import('../../src/content-layer/editions.ts');
  return inEdition(code, () => render(page, `${prefix}${path}`, { ...params, locale }, {}));
}
const sourcesPage = (code: string) =>
  editionPage(code, () => import('../../src/pages/[...locale]/sources/index.astro'), '/sources/');
const sourcePage = (code: string, id: string) =>
  editionPage(
    code,
    () => import('../../src/pages/[...locale]/sources/[id].astro'),
    `/sources/${id}/`,
    { id },
  );
const peoplePage = (code: string) =>
  editionPage(code, () => import('../../src/pages/[...locale]/people/index.astro'), '/people/');

/** True when a text reads in English: its element, or one around it, is marked `lang="en…"`. */
const markedEnglish = ($: CheerioAPI, selector: string) =>
  (
    $(selector).find('[lang]').first().attr('lang') ?? $(selector).closest('[lang]').attr('lang')
  )?.startsWith('en') ?? false;

describe('the sources’ pages', () => {
  test('the list names a piece’s language only where it is not the page’s', async () => {
    const $ = await sourcesPage('en');
    expect(text($('main h1').text())).toBe('Sources');
    const item = (id: string) => $(`main a[href="/sources/${id}/"]`).closest('li');
    expect(text(item('liga-2026-01-05-kyslytsya-office').find('p').text())).toBe(
      'LIGA.net · 5 January 2026 · in Ukrainian',
    );
    expect(item('liga-2026-01-05-kyslytsya-office').find('a').attr('lang')).toBe('uk');
    expect(text(item('hurriyet-2025-05-16-istanbul-hosts-talks').find('p').text())).toBe(
      'Hürriyet Daily News · 16 May 2025',
    );

    const uk = await sourcesPage('uk');
    const ukItem = (id: string) => uk(`main a[href="/uk/sources/${id}/"]`).closest('li');
    // A Ukrainian piece on a Ukrainian page says nothing of its language; an English one does.
    expect(text(ukItem('liga-2026-01-05-kyslytsya-office').find('p').text())).toBe(
      'LIGA.net · 5 січня 2026 р.',
    );
    const english = ukItem('hurriyet-2025-05-16-istanbul-hosts-talks');
    expect(english.find('a').attr('lang')).toBe('en');
    expect(text(english.find('a').text())).toBe(
      'Istanbul hosts first direct Russia-Ukraine talks in three years',
    );
    expect(text(english.find('p').text())).toMatch(/англійськ/);
  });

  test('the report’s page: its account’s day and each paragraph with the quotes cited for it', async () => {
    const $ = await sourcePage('en', 'istanbul-talks-report');
    expect(text($('main .kicker').text())).toBe('Source');
    expect(text($('main p:has(> time)').text())).toBe('Its account stands as of 16 May 2025.');
    expect($('main ol > li')).toHaveLength(18);
    const p9 = $('li#p9');
    expect(text(p9.children('span').first().text())).toBe('¶9');
    expect(text(p9.find('.block').text())).toBe(
      'Quoted on this site: “We know the date”; “we’re not announcing it just yet”',
    );
    expect(p9.find('a').first().attr('href')).toBe('/quotes/umerov-know-the-date/');
  });

  test('on a page of the edition, the report’s summaries are ours: translated, or marked as English', async () => {
    const english = await sourcePage('en', 'istanbul-talks-report');
    const uk = await sourcePage('uk', 'istanbul-talks-report');
    expect(uk('li#p9 a').first().attr('href')).toBe('/uk/quotes/umerov-know-the-date/');
    expect(text(uk('main p:has(> time) time').text())).toBe('16 травня 2025 р.');
    for (let n = 1; n <= 18; n++) {
      const summary = (doc: CheerioAPI) =>
        text(doc(`li#p${n} > span`).eq(1).contents().first().text());
      if (summary(uk) === summary(english))
        expect(markedEnglish(uk, `li#p${n} > span:nth-child(2)`), `¶${n}`).toBe(true);
    }
    for (const selector of ['main h1', 'main .kicker', '#paragraphs'])
      if (text(uk(selector).text()) === text(english(selector).text()))
        expect(markedEnglish(uk, selector), selector).toBe(true);
  });

  test('a piece’s page: the outlet’s headline and excerpt stand as published, marked with its language', async () => {
    const $ = await sourcePage('en', 'hurriyet-2025-05-16-istanbul-hosts-talks');
    expect(
      $('main dt')
        .map((_, dt) => text($(dt).text()))
        .get(),
    ).toEqual(['Outlet', 'Published', 'Language', 'Read by us', 'Link']);
    expect(text($('main dd').eq(2).text())).toBe('English');
    expect(text($('main figcaption').text())).toBe(
      'The words this site relies on, quoted from Istanbul hosts first direct Russia-Ukraine talks in three years (Hürriyet Daily News). Every number and date we take from it stands in them; the build checks that.',
    );
    expect(meta($, 'description')).toBe(
      'Hürriyet Daily News, 16 May 2025: the piece we cite, with the words we rely on.',
    );

    for (const [id, language] of [
      ['hurriyet-2025-05-16-istanbul-hosts-talks', 'en'],
      ['liga-2026-01-05-kyslytsya-office', 'uk'],
    ] as const) {
      const original = await sourcePage('en', id);
      const uk = await sourcePage('uk', id);
      for (const selector of ['main h1', 'main blockquote', 'main figcaption cite']) {
        expect(text(uk(selector).text()), `${id} ${selector}`).toBe(
          text(original(selector).text()),
        );
        expect(uk(selector).attr('lang'), `${id} ${selector}`).toBe(language);
      }
      expect(text(uk('main dd').first().text())).toBe(text(original('main dd').first().text()));
    }
  });
});

describe('the Who’s who page', () => {
  test('its title, in the page, the document and its search results', async () => {
    const $ = await peoplePage('en');
    expect(text($('main h1').text())).toBe('Who’s who');
    expect(meta($, 'og:title')).toBe('Who’s who');
    expect($('main').attr('data-pagefind-meta')).toBe('kind:Who’s who');
  });

  test('on a page of the edition, its title is the edition’s, or marked as English', async () => {
    const uk = await peoplePage('uk');
    if (text(uk('main h1').text()) === 'Who’s who') expect(markedEnglish(uk, 'main h1')).toBe(true);
    expect(uk('main section.delegation')).toHaveLength(4);
  });
});
