// A small Ukrainian edition of the tests' own, for the component tests that render a page of an
// edition (content/i18n/uk/ and content/translations/uk/ belong to the translators, and change): a
// few interface words and a few translated texts, so that everything else falls back to English.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The small edition's files, by path under content/. */
export const SMALL_UK_EDITION: Record<string, string> = {
  'i18n/uk/factbox.yaml': [
    'kicker: Довідка',
    "statusAsOf: 'Стан на {date}:'",
    'history: Як змінювався стан',
    "sources: 'Джерела:'",
    "page: { heading: '{title}: коротко' }",
  ].join('\n'),
  'i18n/uk/quote.yaml': [
    'ourTranslation: Наш переклад англійського тексту звіту',
    "translation: '«{text}»'",
    'link: Посилання на цю цитату',
    "page: { heading: 'Що сказав {name}' }",
  ].join('\n'),
  'i18n/uk/timeline.yaml': [
    'kicker: Хронологія',
    'status: { happened: Відбулося }',
    'asOf: станом на {date}',
  ].join('\n'),
  'i18n/uk/citation.yaml': 'report: Звіт',
  'i18n/uk/embed.yaml': [
    "frameTitle: 'Довідка: {title}, з сайту {site}'",
    "status: 'Стан на {date}: {status}'",
    'code: { label: Код для вставлення }',
  ].join('\n'),
  'translations/uk/quotes.yaml': [
    'kyslytsya-excellent-news: { text: потенційно чудова новина для 1 000 українських родин }',
    'umerov-next-step: { text: наступний крок }',
  ].join('\n'),
  'translations/uk/factboxes.yaml': [
    'prisoner-exchange:',
    "  title: 'Обмін полоненими: 1 000 на 1 000'",
    '  figures: [{ label: мають повернутися до кожної сторони }]',
    '  steps: [{ label: Погоджено }, { label: Проведено }]',
  ].join('\n'),
  'translations/uk/people.yaml': 'serhiy-kyslytsya: { name: Сергій Кислиця }',
  'translations/uk/timelines.yaml': "after-istanbul: { title: 'Що переговори залишили відкритим' }",
};

/**
 * A copy of `contentDir` in a temporary folder whose Ukrainian edition is SMALL_UK_EDITION alone:
 * its dictionary and its translated YAML replaced (its translated articles kept). Returns the copy.
 */
export function contentWithSmallUkEdition(contentDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'uk-edition-'));
  cpSync(contentDir, dir, { recursive: true });
  rmSync(join(dir, 'i18n', 'uk'), { recursive: true, force: true });
  for (const name of readdirSync(join(dir, 'translations', 'uk')))
    if (name.endsWith('.yaml')) rmSync(join(dir, 'translations', 'uk', name));
  for (const [file, text] of Object.entries(SMALL_UK_EDITION)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `${text}\n`);
  }
  return dir;
}
