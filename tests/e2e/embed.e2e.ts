// Another site embeds a fact box. The site is served at its production origin (siteUrl) from the
// `astro preview` server, with the headers of tests/fixtures/embed-hosts/embed.headers; host pages
// come from a second origin, a small server on 127.0.0.1. Screenshots go to tests/.output/embed/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/checks/headers-file.ts';
import { absoluteUrl, siteUrl } from '../../src/content-layer/site-address.ts';
import { readSiteSettings } from '../../src/content-layer/site-settings.ts';
import { EMBED_TITLE_ATTRIBUTE, EMBED_URL_ATTRIBUTE } from '../../src/embed/embed-protocol.ts';
import {
  FACTBOX_OEMBED_HEIGHT,
  FACTBOX_OEMBED_WIDTH,
  factBoxFrameTitle,
} from '../../src/embed/embed-snippet.ts';
import { paths } from '../../src/lib/urls.ts';
import { loadHtml } from '../support/html.ts';
import { builtPagePaths, distDir } from '../support/site-pages.ts';
import { startStaticHost, type StaticHost } from '../support/static-host.ts';
import { FORMER_EMBED_NAMES } from '../embed/former-embed-names.ts';

const FACT_BOX = 'prisoner-exchange';
const FACT_BOX_TITLE = 'Prisoner exchange: 1,000 for 1,000';
const FACT_BOX_ARTICLE = 'prisoner-exchange-what-we-know';
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'embed-hosts');
const screenshots = join(import.meta.dirname, '..', '.output', 'embed');
const siteOrigin = new URL(siteUrl).origin;
const embedUrl = absoluteUrl(paths.embedFactBox(FACT_BOX));
const articleUrl = absoluteUrl(paths.article(FACT_BOX_ARTICLE));
const siteName = readSiteSettings().name;
const frameTitle = factBoxFrameTitle({ title: FACT_BOX_TITLE, siteName });
const headerRules = parseHeadersFile(readFileSync(join(fixtures, 'embed.headers'), 'utf8'));
/** The oEmbed response as built; its `html` is what every host page below pastes. */
const oembed = JSON.parse(
  readFileSync(join(distDir, 'oembed', 'factbox', `${FACT_BOX}.json`), 'utf8'),
) as Record<string, unknown> & { html: string };
/** The same embed code as it was pasted before its names were story-neutral. */
const legacySnippet = oembed.html
  .replace(`${EMBED_URL_ATTRIBUTE}=`, `${FORMER_EMBED_NAMES.urlAttribute}=`)
  .replace(`${EMBED_TITLE_ATTRIBUTE}=`, `${FORMER_EMBED_NAMES.titleAttribute}=`);
/** A page on the embed's own origin that is not the embed, and posts fake heights. */
const SAME_ORIGIN_HOSTILE_PATH = '/__hostile-frame__/';
const DARK_PAPER = 'rgb(20, 21, 24)';
const LIGHT_PAPER = 'rgb(251, 250, 247)';

function fixture(name: string, values: Record<string, string> = {}): string {
  return readFileSync(join(fixtures, name), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`${name}: no value for {{${key}}}`);
    return values[key]!;
  });
}

let host: StaticHost;

test.beforeAll(async () => {
  const html = (body: string) => ({ contentType: 'text/html; charset=utf-8', body });
  host = await startStaticHost({
    '/host.css': { contentType: 'text/css; charset=utf-8', body: fixture('host.css') },
    '/loader.html': html(fixture('loader.html', { snippet: oembed.html })),
    '/loader-legacy.html': html(fixture('loader.html', { snippet: legacySnippet })),
    '/loader-dark.html': html(
      fixture('loader.html', {
        snippet: oembed.html.replace(`"${embedUrl}"`, `"${embedUrl}?theme=dark"`),
      }),
    ),
    '/pym.html': html(
      fixture('pym.html', {
        embedUrl: JSON.stringify(embedUrl),
        title: JSON.stringify(frameTitle),
      }),
    ),
    '/hostile.html': html(
      fixture('hostile.html', {
        snippet: oembed.html,
        sameOriginHostileUrl: siteOrigin + SAME_ORIGIN_HOSTILE_PATH,
      }),
    ),
    '/hostile-frame.html': html(fixture('hostile-frame.html')),
    '/pym.v1.min.js': {
      contentType: 'text/javascript; charset=utf-8',
      body: readFileSync(join('node_modules', 'pym.js', 'dist', 'pym.v1.min.js')),
    },
  });
});

