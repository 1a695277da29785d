// Numbers as each edition writes them: found in prose and read back to their values.
import { expect, test } from 'vitest';
import { formatNumber, numbersIn, parseWrittenNumber } from '../../src/lib/edition-numbers.ts';

test('each language writes a thousand its own way, as Intl does', () => {
  expect(formatNumber(1000, 'en-GB')).toBe('1,000');
  expect(formatNumber(1000, 'uk')).toBe('1\u00a0000');
  expect(formatNumber(1000, 'ru')).toBe('1\u00a0000');
  expect(formatNumber(1000, 'tr')).toBe('1.000');
});

test.each([
  ['en', '1,000 to each side, 2,000 in all: 390, 307 and 303 (¶6)', [1000, 2000, 390, 307, 303, 6]],
  [
    'uk',
    'по 1\u00a0000 з кожного боку, 2 000 загалом; 390, 307 і 303',
    [1000, 2000, 390, 307, 303],
  ],
  ['ru', '1\u202f000 человек с каждой стороны, 23–25 мая 2025 г.', [1000, 23, 25, 2025]],
  ['tr', 'her iki taraftan 1.000 kişi, toplam 2.000; 3,5 gün', [1000, 2000, 3.5]],
])('finds every number a %s text writes', (lang, text, values) => {
  expect(numbersIn(text, lang)).toEqual(values);
});

test('a number inside a word or an id is not a number of the text', () => {
  expect(numbersIn('the 18th package, G7 and p8', 'en')).toEqual([]);
});

test('parseWrittenNumber reads any space as a Cyrillic group separator', () => {
  expect(parseWrittenNumber('1 000', 'ru')).toBe(1000);
  expect(parseWrittenNumber('1.000', 'tr')).toBe(1000);
});
