// The editions as a reader meets them: every English page has its Ukrainian, Russian and Turkish
// counterpart; each says its language (`lang`, Open Graph), names all the others (`hreflang`,
// reciprocal, with `x-default`), and leads to the same page in each through the language
// switcher, which works without JavaScript; no interface text is left in English outside an
// element marked `lang="en…"`; a quote shows the report's English beside our labelled translation;
// each edition has its own feed, search and fact-box embed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { absoluteUrl } from '../../src/content-layer/site-address.ts';
import { readSiteSettings } from '../../src/content-layer/site-settings.ts';
import { loadHtml } from '../support/html.ts';
import { builtPagePaths, distDir } from '../support/site-pages.ts';

const site = readSiteSettings();
const EDITIONS = site.editions.map((edition) => edition.lang);
const i18n = join(import.meta.dirname, '..', '..', 'content', 'i18n');

/** Every text of an edition's dictionary by key (`factbox.statusAsOf`), plural forms as `key.one`. */
function dictionary(code: string): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (value: unknown, key: string) => {
    if (typeof value === 'string') texts.set(key, value);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) add(v, `${key}.${k}`);
  };
  for (const file of readdirSync(join(i18n, code)).filter((f) => f.endsWith('.yaml')))
    add(parse(readFileSync(join(i18n, code, file), 'utf8')), file.replace(/\.yaml$/, ''));
  return texts;
}

const english = dictionary('en');

/**
 * The interface texts an edition page must not show outside a `lang="en…"` element: each English
 * text, without placeholders, that the edition translates differently (a word spelt the same in
 * both, such as a name, may stand).
 */
function englishOnly(code: string): Set<string> {
  const own = dictionary(code);
  return new Set(
    [...english]
      .filter(([key, text]) => !text.includes('{') && own.has(key) && own.get(key) !== text)
      .map(([, text]) => text.trim())
      .filter((text) => text.length > 2),
  );
}

/** One page of each kind, as the English edition's path. */
const SAMPLE = [
  '/',
  '/articles/prisoner-exchange-what-we-know/',
  '/people/',
  '/quotes/kyslytsya-excellent-news/',
  '/facts/prisoner-exchange/',
  '/tags/',
  '/tags/prisoner-exchange/',
  '/sources/',
  '/sources/istanbul-talks-report/',
  '/search/',
];

const inEdition = (code: string, path: string) => `/${code}${path}`;

test('every English page has its counterpart in every edition', () => {
  const built = new Set(builtPagePaths());
  const english = [...built].filter(
    (path) => path.endsWith('/') && !EDITIONS.some((code) => path.startsWith(`/${code}/`)),
  );
  expect(english.length).toBeGreaterThan(20);
  const missing = english.flatMap((path) =>
    EDITIONS.map((code) => inEdition(code, path)).filter((path) => !built.has(path)),
  );
  expect(missing).toEqual([]);
});

/** The `hreflang` alternates of a built page, by language. */
function alternatesOf(path: string): Record<string, string> {
  const $ = loadHtml(readFileSync(join(distDir, path, 'index.html')));
  return Object.fromEntries(
    $('link[rel="alternate"][hreflang]')
      .toArray()
      .map((el) => [$(el).attr('hreflang')!, $(el).attr('href')!]),
  );
}

for (const path of SAMPLE) {
  test(`${path}: each edition says its language and names the others, reciprocally`, () => {
    const all = ['', ...EDITIONS.map((code) => `/${code}`)].map((prefix) => `${prefix}${path}`);
    const expected = {
      [site.lang]: absoluteUrl(path),
      ...Object.fromEntries(EDITIONS.map((code) => [code, absoluteUrl(inEdition(code, path))])),
      'x-default': absoluteUrl(path),
    };
    for (const [i, page] of all.entries()) {
      const $ = loadHtml(readFileSync(join(distDir, page, 'index.html')));
      const lang = i === 0 ? site.lang : EDITIONS[i - 1]!;
      expect($('html').attr('lang'), page).toBe(lang);
      expect(alternatesOf(page), page).toEqual(expected);
      const locale = i === 0 ? site.locale : site.editions[i - 1]!.locale;
      expect($('meta[property="og:locale"]').attr('content'), page).toBe(locale);
      expect($('meta[property="og:locale:alternate"]').length, page).toBe(EDITIONS.length);
    }
  });
}

