// Formats dates for readers and machines. Everything is shown in UTC so a page reads the same
// wherever it is built, and `datetime` attributes are exactly as precise as the content.
import type { EventDate } from '../schemas/dates';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });

/** "16 May 2025" for a YYYY-MM-DD day. */
export function formatDay(day: string): string {
  return DAY.format(new Date(`${day}T00:00:00Z`));
}

/** "27 November 2026, 09:00 UTC" for an ISO instant. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return `${DAY.format(date)}, ${TIME.format(date)} UTC`;
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
  /** The machine-readable value for `<time datetime>`, or null when there is no date to give. */
  datetime: string | null;
}

/** The label and `datetime` of an event date, never more precise than the content. */
export function displayEventDate(date: EventDate): DisplayDate {
  switch (date.precision) {
    case 'day':
      return { label: formatDay(date.value), datetime: date.value };
    case 'month':
      return { label: MONTH.format(new Date(`${date.value}-01T00:00:00Z`)), datetime: date.value };
    case 'not-announced':
      return { label: 'Date not announced', datetime: null };
    case 'unknown':
      return { label: 'Date unknown', datetime: null };
  }
}

/** Sort key: dated events by their first instant; undated ones after every dated one. */
function sortKey(date: EventDate): number {
  switch (date.precision) {
    case 'day':
      return Date.parse(`${date.value}T00:00:00Z`);
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
