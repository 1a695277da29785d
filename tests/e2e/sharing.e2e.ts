// What a chat app, a search engine or a feed reader gets from the built site: link-preview cards
// (parsed by two real link-preview libraries), JSON-LD, the sitemap and the RSS feed; and what a reader
// gets from the share controls and section anchors.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import ogs from 'open-graph-scraper';
import { loadHtml } from '../support/html.ts';
import { pageEdition } from '../support/page-edition.ts';
import { builtPagePaths, distDir, isEmbedPath, isNotFoundPath } from '../support/site-pages.ts';

const SITE = 'https://istanbul-talks.example.org';
const htmlOf = (path: string) =>
  readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const pages = builtPagePaths().filter((p) => !isNotFoundPath(p) && !isEmbedPath(p));
const articles = pages.filter((p) => p.startsWith('/articles/'));

async function card(path: string) {
  const { result, error } = await ogs({ html: htmlOf(path) });
  expect(error).toBe(false);
  return result;
}

for (const path of pages) {
  test(`${path} unfurls into a complete card`, async () => {
    const result = await card(path);
    const $ = loadHtml(htmlOf(path));
    expect(result.ogTitle).toBeTruthy();
    expect(result.ogDescription).toBe($('meta[name="description"]').attr('content'));
    expect(result.ogUrl).toBe(`${SITE}${path}`);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}${path}`);
    // In the page's edition: /uk/… is the Ukrainian edition's site.
    const edition = pageEdition(path);
    expect(result.ogSiteName).toBe(edition.name);
    expect(result.ogLocale).toBe(edition.locale);
    expect(result.twitterCard).toBe('summary_large_image');
    const image = result.ogImage?.[0];
    expect(image?.url).toMatch(
      new RegExp(`^${SITE}(/[a-z]{2})?/og/(home|article|tag|quote|fact)/[a-z0-9-]+\\.png$`),
    );
    expect(image?.width).toBe('1200');
    expect(image?.height).toBe('630');
    expect($('meta[property="og:image:alt"]').attr('content')?.length).toBeGreaterThan(10);
    // X falls back to the og: title, description and image; the page names only the card type and
    // the image's alt text for it, so each of those is said once.
    expect(result.twitterImage).toBeUndefined();
    expect(result.twitterTitle).toBeUndefined();
    // The image is one this build made.
    expect(existsSync(join(distDir, new URL(image!.url).pathname)), `${image?.url} is built`).toBe(
      true,
    );
  });
}

test('the home page, an article, a quote page and a fact page unfurl as a chat app would show them', async () => {
  const home = await card('/');
  expect(home.ogTitle).toBe('The Istanbul Talks, Explained');
  expect(home.ogType).toBe('website');

  const article = await card('/articles/prisoner-exchange-what-we-know/');
  expect(article.ogType).toBe('article');
  expect(article.ogTitle).toBe(
    'The prisoner exchange agreed in Istanbul in May 2025: what was agreed, and how it was carried out',
  );
  expect(article.ogDescription).toMatch(/^The only concrete result/);
  expect(article.ogImage?.[0]?.url).toBe(`${SITE}/og/article/prisoner-exchange-what-we-know.png`);

  const quote = await card('/quotes/kyslytsya-good-end/');
  expect(quote.ogTitle).toBe(
    'Serhiy Kyslytsya: “This was the very good end to a very difficult day”',
  );
  expect(quote.ogImage?.[0]?.url).toBe(`${SITE}/og/quote/kyslytsya-good-end.png`);

  const fact = await card('/facts/prisoner-exchange/');
  expect(fact.ogTitle).toBe('Prisoner exchange: 1,000 for 1,000');
  expect(fact.ogImage?.[0]?.url).toBe(`${SITE}/og/fact/prisoner-exchange.png`);
});

test('a share image’s alt text says what its card shows: the speaker as a sentence names them, the fact’s status, the number of articles', () => {
  const alt = (path: string) => {
    const $ = loadHtml(htmlOf(path));
    const og = $('meta[property="og:image:alt"]').attr('content');
    expect($('meta[name="twitter:image:alt"]').attr('content'), path).toBe(og);
    return og;
  };
  expect(alt('/quotes/ukrainian-source-unacceptable-demands/')).toBe(
    'Quote card: a Ukrainian source, “new and unacceptable demands”',
  );
  expect(alt('/quotes/kyslytsya-good-end/')).toBe(
    'Quote card: Serhiy Kyslytsya, “This was the very good end to a very difficult day”',
  );
  // The fact card draws "Status: Carried out 23–25 May 2025" (tests/share-images/card-content.test.ts).
  expect(alt('/facts/prisoner-exchange/')).toMatch(
    /^Fact box: Prisoner exchange: .+\. Status: Carried out 23–25 May 2025\.$/,
  );
  expect(alt('/tags/sanctions/')).toBe('Topic card: sanctions, 1 article');
  expect(alt('/tags/prisoner-exchange/')).toBe('Topic card: prisoner exchange, 3 articles');
});

test('the 404 page, served at any unknown address, names no address of its own and asks not to be indexed', async () => {
  const $ = loadHtml(htmlOf('/404.html'));
  expect($('link[rel="canonical"]')).toHaveLength(0);
  expect($('meta[property="og:url"]')).toHaveLength(0);
  expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  const { result, error } = await ogs({ html: htmlOf('/404.html') });
  expect(error).toBe(false);
  expect(result.ogUrl).toBeUndefined();
  expect(result.ogTitle).toBe('Page not found');
});

// metascraper (as behind Microlink) reads JSON-LD `author.name`, then <meta name="author">, then
// bylines in the page; it finds nothing in a JSON-LD author that is a list. Its package compiles a
// native regex engine (re2) from source on install, minutes on this machine, so this test reads the
// same two fields by metascraper-author's own rules instead of running it.
const STAFF = 'The Istanbul Talks, Explained staff';

for (const path of articles) {
  test(`${path} names its author where metascraper looks: JSON-LD author.name and <meta name="author">`, () => {
    const $ = loadHtml(htmlOf(path));
    expect($('head meta[name="author"]').attr('content')).toBe(STAFF);
    const article = jsonLdOf(path).find((d) => d['@type'] === 'NewsArticle')!;
    expect(Array.isArray(article['author'])).toBe(false);
    expect(article['author']?.['name']).toBe(STAFF);
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD, asserted field by field
function jsonLdOf(path: string): Record<string, any>[] {
  const $ = loadHtml(htmlOf(path));
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()));
}

for (const path of articles) {
  test(`${path} has NewsArticle and BreadcrumbList JSON-LD whose dates match the page`, async () => {
    const $ = loadHtml(htmlOf(path));
    const data = jsonLdOf(path);
    const article = data.find((d) => d['@type'] === 'NewsArticle')!;
    expect(article).toBeTruthy();
    expect(article['@context']).toBe('https://schema.org');
    expect(article['headline']).toBe($('h1').text());
    expect(article['description']).toBe($('meta[name="description"]').attr('content'));
    expect(article['mainEntityOfPage']['@id']).toBe(`${SITE}${path}`);
    expect(article['image']).toHaveLength(3);
    for (const [i, ratio] of ['16x9', '4x3', '1x1'].entries())
      expect(article['image'][i]).toMatch(new RegExp(`-${ratio}\\.png$`));
    expect(article['author']).toMatchObject({
      name: 'The Istanbul Talks, Explained staff',
      url: expect.stringMatching(/^https:/),
    });
    expect(article['publisher']).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'The Istanbul Talks, Explained',
    });
    expect(article['publisher']['logo']['url']).toMatch(/^https:.*\.png$/);
    expect(article['isBasedOn']).toContain(`${SITE}/sources/istanbul-talks-report/`);
    // The same instants in JSON-LD, in the article:* tags and on the visible page.
    const published = $('meta[property="article:published_time"]').attr('content');
    const modified = $('meta[property="article:modified_time"]').attr('content');
    const visible = $('article header p')
      .filter((_, p) => $(p).text().trim().startsWith('Published'))
      .find('time')
      .first()
      .attr('datetime');
    expect(Date.parse(article['datePublished'])).toBe(Date.parse(published!));
    expect(Date.parse(article['datePublished'])).toBe(Date.parse(visible!));
    expect(Date.parse(article['dateModified'])).toBe(Date.parse(modified!));
    expect($('meta[property="article:tag"]').length).toBeGreaterThan(0);
    expect($('meta[property="article:section"]').attr('content')).toBe(article['articleSection']);
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')!;
    expect(crumbs['itemListElement'].at(-1).item).toBe(`${SITE}${path}`);
  });
}

test('the home page describes the WebSite', () => {
  const site = jsonLdOf('/').find((d) => d['@type'] === 'WebSite')!;
  expect(site).toMatchObject({ name: 'The Istanbul Talks, Explained', url: `${SITE}/` });
});

const xml = new XMLParser({ ignoreAttributes: false });

test('the sitemap lists every page with lastmod, and robots.txt points to it', () => {
  const index = xml.parse(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8'));
  const sitemaps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
  const urls = sitemaps.flatMap((loc: string) => {
    const doc = xml.parse(readFileSync(join(distDir, new URL(loc).pathname), 'utf8'));
    return [doc.urlset.url].flat() as { loc: string; lastmod: string }[];
  });
  const listed = urls.map((u) => new URL(u.loc).pathname).sort();
  expect(listed).toEqual(pages.filter((p) => p.endsWith('/')).sort());
  for (const url of urls) expect(Number.isNaN(Date.parse(url.lastmod)), url.loc).toBe(false);
  const article = urls.find((u) => u.loc.endsWith('/articles/what-comes-next/'))!;
  // The updates of the threads it follows, and its own correction, are of 6 December 2026, 10:00.
  expect(Date.parse(article.lastmod)).toBe(Date.parse('2026-12-06T10:00:00Z'));
  const methodology = urls.find((u) => u.loc.endsWith('/articles/how-we-reported-this/'))!;
  expect(Date.parse(methodology.lastmod)).toBe(Date.parse('2026-12-06T10:00:00Z'));
  const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
});

test('the RSS feed lists every article with its link, dek, dates and categories', () => {
  const feed = xml.parse(readFileSync(join(distDir, 'rss.xml'), 'utf8'));
  const items = [feed.rss.channel.item].flat();
  expect(items).toHaveLength(articles.length);
  for (const item of items) {
    const path = new URL(item.link).pathname;
    expect(articles).toContain(path);
    const $ = loadHtml(htmlOf(path));
    expect(item.title).toBe($('h1').text());
    // The dek, then the day the account stands as of (and the latest update of a fact it shows).
    expect(
      item.description.startsWith(`${$('meta[name="description"]').attr('content')} As of `),
    ).toBe(true);
    expect(Date.parse(item.pubDate)).toBe(
      Date.parse($('meta[property="article:published_time"]').attr('content')!),
    );
    expect(Date.parse(item['dcterms:modified'])).toBe(
      Date.parse($('meta[property="article:modified_time"]').attr('content')!),
    );
    expect([item.category].flat().length).toBeGreaterThan(0);
  }
  const $ = loadHtml(htmlOf('/'));
  expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/rss.xml');
});

test('the manifest and icons are there', () => {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8'));
  expect(manifest.name).toBe('The Istanbul Talks, Explained');
  for (const icon of manifest.icons)
    expect(existsSync(join(distDir, icon.src)), icon.src).toBe(true);
  const $ = loadHtml(htmlOf('/'));
  for (const el of $('link[rel="icon"], link[rel="apple-touch-icon"]').toArray()) {
    expect(existsSync(join(distDir, $(el).attr('href')!)), $(el).attr('href')).toBe(true);
  }
});

test('a section anchor is reachable by keyboard, focuses its heading and puts it on screen', async ({
  page,
}) => {
  await page.goto('/articles/what-comes-next/');
  const anchor = page.getByRole('link', { name: /^Link to this section: / }).nth(2);
  await anchor.focus();
  await expect(anchor).toBeVisible();
  const href = await anchor.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const heading = page.locator(href!);
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
});

test('share links are absolute URLs that carry the page address', async ({ page }) => {
  await page.goto('/quotes/medinsky-noted/');
  const share = page.getByRole('region', { name: 'Share this quote' });
  const expected = encodeURIComponent(`${SITE}/quotes/medinsky-noted/`);
  for (const name of ['Email', 'WhatsApp', 'Telegram', 'X', 'Facebook', 'Bluesky', 'LinkedIn']) {
    const href = await share
      .getByRole('link', { name: new RegExp(`^${name}`) })
      .getAttribute('href');
    expect(href, name).toMatch(/^(https:\/\/|mailto:)/);
    expect(href, name).toContain(expected);
  }
});

test('copy link puts the page URL on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/articles/who-was-at-the-table/');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${SITE}/articles/who-was-at-the-table/`,
  );
});

test('without JavaScript the share links still work and the script-only buttons stay hidden', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/articles/who-was-at-the-table/');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.getByRole('link', { name: /^WhatsApp/ })).toBeVisible();
  await context.close();
});
