import { expect, test } from 'vitest';
import { documentTitle, SITE } from '../../src/lib/site.ts';

test('a page’s <title> is its title and the site’s name; the home page’s is the name alone', () => {
  expect(documentTitle('Who’s who')).toBe('Who’s who | The Istanbul Talks, Explained');
  expect(documentTitle(SITE.name)).toBe(SITE.name);
});