test.afterAll(async () => {
  await host?.close();
});

// A page may still be loading through serveSite's route (a popup, a lazy frame) when a test ends.
test.afterEach(async ({ context }) => {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
});

/** Serves the site's production origin from `astro preview`, with the headers production will send. */
async function serveSite(context: BrowserContext, baseURL: string): Promise<void> {
  await context.route(
    (url) => url.origin === siteOrigin,
    async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === SAME_ORIGIN_HOSTILE_PATH) {
        await route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: fixture('hostile-frame.html'),
        });
        return;
      }
      const response = await route.fetch({ url: new URL(url.pathname + url.search, baseURL).href });
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          ...Object.fromEntries(headersFor(headerRules, url.pathname, 'netlify')),
        },
      });
    },
  );
}

/** Uncaught exceptions and console errors (a CSP violation is one) in the page and its frames. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

interface Fit {
  /** The iframe's height on the host page. */
  frame: number;
  /** The height of the embed's content: the fact box and its attribution line. */
  content: number;
  /** The fact box's own height, and where its bottom edge is in the frame. */
  box: number;
  boxBottom: number;
  /** Whether the embed's document scrolls inside the frame. */
  scrolls: boolean;
}

async function measureFit(iframe: Locator): Promise<Fit> {
  const frame = await iframe.evaluate((element) => element.getBoundingClientRect().height);
  const inside = await iframe
    .contentFrame()
    .locator('[data-embed-content]')
    .evaluate((content) => {
      const box = content.querySelector('aside.factbox')!.getBoundingClientRect();
      const root = document.documentElement;
      return {
        content: content.getBoundingClientRect().height,
        box: box.height,
        boxBottom: box.bottom,
        scrolls: root.scrollHeight > root.clientHeight,
      };
    });
  return { frame, ...inside };
}

/** Waits until the iframe is exactly as tall as the embed's content (within 2 px), with no scrollbar. */
async function expectFits(iframe: Locator): Promise<Fit> {
  await expect
    .poll(
      async () => {
        const fit = await measureFit(iframe);
        const fits =
          Math.abs(fit.frame - fit.content) <= 2 && !fit.scrolls && fit.boxBottom <= fit.frame;
        return fits ? 'fits' : JSON.stringify(fit);
      },
      { timeout: 10_000 },
    )
    .toBe('fits');
  return measureFit(iframe);
}

/**
 * Screenshots the whole host page for a person to look at. The viewport first grows to the page's
 * height, and the iframe is let fit again: a full-page screenshot would otherwise resize the
 * viewport while it captures, faster than the iframe's height can follow.
 */
async function screenshot(page: Page, iframe: Locator, name: string): Promise<void> {
  const width = page.viewportSize()!.width;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height });
  await expectFits(iframe);
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({
    path: join(screenshots, `${name}-${test.info().project.name}.png`),
    fullPage: true,
  });
}

