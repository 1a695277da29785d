import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBuiltSite } from '../../src/checks/check-built-site.ts';
import { checkPageLinks } from '../../src/checks/links.ts';
import { projectWith } from '../support/built-project.ts';
import { readBuiltSite } from '../support/built-site.ts';

describe("the head's links and card URLs, absolute ones to the site included", () => {
  const SITE_URL = 'https://site.test/';
  /** A page as Base.astro writes its head, with the given canonical and og:url. */
  const headed = (canonical: string, ogUrl = canonical) =>
    `<html lang="en"><head><title>T</title><link rel="canonical" href="${canonical}"><meta property="og:url" content="${ogUrl}">` +
    `<meta property="og:image" content="${SITE_URL}og/home/site.png"><link rel="icon" href="/favicon.svg"><link rel="alternate" href="https://elsewhere.test/feed"></head><body><h1>T</h1></body></html>`;

  function builtSite(pages: Record<string, string>) {
    const root = mkdtempSync(join(tmpdir(), 'project-'));
    mkdirSync(join(root, 'content', 'articles'), { recursive: true });
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'og', 'home'), { recursive: true });
    writeFileSync(join(dist, 'og', 'home', 'site.png'), '');
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(join(dist, file, '..'), { recursive: true });
      writeFileSync(join(dist, file), html);
    }
    return {
      root,
      dist,
      check: () =>
        checkBuiltSite(dist, {
          articlesDir: join(root, 'content', 'articles'),
          projectRoot: root,
          siteUrl: SITE_URL,
        }),
    };
  }

  test('a canonical and og:url to an address that does not exist stop the build, naming the page, the element and the fix', () => {
    const { check } = builtSite({
      'index.html': headed(SITE_URL),
      'articles/a/index.html': headed(`${SITE_URL}articles/a/`),
      '404.html': headed(`${SITE_URL}404/`),
    });
    expect(check()).toEqual([
      {
        file: '/404.html',
        problem:
          '<link rel="canonical" href>: https://site.test/404/ leads nowhere: the site has no /404/.',
        fix: expect.stringContaining(
          'A page with no address of its own, such as 404.html (which hosts serve at any unknown address), has no canonical and no og:url, and is noindex',
        ),
      },
      {
        file: '/404.html',
        problem:
          '<meta property="og:url" content>: https://site.test/404/ leads nowhere: the site has no /404/.',
        fix: expect.stringContaining('indexable={false}'),
      },
    ]);
  });

  test("the page's own address, its card image and its icon resolve; other sites are not followed", () => {
    const { check } = builtSite({
      'index.html': headed(SITE_URL),
      'articles/a/index.html': headed(`${SITE_URL}articles/a/`),
    });
    expect(check()).toEqual([]);
  });

  test('a missing icon or card image in the head is found too, and the end-to-end link check sees the same', () => {
    const html = headed(`${SITE_URL}articles/a/`)
      .replace('/favicon.svg', '/favicon-64.png')
      .replace('og/home/site.png', 'og/article/a.png');
    const { dist, check } = builtSite({ 'articles/a/index.html': html });
    const expected = [
      '<link rel="icon" href>: /favicon-64.png leads nowhere: the build has no file /favicon-64.png.',
      '<meta property="og:image" content>: https://site.test/og/article/a.png leads nowhere: the build has no file /og/article/a.png.',
    ];
    expect(
      check()
        .map((p) => p.problem)
        .sort(),
    ).toEqual(expected.sort());
    const site = readBuiltSite(dist, SITE_URL);
    expect(
      checkPageLinks(site, site.pages.get('/articles/a/')!)
        .map((p) => p.problem)
        .sort(),
    ).toEqual(expected.sort());
  });

  test("an article's JSON-LD images (its card in other ratios) must be in the build", () => {
    const jsonLd = JSON.stringify({
      '@type': 'NewsArticle',
      image: [`${SITE_URL}og/home/site.png`, `${SITE_URL}og/article/a-1x1.png`],
    });
    const html = headed(`${SITE_URL}articles/a/`).replace(
      '</head>',
      `<script type="application/ld+json">${jsonLd}</script></head>`,
    );
    const { check } = builtSite({ 'articles/a/index.html': html });
    expect(check().map((p) => p.problem)).toEqual([
      '<script type="application/ld+json"> image: https://site.test/og/article/a-1x1.png leads nowhere: the build has no file /og/article/a-1x1.png.',
    ]);
  });

  test("a page taken from the checks' cache still has its head links followed: a card image that went missing is found", () => {
    const { root, dist } = builtSite({ 'index.html': headed(SITE_URL) });
    const options = {
      articlesDir: join(root, 'content', 'articles'),
      projectRoot: root,
      siteUrl: SITE_URL,
      cacheFile: join(root, '.astro', 'site-checks.json'),
    };
    expect(checkBuiltSite(dist, options)).toEqual([]);
    rmSync(join(dist, 'og', 'home', 'site.png'));
    expect(checkBuiltSite(dist, options).map((p) => `${p.file}: ${p.problem}`)).toEqual([
      '/: <meta property="og:image" content>: https://site.test/og/home/site.png leads nowhere: the build has no file /og/home/site.png.',
    ]);
  });
});

