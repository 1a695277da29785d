// One page of each kind, served with the headers public/_headers gives it on each host, in a real
// browser: nothing is blocked by the Content-Security-Policy, the stylesheet applies and the share
// script runs. (`astro preview` sends no such headers, so the other tests cannot see a breakage.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeadersFile, type Host } from '../../src/lib/headers-file';
import { builtPagePaths } from '../support/site-pages';

const rules = parseHeadersFile(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8'));

/** The first page of each section: /, /404.html, /articles/…, /embed/…, /quotes/…, … */
const samples = [...builtPagePaths().reduce((first, path) => (first.has(path.split('/')[1]!) ? first : first.set(path.split('/')[1]!, path)), new Map<string, string>()).values()];

// The favicon may still be on its way through the route when a test is done with the page.
test.afterEach(async ({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

for (const host of ['netlify', 'cloudflare'] as Host[]) {
  for (const path of samples) {
    test(`${path} with ${host}'s headers: nothing is blocked by the policy`, async ({ page }) => {
      await page.route('**/*', async (route) => {
        // upgrade-insecure-requests turns http://localhost into https://; fetch it over http.
        const url = new URL(route.request().url());
        const response = await route.fetch({ url: url.protocol === 'https:' ? `http://${url.host}${url.pathname}${url.search}` : url.href });
        const headers = { ...response.headers() };
        for (const [name, value] of headersFor(rules, url.pathname, host)) headers[name] = value;
        await route.fulfill({ response, headers });
      });
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`));
      });
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
      });
      await page.goto(path);
      await page.waitForLoadState('load');
      // The stylesheet applied: the body is not in the browser's default serif on white.
      const styled = await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0));
      expect(styled).toBe(true);
      if (await page.locator('[data-share-copy]').count()) {
        // The share script ran: it reveals "Copy link" where the clipboard works.
        await expect(page.locator('[data-share-copy]').first()).toBeVisible();
      }
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(refused).toEqual([]);
    });
  }
}