test.describe('a host page with our loader', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the iframe fits the fact box at 1024 and 320 px wide and follows when the page is resized (${scheme})`, async ({
      page,
      context,
      baseURL,
    }) => {
      await serveSite(context, baseURL!);
      const errors = collectErrors(page);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1024, height: 900 });
      await page.goto(`${host.origin}/loader.html`);

      await expect(page.locator(`blockquote[${EMBED_URL_ATTRIBUTE}]`)).toHaveCount(0);
      const iframe = page.locator(`iframe[src="${embedUrl}"]`);
      await expect(iframe).toHaveAttribute('title', frameTitle);
      await expect(iframe).toHaveAttribute('loading', 'lazy');
      const wide = await expectFits(iframe);
      const paper = await iframe
        .contentFrame()
        .locator('html')
        .evaluate((html) => getComputedStyle(html).backgroundColor);
      expect(paper).toBe(scheme === 'dark' ? DARK_PAPER : LIGHT_PAPER);
      await screenshot(page, iframe, `host-loader-1024-${scheme}`);

      await page.setViewportSize({ width: 320, height: 900 });
      const narrow = await expectFits(iframe);
      expect(narrow.frame, 'a narrower box is taller').toBeGreaterThan(wide.frame + 100);
      await screenshot(page, iframe, `host-loader-320-${scheme}`);

      await page.setViewportSize({ width: 1024, height: 900 });
      const wideAgain = await expectFits(iframe);
      expect(Math.abs(wideAgain.frame - wide.frame), 'the iframe shrinks back').toBeLessThanOrEqual(
        2,
      );
      expect(errors).toEqual([]);
    });
  }

  test('a fresh load at 320 px fits too, and ?theme=dark in the snippet forces the dark box on a light page', async ({
    page,
    context,
    baseURL,
  }) => {
    await serveSite(context, baseURL!);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${host.origin}/loader-dark.html`);
    const iframe = page.locator(`iframe[src="${embedUrl}?theme=dark"]`);
    await expectFits(iframe);
    expect(
      await iframe
        .contentFrame()
        .locator('html')
        .evaluate((html) => getComputedStyle(html).backgroundColor),
    ).toBe(DARK_PAPER);
    await screenshot(page, iframe, 'host-loader-320-forced-dark');
  });

  test('embed code pasted with the former attribute names still becomes a fitting iframe', async ({
    page,
    context,
    baseURL,
  }) => {
    expect(legacySnippet).toContain(`<blockquote ${FORMER_EMBED_NAMES.urlAttribute}="${embedUrl}"`);
    expect(legacySnippet).toContain(`${FORMER_EMBED_NAMES.titleAttribute}=`);
    expect(legacySnippet).not.toContain(EMBED_URL_ATTRIBUTE);
    await serveSite(context, baseURL!);
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(`${host.origin}/loader-legacy.html`);
    await expect(page.locator(`blockquote[${FORMER_EMBED_NAMES.urlAttribute}]`)).toHaveCount(0);
    const iframe = page.locator(`iframe[src="${embedUrl}"]`);
    await expect(iframe).toHaveAttribute('title', frameTitle);
    await expectFits(iframe);
    await page.setViewportSize({ width: 320, height: 900 });
    await expectFits(iframe);
    expect(errors).toEqual([]);
  });

  test('the keyboard reaches the links inside the embed, and they open in a new tab', async ({
    page,
    context,
    baseURL,
  }) => {
    await serveSite(context, baseURL!);
    await page.goto(`${host.origin}/loader.html`);
    const iframe = page.locator(`iframe[src="${embedUrl}"]`);
    await expectFits(iframe);
    await page.locator('#before-embed').focus();
    await page.keyboard.press('Tab');
    await expect(iframe.contentFrame().locator('a:focus')).toHaveCount(1);

    const popupOpened = context.waitForEvent('page');
    await iframe
      .contentFrame()
      .getByRole('link', { name: /^Read the full story/ })
      .click();
    const popup = await popupOpened;
    await popup.waitForLoadState();
    expect(popup.url()).toBe(articleUrl);
    expect(page.url()).toBe(`${host.origin}/loader.html`);
    await expect(
      iframe.contentFrame().getByRole('heading', { level: 1, name: FACT_BOX_TITLE }),
    ).toBeVisible();
  });

  test('without JavaScript on the host, the placeholder shows the figures and the link', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await serveSite(context, baseURL!);
    const page = await context.newPage();
    await page.goto(`${host.origin}/loader.html`);
    const placeholder = page.locator(`blockquote[${EMBED_URL_ATTRIBUTE}]`);
    await expect(placeholder).toBeVisible();
    await expect(placeholder.getByText(FACT_BOX_TITLE)).toBeVisible();
    await expect(
      placeholder
        .getByRole('listitem')
        .filter({ hasText: '1,000 to be returned to each side, as agreed' }),
    ).toBeVisible();
    await expect(
      placeholder.getByRole('listitem').filter({ hasText: '2,000 people in all' }),
    ).toBeVisible();
    await expect(placeholder.getByRole('link', { name: siteName })).toHaveAttribute(
      'href',
      articleUrl,
    );
    await expect(page.locator('iframe')).toHaveCount(0);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });
});

