import { expect, test } from 'vitest';
import { documentTitle, TITLE_MAX_LENGTH } from '../../src/lib/site.ts';

test('a page’s <title> is its title and the site’s name; the home page’s is the name alone', () => {
  expect(documentTitle('Who’s who', 'A Site, Explained')).toBe('Who’s who | A Site, Explained');
  expect(documentTitle('A Site, Explained', 'A Site, Explained')).toBe('A Site, Explained');
});

test('a long title takes the site’s short name, or stands alone, within the longest <title> allowed', () => {
  const long =
    'Стамбул, 16 травня 2025 року: Росія й Україна сіли за один стіл і погодили обмін полоненими, але не перемир’я';
  expect(documentTitle(long, 'Переговори в Стамбулі: пояснюємо', 'Переговори в Стамбулі')).toBe(
    `${long} | Переговори в Стамбулі`,
  );
  const longer = `${long}, а потім ще довше`;
  expect(documentTitle(longer, 'Переговори в Стамбулі: пояснюємо', 'Переговори в Стамбулі')).toBe(
    longer,
  );
  for (const title of [long, longer])
    expect(documentTitle(title, 'Site name', 'Site').length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
});
