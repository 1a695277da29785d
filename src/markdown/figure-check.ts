// Finds numbers in prose that contradict a fact box's figures: in a sentence that uses a figure's
// phrase ("each side", "in all"), the count written nearest before the phrase must be the figure.
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
    .split(/(?<=[.!?])\s+(?=["“‘(]?[A-Z0-9])/)
    .filter((s) => s.trim().length > 0);
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

export function findFigureContradictions(
  text: string,
  figures: readonly FigureSpec[],
): FigureContradiction[] {
  const contradictions: FigureContradiction[] = [];
  for (const sentence of splitSentences(text)) {
    const counts = [...sentence.matchAll(NUMBER)]
      .filter((m) => !isDateOrYear(sentence, m.index, m[0]))
      .map((m) => ({ index: m.index, written: m[0], value: parseCount(m[0]) }));
    if (counts.length === 0) continue;
    for (const figure of figures) {
      for (const phrase of figure.phrases) {
        const phrasePattern = new RegExp(
          `\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
          'gi',
        );
        for (const match of sentence.matchAll(phrasePattern)) {
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
