// Counts as the site prints them: the noun agrees with the number.
import { expect, test } from 'vitest';
import { countOf } from '../../src/lib/counts.ts';

test('one takes the singular; every other number, none included, the plural', () => {
  expect(countOf(1, 'article')).toBe('1 article');
  expect(countOf(3, 'article')).toBe('3 articles');
  expect(countOf(0, 'quote')).toBe('0 quotes');
  expect(countOf(2, 'page')).toBe('2 pages');
});

test('a plural that is not the singular with an "s" is given, and large numbers are grouped', () => {
  expect(countOf(1, 'person', 'people')).toBe('1 person');
  expect(countOf(2, 'person', 'people')).toBe('2 people');
  expect(countOf(1000, 'article')).toBe('1,000 articles');
});
