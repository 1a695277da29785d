// One page of each kind, served with the headers public/_headers gives it on each host, in a real
// browser: nothing is blocked by the Content-Security-Policy, the stylesheet applies and the share
// script runs; a search runs on /search/, and no other page may compile WebAssembly. (`astro preview` sends no such headers, so the other tests cannot see a breakage.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile, type Host } from '../../src/checks/headers-file.ts';
import { builtPagePaths, distDir } from '../support/site-pages.ts';

// The file the host reads: public/_headers with its sections repeated for each edition by the build.
const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

/** The first page of each section: /, /404.html, /articles/…, /embed/…, /quotes/…, … */
const samples = [
  ...builtPagePaths()
    .reduce(
      (first, path) =>
        first.has(path.split('/')[1]!) ? first : first.set(path.split('/')[1]!, path),
      new Map<string, string>(),
    )
    .values(),
];

// The favicon may still be on its way through the route when a test is done with the page.
test.afterEach(async ({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

/** Serves every response with the headers `host` would send for it, and records what the policy refuses. */
async function underPolicy(
  page: Page,
  host: Host,
): Promise<{ refused: string[]; violations: () => Promise<string[]> }> {
  await page.route('**/*', async (route) => {
    // upgrade-insecure-requests turns http://localhost into https://; fetch it over http.
    const url = new URL(route.request().url());
    const response = await route.fetch({
      url: url.protocol === 'https:' ? `http://${url.host}${url.pathname}${url.search}` : url.href,
    });
    const headers = { ...response.headers() };
    for (const [name, value] of headersFor(rules, url.pathname, host)) headers[name] = value;
    await route.fulfill({ response, headers });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  return {
    refused,
    violations: () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

for (const host of ['netlify', 'cloudflare'] as Host[]) {
  test(`/search/ with ${host}'s headers: a search runs (Pagefind's WebAssembly is allowed) and nothing is blocked`, async ({
    page,
  }) => {
    const { refused, violations } = await underPolicy(page, host);
    await page.goto('/search/');
    await page.getByRole('searchbox').fill('Medinsky');
    await expect(
      page.getByRole('search').getByRole('link', { name: 'Vladimir Medinsky', exact: true }),
    ).toBeVisible();
    expect(await violations()).toEqual([]);
    expect(refused).toEqual([]);
  });

  test(`an article with ${host}'s headers may not compile WebAssembly: the policy allows /search/ alone`, async ({
    page,
  }) => {
    const { violations } = await underPolicy(page, host);
    await page.goto('/articles/who-was-at-the-table/');
    const compiled = await page.evaluate(async () => {
      try {
        // The smallest valid module: the magic number and version 1.
        await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
        return 'compiled';
      } catch (error) {
        return String(error);
      }
    });
    expect(compiled).toMatch(/CompileError|EvalError|Content Security Policy|wasm-unsafe-eval/i);
    expect(await violations()).toContainEqual(expect.stringMatching(/^script-src blocked/));
  });

  for (const path of samples) {
    test(`${path} with ${host}'s headers: nothing is blocked by the policy`, async ({ page }) => {
      const { refused, violations } = await underPolicy(page, host);
      await page.goto(path);
      await page.waitForLoadState('load');
      // The stylesheet applied: the body is not in the browser's default serif on white.
      const styled = await page.evaluate(() =>
        [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0),
      );
      expect(styled).toBe(true);
      if (await page.locator('[data-share-copy]').count()) {
        // The share script ran: it reveals "Copy link" where the clipboard works.
        await expect(page.locator('[data-share-copy]').first()).toBeVisible();
      }
      expect(await violations()).toEqual([]);
      expect(refused).toEqual([]);
    });
  }
}
