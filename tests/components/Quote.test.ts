// Quote.astro as a reader gets it: a pull quote with speaker, role, date, source and context, or an
// inline <q> with a link to its report paragraph; the words always exactly as in content/quotes.yaml,
// also in another edition, where our translation stands beside them, labelled as ours; and a
// quote's own page there.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { rmSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import Quote from '../../src/components/Quote.astro';
import QuotePageFile from '../../src/pages/[...locale]/quotes/[id].astro';
import { inEdition } from '../../src/content-layer/editions.ts';
import { siteUrl } from '../../src/content-layer/site-address.ts';
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

/** The quote page, typed as a component (its inferred props, from getStaticPaths, are `never`). */
const QuotePage = QuotePageFile as unknown as Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(props: Record<string, unknown>) {
  return loadHtmlFragment(await container.renderToString(Quote, { props }));
}

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('block quote', () => {
  test('shows the words in quotation marks inside a blockquote that cites the report paragraph', async () => {
    const $ = await render({ id: 'kyslytsya-good-end' });
    const blockquote = $('figure > blockquote');
    expect(blockquote).toHaveLength(1);
    expect(text(blockquote.text())).toBe('“This was the very good end to a very difficult day”');
    expect(blockquote.attr('cite')).toBe(`${siteUrl}sources/istanbul-talks-report/#p8`);
    expect($('q')).toHaveLength(0);
  });

  test('names the speaker in a <cite> linked to the people page, with the correct title, marked as his role at the time', async () => {
    const $ = await render({ id: 'kyslytsya-good-end' });
    const cite = $('figcaption cite');
    expect(text(cite.text())).toBe('Serhiy Kyslytsya');
    expect(cite.find('a').attr('href')).toBe('/people/#serhiy-kyslytsya');
    expect(text(cite.parent().text())).toBe(
      '— Serhiy Kyslytsya, First Deputy Minister of Foreign Affairs of Ukraine (at the time)',
    );
  });

  test('says that the report gave the speaker a wrong title, quoting it, with a link to the paragraph', async () => {
    const $ = await render({ id: 'kyslytsya-good-end' });
    const note = $('figcaption p').filter((_, p) => $(p).text().includes('Title corrected'));
    expect(text(note.text())).toBe(
      'Title corrected: the report says “the deputy minister of defense for Ukraine” (¶8). Why we use another title',
    );
    expect(
      note
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([
      '/sources/istanbul-talks-report/#p8',
      '/articles/how-we-reported-this/#a-wrong-job-title',
    ]);
  });

  test('gives the day it was said as <time datetime>, and the source as "Report ¶8"', async () => {
    const $ = await render({ id: 'kyslytsya-good-end' });
    expect($('time').attr('datetime')).toBe('2025-05-16');
    expect($('time').text()).toBe('16 May 2025');
    const source = $('.citation a');
    expect(source.text()).toBe('Report ¶8');
    expect(source.attr('href')).toBe('/sources/istanbul-talks-report/#p8');
  });

  test('ends with the context, in our words, and a link to the quote’s own page', async () => {
    const $ = await render({ id: 'kyslytsya-good-end' });
    expect($('figcaption > p').last().find('a').attr('href')).toBe('/quotes/kyslytsya-good-end/');
    expect(text($('figcaption > p').eq(-2).text())).toBe(
      'Kyslytsya on how the day of talks ended, with the agreement to exchange prisoners of war.',
    );
  });

  test('the link to the quote’s page names the speaker mid-sentence: "a Ukrainian source"', async () => {
    const $ = await render({ id: 'ukrainian-source-unacceptable-demands' });
    // An unnamed source's name opens the attribution as it is, and is lower-cased after other words.
    expect(text($('figcaption cite').text())).toBe('A Ukrainian source');
    const link = $('figcaption a[href="/quotes/ukrainian-source-unacceptable-demands/"]');
    expect(text(link.text())).toMatch(/^Link to this quote/);
    expect(text(link.find('.sr-only').text())).toBe(
      ': a Ukrainian source, “new and unacceptable demands”',
    );
  });

  test('a speaker the report got right has no correction', async () => {
    const $ = await render({ id: 'trump-putin-and-i' });
    expect(text($('blockquote').text())).toBe(
      '“nothing’s going to happen until Putin and I get together”',
    );
    expect(text($('cite').text())).toBe('Donald Trump');
    expect($('figcaption').text()).not.toContain('Title corrected');
    expect($('time').attr('datetime')).toBe('2025-05-15');
    expect($('.citation a').text()).toBe('Report ¶16');
  });

  test('an unknown date says "Date unknown" and has no <time>', async () => {
    const $ = await render({ id: 'peskov-certainly-needed' });
    expect(text($('blockquote').text())).toBe('“certainly needed”');
    expect($('time')).toHaveLength(0);
    expect(text($('figcaption').text())).toContain('Date unknown · Report ¶17');
  });

  test('with absolute: true every link is absolute, for other sites', async () => {
    const $ = await render({ id: 'kyslytsya-good-end', absolute: true });
    const hrefs = $('a[href]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toEqual([
      `${siteUrl}people/#serhiy-kyslytsya`,
      `${siteUrl}sources/istanbul-talks-report/#p8`,
      `${siteUrl}articles/how-we-reported-this/#a-wrong-job-title`,
      `${siteUrl}sources/istanbul-talks-report/#p8`,
      `${siteUrl}quotes/kyslytsya-good-end/`,
    ]);
  });

  test('a class from the caller is added to the figure', async () => {
    const $ = await render({ id: 'medinsky-noted', class: 'my-callout' });
    expect($('figure').hasClass('my-callout')).toBe(true);
    expect($('figure').hasClass('quote-block')).toBe(true);
  });
});

