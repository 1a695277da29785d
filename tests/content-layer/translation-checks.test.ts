// The editions' words checked like content, on a copy of the content: a translation that names an
// entry or a key that does not exist, gives a field that is never translated, or a number the
// English does not give stops the build, naming the file, the line and the key; what it leaves
// out is listed instead.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { checkDictionaries, phrase } from '../../src/content-layer/dictionary.ts';
import { editions } from '../../src/content-layer/editions.ts';
import { checkTranslations } from '../../src/content-layer/translations.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'translations-'));
  for (const file of ['site.yaml', 'people.yaml', 'factboxes.yaml', 'articles'])
    cpSync(join('content', file), join(dir, file), { recursive: true });
  for (const lang of ['en', 'uk']) mkdirSync(join(dir, 'i18n', lang), { recursive: true });
  mkdirSync(join(dir, 'translations', 'uk'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
const problemsOf = () =>
  checkTranslations(dir).problems.map(
    (p) =>
      `${p.file.replace(dir, '<content>')}:${p.line} ${p.entry} ${p.field ?? ''}: ${p.problem}`,
  );

test('a translation that names no entry is refused with its file, line and id', () => {
  write(
    'translations/uk/people.yaml',
    'rustem-umerov:\n  role: Міністр оборони\numerov-typo:\n  role: x\n',
  );
  expect(problemsOf()).toEqual([
    expect.stringMatching(
      /^<content>\/translations\/uk\/people\.yaml:3 umerov-typo : there is no entry "umerov-typo"/,
    ),
  ]);
});

test('a figure, a reference or a field the English lacks is refused', () => {
  write(
    'translations/uk/factboxes.yaml',
    'prisoner-exchange:\n  figures:\n    - value: 1500\n  article: elsewhere\n  titel: x\n',
  );
  expect(problemsOf()).toEqual([
    expect.stringMatching(
      /factboxes\.yaml:5 prisoner-exchange titel: the English entry has no field/,
    ),
    expect.stringMatching(
      /factboxes\.yaml:3 prisoner-exchange figures\[0\]\.value: this field is never translated/,
    ),
    expect.stringMatching(
      /factboxes\.yaml:4 prisoner-exchange article: this field is never translated/,
    ),
  ]);
});

test('a translated text whose numbers are not the English text’s is refused', () => {
  write(
    'translations/uk/factboxes.yaml',
    'prisoner-exchange:\n  summary: На переговорах у Стамбулі 16 травня 2025 року сторони домовилися повернути по 1 500 полонених.\n',
  );
  expect(problemsOf()).toEqual([
    expect.stringMatching(
      /factboxes\.yaml:2 prisoner-exchange summary: this translation does not say what the English says: its numbers \(16, 1500, 2025\) are not the English text's \(16, 1000, 2025\)/,
    ),
  ]);
});

test('what a translation leaves out is listed, not refused', () => {
  write('translations/uk/people.yaml', 'rustem-umerov:\n  name: Рустем Умєров\n');
  const { problems, missing } = checkTranslations(dir);
  expect(problems).toEqual([]);
  expect(missing).toContain(`${join(dir, 'translations/uk/people.yaml')}: rustem-umerov role`);
  expect(missing).toContain(
    `${join(dir, 'translations/uk/people.yaml')}: serhiy-kyslytsya (the whole entry)`,
  );
});

test('a dictionary key the English lacks, or a placeholder it does not have, is refused; a missing key falls back to English, marked', () => {
  write('i18n/en/factbox.yaml', 'statusAsOf: Status as of {date}\ntitle: Fact box\n');
  write('i18n/uk/factbox.yaml', 'statusAsOf: Станом на {day}\ntitel: Факти\n');
  const { problems, missing } = checkDictionaries(dir);
  expect(problems.map((p) => `${p.line} ${p.field}: ${p.problem}`)).toEqual([
    expect.stringMatching(
      /^1 factbox\.statusAsOf: this text's placeholders \(day\) are not the original's \(date\)/,
    ),
    expect.stringMatching(/^2 factbox\.titel: there is no key "factbox\.titel"/),
  ]);
  // This copy's site.yaml lists every edition; only the Ukrainian dictionary is written here.
  expect(missing.filter((key) => key.startsWith('uk:'))).toEqual(['uk: factbox.title']);
  const uk = editions(dir).find((e) => e.code === 'uk')!;
  expect(phrase('factbox.title', {}, uk, dir)).toEqual({
    text: 'Fact box',
    lang: 'en-GB',
    fallback: true,
  });
  expect(phrase('factbox.statusAsOf', { day: '16 травня' }, uk, dir).text).toBe(
    'Станом на 16 травня',
  );
});

test('a count chooses the plural form of the edition’s language', () => {
  write('i18n/en/card.yaml', 'articles:\n  one: "{count} article"\n  other: "{count} articles"\n');
  write(
    'i18n/uk/card.yaml',
    'articles:\n  one: "{count} стаття"\n  few: "{count} статті"\n  many: "{count} статей"\n  other: "{count} статті"\n',
  );
  const uk = editions(dir).find((e) => e.code === 'uk')!;
  const say = (count: number) => phrase('card.articles', { count }, uk, dir).text;
  expect([say(1), say(3), say(5), say(1000)]).toEqual([
    '1 стаття',
    '3 статті',
    '5 статей',
    '1\u00a0000 статей',
  ]);
});