/** The visible texts of the page outside any element marked as English. */
async function textsOutsideEnglish(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style')) continue;
      const marked = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (marked.startsWith('en')) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
      const marked = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (marked.startsWith('en')) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

for (const code of EDITIONS) {
  test.describe(`the ${code} edition`, () => {
    const forbidden = englishOnly(code);

    for (const path of SAMPLE) {
      test(`${inEdition(code, path)} leaves no interface text in English outside lang="en" elements`, async ({
        page,
      }) => {
        await page.goto(inEdition(code, path));
        const left = (await textsOutsideEnglish(page)).filter((text) => forbidden.has(text));
        expect(left).toEqual([]);
      });
    }

    test(`the language switcher leads from ${inEdition(code, SAMPLE[1]!)} to the same page in each edition, without JavaScript`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const path = SAMPLE[1]!;
      await page.goto(inEdition(code, path));
      const switcher = page.getByRole('navigation', {
        name: dictionary(code).get('header.languages')!,
      });
      const links = switcher.getByRole('link');
      await expect(links).toHaveCount(EDITIONS.length + 1);
      for (const edition of site.editions) {
        const link = switcher.locator(`a[hreflang="${edition.lang}"]`);
        await expect(link).toHaveAttribute('lang', edition.lang);
        await expect(link).toHaveText(edition.name);
      }
      await switcher.locator(`a[hreflang="${site.lang}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${path.replaceAll('/', '\\/')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', site.lang);
      await context.close();
    });

    test(`/${code}/rss.xml is the edition's own feed, in its language, linking its pages`, () => {
      const feed = readFileSync(join(distDir, code, 'rss.xml'), 'utf8');
      expect(feed).toContain(`<language>${code}</language>`);
      expect(feed).toContain(absoluteUrl(`/${code}/articles/`));
      expect(feed).not.toContain(`<link>${absoluteUrl('/articles/')}`);
    });
  });
}

test('a quote in /uk/ shows the report’s English, marked as English, and our Ukrainian translation, labelled', async ({
  page,
}) => {
  await page.goto('/uk/quotes/kyslytsya-excellent-news/');
  // The quote's words are the report's, marked as English; our translation is labelled as ours.
  const englishWords = page.locator('blockquote[lang^="en"]').first();
  await expect(englishWords).toContainText(
    'potentially excellent news for 1,000 Ukrainian families',
  );
  await expect(page.getByText(dictionary('uk').get('quote.ourTranslation')!).first()).toBeVisible();
});

test('the embed on /tr/facts/prisoner-exchange/ embeds the Turkish fact box', async ({ page }) => {
  await page.goto('/tr/facts/prisoner-exchange/');
  const code = await page
    .locator('textarea, pre, code')
    .filter({ hasText: '/embed/' })
    .first()
    .textContent();
  expect(code).toContain('/tr/embed/factbox/prisoner-exchange/');
  await page.goto('/tr/embed/factbox/prisoner-exchange/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(page.locator('body')).toContainText('1.000');
});

test('search on /ru/search/ finds a Russian word from an article, and leads to the Russian pages only', async ({
  page,
}) => {
  await page.goto('/ru/search/');
  // "военнопленных" (prisoners of war, genitive plural) is in the Russian article on the exchange.
  const article = readFileSync(
    join(
      import.meta.dirname,
      '..',
      '..',
      'content',
      'translations',
      'ru',
      'articles',
      'prisoner-exchange-what-we-know.md',
    ),
    'utf8',
  );
  expect(article).toContain('военнопленных');
  await page.getByRole('searchbox').fill('военнопленных');
  const search = page.getByRole('search');
  await expect(search.getByRole('status')).toContainText('военнопленных');
  const links = search.getByRole('listitem').getByRole('link');
  await expect(
    search.locator('a[href^="/ru/articles/prisoner-exchange-what-we-know/"]').first(),
  ).toBeVisible();
  const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/ru\//);
});
