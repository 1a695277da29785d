// Which timeline events a component placed in an article shows in full, as the registry says
// (`showsEvents`): a timeline its events, each at its own id, a fact box its steps, all at
// `#factbox-<id>`. The article page, its log of updates and the sitemap's dates read it there; the
// expected events below are read from the content as written, not through the registry.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getEntry } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { readContentDates, readDataCollection } from '../../src/content-layer/content-files.ts';
import { getShownEvents } from '../../src/content-layer/entries.ts';
import { DIRECTIVES, eventsShownBy } from '../../src/content-layer/registry.ts';

const timelines = readDataCollection('content', 'timelines').entries;
const boxes = readDataCollection('content', 'factboxes').entries;
const eventIds = new Set(readDataCollection('content', 'timeline').order);

describe('eventsShownBy', () => {
  test('a timeline shows every event of every period, each at its own id', () => {
    const timeline = timelines.get('road-to-istanbul')!;
    expect(eventsShownBy('timeline')?.events('road-to-istanbul', timeline)).toEqual(
      timeline.periods.flatMap((p) => p.events.map((e) => ({ event: e.id, anchor: e.id }))),
    );
  });

  test('a fact box shows the event of each step, all at the box', () => {
    const box = boxes.get('prisoner-exchange')!;
    expect(eventsShownBy('factbox')?.collection).toBe('factboxes');
    expect(eventsShownBy('factbox')?.events('prisoner-exchange', box)).toEqual(
      box.steps.map((s) => ({ event: s.event.id, anchor: 'factbox-prisoner-exchange' })),
    );
  });

  test('other directives, inline placeholders and other names show none', () => {
    for (const name of ['quote', 'quote-inline', 'delegations', 'constructor', 'nothing'])
      expect(eventsShownBy(name), name).toBeUndefined();
  });

  test('every entry of a directive that shows events names events of content/timeline.yaml', () => {
    const named = Object.keys(DIRECTIVES).flatMap((name) => {
      const shown = eventsShownBy(name);
      if (!shown) return [];
      const entries = readDataCollection('content', shown.collection).entries;
      return [...entries].flatMap(([id, entry]) => shown.events(id, entry).map((s) => s.event));
    });
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !eventIds.has(id))).toEqual([]);
  });
});

test('getShownEvents lists what the components in an article show, in the order placed', async () => {
  const article = await getEntry('articles', 'istanbul-talks-what-happened');
  const box = boxes.get('prisoner-exchange')!;
  const timeline = timelines.get('road-to-istanbul')!;
  expect(await getShownEvents(article!.rendered!.html)).toEqual([
    ...box.steps.map((s) => ({ event: s.event.id, anchor: 'factbox-prisoner-exchange' })),
    ...timeline.periods.flatMap((p) => p.events.map((e) => ({ event: e.id, anchor: e.id }))),
  ]);
  expect(
    await getShownEvents(
      '<p><span data-component="quote-inline" data-id="medinsky-noted"></span></p>',
    ),
  ).toEqual([]);
});

describe('readContentDates', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'shown-events-')), 'content');
  cpSync('content', dir, { recursive: true });
  const updates = [...readDataCollection(dir, 'updates').entries.values()];
  /** The latest publication of an update of any of these events. */
  const latestUpdateOf = (events: readonly string[]) =>
    updates
      .filter((u) => events.includes(u.event.id))
      .map((u) => new Date(u.published).toISOString())
      .sort()
      .at(-1);
  const probe = (name: string, body: string) =>
    writeFileSync(
      join(dir, 'articles', `${name}.md`),
      `---\nupdated: "2025-01-01T00:00:00+00:00"\n---\n\n${body}\n`,
    );
  probe('probe-plain', 'No component.');
  probe('probe-box', '::factbox{#prisoner-exchange}');
  probe('probe-timeline', '::timeline{#after-istanbul}');
  const { articles } = readContentDates(dir);

  test('an article is dated by its own `updated` when it shows no event', () => {
    expect(articles['probe-plain']).toBe('2025-01-01T00:00:00.000Z');
  });

  test('and by the latest update of an event its fact box or timeline shows', () => {
    const box = readDataCollection(dir, 'factboxes').entries.get('prisoner-exchange')!;
    const timeline = readDataCollection(dir, 'timelines').entries.get('after-istanbul')!;
    const boxDate = latestUpdateOf(box.steps.map((s) => s.event.id));
    const timelineDate = latestUpdateOf(timeline.periods.flatMap((p) => p.events.map((e) => e.id)));
    expect(boxDate! > '2025-01-01').toBe(true);
    expect(timelineDate! > '2025-01-01').toBe(true);
    expect(articles['probe-box']).toBe(boxDate);
    expect(articles['probe-timeline']).toBe(timelineDate);
  });
});
