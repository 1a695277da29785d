// Article pages as a reader sees them: the headline block, key points, sources, and each component
// where its directive stands.
import { expect, test } from '@playwright/test';
import { builtPagePaths } from '../support/site-pages.ts';

const articles = builtPagePaths().filter((p) => p.startsWith('/articles/'));

for (const path of articles) {
  test(`${path} shows its title, dek, byline, date, key points and sources`, async ({ page }) => {
    await page.goto(path);
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(article.getByText(/^By The Istanbul Talks, Explained staff$/)).toBeVisible();
    const published = article
      .locator('header')
      .getByText(/^Published/)
      .locator('time')
      .first();
    await expect(published).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    await expect(published).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} UTC$/);
    const keyPoints = page.getByRole('region', { name: 'What we know' }).getByRole('listitem');
    expect(await keyPoints.count()).toBeGreaterThanOrEqual(3);
    await expect(
      page.getByRole('region', { name: 'Sources' }).getByRole('link').first(),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Updates and corrections' })).toBeVisible();
  });
}

test('the news story shows the fact box and the timeline in the body', async ({ page }) => {
  await page.goto('/articles/istanbul-talks-what-happened/');
  const box = page.getByRole('complementary', { name: 'Prisoner exchange: 1,000 for 1,000' });
  await expect(box).toBeVisible();
  await expect(box.getByRole('definition').filter({ hasText: /^1,000$/ })).toBeVisible();
  await expect(box.getByRole('definition').filter({ hasText: /^2,000$/ })).toBeVisible();
  const timeline = page.getByRole('region', {
    name: 'The road to Istanbul, and the day itself',
  });
  await expect(timeline.getByRole('list').first()).toBeVisible();
  // "Timeline" is a label above the heading, not part of it.
  await expect(timeline.getByText('Timeline', { exact: true })).toBeVisible();
  await expect(timeline.getByRole('heading', { level: 2 })).toHaveText(
    'The road to Istanbul, and the day itself',
  );
  // The fact box stands where its directive is: after the section on the exchange, before the next one.
  const order = await page.evaluate(() => {
    const box = document.querySelector('aside.factbox');
    const result = document.getElementById('the-one-result-a-prisoner-exchange');
    const next = document.getElementById('what-was-left-open');
    return [result, box, next].map((el) =>
      el ? [...document.querySelectorAll('*')].indexOf(el) : -1,
    );
  });
  expect(order[0]).toBeGreaterThan(-1);
  expect(order[0]!).toBeLessThan(order[1]!);
  expect(order[1]!).toBeLessThan(order[2]!);
});

test('a timeline event deep link lands on that event and highlights it', async ({ page }) => {
  await page.goto('/articles/what-comes-next/#prisoner-exchange-agreed');
  const event = page.locator('li#prisoner-exchange-agreed');
  await expect(event).toBeInViewport();
  await expect(event).toContainText('A 1,000-for-1,000 prisoner exchange is agreed');
  await expect(event.locator('time')).toHaveAttribute('datetime', '2025-05-16');
  const background = await event.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('the delegations article shows every party and all ten quotes', async ({ page }) => {
  await page.goto('/articles/who-was-at-the-table/');
  for (const name of ['Ukraine', 'Russia', 'Turkey', 'United States']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  const quotes = page.locator('.delegations blockquote');
  await expect(quotes).toHaveCount(10);
  const ukraine = page.getByRole('region', { name: 'Ukraine', exact: true });
  await expect(
    ukraine.getByText('First Deputy Minister of Foreign Affairs of Ukraine').first(),
  ).toBeVisible();
  await expect(
    ukraine.getByText(/the deputy minister of defense for Ukraine/).first(),
  ).toBeVisible();
});

test('inline quotes carry their words exactly and link to the report paragraph', async ({
  page,
}) => {
  await page.goto('/articles/prisoner-exchange-what-we-know/');
  const quote = page.locator('q', { hasText: 'we’re not announcing it just yet' });
  await expect(quote).toBeVisible();
  await expect(quote).toHaveAttribute('cite', /\/sources\/istanbul-talks-report\/#p9$/);
  await page
    .getByRole('link', { name: /Source: report ¶9, Rustem Umerov/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sources\/istanbul-talks-report\/#p9$/);
  await expect(page.locator('li#p9')).toBeInViewport();
});
