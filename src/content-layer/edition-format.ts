// Dates and numbers in the page's edition: the formatters of src/lib/dates.ts and
// src/lib/edition-numbers.ts, given the language of the page being rendered. Components import
// these, not the pure ones, so a date reads "16 May 2025" at /articles/… and "16 травня 2025 р."
// at /uk/articles/….
import * as dates from '../lib/dates.ts';
import { formatNumber as formatNumberIn } from '../lib/edition-numbers.ts';
import { t } from './dictionary.ts';
import { currentEdition } from './editions.ts';
import type { EventDate } from '../schemas/dates.ts';

export { compareEventDates, differentInstants, toUtcIso, type DisplayDate } from '../lib/dates.ts';

/** "16 May 2025", "16 травня 2025 р.": a YYYY-MM-DD day. */
export const formatDay = (day: string): string => dates.formatDay(day, currentEdition().lang);

/** "27 November 2026, 09:00 UTC": an ISO instant. */
export const formatInstant = (iso: string): string =>
  dates.formatInstant(iso, currentEdition().lang);

/** "30 November 2026": an ISO instant's day in UTC. */
export const formatInstantDay = (iso: string): string =>
  dates.formatInstantDay(iso, currentEdition().lang);

/** An event's date, never more precise than the content, in the page's language. */
export const displayEventDate = (date: EventDate): dates.DisplayDate =>
  dates.displayEventDate(date, currentEdition().lang, {
    notAnnounced: t('dates.notAnnounced'),
    unknown: t('dates.unknown'),
  });

/** A number as the page's language writes it: "1,000", "1 000", "1.000". */
export const formatNumber = (value: number): string => formatNumberIn(value, currentEdition().lang);
