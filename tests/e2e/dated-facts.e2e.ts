// Facts carry their date: every article says what day its account stands as of, and each dated
// update (the prisoner exchange carried out on 23–25 May 2025, the EU's sanctions, the Trump–Putin
// meeting, a Zelensky–Putin meeting still open) reaches every place the fact appears: its page, its
// embed and oEmbed, the articles that show or follow it (notice, "What happened next", log,
// JSON-LD), the feed and the sitemap, each citing the named outlets it rests on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { builtPagePaths, distDir } from '../support/site-pages.ts';

/** When the updates of the threads the report left open were published. */
const FOLLOW_UP_PUBLISHED = '2026-12-06T10:00:00Z';

/** The fact box's status line, its history, and its "last updated" line, as a reader sees them. */
async function expectCarriedOut(box: Locator): Promise<void> {
  await expect(box.locator('.factbox-status > p').first()).toHaveText(
    'Status as of 26 May 2025: Carried out',
  );
  await expect(box.locator('time[datetime="2025-05-26"]').first()).toBeVisible();
  const history = box.getByRole('list', { name: 'How the status changed' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toHaveText(/^Agreed 16 May 2025 \(Report ¶6–7\)$/);
  await expect(history.nth(1)).toContainText(
    'Carried out 23–25 May 2025 (CNA, 25 May 2025; AFP, via Arab News, 23 May 2025; MENAFN, 26 May 2025; update of 30 November 2026)',
  );
  await expect(history.nth(1)).toContainText(
    'the first stage included 120 civilians from each side',
  );
  await expect(history.nth(1).getByRole('link', { name: 'CNA, 25 May 2025' })).toHaveAttribute(
    'href',
    /\/sources\/cna-2025-05-25-swap-complete\/$/,
  );
  await expect(history.nth(1).locator('time[datetime="2025-05-23"]')).toHaveText('23');
  await expect(history.nth(1).locator('time[datetime="2025-05-25"]')).toHaveText('25 May 2025');
  await expect(box.getByText(/^Last updated/)).toHaveText(
    'Last updated 30 November 2026, 12:00 UTC',
  );
}

function factBox(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Prisoner exchange: 1,000 for 1,000' });
}

test('the fact page shows the exchange as carried out on 23–25 May 2025, as of 26 May 2025, with its history', async ({
  page,
}) => {
  await page.goto('/facts/prisoner-exchange/');
  await expectCarriedOut(factBox(page));
});

test('the embed shows the same status, date and history', async ({ page }) => {
  await page.goto('/embed/factbox/prisoner-exchange/');
  await expectCarriedOut(factBox(page));
});

test('the oEmbed response and its fallback code carry the status and its date', () => {
  const oembed = JSON.parse(
    readFileSync(join(distDir, 'oembed', 'factbox', 'prisoner-exchange.json'), 'utf8'),
  ) as { html: string };
  expect(oembed.html).toContain('<p>Status as of 26 May 2025: Carried out</p>');
  expect(oembed.html).not.toContain('not yet');
});

for (const path of builtPagePaths().filter((p) => p.startsWith('/articles/'))) {
  test(`${path} says, by its byline, the day its account stands as of`, async ({ page }) => {
    await page.goto(path);
    const asOf = page.getByRole('article').locator('header .article-as-of');
    await expect(asOf).toHaveText('As of 16 May 2025');
    await expect(asOf.locator('time')).toHaveAttribute('datetime', '2025-05-16');
  });
}

test('an article that shows the fact box but follows up no thread announces the update by its dates, and logs it with its outlets', async ({
  page,
}) => {
  await page.goto('/articles/who-was-at-the-table/');
  await expect(page.getByRole('region', { name: 'What happened next' })).toHaveCount(0);
  await page.goto('/articles/prisoner-exchange-what-we-know/');
  const header = page.getByRole('article').locator('header');
  // With "What happened next" near the top, the header does not say it a second time.
  await expect(header.locator('.article-update')).toHaveCount(0);
  const log = page.getByRole('region', { name: 'Updates and corrections' }).getByRole('listitem');
  const update = log.filter({ hasText: 'was carried out from 23 to 25 May 2025' });
  await expect(update).toHaveCount(1);
  await expect(update).toHaveAttribute('id', 'update-prisoner-exchange-carried-out');
  await expect(update).toContainText('30 November 2026');
  await expect(update.getByRole('link', { name: 'CNA, 25 May 2025' })).toHaveAttribute(
    'href',
    '/sources/cna-2025-05-25-swap-complete/',
  );
  await expect(update.getByRole('link', { name: 'MENAFN, 26 May 2025' })).toHaveAttribute(
    'href',
    '/sources/menafn-2025-05-26-third-phase/',
  );
  await expectCarriedOut(factBox(page));
});

const FOLLOW_UPS: Record<string, { modified: string; lines: RegExp[] }> = {
  '/articles/what-comes-next/': {
    modified: FOLLOW_UP_PUBLISHED,
    lines: [
      /^2 June 2025: A second round of talks in Istanbul agrees more exchanges and the return of bodies/,
      /^18 July 2025: The EU adopts its 18th sanctions package/,
      /^23 July 2025: A third round of talks in Istanbul agrees to exchange 1,200 prisoners/,
      /^15 August 2025: Trump and Putin meet in Alaska, without Zelensky; no ceasefire/,
      /^Still open as of 25 February 2026: A Zelensky–Putin meeting/,
    ],
  },
  '/articles/istanbul-talks-what-happened/': {
    modified: FOLLOW_UP_PUBLISHED,
    lines: [
      /^23–25 May 2025: The prisoner exchange is carried out.*Details below/,
      /^2 June 2025: A second round of talks in Istanbul agrees/,
      /^23 July 2025: A third round of talks in Istanbul agrees/,
      /^Still open as of 25 February 2026: A Zelensky–Putin meeting.*We have found no later report\./,
    ],
  },
  '/articles/prisoner-exchange-what-we-know/': {
    modified: FOLLOW_UP_PUBLISHED,
    lines: [
      /^23–25 May 2025: The prisoner exchange is carried out.*Details below/,
      /^2 June 2025: A second round of talks in Istanbul agrees/,
      /^23 July 2025: A third round of talks in Istanbul agrees/,
    ],
  },
};

for (const [path, expected] of Object.entries(FOLLOW_UPS)) {
  test(`${path} says near the top what happened next, each line dated and linked to its sources, and is dated by it`, async ({
    page,
  }) => {
    await page.goto(path);
    const block = page.getByRole('region', { name: 'What happened next' });
    await expect(block).toBeVisible();
    await expect(block.locator('> p').first()).toHaveText(
      /^As of \d+ \w+ 20\d\d, the date of our latest source\.$/,
    );
    const items = block.getByRole('listitem');
    await expect(items).toHaveCount(expected.lines.length);
    for (const [i, line] of expected.lines.entries()) {
      const item = items.nth(i);
      await expect(item).toHaveText(line);
      // Every line cites named outlets, here or where the page shows it in full ("Details below").
      const below = item.getByRole('link', { name: 'Details below' });
      const shown = (await below.count())
        ? page.locator((await below.getAttribute('href'))!)
        : item;
      const sources = shown.locator('.citation a');
      expect(await sources.count()).toBeGreaterThan(0);
      for (const href of await sources.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
        expect(href).toMatch(/^\/sources\/[a-z0-9-]+\/(#p\d+)?$/);
    }
    // A line drawn from an update links to that update in the article's log.
    for (const link of await block.getByRole('link', { name: 'Our update' }).all()) {
      const target = (await link.getAttribute('href'))!;
      await expect(page.locator(target)).toHaveCount(1);
    }
    // The block sits above the key points, so a reader meets it before the old account.
    const blockTop = (await block.boundingBox())!.y;
    const keyPoints = (await page.getByRole('region', { name: 'What we know' }).boundingBox())!.y;
    expect(blockTop).toBeLessThan(keyPoints);

    const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (t) => JSON.parse(t) as Record<string, unknown>,
    );
    const article = ld.find((d) => d['@type'] === 'NewsArticle')!;
    expect(article['dateModified']).toBe(expected.modified);
    // Headlines, in the page and in its metadata, carry the year they are about.
    expect(String(article['headline'])).toMatch(/2025/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/2025/);
  });
}

test('the feed gives those articles the update as their modified time, and says what changed', () => {
  const feed = new XMLParser().parse(readFileSync(join(distDir, 'rss.xml'), 'utf8')) as {
    rss: { channel: { item: { link: string; description: string; 'dcterms:modified': string }[] } };
  };
  for (const path of Object.keys(FOLLOW_UPS)) {
    const item = feed.rss.channel.item.find((i) => i.link.endsWith(path))!;
    expect(item['dcterms:modified'], path).toBe(FOLLOW_UPS[path]!.modified);
    expect(item.description).toContain('As of 16 May 2025.');
  }
  const guide = feed.rss.channel.item.find((i) =>
    i.link.endsWith('/articles/prisoner-exchange-what-we-know/'),
  )!;
  expect(guide.description).toContain(
    'Update, 30 November 2026: The exchange agreed in Istanbul was carried out from 23 to 25 May 2025',
  );
});

test('the sitemap dates those articles by the update', () => {
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  for (const path of Object.keys(FOLLOW_UPS)) {
    expect(sitemap, path).toMatch(
      new RegExp(`<loc>[^<]*${path}</loc><lastmod>2026-12-06T10:00:00\\.000Z</lastmod>`),
    );
  }
});

test('who was at the table lists at the table only those the sources place in Istanbul; only the two heads are "Led"', async ({
  page,
}) => {
  await page.goto('/articles/who-was-at-the-table/');
  const atTable = page.getByRole('list').filter({ has: page.locator('li.person') });
  const names = async (party: string, list: string) =>
    page
      .getByRole('region', { name: party, exact: true })
      .getByRole('list', { name: list })
      .locator(':scope > li.person > p:first-child')
      .evaluateAll((ps) => ps.map((p) => p.firstChild?.textContent?.trim()));
  expect(await atTable.count()).toBeGreaterThan(0);
  expect(await names('Ukraine', 'At the table in Istanbul')).toEqual([
    'Rustem Umerov',
    'Serhiy Kyslytsya',
  ]);
  expect(await names('Russia', 'At the table in Istanbul')).toEqual(['Vladimir Medinsky']);
  expect(await names('Turkey', 'At the table in Istanbul')).toEqual(['Hakan Fidan']);
  await expect(
    page
      .getByRole('region', { name: 'United States', exact: true })
      .getByRole('list', { name: 'At the table in Istanbul' }),
  ).toHaveCount(0);
  expect(await names('Russia', 'Named, not placed at the table')).toEqual([
    'Vladimir Putin',
    'Dmitry Peskov',
    'Russia’s Foreign Ministry',
  ]);
  await expect(page.locator('li.person span').filter({ hasText: /^Led$/ })).toHaveCount(2);
  await expect(page.getByText(/Represented by/)).toHaveCount(0);
});

test('Umerov’s role beside his May 2025 words is his role then; his entry on Who’s who gives the later one, dated and sourced', async ({
  page,
}) => {
  await page.goto('/quotes/umerov-know-the-date/');
  await expect(page.locator('figcaption').first()).toContainText(
    'Rustem Umerov, Defence Minister of Ukraine; head of Ukraine’s delegation (at the time)',
  );
  await page.goto('/people/');
  const umerov = page.locator('li.person#rustem-umerov');
  await expect(umerov.locator('p').nth(1)).toHaveText(
    'At the time of the talks: Defence Minister of Ukraine; head of Ukraine’s delegation',
  );
  const later = umerov.locator('.later-role');
  await expect(later).toContainText(
    'From 18 July 2025: Secretary of Ukraine’s National Security and Defence Council',
  );
  await expect(later.locator('time')).toHaveAttribute('datetime', '2025-07-18');
  await expect(later.getByRole('link', { name: 'Censor.net, 30 July 2025' })).toHaveAttribute(
    'href',
    '/sources/censor-2025-07-30-umerov-nsdc/',
  );
});

test('/sources/ lists every piece from a named outlet, and each piece’s page gives its outlet, date, link and excerpt', async ({
  page,
}) => {
  await page.goto('/sources/');
  const pieces = page
    .getByRole('region', { name: 'Pieces from named outlets' })
    .getByRole('listitem');
  expect(await pieces.count()).toBeGreaterThanOrEqual(20);
  await page.goto('/sources/cna-2025-05-25-swap-complete/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Russia and Ukraine complete largest prisoner swap',
  );
  const facts = page.locator('dl');
  await expect(facts).toContainText('OutletCNA');
  await expect(facts).toContainText('Published25 May 2025');
  await expect(facts).toContainText('LanguageEnglish');
  await expect(facts.getByRole('link')).toHaveAttribute(
    'href',
    'https://www.channelnewsasia.com/world/ukraine-russia-war-prisoners-war-exchange-5152091',
  );
  const excerpt = page.locator('blockquote');
  await expect(excerpt).toContainText(
    'completed the exchange of 1,000 prisoners each on Sunday (May 25)',
  );
  await expect(excerpt).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('region', { name: 'What on this site rests on it' }).getByRole('listitem'),
  ).toContainText(['Update: The exchange agreed in Istanbul was carried out']);
});
