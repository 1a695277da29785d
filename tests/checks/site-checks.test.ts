import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { parseCsp } from '../../src/checks/headers-file';
import {
  checkArticleLinks, checkArticlePages, checkBuiltSite, checkDuplicateIds, checkPageLinks, checkPageOutline, checkPageSecurity, markdownLinks, readBuiltSite, resolveLink, type BuiltPage,
} from '../../src/checks/site-checks';

const page = (html: string, path = '/x/'): BuiltPage => {
  const $ = load(html);
  const ids = new Map<string, number>();
  $('[id]').each((_, el) => void ids.set($(el).attr('id')!, (ids.get($(el).attr('id')!) ?? 0) + 1));
  return { path, file: '', $, ids };
};

describe('resolveLink on a small built site', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(dir, 'articles', 'a'), { recursive: true });
  writeFileSync(join(dir, 'articles', 'a', 'index.html'), '<h2 id="the-numbers">The numbers</h2>');
  writeFileSync(join(dir, 'index.html'), '<main id="main"></main>');
  writeFileSync(join(dir, 'rss.xml'), '<rss/>');
  const site = readBuiltSite(dir);

  test('pages, files and fragments that exist resolve, relative links too', () => {
    for (const url of ['/articles/a/', '/articles/a/#the-numbers', '#main', '/rss.xml', 'https://example.com/nope', 'mailto:x@example.com']) {
      expect(resolveLink(site, '/', url), url).toEqual({ ok: true });
    }
    expect(resolveLink(site, '/articles/a/', '../a/#the-numbers')).toEqual({ ok: true });
  });

  test('a missing page, a missing fragment and a missing final slash are explained', () => {
    expect(resolveLink(site, '/', '/articles/b/')).toMatchObject({ ok: false, problem: expect.stringContaining('leads nowhere') });
    expect(resolveLink(site, '/', '/articles/a/#the-numberz')).toMatchObject({ ok: false, fix: expect.stringContaining('#the-numbers') });
    expect(resolveLink(site, '/', '/articles/a')).toMatchObject({ ok: false, fix: 'write /articles/a/.' });
    expect(resolveLink(site, '/', '/favicon.svg')).toMatchObject({ ok: false, fix: expect.stringContaining('add /favicon.svg to public/') });
  });
});

describe('the head\'s links and card URLs, absolute ones to the site included', () => {
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
    return { root, dist, check: () => checkBuiltSite(dist, { articlesDir: join(root, 'content', 'articles'), projectRoot: root, siteUrl: SITE_URL }) };
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
        problem: '<link rel="canonical" href>: https://site.test/404/ leads nowhere: the site has no /404/.',
        fix: expect.stringContaining('A page with no address of its own, such as 404.html (which hosts serve at any unknown address), has no canonical and no og:url, and is noindex'),
      },
      {
        file: '/404.html',
        problem: '<meta property="og:url" content>: https://site.test/404/ leads nowhere: the site has no /404/.',
        fix: expect.stringContaining('indexable={false}'),
      },
    ]);
  });

  test('the page\'s own address, its card image and its icon resolve; other sites are not followed', () => {
    const { check } = builtSite({ 'index.html': headed(SITE_URL), 'articles/a/index.html': headed(`${SITE_URL}articles/a/`) });
    expect(check()).toEqual([]);
  });

  test('a missing icon or card image in the head is found too, and the end-to-end link check sees the same', () => {
    const html = headed(`${SITE_URL}articles/a/`).replace('/favicon.svg', '/favicon-64.png').replace('og/home/site.png', 'og/article/a.png');
    const { dist, check } = builtSite({ 'articles/a/index.html': html });
    const expected = [
      '<link rel="icon" href>: /favicon-64.png leads nowhere: the build has no file /favicon-64.png.',
      '<meta property="og:image" content>: https://site.test/og/article/a.png leads nowhere: the build has no file /og/article/a.png.',
    ];
    expect(check().map((p) => p.problem).sort()).toEqual(expected.sort());
    const site = readBuiltSite(dist, SITE_URL);
    expect(checkPageLinks(site, site.pages.get('/articles/a/')!).map((p) => p.problem).sort()).toEqual(expected.sort());
  });

  test('a page taken from the checks\' cache still has its head links followed: a card image that went missing is found', () => {
    const { root, dist } = builtSite({ 'index.html': headed(SITE_URL) });
    const options = { articlesDir: join(root, 'content', 'articles'), projectRoot: root, siteUrl: SITE_URL, cacheFile: join(root, '.astro', 'site-checks.json') };
    expect(checkBuiltSite(dist, options)).toEqual([]);
    rmSync(join(dist, 'og', 'home', 'site.png'));
    expect(checkBuiltSite(dist, options).map((p) => `${p.file}: ${p.problem}`)).toEqual([
      '/: <meta property="og:image" content>: https://site.test/og/home/site.png leads nowhere: the build has no file /og/home/site.png.',
    ]);
  });
});

/** A project folder with article files and a built site: `{ "a.md": markdown }`, `{ "/articles/a/": html }`. */
function projectWith(articleFiles: Record<string, string>, builtPages: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'project-'));
  const articles = join(root, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  for (const [name, markdown] of Object.entries(articleFiles)) writeFileSync(join(articles, name), markdown);
  for (const [path, html] of Object.entries(builtPages)) {
    mkdirSync(join(root, 'dist', path), { recursive: true });
    writeFileSync(join(root, 'dist', path, 'index.html'), html);
  }
  return { root, articles, site: readBuiltSite(join(root, 'dist')) };
}