test("an article heading that repeats an id of its page is reported at the heading's line in the article file", () => {
  const { root, articles, dist } = projectWith(
    { 'a.md': '---\ntitle: a\n---\n\n## Sources\n' },
    {
      '/articles/a/':
        '<html lang="en"><head><title>A</title></head><body><h1>A</h1><h2 id="sources">Sources</h2><h2 id="sources">Sources</h2></body></html>',
    },
  );
  const problems = checkBuiltSite(dist, { articlesDir: articles, projectRoot: root });
  expect(problems.map((p) => [p.file, p.line, p.problem.slice(0, 30)])).toEqual([
    ['content/articles/a.md', 5, 'this heading gets the id "sour'],
  ]);
});

describe('checkBuiltSite with a cache of the pages that passed', () => {
  const front = '---\ntitle: x\n---\n';
  const good =
    '<html lang="en"><head><title>A</title></head><body><h1 id="top">A</h1><a href="#top">up</a></body></html>';
  const bad = good.replace('<h1 id="top">', '<h1 id="top" onclick="x()">');

  test('finds the same problems as without it, on the first build and on each later one', () => {
    const { root, articles } = projectWith(
      { 'a.md': front, 'b.md': `${front}\n[b](/articles/a/#top)\n` },
      { '/articles/a/': good, '/articles/b/': good },
    );
    const dir = join(root, 'dist');
    const cacheFile = join(root, '.astro', 'site-checks.json');
    const options = { articlesDir: articles, projectRoot: root, cacheFile };
    expect(checkBuiltSite(dir, options)).toEqual([]);
    expect(existsSync(cacheFile)).toBe(true);
    // Unchanged pages come from the cache, ids included: the link to #top still resolves.
    expect(checkBuiltSite(dir, options)).toEqual([]);

    // A page that changes is checked again, and a page with a problem is never taken from the cache.
    writeFileSync(join(dir, 'articles', 'a', 'index.html'), bad);
    const withoutCache = checkBuiltSite(dir, { articlesDir: articles, projectRoot: root });
    expect(withoutCache).toHaveLength(1);
    expect(checkBuiltSite(dir, options)).toEqual(withoutCache);
    expect(checkBuiltSite(dir, options)).toEqual(withoutCache);

    // Mended, it passes again, and is cached again.
    writeFileSync(join(dir, 'articles', 'a', 'index.html'), good);
    expect(checkBuiltSite(dir, options)).toEqual([]);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).pages).sort()).toEqual([
      '/articles/a/',
      '/articles/b/',
    ]);
  });

  test('a cache written by other checking code is not used', () => {
    const { root, articles } = projectWith({ 'a.md': front }, { '/articles/a/': good });
    const cacheFile = join(root, '.astro', 'site-checks.json');
    expect(
      checkBuiltSite(join(root, 'dist'), { articlesDir: articles, projectRoot: root, cacheFile }),
    ).toEqual([]);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    writeFileSync(cacheFile, JSON.stringify({ ...cache, code: 'older code' }));
    writeFileSync(join(root, 'dist', 'articles', 'a', 'index.html'), bad);
    expect(
      checkBuiltSite(join(root, 'dist'), { articlesDir: articles, projectRoot: root, cacheFile }),
    ).toHaveLength(1);
  });
});
