// The site's paths, and absolute URLs built from SITE_URL.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { paths, type absoluteUrl } from '../../src/lib/urls.ts';

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

describe('absoluteUrl', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function withSiteUrl(siteUrl: string | undefined): Promise<typeof absoluteUrl> {
    vi.stubEnv('SITE_URL', siteUrl);
    vi.resetModules();
    return (await import('../../src/lib/urls.ts')).absoluteUrl;
  }

  test('without SITE_URL, URLs are on https://istanbul-talks.example.org/', async () => {
    const absolute = await withSiteUrl(undefined);
    expect(absolute('/')).toBe('https://istanbul-talks.example.org/');
    expect(absolute('/articles/what-comes-next/')).toBe(
      'https://istanbul-talks.example.org/articles/what-comes-next/',
    );
    expect(absolute('/sources/istanbul-talks-report/#p8')).toBe(
      'https://istanbul-talks.example.org/sources/istanbul-talks-report/#p8',
    );
    expect(absolute('/people/#serhiy-kyslytsya')).toBe(
      'https://istanbul-talks.example.org/people/#serhiy-kyslytsya',
    );
  });

  test('a path without a leading slash gives the same URL', async () => {
    const absolute = await withSiteUrl(undefined);
    expect(absolute('facts/prisoner-exchange/')).toBe(
      'https://istanbul-talks.example.org/facts/prisoner-exchange/',
    );
  });

  test('SITE_URL sets the address; trailing slashes do not matter', async () => {
    for (const site of [
      'https://news.example.com',
      'https://news.example.com/',
      'https://news.example.com///',
    ]) {
      const absolute = await withSiteUrl(site);
      expect(absolute('/articles/what-comes-next/')).toBe(
        'https://news.example.com/articles/what-comes-next/',
      );
    }
  });

  test('a SITE_URL with a path keeps the path in every URL', async () => {
    const absolute = await withSiteUrl('https://news.example.com/istanbul');
    expect(absolute('/')).toBe('https://news.example.com/istanbul/');
    expect(absolute('/facts/prisoner-exchange/')).toBe(
      'https://news.example.com/istanbul/facts/prisoner-exchange/',
    );
  });
});
