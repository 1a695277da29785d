// FactBox.astro with the real prisoner-exchange entry: a complementary box that a reader can
// understand on its own, with its figures, status, dates, key quote, sources and a way to the story;
// and the same box on a page of the Ukrainian edition.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { rmSync } from 'node:fs';
import { getEntry } from 'astro:content';
import type { CheerioAPI } from 'cheerio';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import FactBox from '../../src/components/FactBox/FactBox.astro';
import { inEdition } from '../../src/content-layer/editions.ts';
import { siteUrl } from '../../src/content-layer/site-address.ts';
import { loadHtmlFragment } from '../support/html.ts';

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

let container: AstroContainer;
let $: CheerioAPI;
beforeAll(async () => {
  container = await AstroContainer.create();
  $ = loadHtmlFragment(
    await container.renderToString(FactBox, { props: { id: 'prisoner-exchange' } }),
  );
});

/** The <dd> that follows the <dt> with this text. */
function definition(term: string) {
  const dt = $('dt').filter((_, el) => text($(el).text()) === term);
  expect(dt, `term "${term}"`).toHaveLength(1);
  return dt.next('dd');
}

describe('the box', () => {
  test('is an aside labelled "Prisoner exchange: 1,000 for 1,000" by its own heading', () => {
    const aside = $.root().children('aside');
    expect(aside).toHaveLength(1);
    expect(aside.attr('id')).toBe('factbox-prisoner-exchange');
    const label = $(`#${aside.attr('aria-labelledby')}`);
    expect(label.is('h2')).toBe(true);
    expect(text(label.text())).toBe('Prisoner exchange: 1,000 for 1,000');
  });

  test('headingLevel 3 makes the heading an h3', async () => {
    const $3 = loadHtmlFragment(
      await container.renderToString(FactBox, {
        props: { id: 'prisoner-exchange', headingLevel: 3 },
      }),
    );
    expect(text($3('aside h3').first().text())).toBe('Prisoner exchange: 1,000 for 1,000');
    expect($3('aside h2')).toHaveLength(0);
  });

  test('says what was agreed in one sentence', () => {
    expect(
      text(
        $('aside p')
          .filter((_, p) => text($(p).text()).startsWith('At talks'))
          .text(),
      ),
    ).toBe(
      'At talks in Istanbul on 16 May 2025, Russia and Ukraine agreed that each side would get back 1,000 of its prisoners of war.',
    );
  });
});

describe('figures', () => {
  test('1,000 to be returned to each side, as agreed, and 2,000 people in all', () => {
    expect(text(definition('to be returned to each side, as agreed').text())).toBe('1,000');
    expect(text(definition('people in all').text())).toBe('2,000');
  });

  test('come from the entry in content/factboxes.yaml, in its order', async () => {
    const box = await getEntry('factboxes', 'prisoner-exchange');
    const figures = $('dl')
      .first()
      .find('dt')
      .map((_, dt) => [[text($(dt).text()), text($(dt).next('dd').text())]])
      .get();
    expect(figures).toEqual(
      box?.data.figures.map((f) => [f.label, f.value.toLocaleString('en-GB')]),
    );
  });
});

describe('status, its date and its history', () => {
  // The status comes from the box's steps (timeline events) and their dated updates
  // (content/updates.yaml): the update, citing CNA with AFP and MENAFN, says the exchange was
  // carried out; it stands as of 26 May 2025, the day its latest source was published.
  test('status as of 26 May 2025: carried out', () => {
    const line = $('.factbox-status > p').first();
    expect(text(line.text())).toBe('Status as of 26 May 2025: Carried out');
    expect(line.find('time').attr('datetime')).toBe('2025-05-26');
  });

  test('the history: agreed on 16 May 2025 (report), carried out on 23–25 May 2025 (named outlets, with the update’s date)', () => {
    const history = $('ol[aria-label="How the status changed"] > li');
    expect(history.map((_, li) => text($(li).text())).get()).toEqual([
      'Agreed 16 May 2025 (Report ¶6–7)',
      'Carried out 23–25 May 2025 (CNA, 25 May 2025; AFP, via Arab News, 23 May 2025; MENAFN, 26 May 2025; update of 30 November 2026) Over three days, from 23 to 25 May 2025: 390, 307 and 303 people from each side, 1,000 each in all. Most were prisoners of war; the first stage included 120 civilians from each side.',
    ]);
    expect(
      history
        .eq(1)
        .find('.citation a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([
      '/sources/cna-2025-05-25-swap-complete/',
      '/sources/afp-arabnews-2025-05-23-first-390/',
      '/sources/menafn-2025-05-26-third-phase/',
    ]);
    expect(history.eq(0).find('time').attr('datetime')).toBe('2025-05-16');
    expect(
      history
        .eq(1)
        .find('time')
        .map((_, t) => $(t).attr('datetime'))
        .get(),
    ).toEqual(['2025-05-23', '2025-05-25', '2026-11-30T12:00:00Z']);
  });

  test('last updated 30 November 2026, 12:00 UTC: the time of the update, later than the box’s own text', () => {
    const line = $('span').filter((_, s) => text($(s).text()).startsWith('Last updated'));
    expect(text(line.text())).toBe('Last updated 30 November 2026, 12:00 UTC');
    expect(line.find('time').attr('datetime')).toBe('2026-11-30T12:00:00Z');
  });
});