describe('inline quote', () => {
  test('is a <q> with the exact words, and no quotation marks of its own', async () => {
    const $ = await render({ id: 'umerov-not-announcing', variant: 'inline' });
    expect($('q')).toHaveLength(1);
    expect($('q').text()).toBe('we’re not announcing it just yet');
    expect($('q').attr('cite')).toBe(`${siteUrl}sources/istanbul-talks-report/#p9`);
    expect($('blockquote, figure')).toHaveLength(0);
  });

  test('is followed by a link to the paragraph, named for screen readers with the speaker', async () => {
    const $ = await render({ id: 'umerov-not-announcing', variant: 'inline' });
    const link = $('sup a');
    expect(link.text()).toBe('¶9');
    expect(link.attr('href')).toBe('/sources/istanbul-talks-report/#p9');
    expect(link.attr('aria-label')).toBe('Source: report ¶9, Rustem Umerov');
  });

  test('an unnamed source is named in the link as a sentence would: "a Ukrainian source"', async () => {
    const $ = await render({ id: 'ukrainian-source-unacceptable-demands', variant: 'inline' });
    expect($('sup a').attr('aria-label')).toBe('Source: report ¶5, a Ukrainian source');
  });

  test('reads as part of the sentence: the quote, then the paragraph mark', async () => {
    const $ = await render({ id: 'medinsky-noted', variant: 'inline' });
    expect($.root().children('span.quote-inline')).toHaveLength(1);
    expect(text($.root().text())).toBe('noted¶11');
  });

  test('with absolute: true the paragraph link is absolute', async () => {
    const $ = await render({ id: 'medinsky-noted', variant: 'inline', absolute: true });
    expect($('sup a').attr('href')).toBe(`${siteUrl}sources/istanbul-talks-report/#p11`);
  });
});

describe('every quote in content/quotes.yaml', () => {
  test('renders word for word, as a pull quote and inline', async () => {
    const quotes = await getCollection('quotes');
    expect(quotes).toHaveLength(10);
    for (const quote of quotes) {
      const block = await render({ id: quote.id });
      expect(text(block('blockquote').text()), quote.id).toBe(`“${quote.data.text}”`);
      const inline = await render({ id: quote.id, variant: 'inline' });
      expect(inline('q').text(), quote.id).toBe(quote.data.text);
    }
  });
});

test('an unknown id fails, listing the valid ids', async () => {
  await expect(render({ id: 'kyslytsya-great-end' })).rejects.toThrow(
    /No quotes entry with the id "kyslytsya-great-end"\. Valid ids: .*kyslytsya-good-end.*\./,
  );
});

