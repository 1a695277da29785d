// Facts carry their date: every article says what day its account stands as of, and the one dated
// update of the prisoner exchange (carried out on 23–25 May 2025, public record) reaches every place
// the fact appears: its page, its embed and oEmbed, the articles that show it (notice, log,
// JSON-LD), the feed and the sitemap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { builtPagePaths, distDir } from '../support/site-pages.ts';

const UPDATE_PUBLISHED = '2026-11-30T12:00:00Z';
const ARTICLES_WITH_THE_BOX = [
  '/articles/istanbul-talks-what-happened/',
  '/articles/prisoner-exchange-what-we-know/',
];

/** The fact box's status line, its history, and its "last updated" line, as a reader sees them. */
async function expectCarriedOut(box: Locator): Promise<void> {
  await expect(box.locator('.factbox-status > p').first()).toHaveText(
    'Status as of 25 May 2025: Carried out',
  );
  await expect(box.locator('time[datetime="2025-05-25"]').first()).toBeVisible();
  const history = box.getByRole('list', { name: 'How the status changed' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toHaveText(/^Agreed 16 May 2025 \(Report ¶6–7\)$/);
  await expect(history.nth(1)).toContainText(
    'Carried out 23–25 May 2025 (Public record; update of 30 November 2026)',
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

test('the fact page shows the exchange as carried out on 23–25 May 2025, as of 25 May 2025, with its history', async ({
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
  expect(oembed.html).toContain('<p>Status as of 25 May 2025: Carried out</p>');
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

for (const path of ARTICLES_WITH_THE_BOX) {
  test(`${path} shows the update: a dated notice, its log entry with the source, and the box carried out`, async ({
    page,
  }) => {
    await page.goto(path);
    const header = page.getByRole('article').locator('header');
    const notice = header.locator('.article-update');
    await expect(notice).toContainText(
      /^Update, 30 November 2026: The prisoner exchange agreed in Istanbul was carried out in three stages, on 23, 24 and 25 May 2025/,
    );
    await expect(notice.getByRole('link', { name: 'All updates' })).toHaveAttribute(
      'href',
      '#updates-and-corrections',
    );
    await expect(
      header.getByText(/^Published .* · Updated 30 November 2026, 12:00 UTC$/),
    ).toBeVisible();
    const log = page.getByRole('region', { name: 'Updates and corrections' }).getByRole('listitem');
    const update = log.filter({ hasText: 'carried out in three stages' });
    await expect(update).toHaveCount(1);
    await expect(update).toContainText('30 November 2026');
    await expect(update.getByRole('link', { name: 'Public record' })).toHaveAttribute(
      'href',
      '/sources/public-record/',
    );
    await expectCarriedOut(factBox(page));

    const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (t) => JSON.parse(t) as Record<string, unknown>,
    );
    const article = ld.find((d) => d['@type'] === 'NewsArticle')!;
    expect(article['dateModified']).toBe(UPDATE_PUBLISHED);
    expect(Date.parse(String(article['dateModified']))).toBeGreaterThan(
      Date.parse(String(article['datePublished'])),
    );
    expect(article['comment']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          '@type': 'Comment',
          name: 'Update',
          datePublished: UPDATE_PUBLISHED,
          text: expect.stringContaining('23, 24 and 25 May 2025'),
        }),
      ]),
    );
  });
}

test('the feed gives those articles the update as their modified time, and says what changed', () => {
  const feed = new XMLParser().parse(readFileSync(join(distDir, 'rss.xml'), 'utf8')) as {
    rss: { channel: { item: { link: string; description: string; 'dcterms:modified': string }[] } };
  };
  for (const path of ARTICLES_WITH_THE_BOX) {
    const item = feed.rss.channel.item.find((i) => i.link.endsWith(path))!;
    expect(item['dcterms:modified'], path).toBe(UPDATE_PUBLISHED);
    expect(item.description).toContain('As of 16 May 2025.');
    expect(item.description).toContain(
      'Update, 30 November 2026: The prisoner exchange agreed in Istanbul was carried out',
    );
  }
});

test('the sitemap dates those articles by the update', () => {
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  for (const path of ARTICLES_WITH_THE_BOX) {
    expect(sitemap, path).toMatch(
      new RegExp(`<loc>[^<]*${path}</loc><lastmod>2026-11-30T12:00:00\\.000Z</lastmod>`),
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
  expect(await names('Russia', 'Also quoted, not at the table')).toEqual([
    'Vladimir Putin',
    'Dmitry Peskov',
    'Russia’s Foreign Ministry',
  ]);
  await expect(page.locator('li.person span').filter({ hasText: /^Led$/ })).toHaveCount(2);
  await expect(page.getByText(/Represented by/)).toHaveCount(0);
});
