// The site's paths, and absolute URLs built on a site's address (passed in: src/lib is pure).
import { describe, expect, test } from 'vitest';
import { paths, siteRoot, urlOnSite } from '../../src/lib/urls.ts';

describe('paths', () => {
  test('every page path starts and ends with a slash', () => {
    expect(paths.home()).toBe('/');
    expect(paths.article('prisoner-exchange-what-we-know')).toBe(
      '/articles/prisoner-exchange-what-we-know/',
    );
    expect(paths.tag('prisoner-exchange')).toBe('/tags/prisoner-exchange/');
    expect(paths.tags()).toBe('/tags/');
    expect(paths.people()).toBe('/people/');
    expect(paths.source('istanbul-talks-report')).toBe('/sources/istanbul-talks-report/');
    expect(paths.quote('kyslytsya-good-end')).toBe('/quotes/kyslytsya-good-end/');
    expect(paths.fact('prisoner-exchange')).toBe('/facts/prisoner-exchange/');
    expect(paths.embedFactBox('prisoner-exchange')).toBe('/embed/factbox/prisoner-exchange/');
  });

  test('a person is an anchor on the people page', () => {
    expect(paths.person('serhiy-kyslytsya')).toBe('/people/#serhiy-kyslytsya');
  });

  test('the oEmbed response and share images are files', () => {
    expect(paths.oembedFactBox('prisoner-exchange')).toBe('/oembed/factbox/prisoner-exchange.json');
    expect(paths.shareImage('article', 'what-comes-next')).toBe('/og/article/what-comes-next.png');
    expect(paths.shareImage('home', 'index')).toBe('/og/home/index.png');
  });
});

describe('siteRoot and urlOnSite', () => {
  const site = siteRoot('https://istanbul-talks.example.org');

  test('a site’s address ends in one slash, however many were written', () => {
    for (const address of [
      'https://news.example.com',
      'https://news.example.com/',
      'https://news.example.com///',
    ])
      expect(siteRoot(address)).toBe('https://news.example.com/');
  });

  test('URLs are on the site’s address', () => {
    expect(urlOnSite('/', site)).toBe('https://istanbul-talks.example.org/');
    expect(urlOnSite('/articles/what-comes-next/', site)).toBe(
      'https://istanbul-talks.example.org/articles/what-comes-next/',
    );
    expect(urlOnSite('/sources/istanbul-talks-report/#p8', site)).toBe(
      'https://istanbul-talks.example.org/sources/istanbul-talks-report/#p8',
    );
    expect(urlOnSite('/people/#serhiy-kyslytsya', site)).toBe(
      'https://istanbul-talks.example.org/people/#serhiy-kyslytsya',
    );
  });

  test('a path without a leading slash gives the same URL', () => {
    expect(urlOnSite('facts/prisoner-exchange/', site)).toBe(
      'https://istanbul-talks.example.org/facts/prisoner-exchange/',
    );
  });

  test('an address with a path keeps the path in every URL', () => {
    const nested = siteRoot('https://news.example.com/istanbul');
    expect(urlOnSite('/', nested)).toBe('https://news.example.com/istanbul/');
    expect(urlOnSite('/facts/prisoner-exchange/', nested)).toBe(
      'https://news.example.com/istanbul/facts/prisoner-exchange/',
    );
  });
});