describe('key quote, sources and the full story', () => {
  test('the key quote is Kyslytsya’s, word for word, with his correct title', () => {
    const quote = $('aside figure');
    expect(text(quote.find('blockquote').text())).toBe(
      '“potentially excellent news for 1,000 Ukrainian families”',
    );
    expect(text(quote.find('cite').text())).toBe('Serhiy Kyslytsya');
    expect(text(quote.find('figcaption').text())).toContain(
      'Serhiy Kyslytsya, First Deputy Minister of Foreign Affairs of Ukraine (at the time)',
    );
  });

  test('the sources are the report, ¶6–9, linked to ¶6, and the outlets of the update: CNA, with AFP via Arab News and MENAFN', () => {
    const sources = $('aside p').filter((_, p) => text($(p).text()).startsWith('Sources:'));
    expect(text(sources.text())).toBe(
      'Sources: Report ¶6–9; CNA, 25 May 2025; AFP, via Arab News, 23 May 2025; MENAFN, 26 May 2025',
    );
    expect(
      sources
        .find('a')
        .map((_, a) => [[text($(a).text()), $(a).attr('href')]])
        .get(),
    ).toEqual([
      ['Report ¶6–9', '/sources/istanbul-talks-report/#p6'],
      ['CNA, 25 May 2025', '/sources/cna-2025-05-25-swap-complete/'],
      ['AFP, via Arab News, 23 May 2025', '/sources/afp-arabnews-2025-05-23-first-390/'],
      ['MENAFN, 26 May 2025', '/sources/menafn-2025-05-26-third-phase/'],
    ]);
  });

  test('links to the full story, naming it for screen readers', () => {
    const link = $('a').filter((_, a) => text($(a).text()).startsWith('Read the full story'));
    expect(link.attr('href')).toBe('/articles/prisoner-exchange-what-we-know/');
    expect(text(link.text())).toBe(
      'Read the full story: The prisoner exchange agreed in Istanbul in May 2025: what was agreed, and how it was carried out',
    );
    expect(link.find('.sr-only').text()).toBe(
      ': The prisoner exchange agreed in Istanbul in May 2025: what was agreed, and how it was carried out',
    );
  });

  test('on the site, every link is a path on the site', () => {
    const hrefs = $('a[href]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    for (const href of hrefs) expect(href).toMatch(/^\/[a-z]/);
  });
});

describe('with absolute: true, for other sites', () => {
  let $abs: CheerioAPI;
  beforeAll(async () => {
    $abs = loadHtmlFragment(
      await container.renderToString(FactBox, {
        props: { id: 'prisoner-exchange', absolute: true },
      }),
    );
  });

  test('every link is absolute on the site’s address', () => {
    const hrefs = $abs('a[href]')
      .map((_, a) => $abs(a).attr('href'))
      .get();
    expect(hrefs).toEqual([
      `${siteUrl}sources/istanbul-talks-report/#p6`,
      `${siteUrl}sources/cna-2025-05-25-swap-complete/`,
      `${siteUrl}sources/afp-arabnews-2025-05-23-first-390/`,
      `${siteUrl}sources/menafn-2025-05-26-third-phase/`,
      `${siteUrl}people/#serhiy-kyslytsya`,
      `${siteUrl}sources/istanbul-talks-report/#p8`,
      `${siteUrl}articles/how-we-reported-this/#a-wrong-job-title`,
      `${siteUrl}sources/istanbul-talks-report/#p8`,
      `${siteUrl}quotes/kyslytsya-excellent-news/`,
      `${siteUrl}sources/istanbul-talks-report/#p6`,
      `${siteUrl}sources/cna-2025-05-25-swap-complete/`,
      `${siteUrl}sources/afp-arabnews-2025-05-23-first-390/`,
      `${siteUrl}sources/menafn-2025-05-26-third-phase/`,
      `${siteUrl}facts/prisoner-exchange/`,
      `${siteUrl}articles/prisoner-exchange-what-we-know/`,
      `${siteUrl}facts/prisoner-exchange/#embed-prisoner-exchange`,
    ]);
  });

  test('shows the same facts', () => {
    expect(text($abs('aside').text())).toBe(text($('aside').text()));
  });
});

describe('the address absolute links use', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** Renders the box with `SITE_URL` set (or unset), loading the modules afresh so they read it. */
  async function hrefsWithSiteUrl(value: string | undefined): Promise<string[]> {
    vi.stubEnv('SITE_URL', value);
    vi.resetModules();
    const { default: FreshFactBox } = await import('../../src/components/FactBox/FactBox.astro');
    const html = await container.renderToString(FreshFactBox, {
      props: { id: 'prisoner-exchange', absolute: true },
    });
    const $fresh = loadHtmlFragment(html);
    return $fresh('a[href]')
      .map((_, a) => $fresh(a).attr('href'))
      .get();
  }

  test('is https://istanbul-talks.example.org/ by default', async () => {
    const hrefs = await hrefsWithSiteUrl(undefined);
    expect(hrefs).toHaveLength(16);
    for (const href of hrefs)
      expect(href).toMatch(
        /^https:\/\/istanbul-talks\.example\.org\/(people|sources|articles|quotes|facts)\//,
      );
    expect(hrefs.at(-2)).toBe(
      'https://istanbul-talks.example.org/articles/prisoner-exchange-what-we-know/',
    );
  });

  test('follows SITE_URL', async () => {
    const hrefs = await hrefsWithSiteUrl('https://news.example.com/istanbul/');
    expect(hrefs).toHaveLength(16);
    for (const href of hrefs)
      expect(href).toMatch(
        /^https:\/\/news\.example\.com\/istanbul\/(people|sources|articles|quotes|facts)\//,
      );
  });
});

