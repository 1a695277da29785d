import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPageLinks, headLinks, pageLinks, resolveLink } from '../../src/checks/links.ts';
import { builtPage, readBuiltSite } from '../support/built-site.ts';

describe('resolveLink on a small built site', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(dir, 'articles', 'a'), { recursive: true });
  writeFileSync(join(dir, 'articles', 'a', 'index.html'), '<h2 id="the-numbers">The numbers</h2>');
  writeFileSync(join(dir, 'index.html'), '<main id="main"></main>');
  writeFileSync(join(dir, 'rss.xml'), '<rss/>');
  const site = readBuiltSite(dir);

  test('pages, files and fragments that exist resolve, relative links too', () => {
    for (const url of [
      '/articles/a/',
      '/articles/a/#the-numbers',
      '#main',
      '/rss.xml',
      'https://example.com/nope',
      'mailto:x@example.com',
    ]) {
      expect(resolveLink(site, '/', url), url).toEqual({ ok: true });
    }
    expect(resolveLink(site, '/articles/a/', '../a/#the-numbers')).toEqual({ ok: true });
  });

  test('a missing page, a missing fragment and a missing final slash are explained', () => {
    expect(resolveLink(site, '/', '/articles/b/')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('leads nowhere'),
    });
    expect(resolveLink(site, '/', '/articles/a/#the-numberz')).toMatchObject({
      ok: false,
      fix: expect.stringContaining('#the-numbers'),
    });
    expect(resolveLink(site, '/', '/articles/a')).toMatchObject({
      ok: false,
      fix: 'write /articles/a/.',
    });
    expect(resolveLink(site, '/', '/favicon.svg')).toMatchObject({
      ok: false,
      fix: expect.stringContaining('add /favicon.svg to public/'),
    });
  });

  test('checkPageLinks names the element a broken link is on, once per link', () => {
    const page = builtPage(
      '<a href="/articles/b/">b</a><a href="/articles/b/">again</a><img src="/a.png" alt="" srcset="/a.png 1x, /a-2x.png 2x">',
      '/',
    );
    expect(checkPageLinks(site, page).map((p) => p.problem.split(':')[0])).toEqual([
      '<a href>',
      '<img src>',
      '<img srcset>',
      '<img srcset>',
    ]);
  });
});

test('the images of a JSON-LD block are head links, however the block gives them', () => {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    image: ['https://site.test/og/article/a-16x9.png', 'https://elsewhere.test/b.png'],
    publisher: { '@type': 'Organization', logo: 'https://site.test/logo.png' },
    about: { '@type': 'Thing', image: { '@type': 'ImageObject', url: '/og/article/a-1x1.png' } },
  };
  const page = builtPage(
    `<html><head><script type="application/ld+json">${JSON.stringify(jsonLd)}</script><script type="application/ld+json">{ not json</script></head><body></body></html>`,
  );
  expect(headLinks(page, { url: 'https://site.test/' })).toEqual([
    {
      url: 'https://site.test/og/article/a-16x9.png',
      element: '<script type="application/ld+json"> image',
    },
    { url: '/og/article/a-1x1.png', element: '<script type="application/ld+json"> image' },
  ]);
});

test("the links of a page: those of the site, absolute ones under its address included, and not other sites'", () => {
  const page = builtPage(
    '<html><head><link rel="canonical" href="https://site.test/a/"><meta property="og:image" content="https://site.test/og/a.png"><meta name="twitter:image" content="https://elsewhere.test/a.png"></head>' +
      '<body><a href="/b/">b</a><a href="https://elsewhere.test/">e</a><svg><use xlink:href="/icons.svg#x"></use></svg></body></html>',
  );
  const site = { url: 'https://site.test/' };
  expect(headLinks(page, site)).toEqual([
    { url: 'https://site.test/a/', element: '<link rel="canonical" href>' },
    { url: 'https://site.test/og/a.png', element: '<meta property="og:image" content>' },
  ]);
  expect(pageLinks(page, site).map((link) => `${link.element} ${link.url}`)).toEqual([
    '<a href> /b/',
    '<use href> /icons.svg#x',
    '<link rel="canonical" href> https://site.test/a/',
    '<meta property="og:image" content> https://site.test/og/a.png',
  ]);
});