test('a host page using the pym.js package’s parent resizes the iframe too', async ({
  page,
  context,
  baseURL,
}) => {
  await serveSite(context, baseURL!);
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto(`${host.origin}/pym.html`);
  const iframe = page.locator('#factbox-pym iframe');
  await expect(iframe).toHaveAttribute('src', /[?&]childId=factbox-pym(&|$)/);
  await expect(iframe).toHaveAttribute('title', frameTitle);
  const wide = await expectFits(iframe);
  await screenshot(page, iframe, 'host-pym-1024');
  await page.setViewportSize({ width: 320, height: 900 });
  const narrow = await expectFits(iframe);
  expect(narrow.frame).toBeGreaterThan(wide.frame + 100);
  await screenshot(page, iframe, 'host-pym-320');
  await page.setViewportSize({ width: 1024, height: 900 });
  await expectFits(iframe);
  expect(errors).toEqual([]);
});

test('hostile frames posting fake heights and malformed messages change nothing and throw nothing', async ({
  page,
  context,
  baseURL,
}) => {
  await serveSite(context, baseURL!);
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto(`${host.origin}/hostile.html`);
  const iframe = page.locator(`iframe[src="${embedUrl}"]`);
  const before = await expectFits(iframe);
  // Two hostile frames, 20 rounds of 21 messages each: wait until they have all arrived.
  await page.waitForFunction(
    () => (window as unknown as { messagesSeen: number }).messagesSeen >= 840,
    undefined,
    { timeout: 10_000 },
  );
  const after = await measureFit(iframe);
  expect(after.frame).toBe(before.frame);
  expect(Math.abs(after.frame - after.content)).toBeLessThanOrEqual(2);
  expect(errors).toEqual([]);
});