test('checkArticlePages names each article file the build made no page for, and skips drafts', () => {
  const front = '---\ntitle: x\n---\n';
  const { root, articles, site } = projectWith({ 'kept.md': front, 'dropped.md': front, '_draft.md': front }, { '/articles/kept/': '<h1>Kept</h1>' });
  expect(checkArticlePages(site, articles, root)).toEqual([
    {
      file: 'content/articles/dropped.md',
      problem: 'this article has no page in the build: /articles/dropped/ is missing, so readers and links would find nothing.',
      fix: expect.stringContaining('the build must make one page per article'),
    },
  ]);
});

test('checkArticleLinks finds broken links however they are written, and skips files with no link at all', () => {
  const { root, articles, site } = projectWith(
    {
      'a.md': '---\ntitle: a\n---\n\nNo links here, only prose (and brackets] like these).\n',
      'b.md': '---\ntitle: b\n---\n\nSee [this][ref] and <A HREF="/nowhere/">that</A>.\n\n[ref]: /articles/a/#missing\n',
    },
    { '/articles/a/': '<h2 id="s">S</h2>' },
  );
  expect(checkArticleLinks(site, articles, root).map((p) => [p.file, p.line, p.problem.split(':')[0]])).toEqual([
    ['content/articles/b.md', 5, '/nowhere/ leads nowhere'],
    ['content/articles/b.md', 7, '/articles/a/#missing points at "#missing", but /articles/a/ has no element with that id.'],
  ]);
});

test('markdownLinks finds Markdown and raw HTML links with their lines', () => {
  const links = markdownLinks('---\ntitle: x\n---\n\nSee [a](/articles/a/) and\n<a href="/b/">b</a> and ![i](/i.png).\n\n[ref]: /c/\n');
  expect(links.map((l) => [l.url, l.line])).toEqual([
    ['/articles/a/', 5],
    ['/b/', 6],
    ['/i.png', 6],
    ['/c/', 8],
  ]);
});

test('checkPageSecurity refuses what the policy would block or what runs code', () => {
  const policies = parseCsp("default-src 'none'; script-src 'self'; style-src 'self'");
  const problems = checkPageSecurity(
    page(`<script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/a.js"></script>
      <script>alert(1)</script><script src="https://cdn.example/x.js"></script><style>p{}</style>
      <p style="color:red" onmouseover="x()"><a href=" javascript:alert(1)">x</a></p><iframe src="/x/"></iframe>
      <base target="_blank"><base href="https://evil.example/">`),
    policies,
  ).map((p) => p.problem);
  expect(problems).toHaveLength(8);
  for (const words of ['inline <script>', 'loaded from https://cdn.example/x.js', 'inline <style>', 'onmouseover', 'style="color:red"', 'javascript: URLs', '<iframe>', '<base href="https://evil.example/">']) {
    expect(problems.some((p) => p.includes(words)), words).toBe(true);
  }
});

test('checkDuplicateIds names the repeated id', () => {
  expect(checkDuplicateIds(page('<h2 id="sources"></h2><section><h2 id="sources"></h2></section>'))[0]?.problem).toContain('"sources" is used 2 times');
});

test('checkPageOutline wants one h1, headings in order, lang, title, description and alt', () => {
  const good = page('<html lang="en"><head><title>T</title><meta name="description" content="D"></head><body><h1>A</h1><h2>B</h2><img src="/a.png" alt="A map"></body></html>');
  expect(checkPageOutline(good)).toEqual([]);
  const bad = page('<html><head></head><body><h2>B</h2><h4>C</h4><img src="/a.png"></body></html>');
  expect(checkPageOutline(bad).map((p) => p.problem)).toEqual([
    'the page has no lang attribute on <html>.',
    'the page has no <title>.',
    'the page has no meta description.',
    'the page has 0 h1 headings; it needs exactly one.',
    '<h2> "B" follows no heading: it skips a level.',
    '<h4> "C" follows an <h2>: it skips a level.',
    'the image /a.png has no alt text.',
  ]);
});

describe('checkBuiltSite with a cache of the pages that passed', () => {
  const front = '---\ntitle: x\n---\n';
  const good = '<html lang="en"><head><title>A</title></head><body><h1 id="top">A</h1><a href="#top">up</a></body></html>';
  const bad = good.replace('<h1 id="top">', '<h1 id="top" onclick="x()">');

  test('finds the same problems as without it, on the first build and on each later one', () => {
    const { root, articles } = projectWith({ 'a.md': front, 'b.md': `${front}\n[b](/articles/a/#top)\n` }, { '/articles/a/': good, '/articles/b/': good });
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
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).pages).sort()).toEqual(['/articles/a/', '/articles/b/']);
  });

  test('a cache written by other checking code is not used', () => {
    const { root, articles } = projectWith({ 'a.md': front }, { '/articles/a/': good });
    const cacheFile = join(root, '.astro', 'site-checks.json');
    expect(checkBuiltSite(join(root, 'dist'), { articlesDir: articles, projectRoot: root, cacheFile })).toEqual([]);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    writeFileSync(cacheFile, JSON.stringify({ ...cache, code: 'older code' }));
    writeFileSync(join(root, 'dist', 'articles', 'a', 'index.html'), bad);
    expect(checkBuiltSite(join(root, 'dist'), { articlesDir: articles, projectRoot: root, cacheFile })).toHaveLength(1);
  });
});
