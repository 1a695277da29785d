// An embed page loads a stylesheet of its own (src/styles/embed.css), which Tailwind writes from the
// classes of the files it is told to read. A component an embed shows that is missing from that
// list renders unstyled on other sites, and nothing else would notice: its pages on this site load
// the site's stylesheet. So every class an embed page uses that the site's stylesheet styles must
// be styled by the embed's stylesheet too. (Classes only scripts and tests read are styled by
// neither, and are left alone.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadHtml } from '../support/html.ts';
import { builtPagePaths, distDir, isEmbedPath } from '../support/site-pages.ts';

/** The class names a stylesheet's selectors name, unescaped (`.sm\:p-5` → `sm:p-5`). */
function styledClasses(css: string): Set<string> {
  const names = css.matchAll(/\.((?:\\.|[\w-])+)/g);
  return new Set([...names].map(([, name]) => name!.replace(/\\(.)/g, '$1')));
}

/** A page's HTML and the classes its stylesheets style. */
function page(path: string) {
  const $ = loadHtml(readFileSync(join(distDir, path, 'index.html')));
  const css = $('link[rel="stylesheet"]')
    .toArray()
    .map((el) => readFileSync(join(distDir, $(el).attr('href')!), 'utf8'))
    .join('\n');
  return { $, styled: styledClasses(css) };
}

const embeds = builtPagePaths().filter(isEmbedPath);
const site = page('/').styled;

test('there are embed pages, and the site’s stylesheet styles classes', () => {
  expect(embeds.length).toBeGreaterThan(0);
  expect(site.has('sr-only')).toBe(true);
});

for (const path of embeds) {
  test(`${path}: every class the site styles is styled by the embed’s own stylesheet`, () => {
    const { $, styled } = page(path);
    const used = new Set(
      $('[class]')
        .toArray()
        .flatMap((el) => ($(el).attr('class') ?? '').split(/\s+/).filter(Boolean)),
    );
    const unstyled = [...used].filter((name) => site.has(name) && !styled.has(name)).sort();
    expect(
      unstyled,
      `classes with no rule in the embed's stylesheet (src/styles/embed.css)`,
    ).toEqual([]);
  });
}
