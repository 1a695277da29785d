// Formats dates for readers and machines. Everything is shown in UTC so a page reads the same
// wherever it is built, and `datetime` attributes are exactly as precise as the content. Each
// formatter takes the language of the page (`en-GB` by default), and writes the date as that
// language's press does, through Intl: "16 May 2025", "16 травня 2025 р.", "16 Mayıs 2025".
import type { EventDate } from '../schemas/dates.ts';

/** The language every formatter writes in unless told otherwise. */
export const DEFAULT_DATE_LOCALE = 'en-GB';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and kind, made once. */
function formatter(locale: string, kind: 'day' | 'month' | 'time'): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  let made = formatters.get(key);
  if (!made) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'day'
        ? { day: 'numeric', month: 'long', year: 'numeric' }
        : kind === 'month'
          ? { month: 'long', year: 'numeric' }
          : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    made = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, made);
  }
  return made;
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** "16 May 2025" for a YYYY-MM-DD day. */
export function formatDay(day: string, locale = DEFAULT_DATE_LOCALE): string {
  return formatter(locale, 'day').format(utcDay(day));
}

/** "27 November 2026, 09:00 UTC" for an ISO instant. */
export function formatInstant(iso: string, locale = DEFAULT_DATE_LOCALE): string {
  const date = new Date(iso);
  return `${formatter(locale, 'day').format(date)}, ${formatter(locale, 'time').format(date)} UTC`;
}

/** "30 November 2026" for an ISO instant: its day in UTC, like every date on the site. */
export function formatInstantDay(iso: string, locale = DEFAULT_DATE_LOCALE): string {
  return formatDay(toUtcIso(iso).slice(0, 10), locale);
}

/** The instant in UTC with seconds, for `datetime` attributes and machines: `2026-11-27T09:00:00Z`. */
export function toUtcIso(iso: string): string {
  return new Date(iso).toISOString().replace('.000Z', 'Z');
}

/** True when two ISO instants differ by a minute or more. */
export function differentInstants(a: string, b: string): boolean {
  return Math.abs(Date.parse(a) - Date.parse(b)) >= 60_000;
}

export interface DisplayDate {
  /** What the reader sees. */
  label: string;
  /** The machine-readable value for `<time datetime>` (a range's first day), or null when there is no date to give. */
  datetime: string | null;
  /** The label in parts, each dated part with its own `datetime`: a range is two `<time>` elements. */
  parts: readonly { text: string; datetime?: string }[];
}

const single = (label: string, datetime: string | null): DisplayDate => ({
  label,
  datetime,
  parts: [datetime ? { text: label, datetime } : { text: label }],
});

/** "23–25 May 2025", "30 April – 2 May 2025" or "30 December 2024 – 2 January 2025", in parts. */
function displayRange(from: string, to: string, locale: string): DisplayDate {
  if (locale !== DEFAULT_DATE_LOCALE) return displayRangeIntl(from, to, locale);
  const [fy, fm] = from.split('-');
  const [ty, tm] = to.split('-');
  const end = formatDay(to, locale);
  const start =
    fy !== ty
      ? formatDay(from, locale)
      : fm !== tm
        ? formatDay(from, locale).replace(/ \d{4}$/, '')
        : String(Number(from.slice(8)));
  const dash = fy === ty && fm === tm ? '–' : ' – ';
  return {
    label: `${start}${dash}${end}`,
    datetime: from,
    parts: [{ text: start, datetime: from }, { text: dash }, { text: end, datetime: to }],
  };
}

/**
 * A range as another language writes it (Intl's `formatRange`: "23–25 мая 2025 г."), cut into the
 * start (up to the last part of the first day), what stands between, and the end.
 */
function displayRangeIntl(from: string, to: string, locale: string): DisplayDate {
  const parts = formatter(locale, 'day').formatRangeToParts(utcDay(from), utcDay(to));
  const label = parts.map((part) => part.value).join('');
  const lastStart = parts.findLastIndex((part) => part.source === 'startRange');
  const firstEnd = parts.findIndex((part) => part.source === 'endRange');
  if (lastStart < 0 || firstEnd < 0) return single(label, from);
  const text = (slice: typeof parts) => slice.map((part) => part.value).join('');
  return {
    label,
    datetime: from,
    parts: [
      { text: text(parts.slice(0, lastStart + 1)), datetime: from },
      { text: text(parts.slice(lastStart + 1, firstEnd)) },
      { text: text(parts.slice(firstEnd)), datetime: to },
    ],
  };
}

/** What an event date without a day says, in the page's language. */
export interface UndatedWords {
  notAnnounced: string;
  unknown: string;
}

const ENGLISH_UNDATED: UndatedWords = {
  notAnnounced: 'Date not announced',
  unknown: 'Date unknown',
};

/** The label and `datetime` of an event date, never more precise than the content. */
export function displayEventDate(
  date: EventDate,
  locale = DEFAULT_DATE_LOCALE,
  undated: UndatedWords = ENGLISH_UNDATED,
): DisplayDate {
  switch (date.precision) {
    case 'day':
      return single(formatDay(date.value, locale), date.value);
    case 'range':
      return displayRange(date.from, date.to, locale);
    case 'month':
      return single(formatter(locale, 'month').format(utcDay(`${date.value}-01`)), date.value);
    case 'not-announced':
      return single(undated.notAnnounced, null);
    case 'unknown':
      return single(undated.unknown, null);
  }
}

/** Sort key: dated events by their first instant; undated ones after every dated one. */
function sortKey(date: EventDate): number {
  switch (date.precision) {
    case 'day':
      return Date.parse(`${date.value}T00:00:00Z`);
    case 'range':
      return Date.parse(`${date.from}T00:00:00Z`);
    case 'month':
      return Date.parse(`${date.value}-01T00:00:00Z`);
    case 'not-announced':
      return Number.MAX_SAFE_INTEGER - 1;
    case 'unknown':
      return Number.MAX_SAFE_INTEGER;
  }
}

/** Orders events by date; events on the same date compare equal (callers break the tie). */
export function compareEventDates(a: EventDate, b: EventDate): number {
  return sortKey(a) - sortKey(b);
}
