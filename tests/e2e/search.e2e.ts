// /search/ as a reader uses it: the header links to it; searching finds people, quotes, fact boxes
// and articles, each result labelled with its kind; the page loads no search code until the reader
// uses the box; without JavaScript it lists every article and topic; with results on screen it
// passes axe. (The policy it runs under is checked by csp.e2e.ts and site-headers.e2e.ts, its
// bytes by budgets.e2e.ts.)
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { writeSearchIndex } from '../../src/search/search-index.ts';
import { builtPagePaths, distDir } from '../support/site-pages.ts';

/**
 * Everything a first search fetches, gzipped: Pagefind's code and WebAssembly (about 73 KB, the
 * same for any site), the index chunk for the words typed and one fragment per result: 108 to
 * 112 KB on this site. Only
 * /search/ ever loads it; its own script is within the 2 KB every page keeps (budgets.e2e.ts).
 */
const FIRST_SEARCH_BUDGET = 128 * 1024;

/** Types a query into the search box as a reader would, and returns the results list. */
async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox', {
    name: 'Search articles, people, quotes and fact boxes',
  });
  await box.fill(query);
  const search = page.getByRole('search');
  await expect(search.getByRole('status')).toContainText(`for “${query}”`);
  return search.getByRole('listitem');
}

/** The result whose link has this address: its kind label and its link. */
function result(results: ReturnType<Page['getByRole']>, href: string) {
  return results.filter({ has: results.page().locator(`a[href="${href}"]`) });
}

test('the header links to search, and with JavaScript the page shows the box, not the note that search needs it', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Search' })
    .click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(
    page.getByRole('searchbox', { name: 'Search articles, people, quotes and fact boxes' }),
  ).toBeVisible();
  await expect(page.getByText('Search needs JavaScript')).toHaveCount(0);
});

test('searching "Medinsky" lists his entry in Who’s who and his quote, each labelled with its kind', async ({
  page,
}) => {
  await page.goto('/search/');
  const results = await search(page, 'Medinsky');
  const person = result(results, '/people/#vladimir-medinsky');
  await expect(person).toHaveCount(1);
  await expect(person.locator('.kicker')).toHaveText('Person');
  await expect(person.getByRole('link')).toHaveText('Vladimir Medinsky');
  const quote = result(results, '/quotes/medinsky-noted/');
  await expect(quote).toHaveCount(1);
  await expect(quote.locator('.kicker')).toHaveText('Quote');
  // The words found are marked in each result's excerpt.
  await expect(person.locator('mark').first()).toHaveText(/Medinsky/i);
  // The articles that name him are results too, and say so.
  await expect(
    results
      .filter({ has: page.locator('a[href^="/articles/"]') })
      .first()
      .locator('.kicker'),
  ).toHaveText('Article');

  // The person result leads to his entry on Who's who.
  await person.getByRole('link').click();
  await expect(page).toHaveURL(/\/people\/#vladimir-medinsky$/);
  await expect(page.locator('[id="vladimir-medinsky"]')).toBeInViewport();
});

test('searching "1,000" lists the prisoner-exchange fact box', async ({ page }) => {
  await page.goto('/search/');
  const results = await search(page, '1,000');
  const box = result(results, '/facts/prisoner-exchange/');
  await expect(box).toHaveCount(1);
  await expect(box.locator('.kicker')).toHaveText('Fact box');
  await expect(box.getByRole('link')).toContainText('Prisoner exchange');
});

test('a search is in the address, so it can be shared, and a search that finds nothing says so', async ({
  page,
}) => {
  await page.goto('/search/');
  await search(page, 'Medinsky');
  await expect(page).toHaveURL(/\/search\/\?q=Medinsky$/);
  await page.goto('/search/?q=Medinsky');
  await expect(page.getByRole('searchbox')).toHaveValue('Medinsky');
  await expect(
    page.getByRole('search').getByRole('link', { name: 'Vladimir Medinsky', exact: true }),
  ).toBeVisible();
  const none = await search(page, 'xylophonist');
  await expect(page.getByRole('search').getByRole('status')).toHaveText(
    'Nothing found for “xylophonist”.',
  );
  await expect(none).toHaveCount(0);
});

test('only what is meant to be found is indexed: no embed, topic, source or home page is ever a result', async ({
  page,
}) => {
  await page.goto('/search/');
  // Words those pages carry: the fact box (its embed), a topic's name, the report, the home page's title.
  for (const query of ['prisoner exchange', 'sanctions', 'report', 'Istanbul']) {
    const results = await search(page, query);
    await expect(results.first()).toBeVisible();
    const hrefs = await results
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of hrefs)
      expect(href, `a result for "${query}"`).toMatch(
        /^\/(articles|quotes|facts)\/[^/]+\/(#.+)?$|^\/people\/(#.+)?$/,
      );
  }
});

test('on Who’s who, each person and each party is a result, and the headings of its lists are not', async ({
  page,
}) => {
  await page.goto('/search/');
  const results = await search(page, 'Russia');
  const party = result(results, '/people/#delegation-russia');
  await expect(party.locator('.kicker')).toHaveText('Delegation');
  await expect(party.getByRole('link')).toHaveText('Russia');
  await expect(result(results, '/people/#vladimir-putin').locator('.kicker')).toHaveText('Person');
  // "At the table in Istanbul" and "Named, not placed at the table" label lists; they lead nowhere a reader wants.
  const listed = await search(page, 'table');
  await expect(listed.first()).toBeVisible();
  for (const name of ['At the table in Istanbul', 'Named, not placed at the table']) {
    await expect(listed.getByRole('link', { name, exact: true })).toHaveCount(0);
  }
});

test('the page loads no search code until the reader uses the box, and then stays within its budget', async ({
  page,
}) => {
  const fetched = new Map<string, number>();
  const reading: Promise<void>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    // What a host that compresses would send: Pagefind's index files are compressed already.
    reading.push(
      response
        .body()
        .then(
          (body) =>
            void fetched.set(path, Math.min(body.length, gzipSync(body, { level: 9 }).length)),
        ),
    );
  });
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(reading).toHaveLength(0);
  // The results are shown once every result's data has arrived, so nothing is on its way after this.
  await search(page, 'Medinsky');
  await page.waitForLoadState('networkidle');
  await Promise.all(reading);
  expect([...fetched.keys()]).toContain('/pagefind/pagefind.js');
  const total = [...fetched.values()].reduce((sum, bytes) => sum + bytes, 0);
  expect(
    total,
    `a first search fetched ${[...fetched].map(([p, b]) => `${p} ${b} B`).join(', ')}`,
  ).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
  // Only what the page uses is published: Pagefind's ready-made interfaces and worker are not.
  expect(
    readdirSync(join(distDir, 'pagefind')).filter((f) =>
      /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(f),
    ),
  ).toEqual([]);
});

