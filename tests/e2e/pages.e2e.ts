// Every built page, embeds included: loads, has one h1, a language, a title and a description, and
// no axe violations. Pages of the site proper also have its navigation and footer.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readSiteSettings } from '../../src/content-layer/site-settings.ts';
import { pageEdition } from '../support/page-edition.ts';
import { builtPagePaths, isEmbedPath, isNotFoundPath } from '../support/site-pages.ts';

// Every page dist/ has, embeds too. Embeds (documents for other sites' iframes, without the site's
// chrome) are also checked in their frames, themes and hosts by embed.e2e.ts.
const pages = builtPagePaths();

const site = readSiteSettings();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the build has the home page, five articles, tag pages and a 404 page', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/404.html');
  expect(pages.filter((p) => p.startsWith('/articles/')).length).toBeGreaterThanOrEqual(5);
  expect(
    pages.filter((p) => p.startsWith('/tags/') && p !== '/tags/').length,
  ).toBeGreaterThanOrEqual(3);
});

/**
 * Each translated edition's pages are all checked on the phone, where most readers are; on the
 * desktop, the first page of each section (as the English pages are, every one, on both).
 */
const desktopSample = new Set(
  pages
    .filter((path) => pageEdition(path).lang !== site.lang)
    .reduce((first, path) => {
      const section = path.split('/').slice(1, 3).join('/');
      return first.has(section) ? first : first.set(section, path);
    }, new Map<string, string>())
    .values(),
);

for (const path of pages) {
  test(`${path} is readable and accessible`, async ({ page }, testInfo) => {
    test.skip(
      testInfo.project.name === 'desktop' &&
        pageEdition(path).lang !== site.lang &&
        !desktopSample.has(path),
      'a translated edition’s page: checked on the phone; the desktop checks one of each section',
    );
    // Axe checks contrast in the dark colour scheme on the phone and the light one on the desktop.
    await page.emulateMedia({ colorScheme: testInfo.project.name === 'phone' ? 'dark' : 'light' });
    const response = await page.goto(path);
    expect(response?.ok() || isNotFoundPath(path)).toBeTruthy();
    const edition = pageEdition(path);
    await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
    // A long title (a Ukrainian or Russian headline) takes the site's short name.
    await expect(page).toHaveTitle(
      new RegExp(`${escape(edition.name)}|${escape(edition.shortName)}`),
    );
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(
      /.{30,}/,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    // An embed is a fact box alone in another site's frame, without the site's navigation.
    if (!isEmbedPath(path)) {
      await expect(page.getByRole('navigation', { name: edition.mainMenu })).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
    }
    // No JavaScript but the share controls' small, deferred module script, and JSON-LD data; an
    // embed has its one frame script, a file too.
    const scripts = await page.locator('script').evaluateAll((els) =>
      els.map((el) => ({
        type: el.getAttribute('type'),
        src: el.getAttribute('src'),
        inline: el.textContent?.length ?? 0,
      })),
    );
    for (const script of scripts) {
      if (script.type === 'application/ld+json') continue;
      if (isEmbedPath(path) && script.src === '/embed/frame.js') continue;
      expect(script, 'only external module scripts').toMatchObject({
        type: 'module',
        src: expect.stringMatching(/^\/_astro\/.+\.js$/),
        inline: 0,
      });
    }
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
  });
}

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the main navigation leads to the other sections and marks the current page', async ({
  page,
}) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Who’s who' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who’s who' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Topics' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible();
  await page.getByRole('link', { name: 'prisoner exchange' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/prisoner exchange/i);
  await expect(
    page.getByRole('link', { name: /prisoner exchange agreed in Istanbul/ }),
  ).toBeVisible();
});

test('each translated edition has its own 404 page, in its language, linking its home page', async ({
  page,
}) => {
  for (const edition of site.editions) {
    await page.goto(`/${edition.lang}/404.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
    await expect(page.getByRole('main').locator(`a[href="/${edition.lang}/"]`)).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
  }
});

test('the 404 page explains and links home', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Go to the home page' }),
  ).toHaveAttribute('href', '/');
});

test('on the home page, a topic page and search, each article card is an article named by its headline', async ({
  page,
}) => {
  for (const path of ['/', '/tags/prisoner-exchange/', '/search/']) {
    await page.goto(path);
    const cards = page.locator('article.article-card');
    const count = await cards.count();
    expect(count, path).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const headline = (await cards.nth(i).getByRole('heading').innerText()).trim();
      expect(headline.length, `${path}: card ${i + 1} has a headline`).toBeGreaterThan(10);
      await expect(page.getByRole('article', { name: headline, exact: true })).toHaveCount(1);
    }
  }
});

test('a quote page names its speaker as a sentence needs it, and their party with no pronoun', async ({
  page,
}) => {
  await page.goto('/quotes/ukrainian-source-unacceptable-demands/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What a Ukrainian source said');
  await expect(
    page.getByRole('link', {
      name: 'More about a Ukrainian source and Ukraine’s delegation',
      exact: true,
    }),
  ).toHaveAttribute('href', '/people/#ukrainian-source');
  await expect(page.getByRole('main')).not.toContainText('their delegation');

  await page.goto('/quotes/trump-putin-and-i/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What Donald Trump said');
  // The United States backed the talks from outside: it is not called a delegation.
  await expect(
    page.getByRole('link', {
      name: 'More about Donald Trump and the United States, a backer of the talks',
      exact: true,
    }),
  ).toHaveAttribute('href', '/people/#donald-trump');

  await page.goto('/quotes/russia-mfa-clown/');
  await expect(
    page.getByRole('link', {
      name: 'More about Russia’s Foreign Ministry and Russia’s delegation',
      exact: true,
    }),
  ).toHaveAttribute('href', '/people/#russia-mfa');
});

test('a topic with one article says "1 article"', async ({ page }) => {
  await page.goto('/tags/sanctions/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/sanctions/i);
  await expect(page.getByRole('main')).toContainText('1 article');
  await expect(page.getByRole('main')).not.toContainText('1 articles');
});
