// Formats dates for readers and machines. Everything is shown in UTC so a page reads the same
// wherever it is built, and `datetime` attributes are exactly as precise as the content.
import type { EventDate } from '../schemas/dates.ts';

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** "16 May 2025" for a YYYY-MM-DD day. */
export function formatDay(day: string): string {
  return DAY.format(new Date(`${day}T00:00:00Z`));
}

/** "27 November 2026, 09:00 UTC" for an ISO instant. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return `${DAY.format(date)}, ${TIME.format(date)} UTC`;
}

/** "30 November 2026" for an ISO instant: its day in UTC, like every date on the site. */
export function formatInstantDay(iso: string): string {
  return formatDay(toUtcIso(iso).slice(0, 10));
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
function displayRange(from: string, to: string): DisplayDate {
  const [fy, fm] = from.split('-');
  const [ty, tm] = to.split('-');
  const end = formatDay(to);
  const start =
    fy !== ty
      ? formatDay(from)
      : fm !== tm
        ? formatDay(from).replace(/ \d{4}$/, '')
        : String(Number(from.slice(8)));
  const dash = fy === ty && fm === tm ? '–' : ' – ';
  return {
    label: `${start}${dash}${end}`,
    datetime: from,
    parts: [{ text: start, datetime: from }, { text: dash }, { text: end, datetime: to }],
  };
}

/** The label and `datetime` of an event date, never more precise than the content. */
export function displayEventDate(date: EventDate): DisplayDate {
  switch (date.precision) {
    case 'day':
      return single(formatDay(date.value), date.value);
    case 'range':
      return displayRange(date.from, date.to);
    case 'month':
      return single(MONTH.format(new Date(`${date.value}-01T00:00:00Z`)), date.value);
    case 'not-announced':
      return single('Date not announced', null);
    case 'unknown':
      return single('Date unknown', null);
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