test('a site whose index is in shards finds what one index finds: the page merges every shard', async ({
  page,
}) => {
  // This site's index is one shard. Split four pages a shard, as a site of thousands of articles
  // is split four hundred a shard, it is served in place of the one the build wrote.
  const sharded = mkdtempSync(join(tmpdir(), 'sharded-search-'));
  try {
    const index = await writeSearchIndex(distDir, { outDir: sharded, shardPages: 4 });
    const { merge } = JSON.parse(readFileSync(join(sharded, 'shards.json'), 'utf8')) as {
      merge: string[];
    };
    expect(merge.length).toBeGreaterThanOrEqual(2);
    const found = async (query: string) => {
      await page.goto('/search/');
      const results = await search(page, query);
      return (
        await results
          .getByRole('link')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
      ).sort();
    };
    const queries = ['Medinsky', '1,000', 'Istanbul'];
    const whole = [];
    for (const query of queries) whole.push(await found(query));

    const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json' };
    const fetched = new Set<string>();
    await page.route('**/pagefind/**', (route) => {
      const path = new URL(route.request().url()).pathname.slice('/pagefind/'.length);
      fetched.add(path.split('/')[0]!);
      return route.fulfill({
        body: readFileSync(join(sharded, path)),
        contentType: types[extname(path)] ?? 'application/octet-stream',
      });
    });
    for (const [i, query] of queries.entries()) expect(await found(query)).toEqual(whole[i]);
    // Every shard was read, and every indexed page is in one of them.
    for (const folder of merge) expect(fetched).toContain(folder.replace(/\/$/, ''));
    const built = JSON.parse(
      readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> };
    // Every edition's pages: one index a language in the one bundle the build wrote.
    expect(index.pages).toBe(
      Object.values(built.languages).reduce((sum, language) => sum + language.page_count, 0),
    );
  } finally {
    rmSync(sharded, { recursive: true, force: true });
  }
});

test('with results on screen, the page passes axe and the results are reachable by keyboard', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: testInfo.project.name === 'phone' ? 'dark' : 'light' });
  await page.goto('/search/');
  await search(page, 'Medinsky');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
  // From the box, Tab reaches the first result's link.
  await page.getByRole('searchbox').focus();
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('search').getByRole('listitem').first().getByRole('link'),
  ).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says search needs it, hides the box, and lists every article and topic', async ({
    page,
  }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    const articles = builtPagePaths().filter((p) => /^\/articles\/[^/]+\/$/.test(p));
    const topics = builtPagePaths().filter((p) => /^\/tags\/[^/]+\/$/.test(p));
    const listed = page.getByRole('region', { name: 'Every article' }).getByRole('link');
    expect(
      (await listed.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort(),
    ).toEqual(articles.sort());
    const topicLinks = page.getByRole('region', { name: 'Every topic' }).getByRole('link');
    expect(
      (await topicLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort(),
    ).toEqual(topics.sort());
  });
});
