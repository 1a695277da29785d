// Where a fact stands: a timeline event as its source left it, then each dated update of it in
// order. Pure functions, so every view (timeline, fact box, embed, card, feed) derives the same
// status from the same entries.
import type { EventDate } from '../schemas/dates.ts';

/** An event's state at one point: as its own entry gives it, or as an update changed it. */
export interface EventState<Source> {
  title: string;
  summary: string;
  status: 'happened' | 'pending';
  date: EventDate;
  /** The day this state was confirmed by its source (YYYY-MM-DD). */
  asOf: string;
  source: Source;
}

/** An update of an event: the state it sets, when the site published it, and what changed. */
export interface EventUpdate<Source> extends Omit<EventState<Source>, 'title'> {
  id: string;
  title?: string | undefined;
  /** When the site published the update (an ISO instant). */
  published: string;
  /** What changed, in a sentence for readers. */
  note: string;
}

/** Updates in the order they apply: by the day they stand as of, then by publication. */
export function orderUpdates<U extends { asOf: string; published: string }>(
  updates: readonly U[],
): U[] {
  return [...updates].sort(
    (a, b) => a.asOf.localeCompare(b.asOf) || Date.parse(a.published) - Date.parse(b.published),
  );
}

/** Every state of an event, oldest first: its own entry, then one per update. The last is current. */
export function eventHistory<S>(
  base: EventState<S>,
  updates: readonly EventUpdate<S>[],
): EventState<S>[] {
  const states = [base];
  for (const update of orderUpdates(updates)) {
    const previous = states.at(-1)!;
    states.push({
      title: update.title ?? previous.title,
      summary: update.summary,
      status: update.status,
      date: update.date,
      asOf: update.asOf,
      source: update.source,
    });
  }
  return states;
}

/** The later of two days or instants written in ISO 8601 (either may be missing). */
export function latestIso(...values: (string | undefined)[]): string | undefined {
  return values
    .filter((v): v is string => !!v)
    .reduce<string | undefined>(
      (a, b) => (a === undefined || Date.parse(b) > Date.parse(a) ? b : a),
      undefined,
    );
}

/** A fact with steps ("Agreed", "Carried out"), each an event in its current state. */
export interface FactStep {
  /** The step's name as a past participle, e.g. "Carried out". */
  label: string;
  status: 'happened' | 'pending';
  asOf: string;
}

/** How a status is worded in a language: the step not yet taken, alone or after the last one taken. */
export interface StatusWords {
  /** The language, for lower-casing a step's name inside a sentence. */
  lang: string;
  /** "Not yet carried out", given the next step's name in lower case. */
  notYet: (next: string) => string;
  /** "Agreed, not yet carried out", given the last step taken and the next, in lower case. */
  doneNotYet: (done: string, next: string) => string;
}

const ENGLISH_STATUS: StatusWords = {
  lang: 'en-GB',
  notYet: (next) => `Not yet ${next}`,
  doneNotYet: (done, next) => `${done}, not yet ${next}`,
};

/**
 * A fact's status from its steps: the last step that has happened, and the next that has not
 * ("Agreed, not yet carried out"), as of the latest day any step was confirmed.
 */
export function factStatus(
  steps: readonly FactStep[],
  words: StatusWords = ENGLISH_STATUS,
): {
  label: string;
  asOf: string;
  settled: boolean;
} {
  if (steps.length === 0) throw new Error('A fact needs at least one step to have a status.');
  const done = steps.filter((s) => s.status === 'happened');
  const last = done.at(-1);
  const next = steps.find((s) => s.status === 'pending');
  const lower = (label: string) => label.charAt(0).toLocaleLowerCase(words.lang) + label.slice(1);
  const label = !last
    ? words.notYet(lower(next!.label))
    : next
      ? words.doneNotYet(last.label, lower(next.label))
      : last.label;
  const asOf = steps.map((s) => s.asOf).reduce((a, b) => (b > a ? b : a));
  return { label, asOf, settled: !next };
}
