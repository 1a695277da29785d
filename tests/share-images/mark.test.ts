// The site's mark: one SVG in the theme's colours, served as /favicon.svg and drawn in the share
// cards, so the favicon, the cards and the icons never disagree.
import { expect, test } from 'vitest';
import { GET as faviconSvg } from '../../src/pages/favicon.svg.ts';
import { loadMark } from '../../src/share-images/assets.ts';
import { MARK_SVG } from '../../src/share-images/mark.ts';
import { readSiteSettings } from '../../src/content-layer/site-settings.ts';
import { themeColor } from '../../src/styles/palette.ts';

test('the mark is an SVG document titled with the site’s name, in the theme’s accent and paper', () => {
  expect(MARK_SVG).toMatch(
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>\n[\s\S]*<\/svg>\n$/,
  );
  expect(MARK_SVG).toContain(`<title>${readSiteSettings().name}</title>`);
  expect(MARK_SVG).toContain(
    `<rect width="64" height="64" rx="14" fill="${themeColor('accent')}"/>`,
  );
  expect([...MARK_SVG.matchAll(/fill="([^"]+)"/g)].map(([, fill]) => fill)).toEqual([
    themeColor('accent'),
    themeColor('paper'),
    themeColor('paper'),
  ]);
});

test('/favicon.svg serves the mark as SVG', async () => {
  const response = await faviconSvg({} as never);
  expect(response.headers.get('Content-Type')).toBe('image/svg+xml');
  expect(await response.text()).toBe(MARK_SVG);
});

test('the share cards draw the same mark', async () => {
  expect(await loadMark()).toBe(MARK_SVG);
});
