// Facts from outside the report rest on the excerpts the site keeps of each outlet's piece
// (`excerpt` in content/sources.yaml). Every number we write about such a fact, and every day of its
// date, must stand in the words it cites: a figure typed wrong, or taken from a piece we do not cite,
// fails the build. Pure: the entries come in, the problems go out (src/content-layer/references.ts
// runs it with the rest of the cross-entry rules).
import type { EventDate } from '../schemas/dates.ts';

/** A cited text the numbers may stand in: an outlet's excerpt, or a cited paragraph of a report. */
export interface CitedText {
  /** How a message names it: `"reuters-2025-05-23" (Reuters, 2025-05-23)`. */
  label: string;
  text: string;
  /** The language of the text, for month names (`en`, `it`). */
  language: string;
  /**
   * The day the piece was published (YYYY-MM-DD): a year in our text counts as found when it is this
   * one's, and a day when it is this day, since a report of the day names it "on Friday".
   */
  published?: string | undefined;
}

// "1,000", "1 000", "18th", "2025": digits, with thousands separators; ordinals lose their suffix.
const NUMBER = /\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+/g;

/** The numbers a text writes in digits, without thousands separators: "1,000 on 23 May" → 1000, 23. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(NUMBER)].map((m) => m[0].replace(/[^\d]/g, '').replace(/^0+(?=\d)/, ''));
}

function monthNames(month: number, language: string): string[] {
  const date = new Date(Date.UTC(2025, month - 1, 15));
  const names = new Set<string>();
  for (const lang of new Set([language, 'en'])) {
    for (const style of ['long', 'short'] as const) {
      try {
        const name = new Intl.DateTimeFormat(lang, { month: style, timeZone: 'UTC' }).format(date);
        names.add(name.replace(/\.$/, '').toLowerCase());
      } catch {
        // An unknown language tag: English names only.
      }
    }
  }
  return [...names];
}

/** The calendar days a date names (a range names its first and last), as [year, month, day]. */
function daysOf(date: EventDate): { year: string; month: number; day?: string }[] {
  const split = (iso: string) => {
    const [year, month, day] = iso.split('-');
    return { year: year!, month: Number(month), ...(day ? { day: String(Number(day)) } : {}) };
  };
  if (date.precision === 'day' || date.precision === 'month') return [split(date.value)];
  if (date.precision === 'range') return [split(date.from), split(date.to)];
  return [];
}

function hasNumber(texts: readonly CitedText[], n: string): boolean {
  return texts.some(
    (t) => numbersIn(t.text).includes(n) || (n.length === 4 && t.published?.slice(0, 4) === n),
  );
}

/** "15 August 2025" and "15 August" for a day written YYYY-MM-DD, as our texts write dates. */
function dayPhrases(iso: string): RegExp {
  const [year, month, day] = iso.split('-');
  const name = monthNames(Number(month), 'en')[0]!;
  return new RegExp(`\\b${Number(day)} ${name}(?: ${year})?\\b`, 'gi');
}

/**
 * The numbers in `ours` that stand in none of the cited texts. A year counts when a cited piece
 * was published in it, and a day ("on 25 February 2026") when a cited piece was published that day.
 */
export function numbersNotInSources(ours: string, texts: readonly CitedText[]): string[] {
  const days = texts.flatMap((t) => (t.published ? [dayPhrases(t.published)] : []));
  // "¶2" and "¶10–11" point at a report's paragraphs; they are not figures.
  const withoutParagraphs = ours.replace(/¶\s?\d+(?:[–-]\d+)?/g, ' ');
  const rest = days.reduce((text, phrase) => text.replace(phrase, ' '), withoutParagraphs);
  return [...new Set(numbersIn(rest))].filter((n) => !hasNumber(texts, n));
}

/** What a date says that none of the cited texts give: its day with its month, and its year. */
export function dateNotInSources(date: EventDate, texts: readonly CitedText[]): string[] {
  const missing: string[] = [];
  for (const { year, month, day } of daysOf(date)) {
    const iso = `${year}-${String(month).padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`;
    const found = texts.some((t) => {
      if (day && t.published === iso) return true;
      const lower = t.text.toLowerCase();
      const months = monthNames(month, t.language).filter((name) => lower.includes(name));
      return months.length > 0 && (!day || numbersIn(t.text).includes(day));
    });
    const name = monthNames(month, 'en')[0]!;
    const label = `${day ? `${day} ` : ''}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
    if (!found) missing.push(label);
    if (!hasNumber(texts, year)) missing.push(year);
  }
  return [...new Set(missing)];
}

/** What a fact's fields say that its cited texts do not: one message per field, or none. */
export function figureProblems(
  fields: Readonly<Record<string, string | undefined>>,
  date: EventDate | undefined,
  texts: readonly CitedText[],
): { field: string; problem: string; fix: string }[] {
  const cited = texts.map((t) => t.label).join(', ');
  const fix = `correct the figure, or cite a piece whose excerpt gives it (add it to \`also\`, or widen the excerpt in content/sources.yaml with the outlet's own words).`;
  const problems = Object.entries(fields).flatMap(([field, value]) => {
    const missing = value ? numbersNotInSources(value, texts) : [];
    return missing.length
      ? [
          {
            field,
            problem: `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in the excerpts it cites (${cited}).`,
            fix,
          },
        ]
      : [];
  });
  const undated = date ? dateNotInSources(date, texts) : [];
  if (undated.length)
    problems.push({
      field: 'date',
      problem: `the date's ${undated.join(', ')} ${undated.length === 1 ? 'is' : 'are'} not in the excerpts it cites (${cited}).`,
      fix,
    });
  return problems;
}
