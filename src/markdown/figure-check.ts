// Finds numbers in prose that contradict a fact box's figures: in a sentence that uses a figure's
// phrase ("each side", "in all"), the count written nearest before the phrase must be the figure.
// In an edition's language, numbers are read as that language writes them ("1 000", "1.000"), in
// digits, and a day beside one of its month names ("16 травня") or a year is a date, not a count.
import { numberPattern, parseWrittenNumber } from '../lib/edition-numbers.ts';
import type { FactBox } from '../schemas/factbox.ts';

/** A fact box's figure: its key, its true value, what it counts and the phrases that mean it. */
export type FigureSpec = FactBox['figures'][number];

export interface FigureContradiction {
  figure: FigureSpec;
  /** The phrase that tied the number to the figure. */
  phrase: string;
  /** The number as written. */
  written: string;
  /** Its value. */
  found: number;
  /** The sentence it stands in. */
  sentence: string;
}

const SMALL: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  fifty: 50,
  hundred: 100,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
// Capitalised, as in dates: the verb "may" is not a month.
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';

// A count: digits with thousands separators, plain digits, or "one/two/a thousand" and the like.
const NUMBER = new RegExp(
  String.raw`\b(\d{1,3}(?:,\d{3})+|\d+|(?:${Object.keys(SMALL).join('|')})(?:[\s-]+(?:${Object.keys(SCALE).join('|')}))+)\b`,
  'gi',
);

/** Parses "1,000", "2000", "one thousand", "two thousand" into a number. */
export function parseCount(written: string): number {
  const digits = written.replace(/,/g, '');
  if (/^\d+$/.test(digits)) return Number(digits);
  const words = written.toLowerCase().split(/[\s-]+/);
  let total = 0;
  for (const word of words) {
    if (word in SCALE && total > 0) total *= SCALE[word]!;
    else if (word in SMALL) total += SMALL[word]!;
  }
  return total;
}

/** Splits prose into sentences (good enough for news copy: ends at . ! ? followed by a space and a capital). */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=["“‘«„(]?[\p{Lu}0-9])/u)
    .filter((s) => s.trim().length > 0);
}

const monthNames = new Map<string, string[]>();

/** Every month's name in `lang` as it stands beside a day ("травня", "мая", "Mayıs"), lower-cased. */
function monthsIn(lang: string): string[] {
  let names = monthNames.get(lang);
  if (!names) {
    const format = new Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    names = Array.from({ length: 12 }, (_, month) =>
      format
        .formatToParts(new Date(Date.UTC(2025, month, 16)))
        .find((part) => part.type === 'month')!
        .value.toLocaleLowerCase(lang),
    );
    monthNames.set(lang, names);
  }
  return names;
}

/** True when a number written in another language than English is a day or a year, not a count. */
function isDateOrYearIn(lang: string, sentence: string, index: number, written: string): boolean {
  const around = (from: number, to: number) =>
    sentence.slice(Math.max(0, from), to).toLocaleLowerCase(lang);
  const before = around(index - 16, index);
  const after = around(index + written.length, index + written.length + 16);
  if (/^\d{1,2}$/.test(written) && Number(written) >= 1 && Number(written) <= 31) {
    const months = monthsIn(lang);
    return months.some((m) => after.trimStart().startsWith(m) || before.trimEnd().endsWith(m));
  }
  return /^(1[89]|20|21)\d{2}$/.test(written);
}

/** A phrase in a sentence, as a whole word or words in any script. */
function phrasePattern(phrase: string, lang: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return lang === 'en'
    ? new RegExp(`\\b${escaped}\\b`, 'gi')
    : new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

const YEAR_CONTEXT = /\b(in|since|by|of|until|from|before|after|during|early|late|mid)\s*$/i;

/**
 * True when a number is part of a date rather than a count: a day (1 to 31) written beside a
 * capitalised month name ("16 May", "May 16"), or a four-digit year that follows a month, a day or
 * a word such as "in" or "since". The verb "may" and a count such as "2000 in all" are counts.
 */
function isDateOrYear(sentence: string, index: number, written: string): boolean {
  const before = sentence.slice(Math.max(0, index - 16), index);
  const after = sentence.slice(index + written.length, index + written.length + 16);
  if (/^\d{1,2}$/.test(written) && Number(written) >= 1 && Number(written) <= 31) {
    return (
      new RegExp(`^\\s*(${MONTHS})\\b`).test(after) ||
      new RegExp(`\\b(${MONTHS})\\s*$`).test(before)
    );
  }
  if (/^(1[89]|20|21)\d{2}$/.test(written)) {
    return (
      new RegExp(`\\b(${MONTHS})\\s*(\\d{1,2},?\\s*)?$`).test(before) || YEAR_CONTEXT.test(before)
    );
  }
  return false;
}

/** The counts written in a sentence, dates and years left out. */
function countsIn(
  sentence: string,
  lang: string,
): { index: number; written: string; value: number }[] {
  if (lang === 'en')
    return [...sentence.matchAll(NUMBER)]
      .filter((m) => !isDateOrYear(sentence, m.index, m[0]))
      .map((m) => ({ index: m.index, written: m[0], value: parseCount(m[0]) }));
  return [...sentence.matchAll(numberPattern(lang))]
    .filter((m) => !isDateOrYearIn(lang, sentence, m.index, m[0]))
    .map((m) => ({ index: m.index, written: m[0], value: parseWrittenNumber(m[0], lang) }));
}

/**
 * The numbers in `text` that contradict a figure: in a sentence that uses one of the figure's
 * phrases, the count written nearest before the phrase. `lang` is the text's language (`en`, or an
 * edition's: `uk`, `ru`, `tr`), whose phrases the figures then carry.
 */
export function findFigureContradictions(
  text: string,
  figures: readonly FigureSpec[],
  lang = 'en',
): FigureContradiction[] {
  const contradictions: FigureContradiction[] = [];
  for (const sentence of splitSentences(text)) {
    const counts = countsIn(sentence, lang);
    if (counts.length === 0) continue;
    for (const figure of figures) {
      for (const phrase of figure.phrases) {
        for (const match of sentence.matchAll(phrasePattern(phrase, lang))) {
          const nearest = counts.filter((c) => c.index < match.index).at(-1);
          if (nearest && nearest.value !== figure.value) {
            contradictions.push({
              figure,
              phrase,
              written: nearest.written,
              found: nearest.value,
              sentence: sentence.trim(),
            });
          }
        }
      }
    }
  }
  return contradictions;
}