test('an unknown fact box id fails, listing the valid ids', async () => {
  await expect(container.renderToString(FactBox, { props: { id: 'grain-deal' } })).rejects.toThrow(
    'No factboxes entry with the id "grain-deal". Valid ids: prisoner-exchange.',
  );
});

describe('on a page of the Ukrainian edition', () => {
  let uk: CheerioAPI;
  beforeAll(async () => {
    uk = loadHtmlFragment(
      await inEdition('uk', () =>
        container.renderToString(FactBox, { props: { id: 'prisoner-exchange' } }),
      ),
    );
  });

  /** The `lang` a text is read in: its nearest marked element's, else the page's (none here). */
  const langOf = (selector: string) => uk(selector).closest('[lang]').attr('lang');

  test('the words the edition has come from its dictionary, unmarked', () => {
    expect(text(uk('aside p.kicker').text())).toBe('Довідка');
    expect(uk('aside p.kicker [lang]')).toHaveLength(0);
    expect(uk('ol.factbox-history').attr('aria-label')).toBe('Як змінювався стан');
    const status = uk('.factbox-status > p').first();
    expect(text(status.text())).toBe('Стан на 26 травня 2025 р.: Проведено');
    expect(status.find('[lang]')).toHaveLength(0);
    expect(status.find('time').attr('datetime')).toBe('2025-05-26');
  });

  test('the words it lacks are the English, marked lang="en-GB", around the dates in its language', () => {
    const updated = uk('aside span.text-muted').filter((_, s) =>
      text(uk(s).text()).startsWith('Last updated'),
    );
    expect(text(updated.text())).toBe('Last updated 30 листопада 2026 р., 12:00 UTC');
    expect(updated.children('span[lang="en-GB"]').text()).toBe('Last updated ');
    expect(updated.children('time').attr('lang')).toBeUndefined();
    const fullStory = uk('a').filter((_, a) =>
      text(uk(a).text()).startsWith('Read the full story'),
    );
    expect(fullStory.children('span[lang="en-GB"]').first().text()).toBe('Read the full story');
  });

  test('its numbers are written as the edition writes them', () => {
    const figures = uk('dl dd')
      .map((_, dd) => uk(dd).text().trim())
      .get();
    expect(figures).toEqual([1000, 2000].map((n) => new Intl.NumberFormat('uk').format(n)));
  });

  test('a text of the box the edition translates is unmarked; one it lacks is the English, marked', () => {
    expect(text(uk('aside h2').text())).toBe('Обмін полоненими: 1 000 на 1 000');
    expect(langOf('aside h2')).toBeUndefined();
    expect(langOf('aside dl dt:first')).toBeUndefined();
    expect(text(uk('aside dl dt').eq(1).text())).toBe('people in all');
    expect(uk('aside dl dt').eq(1).attr('lang')).toBe('en-GB');
    expect(uk('aside > div').eq(1).children('p').first().attr('lang')).toBe('en-GB');
  });

  test('its key quote is the report’s English, marked, with our translation beside it, labelled', () => {
    const figure = uk('aside figure');
    expect(figure.find('blockquote').attr('lang')).toBe('en-GB');
    expect(text(figure.find('blockquote').text())).toBe(
      '“potentially excellent news for 1,000 Ukrainian families”',
    );
    const translation = figure.find('.quote-translation');
    expect(text(translation.children('p').first().text())).toBe(
      'Наш переклад англійського тексту звіту',
    );
    expect(text(translation.children('p').last().text())).toBe(
      '«потенційно чудова новина для 1 000 українських родин»',
    );
    expect(translation.find('[lang]')).toHaveLength(0);
  });

  test('every link stays in the edition, the citations named in its words', () => {
    const hrefs = uk('a[href]')
      .map((_, a) => uk(a).attr('href'))
      .get();
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    for (const href of hrefs) expect(href).toMatch(/^\/uk\/[a-z]/);
    const sources = uk('aside p').filter((_, p) => text(uk(p).text()).startsWith('Джерела:'));
    expect(sources.find('a').first().text()).toBe('Звіт ¶6–9');
  });
});
