// The site's open threads: every timeline event that, after its dated updates, is still pending, with
// the day by which an editor should look for news of it (`reviewBy`), its age and its sources.
// `npm run review` lists them all; `npm run build` lists those past their review day, without
// failing. Both read the content files directly and take "today" as an argument, so the same content
// and the same day always give the same list.

import { relative } from 'node:path';
import { readDataCollection, readYamlSource } from './content-files.ts';
import { locate } from './source-text.ts';
import { orderUpdates } from '../lib/event-status.ts';

export interface OpenThread {
  /** The timeline event's id. */
  event: string;
  title: string;
  /** The day its latest source confirms it was still pending (YYYY-MM-DD). */
  asOf: string;
  /** The day by which someone should look again, when one is set. */
  reviewBy: string | undefined;
  /** Where the review day is set (or should be): the latest entry of the thread. */
  file: string;
  line: number | undefined;
  /** The source ids its latest state cites. */
  sources: string[];
  /** Whole days from `asOf` to today. */
  ageDays: number;
  /** True when today is after its review day, or it has none. */
  overdue: boolean;
}

const DAY_MS = 86_400_000;

/** Every thread still open on `today` (YYYY-MM-DD), oldest review day first. */
export function openThreads(contentDir: string, today: string): OpenThread[] {
  const events = readDataCollection(contentDir, 'timeline');
  const updates = readDataCollection(contentDir, 'updates');
  const threads: OpenThread[] = [];
  for (const [id, event] of events.entries) {
    const own = [...updates.entries]
      .filter(([, u]) => u.event.id === id)
      .map(([updateId, u]) => ({ ...u, updateId }));
    const latest = orderUpdates(own).at(-1);
    const state = latest ?? { ...event, updateId: undefined };
    if (state.status !== 'pending') continue;
    const file = latest ? updates.file : events.file;
    const key = latest?.updateId ?? id;
    const yaml = readYamlSource(file);
    const place = yaml ? (locate(yaml, [key, 'reviewBy']) ?? locate(yaml, [key])) : undefined;
    threads.push({
      event: id,
      title: latest?.title ?? event.title,
      asOf: state.asOf,
      reviewBy: state.reviewBy,
      file,
      line: place?.line,
      sources: [state.source.source.id, ...state.source.also.map((a) => a.id)],
      ageDays: Math.round((Date.parse(today) - Date.parse(state.asOf)) / DAY_MS),
      overdue: !state.reviewBy || state.reviewBy < today,
    });
  }
  return threads.sort((a, b) => (a.reviewBy ?? '').localeCompare(b.reviewBy ?? ''));
}

/** One thread as a line an editor can act on: where to change it, what it is, how old, its sources. */
export function formatThread(thread: OpenThread, root = ''): string {
  const file = root ? relative(root, thread.file) : thread.file;
  const place = `${file}${thread.line ? `:${thread.line}` : ''}`;
  const review = thread.reviewBy
    ? `review by ${thread.reviewBy}${thread.overdue ? ' (past)' : ''}`
    : 'no review day set';
  return `${place}: "${thread.event}" (${thread.title}): pending as of ${thread.asOf}, ${thread.ageDays} days ago; ${review}.\n  Sources: ${thread.sources.join(', ')}`;
}

/** Today as YYYY-MM-DD, or the day given in REVIEW_DATE, so a run can be repeated exactly. */
export function reviewDay(env: Record<string, string | undefined>, now = new Date()): string {
  const given = env['REVIEW_DATE'];
  if (given && !/^\d{4}-\d{2}-\d{2}$/.test(given))
    throw new Error(
      `REVIEW_DATE must be a day written YYYY-MM-DD, e.g. 2026-12-06; it is "${given}".`,
    );
  return given ?? now.toISOString().slice(0, 10);
}