describe('on a page of the Ukrainian edition', () => {
  async function renderUk(props: Record<string, unknown>) {
    return loadHtmlFragment(
      await inEdition('uk', () => container.renderToString(Quote, { props })),
    );
  }

  test('the quoted words are the report’s English, marked lang="en-GB", with our translation beside them, labelled as ours', async () => {
    const $ = await renderUk({ id: 'kyslytsya-excellent-news' });
    const blockquote = $('figure > blockquote');
    expect(blockquote.attr('lang')).toBe('en-GB');
    expect(text(blockquote.text())).toBe(
      '“potentially excellent news for 1,000 Ukrainian families”',
    );
    const translation = $('figure > .quote-translation');
    expect(translation.prev().is('blockquote')).toBe(true);
    expect(text(translation.children('p').first().text())).toBe(
      'Наш переклад англійського тексту звіту',
    );
    expect(text(translation.children('p').last().text())).toBe(
      '«потенційно чудова новина для 1 000 українських родин»',
    );
    expect(translation.find('[lang]')).toHaveLength(0);
    expect($('figure [lang]').filter((_, el) => $(el).text().includes('потенційно'))).toHaveLength(
      0,
    );
  });

  test('a quote the edition has not translated is the English alone, marked, with no "translation"', async () => {
    const $ = await renderUk({ id: 'medinsky-noted' });
    expect($('blockquote').attr('lang')).toBe('en-GB');
    expect(text($('blockquote').text())).toBe('“noted”');
    expect($('.quote-translation')).toHaveLength(0);
  });

  test('the caption: the name in the edition, the role it lacks and the note it lacks in English, marked; links in the edition', async () => {
    const $ = await renderUk({ id: 'kyslytsya-excellent-news' });
    const cite = $('figcaption cite a');
    expect(text(cite.text())).toBe('Сергій Кислиця');
    expect(cite.attr('lang')).toBeUndefined();
    expect(cite.attr('href')).toBe('/uk/people/#serhiy-kyslytsya');
    const attribution = cite.closest('p');
    expect(text(attribution.text())).toBe(
      '— Сергій Кислиця, First Deputy Minister of Foreign Affairs of Ukraine (at the time)',
    );
    expect(
      attribution
        .children('span[lang="en-GB"]')
        .map((_, s) => $(s).text())
        .get(),
    ).toEqual(['First Deputy Minister of Foreign Affairs of Ukraine', ' (at the time)']);
    const note = $('.report-correction');
    expect(note.find('a').first().attr('href')).toBe('/uk/sources/istanbul-talks-report/#p8');
    expect(note.find('a').last().attr('href')).toBe(
      '/uk/articles/how-we-reported-this/#a-wrong-job-title',
    );
    // What the report said is its own English, marked even where the sentence is the edition's.
    expect(
      note
        .find('span[lang="en-GB"]')
        .filter((_, s) => $(s).text() === 'the deputy minister of defense for Ukraine'),
    ).toHaveLength(1);
    expect(text($('figcaption .citation').text())).toBe('Звіт ¶8');
    expect(text($('a[href="/uk/quotes/kyslytsya-excellent-news/"]').text())).toMatch(
      /^Посилання на цю цитату/,
    );
  });

  test('inline, the <q> holds the report’s English, marked, and our translation follows it, labelled', async () => {
    const $ = await renderUk({ id: 'umerov-next-step', variant: 'inline' });
    expect($('q').attr('lang')).toBe('en-GB');
    expect($('q').text()).toBe('the next step');
    expect($('sup a').attr('href')).toBe('/uk/sources/istanbul-talks-report/#p10');
    const translation = $('.quote-translation');
    expect(text(translation.text())).toBe('(our translation: “наступний крок”)');
    // The label the edition lacks is the English, marked; the translation itself is not.
    expect(
      translation
        .find('span[lang="en-GB"]')
        .map((_, s) => $(s).text())
        .get(),
    ).toEqual(['our translation: “']);
  });

  test('an inline quote the edition has not translated is the English alone, marked', async () => {
    const $ = await renderUk({ id: 'medinsky-noted', variant: 'inline' });
    expect($('q').attr('lang')).toBe('en-GB');
    expect($('q').text()).toBe('noted');
    expect($('.quote-translation')).toHaveLength(0);
  });

  test('the quote’s own page shows the English and our translation, and its heading in the edition', async () => {
    const $ = loadHtml(
      await inEdition('uk', () =>
        container.renderToString(QuotePage, {
          params: { id: 'kyslytsya-excellent-news', locale: 'uk' },
          request: new Request(`${siteUrl}uk/quotes/kyslytsya-excellent-news/`),
        }),
      ),
    );
    expect(text($('main h1').text())).toBe('Що сказав Сергій Кислиця');
    expect($('main blockquote').attr('lang')).toBe('en-GB');
    expect(text($('main .quote-translation').text())).toContain(
      '«потенційно чудова новина для 1 000 українських родин»',
    );
    // "More about …": the sentence the edition lacks, in English, marked around the names.
    const more = $('main a[href="/uk/people/#serhiy-kyslytsya"]').last();
    expect(text(more.text())).toMatch(/^More about Сергій Кислиця and /);
    expect(more.children('span[lang="en-GB"]').first().text()).toBe('More about ');
  });
});
