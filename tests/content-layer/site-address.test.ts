// The site's address: `SITE_URL` when set, otherwise `url` in the content's site.yaml (CONTENT_DIR's
// when it is set); every absolute URL is built on it, and structured data describes the site from
// the same settings.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';

type SiteAddress = typeof import('../../src/content-layer/site-address.ts');

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The module as it reads the environment it is given, loaded afresh. */
async function withEnv(env: Record<string, string | undefined>): Promise<SiteAddress> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return import('../../src/content-layer/site-address.ts');
}

describe('siteUrl and absoluteUrl', () => {
  test('without SITE_URL, the address is content/site.yaml’s', async () => {
    const { absoluteUrl, siteUrl } = await withEnv({ SITE_URL: undefined });
    expect(siteUrl).toBe('https://istanbul-talks.example.org/');
    expect(absoluteUrl('/articles/what-comes-next/')).toBe(
      'https://istanbul-talks.example.org/articles/what-comes-next/',
    );
  });

  test('SITE_URL sets the address; trailing slashes do not matter', async () => {
    const { absoluteUrl, siteUrl } = await withEnv({ SITE_URL: 'https://news.example.com///' });
    expect(siteUrl).toBe('https://news.example.com/');
    expect(absoluteUrl('/people/#x')).toBe('https://news.example.com/people/#x');
  });

  test('CONTENT_DIR’s site.yaml gives the address of another content folder', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'site-address-')), 'content');
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'site.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^url: .*$/m, 'url: https://another.example.net/harbour'),
    );
    const { siteUrl } = await withEnv({ SITE_URL: undefined, CONTENT_DIR: dir });
    expect(siteUrl).toBe('https://another.example.net/harbour/');
  });
});

describe('siteFacts', () => {
  test('describe the site and, when there is one, its page on how it reports', async () => {
    const { siteFacts } = await withEnv({ SITE_URL: undefined });
    expect(siteFacts()).toEqual({
      url: 'https://istanbul-talks.example.org/',
      name: 'The Istanbul Talks, Explained',
      description: expect.stringMatching(/^A calm, sourced explainer/) as unknown,
      lang: 'en-GB',
      correctionsPolicy: 'https://istanbul-talks.example.org/articles/how-we-reported-this/',
    });
  });
});