test.describe('the embed page', () => {
  test('shows the fact box alone, without site chrome, with an attribution line linking to the article in a new tab', async ({
    page,
    context,
    baseURL,
  }) => {
    await serveSite(context, baseURL!);
    await page.goto(embedUrl);
    await expect(page).toHaveTitle(`Fact box: ${FACT_BOX_TITLE} | ${siteName}`);
    await expect(page.getByRole('heading', { level: 1, name: FACT_BOX_TITLE })).toBeVisible();
    await expect(page.getByRole('complementary', { name: FACT_BOX_TITLE })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(page.getByText('Embed this')).toHaveCount(0);
    const attribution = page.getByText(`From ${siteName}`);
    await expect(attribution).toBeVisible();
    const link = attribution.getByRole('link', { name: new RegExp(`^${siteName}`) });
    await expect(link).toHaveAttribute('href', articleUrl);
    await expect(link).toHaveAttribute('target', '_blank');
    // Every other link leaves the frame too, through <base target="_blank">.
    await expect(page.locator('base')).toHaveAttribute('target', '_blank');
    for (const href of await page
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^${siteOrigin}/`));
    }
  });

  test('sets no cookies and asks no other origin for anything', async ({
    page,
    context,
    baseURL,
  }) => {
    await serveSite(context, baseURL!);
    const requests: string[] = [];
    const setCookies: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', (response) => {
      const cookie = response.headers()['set-cookie'];
      if (cookie) setCookies.push(cookie);
    });
    await page.goto(`${embedUrl}?theme=dark`);
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThanOrEqual(3);
    expect(requests.filter((url) => new URL(url).origin !== siteOrigin)).toEqual([]);
    expect(setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  test('is readable with JavaScript off', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await serveSite(context, baseURL!);
    const page = await context.newPage();
    await page.goto(embedUrl);
    const box = page.getByRole('complementary', { name: FACT_BOX_TITLE });
    await expect(box.getByRole('definition').filter({ hasText: /^1,000$/ })).toBeVisible();
    await expect(box.getByRole('definition').filter({ hasText: /^2,000$/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Read the full story/ })).toHaveAttribute(
      'href',
      articleUrl,
    );
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });

  test('runs under the Content-Security-Policy of embed.headers without a violation', async ({
    page,
    context,
    baseURL,
  }) => {
    await serveSite(context, baseURL!);
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { violations: string[] }).violations = violations;
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(`${embedUrl}?theme=dark`);
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    // The script ran (it forced the theme) and the stylesheet applied.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(
      await page.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor),
    ).toBe(DARK_PAPER);
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const [scheme, query, expected] of [
    ['light', '', LIGHT_PAPER],
    ['dark', '', DARK_PAPER],
    ['light', '?theme=dark', DARK_PAPER],
    ['dark', '?theme=light', LIGHT_PAPER],
  ] as const) {
    test(`with a ${scheme} colour scheme and "${query}", it is ${expected === DARK_PAPER ? 'dark' : 'light'} and has no axe violations`, async ({
      page,
      context,
      baseURL,
    }) => {
      await serveSite(context, baseURL!);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(embedUrl + query);
      expect(
        await page.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor),
      ).toBe(expected);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        ),
      ).toEqual([]);
    });
  }
});

test.describe('discovery and copy', () => {
  test('the oEmbed response has every field oEmbed 1.0 requires of a rich embed, and its html is the snippet the host pages use', async ({
    request,
  }) => {
    const response = await request.get(paths.oembedFactBox(FACT_BOX));
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const json = (await response.json()) as Record<string, unknown>;
    // Required of every response (oEmbed 1.0, 2.3.4), then of type "rich" (2.3.4.4).
    expect(json).toMatchObject({ type: 'rich', version: '1.0' });
    expect(typeof json['html']).toBe('string');
    for (const key of ['width', 'height'] as const)
      expect(Number.isInteger(json[key]) && (json[key] as number) > 0, key).toBe(true);
    // Optional fields, and the thumbnail's three that go together.
    expect(json).toMatchObject({
      title: FACT_BOX_TITLE,
      provider_name: siteName,
      provider_url: absoluteUrl(paths.home()),
      thumbnail_url: absoluteUrl(paths.shareImage('fact', FACT_BOX)),
      thumbnail_width: 1200,
      thumbnail_height: 630,
      width: FACTBOX_OEMBED_WIDTH,
      height: FACTBOX_OEMBED_HEIGHT,
    });
    expect(json['cache_age']).toBeGreaterThan(0);
    // The thumbnail is a share image this build made, as large as the response says (PNG IHDR).
    const png = readFileSync(join(distDir, paths.shareImage('fact', FACT_BOX)));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      json['thumbnail_width'],
      json['thumbnail_height'],
    ]);
    expect(json['html']).toBe(oembed.html);
    expect(json['html']).toContain(
      `<script async src="${absoluteUrl(paths.embedLoader())}"></script>`,
    );
  });

  /** The fact box's title in an edition, as content/translations/<lang>/factboxes.yaml gives it. */
  const translatedTitle = (code: string) =>
    (
      parse(
        readFileSync(
          join(import.meta.dirname, '..', '..', 'content', 'translations', code, 'factboxes.yaml'),
          'utf8',
        ),
      ) as Record<string, { title: string }>
    )[FACT_BOX]!.title;

  test('the articles that show the fact box, its own page and its embed page advertise its oEmbed response, and no other page does', () => {
    // The home page shows the box in passing, but an embed of the home page is not the box.
    const advertising: string[] = [];
    for (const path of builtPagePaths()) {
      const $ = loadHtml(
        readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path)),
      );
      const links = $('head link[rel="alternate"][type="application/json+oembed"]');
      const showsBox = $(`aside#factbox-${FACT_BOX}`).length > 0;
      // A page of another edition (`/uk/…`) advertises that edition's response.
      const [, prefix = '', original = path] = /^(\/[a-z]{2})(\/.*)$/.exec(path) ?? [];
      const aboutBox =
        showsBox &&
        (original.startsWith('/articles/') ||
          original === paths.fact(FACT_BOX) ||
          original === paths.embedFactBox(FACT_BOX));
      expect(links, path).toHaveLength(aboutBox ? 1 : 0);
      if (!aboutBox) continue;
      advertising.push(path);
      expect(links.attr('href'), path).toBe(absoluteUrl(prefix + paths.oembedFactBox(FACT_BOX)));
      // Its title is the box's, in the page's edition.
      expect(links.attr('title'), path).toBe(
        prefix ? translatedTitle(prefix.slice(1)) : FACT_BOX_TITLE,
      );
    }
    expect(advertising).toEqual(
      expect.arrayContaining([
        paths.article(FACT_BOX_ARTICLE),
        paths.fact(FACT_BOX),
        paths.embedFactBox(FACT_BOX),
      ]),
    );
    expect(advertising.length).toBeGreaterThanOrEqual(4);
  });

  test('an article links under the fact box to its embed code, on the fact box’s own page', async ({
    page,
  }) => {
    await page.goto(paths.article(FACT_BOX_ARTICLE));
    await expect(page.locator('details.embed-code')).toHaveCount(0);
    await page.getByRole('link', { name: 'Embed this fact box on your site' }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.fact(FACT_BOX)}#embed-${FACT_BOX}$`));
    await expect(page.locator(`details#embed-${FACT_BOX}`)).toBeVisible();
  });

  test('"Embed this" under the fact box shows the snippet in a read-only field, and its button copies it', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto(paths.fact(FACT_BOX));
    const disclosure = page.locator('details.embed-code');
    await expect(disclosure).toHaveCount(1);
    const field = page.getByRole('textbox', { name: 'Embed code' });
    await expect(field).toBeHidden();
    await disclosure.getByText('Embed this').click();
    await expect(field).toBeVisible();
    await expect(field).not.toBeEditable();
    await expect(field).toHaveValue(oembed.html);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(disclosure.getByRole('status').first()).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(oembed.html);
    await expect(page.getByRole('textbox', { name: 'Plain iframe' })).toHaveValue(
      new RegExp(`^<iframe src="${embedUrl}" title="${frameTitle}"`),
    );
    const results = await new AxeBuilder({ page }).include('details.embed-code').analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
  });

  test('without JavaScript, "Embed this" shows the same field, selectable, and no copy button', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(paths.fact(FACT_BOX));
    await page.locator('details.embed-code').getByText('Embed this').click();
    const field = page.getByRole('textbox', { name: 'Embed code' });
    await expect(field).toHaveValue(oembed.html);
    await field.selectText();
    expect(
      await field.evaluate((textarea: HTMLTextAreaElement) =>
        textarea.value.slice(textarea.selectionStart, textarea.selectionEnd),
      ),
    ).toBe(oembed.html);
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });
});

test('budgets: the loader is under 1.5 KB gzipped, the frame script under 1 KB, the copy script under 2 KB', async ({
  page,
  request,
}) => {
  const gzipped = async (path: string) => {
    const response = await request.get(path);
    expect(response.ok(), path).toBe(true);
    return gzipSync(await response.body(), { level: 9 }).byteLength;
  };
  const loader = await gzipped(paths.embedLoader());
  const frame = await gzipped('/embed/frame.js');
  await page.goto(paths.fact(FACT_BOX));
  const copyScriptPath = await page
    .locator('script[type="module"][src*="/CopyField."]')
    .getAttribute('src');
  const copy = await gzipped(copyScriptPath!);
  test.info().annotations.push({
    type: 'gzipped bytes',
    description: `loader ${loader}, frame ${frame}, copy ${copy}`,
  });
  expect(loader).toBeLessThan(1536);
  expect(frame).toBeLessThan(1024);
  expect(copy).toBeLessThan(2048);
});
