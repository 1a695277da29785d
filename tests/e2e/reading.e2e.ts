// Reading on a wide screen and on a phone: "In this article" beside the article at 1280 px and a
// closed disclosure at 375 px, and the delegations side by side at 1280 px, stacked at 375 px.
// Each test sets its own width, so it runs once, in the desktop project.
import { expect, test, type Page } from '@playwright/test';

const ARTICLE = '/articles/who-was-at-the-table/';
const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'sets its own viewport: one run is enough');
});

/** The article's own `##` sections, as the page shows them: id and heading text. */
async function sections(page: Page) {
  return page
    .locator('.article-body > .heading-wrapper > h2')
    .evaluateAll((els) => els.map((el) => ({ id: el.id, text: el.textContent.trim() })));
}

/** The links of "In this article", as a reader meets them: text and target. */
async function railLinks(page: Page) {
  const nav = page.getByRole('navigation', { name: 'In this article' });
  return nav.getByRole('link').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('href')!.replace(/^#/, ''),
      text: el.textContent.trim(),
    })),
  );
}

test.describe('"In this article" at 1280 px', () => {
  test.use({ viewport: WIDE });

  test('stands in the column beside the article, lists every section, and stays in view while reading', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const nav = page.getByRole('navigation', { name: 'In this article' });
    await expect(nav).toHaveCount(1);
    await expect(nav).toBeVisible();
    expect((await sections(page)).length).toBeGreaterThanOrEqual(3);
    expect(await railLinks(page)).toEqual(await sections(page));
    // Beside the article, not under it: right of the headline, level with it.
    const headline = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    const rail = (await nav.boundingBox())!;
    expect(rail.x).toBeGreaterThan(headline.x + headline.width);
    expect(rail.y).toBeLessThan(headline.y + headline.height);
    // Far down the article it is still on screen.
    const last = (await sections(page)).at(-1)!;
    await page.locator(`[id="${last.id}"]`).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 600);
    await expect(nav).toBeInViewport({ ratio: 1 });
    // No second, collapsed list is shown at this width.
    await expect(page.locator('summary', { hasText: 'In this article' })).toBeHidden();
  });

  test('each link lands on its section, and the section in view is the one marked', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const nav = page.getByRole('navigation', { name: 'In this article' });
    const links = await railLinks(page);
    for (const target of [links[2]!, links.at(-1)!, links[0]!]) {
      await nav.getByRole('link', { name: target.text, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
      const heading = page.getByRole('heading', { level: 2, name: target.text, exact: true });
      await expect(heading).toBeInViewport();
      // The heading is near the top of the screen, not merely somewhere on it.
      expect((await heading.boundingBox())!.y).toBeLessThan(200);
      await expect(nav).toBeInViewport();
    }
    // Scrolled (not clicked) to a section, the rail marks that one alone: the browser does it (CSS
    // scroll markers), and the current link's bar is the accent colour, the others' transparent.
    await page.mouse.move(0, 0);
    for (const index of [1, 3]) {
      await page
        .locator(`[id="${links[index]!.id}"]`)
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect
        .poll(async () => {
          const bars = await nav
            .getByRole('link')
            .evaluateAll((els) => els.map((el) => getComputedStyle(el).borderInlineStartColor));
          return bars.flatMap((colour, i) => (colour === 'rgba(0, 0, 0, 0)' ? [] : [i]));
        })
        .toEqual([index]);
    }
  });
});

test.describe('"In this article" at 375 px', () => {
  test.use({ viewport: PHONE });

  test('is a closed disclosure under the key points that opens to links landing on their sections', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const nav = page.getByRole('navigation', { name: 'In this article' });
    await expect(nav).toHaveCount(1);
    await expect(nav).toBeVisible();
    const summary = nav.locator('summary');
    await expect(summary).toContainText('In this article');
    // Closed: its links are not shown until the reader opens it.
    await expect(nav.getByRole('link').first()).toBeHidden();
    // Under the key points, above the body's first section.
    const keyPoints = (await page.getByRole('region', { name: 'What we know' }).boundingBox())!;
    const box = (await nav.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(keyPoints.y + keyPoints.height);
    const first = (await sections(page))[0]!;
    expect(box.y).toBeLessThan((await page.locator(`[id="${first.id}"]`).boundingBox())!.y);
    // It fits the screen.
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);

    await summary.click();
    expect(await railLinks(page)).toEqual(await sections(page));
    const target = (await sections(page)).at(-1)!;
    await nav.getByRole('link', { name: target.text, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
    await expect(
      page.getByRole('heading', { level: 2, name: target.text, exact: true }),
    ).toBeInViewport();
  });
});

/** The box of a party's heading in the delegations block. */
async function party(page: Page, name: string) {
  const heading = page.getByRole('heading', { name, exact: true }).first();
  await expect(heading).toBeVisible();
  return (await heading.boundingBox())!;
}

for (const path of ['/people/', ARTICLE]) {
  test.describe(`the delegations on ${path}`, () => {
    test.describe('at 1280 px', () => {
      test.use({ viewport: WIDE });
      test('Ukraine and Russia share a row; the host and the backer are below them', async ({
        page,
      }) => {
        await page.goto(path);
        const ukraine = await party(page, 'Ukraine');
        const russia = await party(page, 'Russia');
        expect(Math.abs(ukraine.y - russia.y)).toBeLessThan(2);
        expect(russia.x).toBeGreaterThan(ukraine.x + ukraine.width);
        for (const name of ['Turkey', 'United States']) {
          expect((await party(page, name)).y).toBeGreaterThan(ukraine.y + 50);
        }
      });
    });

    test.describe('at 375 px', () => {
      test.use({ viewport: PHONE });
      test('Ukraine and Russia stack, one above the other, within the screen', async ({ page }) => {
        await page.goto(path);
        const ukraine = await party(page, 'Ukraine');
        const russia = await party(page, 'Russia');
        expect(Math.abs(ukraine.x - russia.x)).toBeLessThan(2);
        expect(russia.y).toBeGreaterThan(ukraine.y + 100);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          PHONE.width,
        );
      });
    });
  });
}
