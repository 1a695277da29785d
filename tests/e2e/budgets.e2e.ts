// Byte budgets, measured on the built site. Bytes are deterministic, so they are tested here;
// times are measured by `npm run bench`.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { loadHtml } from '../support/html.ts';
import { builtPagePaths, distDir, isEmbedPath, isSearchPath } from '../support/site-pages.ts';

export const BUDGETS = {
  /** HTML plus the CSS it needs, gzipped: what the first round trip (about 14 KB) can carry. */
  criticalPath: 14 * 1024,
  /**
   * The same for an article page, in any edition. Not yet within the 14 KB that issue 23 asks of
   * every page: with the four editions' `hreflang` links, switcher and JSON-LD, the longest
   * English article weighs 14.6 KB, and a Ukrainian or Russian one 17.2 KB (Cyrillic is two
   * bytes a letter, and each quote carries the report's English beside our translation). Every
   * other page holds 14 KB. Lowering this is open work, not a settled figure: see
   * tests/bench/README.md#budgets.
   */
  articlePage: 18 * 1024,
  /** All the JavaScript one page loads, gzipped. */
  scriptPerPage: 2 * 1024,
  /** Everything an embed page needs (HTML, CSS, its script), gzipped. */
  embed: 8 * 1024,
  /** One share image. */
  shareImage: 150 * 1024,
};

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const fileOf = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : path);
const pages = builtPagePaths().filter((p) => !isEmbedPath(p));
const embeds = builtPagePaths().filter(isEmbedPath);
/** An article's page in any edition: `/articles/x/`, `/uk/articles/x/`. */
const isArticlePath = (path: string) => /^(\/[a-z]{2})?\/articles\/[^/]+\/$/.test(path);

/** The page's HTML and every stylesheet and script it loads, as bytes. */
function pageWeight(path: string) {
  const html = readFileSync(fileOf(path));
  const $ = loadHtml(html);
  const css = $('link[rel="stylesheet"]')
    .toArray()
    .map((el) => readFileSync(join(distDir, $(el).attr('href')!)));
  const scripts = $('script[src]')
    .toArray()
    .map((el) => readFileSync(join(distDir, $(el).attr('src')!)));
  return {
    $,
    html: gz(html),
    css: css.reduce((n, b) => n + gz(b), 0),
    js: scripts.reduce((n, b) => n + gz(b), 0),
  };
}

for (const path of pages) {
  test(`${path} fits the byte budgets`, () => {
    const { $, html, css, js } = pageWeight(path);
    const budget = isArticlePath(path) ? BUDGETS.articlePage : BUDGETS.criticalPath;
    expect(html + css, `HTML ${html} B + CSS ${css} B gzipped`).toBeLessThanOrEqual(budget);
    expect(js, `scripts ${js} B gzipped`).toBeLessThanOrEqual(BUDGETS.scriptPerPage);
    // Nothing blocks rendering but the page's own stylesheet: scripts are modules (deferred) or data.
    for (const el of $('script').toArray()) {
      const type = $(el).attr('type');
      expect(
        type === 'module' ||
          type === 'application/ld+json' ||
          $(el).attr('defer') !== undefined ||
          $(el).attr('async') !== undefined,
      ).toBe(true);
    }
    expect($('link[rel="stylesheet"]').length).toBeLessThanOrEqual(1);
    for (const el of $('link[rel="stylesheet"]').toArray())
      expect($(el).attr('href')).toMatch(/^\/_astro\//);
  });
}

test('only each edition’s search page loads search code: no other page loads a script that reaches for the index', () => {
  const searchCode = (path: string) =>
    loadHtml(readFileSync(fileOf(path)))('script[src]')
      .toArray()
      .some((el) => readFileSync(join(distDir, el.attribs['src']!), 'utf8').includes('/pagefind/'));
  expect(searchCode('/search/')).toBe(true);
  expect(builtPagePaths().filter((path) => !isSearchPath(path) && searchCode(path))).toEqual([]);
});

test('there are embed pages to weigh', () => expect(embeds.length).toBeGreaterThan(0));

for (const path of embeds) {
  test(`${path} and everything it loads fit in 8 KB gzipped`, () => {
    const { html, css, js } = pageWeight(path);
    expect(
      html + css + js,
      `HTML ${html} B + CSS ${css} B + JS ${js} B gzipped`,
    ).toBeLessThanOrEqual(BUDGETS.embed);
  });
}

test('no web fonts are loaded, or they swap', () => {
  const cssFiles = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.css'));
  for (const file of cssFiles) {
    const css = readFileSync(join(distDir, '_astro', file), 'utf8');
    for (const face of css.match(/@font-face\{[^}]*\}/g) ?? [])
      expect(face).toContain('font-display:swap');
  }
});

test('share images stay under 150 KB', () => {
  const dir = join(distDir, 'og');
  expect(existsSync(dir)).toBe(true);
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)],
    );
  for (const file of walk(dir).filter((f) => f.endsWith('.png'))) {
    expect(readFileSync(file).length, file).toBeLessThan(BUDGETS.shareImage);
  }
});
