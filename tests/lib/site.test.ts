import { expect, test } from 'vitest';
import { documentTitle } from '../../src/lib/site.ts';

test('a page’s <title> is its title and the site’s name; the home page’s is the name alone', () => {
  expect(documentTitle('Who’s who', 'A Site, Explained')).toBe('Who’s who | A Site, Explained');
  expect(documentTitle('A Site, Explained', 'A Site, Explained')).toBe('A Site, Explained');
});
