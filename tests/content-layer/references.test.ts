// Every reference between entries resolves, and every cited report paragraph exists.
// `astro sync` and `astro build` only log a broken reference and carry on, and a person whose
// delegation is misspelt silently drops out of the delegations block, so this test is the guard.
import { getCollection, getEntry, type CollectionKey } from 'astro:content';
import { describe, expect, test } from 'vitest';
import type { Citation } from '../../src/schemas/citation.ts';

interface Ref {
  /** Where the reference is written, e.g. `quotes/medinsky-noted: speaker`. */
  from: string;
  collection: CollectionKey;
  id: string;
}

async function allReferences(): Promise<{
  refs: Ref[];
  citations: { from: string; citation: Citation }[];
}> {
  const refs: Ref[] = [];
  const citations: { from: string; citation: Citation }[] = [];
  const ref = (from: string, target: { collection: string; id: string }) =>
    refs.push({ from, collection: target.collection as CollectionKey, id: target.id });
  const cite = (from: string, citation: Citation) => {
    citations.push({ from, citation });
    ref(`${from}.source`, citation.source);
  };

  for (const a of await getCollection('articles'))
    a.data.sources.forEach((s, i) => ref(`articles/${a.id}: sources[${i}]`, s));
  for (const p of await getCollection('people')) {
    ref(`people/${p.id}: side`, p.data.side);
    cite(`people/${p.id}: roleSource`, p.data.roleSource);
    if (p.data.atTheTalks) cite(`people/${p.id}: atTheTalks.source`, p.data.atTheTalks.source);
  }
  for (const d of await getCollection('delegations'))
    d.data.sources.forEach((c, i) => cite(`delegations/${d.id}: sources[${i}]`, c));
  for (const q of await getCollection('quotes')) {
    ref(`quotes/${q.id}: speaker`, q.data.speaker);
    ref(`quotes/${q.id}: article`, q.data.article);
    cite(`quotes/${q.id}: source`, q.data.source);
  }
  for (const e of await getCollection('timeline')) {
    e.data.actors.forEach((actor, i) => ref(`timeline/${e.id}: actors[${i}]`, actor));
    if (e.data.quote) ref(`timeline/${e.id}: quote`, e.data.quote);
    cite(`timeline/${e.id}: source`, e.data.source);
  }
  for (const t of await getCollection('timelines')) {
    t.data.periods.forEach((period, i) =>
      period.events.forEach((ev, j) => ref(`timelines/${t.id}: periods[${i}].events[${j}]`, ev)),
    );
  }
  for (const f of await getCollection('factboxes')) {
    ref(`factboxes/${f.id}: keyQuote`, f.data.keyQuote);
    ref(`factboxes/${f.id}: article`, f.data.article);
    f.data.sources.forEach((c, i) => cite(`factboxes/${f.id}: sources[${i}]`, c));
    f.data.steps.forEach((step, i) => ref(`factboxes/${f.id}: steps[${i}].event`, step.event));
  }
  for (const u of await getCollection('updates')) {
    ref(`updates/${u.id}: event`, u.data.event);
    cite(`updates/${u.id}: source`, u.data.source);
  }
  return { refs, citations };
}

describe('content references', async () => {
  const { refs, citations } = await allReferences();

  test('there are references to check in every collection that has them', () => {
    const from = new Set(refs.map((r) => r.from.split('/')[0]));
    expect([...from].sort()).toEqual([
      'articles',
      'delegations',
      'factboxes',
      'people',
      'quotes',
      'timeline',
      'timelines',
      'updates',
    ]);
  });

  test('every reference names an entry that exists', async () => {
    const broken: string[] = [];
    for (const r of refs)
      if (!(await getEntry(r.collection, r.id))) broken.push(`${r.from} → ${r.collection}/${r.id}`);
    expect(broken).toEqual([]);
  });

  test('every cited paragraph exists in its source', async () => {
    const missing: string[] = [];
    for (const { from, citation } of citations) {
      const source = await getEntry('sources', citation.source.id);
      const count = source?.data.paragraphs.length ?? 0;
      for (const n of citation.paragraphs)
        if (n > count) missing.push(`${from}: ¶${n} (the source has ${count})`);
    }
    expect(missing).toEqual([]);
  });

  test('report errors point at a paragraph of the report', async () => {
    const report = await getEntry('sources', 'istanbul-talks-report');
    for (const person of await getCollection('people')) {
      const paragraph = person.data.reportError?.paragraph;
      if (paragraph !== undefined)
        expect(paragraph, person.id).toBeLessThanOrEqual(report?.data.paragraphs.length ?? 0);
    }
  });

  test('every timeline event is shown in a timeline', async () => {
    const shown = new Set(
      (await getCollection('timelines')).flatMap((t) =>
        t.data.periods.flatMap((p) => p.events.map((e) => e.id)),
      ),
    );
    const events = (await getCollection('timeline')).map((e) => e.id);
    expect(events.filter((id) => !shown.has(id))).toEqual([]);
  });

  test('every party has someone on its side', async () => {
    const people = await getCollection('people');
    for (const delegation of await getCollection('delegations')) {
      expect(
        people.filter((p) => p.data.side.id === delegation.id).length,
        delegation.id,
      ).toBeGreaterThan(0);
    }
  });
});
