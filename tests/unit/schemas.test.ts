// The content model: every schema in src/schemas/ accepts the real entries in content/ and rejects
// bad ones with an error on the right field and a message that says what is expected.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema } from '../../src/schemas/article';
import { citation } from '../../src/schemas/citation';
import { calendarDay, eventDate, zonedInstant } from '../../src/schemas/dates';
import { delegationSchema } from '../../src/schemas/delegation';
import { factBoxSchema } from '../../src/schemas/factbox';
import { personSchema } from '../../src/schemas/person';
import { quoteSchema } from '../../src/schemas/quote';
import { sourceSchema } from '../../src/schemas/source';
import { timelineEventSchema, timelineSchema } from '../../src/schemas/timeline';
import { updateSchema } from '../../src/schemas/update';

interface Issue {
  /** The field, e.g. `keyPoints` or `status.agreed.value`. */
  path: string;
  message: string;
}

/** The issues a value raises, as `{ path, message }`; an empty list when it is valid. */
function issues(schema: z.ZodType, value: unknown): Issue[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

function readYaml(file: string): Record<string, Record<string, unknown>> {
  return parse(readFileSync(join('content', file), 'utf8')) as Record<string, Record<string, unknown>>;
}

function readFrontmatter(file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join('content/articles', file), 'utf8'));
  if (!match?.[1]) throw new Error(`content/articles/${file} has no frontmatter`);
  return parse(match[1]) as Record<string, unknown>;
}

/** A copy of `base` with `changes` applied; a change to `undefined` removes the field. */
function withChanges<T extends object>(base: T, changes: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete copy[key];
  return copy;
}

const tooShort = (n: number) => `Too small: expected string to have >=${n} characters`;
const required = (type: string) => `Invalid input: expected ${type}, received undefined`;

// ---------------------------------------------------------------------------------------------

describe('dates', () => {
  describe('zonedInstant', () => {
    test.each(['2026-11-27T09:00:00+00:00', '2026-11-27T09:00:00Z', '2026-11-27T12:00:00+03:00', '2026-11-27T09:00:00.500-05:00'])(
      'accepts %s',
      (value) => {
        expect(zonedInstant.parse(value)).toBe(value);
      },
    );

    test('turns a Date (an unquoted YAML timestamp) into ISO text in UTC', () => {
      expect(zonedInstant.parse(new Date('2026-11-27T09:00:00+03:00'))).toBe('2026-11-27T06:00:00.000Z');
    });

    test.each([
      ['a date-time without a time zone', '2026-11-27T09:00:00'],
      ['a day only', '2026-11-27'],
      ['words', '27 November 2026'],
      ['an impossible day', '2026-02-30T09:00:00Z'],
      ['an invalid Date', new Date('nonsense')],
    ])('rejects %s', (_, value) => {
      expect(issues(zonedInstant, value)).toEqual([
        { path: '', message: 'expected an ISO 8601 date-time with a time zone, e.g. 2026-11-27T09:00:00+00:00' },
      ]);
    });
  });

  describe('calendarDay', () => {
    test('accepts a YYYY-MM-DD day, and turns a Date into one', () => {
      expect(calendarDay.parse('2025-05-16')).toBe('2025-05-16');
      expect(calendarDay.parse(new Date('2025-05-16T00:00:00Z'))).toBe('2025-05-16');
    });

    test.each([
      ['an impossible day', '2025-02-30'],
      ['a month', '2025-05'],
      ['words', '16 May 2025'],
      ['a date-time', '2025-05-16T09:00:00Z'],
    ])('rejects %s', (_, value) => {
      expect(issues(calendarDay, value)).toEqual([
        { path: '', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' },
      ]);
    });
  });

  describe('eventDate', () => {
    test('accepts each precision', () => {
      expect(eventDate.parse({ precision: 'day', value: '2025-05-16' })).toEqual({ precision: 'day', value: '2025-05-16' });
      expect(eventDate.parse({ precision: 'month', value: '2022-03' })).toEqual({ precision: 'month', value: '2022-03' });
      expect(eventDate.parse({ precision: 'not-announced' })).toEqual({ precision: 'not-announced' });
      expect(eventDate.parse({ precision: 'unknown' })).toEqual({ precision: 'unknown' });
    });

    test('an undated event with a value is refused, so nothing more precise than known can slip in', () => {
      // The schemas refuse fields they do not know instead of dropping them without a word.
      expect(eventDate.safeParse({ precision: 'unknown', value: '2025-06-01' }).success).toBe(false);
    });

    test('rejects a precision that does not exist', () => {
      expect(issues(eventDate, { precision: 'year', value: '2022' })).toEqual([
        { path: 'precision', message: "Invalid discriminator value. Expected 'day' | 'month' | 'range' | 'not-announced' | 'unknown'" },
      ]);
    });

    test.each(['2022-13', '2022-00', '2022-3', '22-03', '2022-03-29'])('rejects the month "%s"', (value) => {
      expect(issues(eventDate, { precision: 'month', value })).toEqual([
        { path: 'value', message: 'a month written YYYY-MM, e.g. 2022-03' },
      ]);
    });

    test('rejects a day precision with a month value, and a day without a value', () => {
      expect(issues(eventDate, { precision: 'day', value: '2022-03' })).toEqual([
        { path: 'value', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' },
      ]);
      expect(issues(eventDate, { precision: 'day' })).toEqual([
        { path: 'value', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' },
      ]);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('citation', () => {
  test('a source with paragraphs becomes a reference; paragraphs default to none', () => {
    expect(citation.parse({ source: 'istanbul-talks-report', paragraphs: [7, 8] })).toEqual({
      source: { id: 'istanbul-talks-report', collection: 'sources' },
      paragraphs: [7, 8],
    });
    expect(citation.parse({ source: 'public-record', note: 'Widely documented.' })).toEqual({
      source: { id: 'public-record', collection: 'sources' },
      paragraphs: [],
      note: 'Widely documented.',
    });
  });

  test('rejects a paragraph 0, a fraction, and an empty note', () => {
    expect(issues(citation, { source: 'istanbul-talks-report', paragraphs: [0, 1.5], note: '' })).toEqual([
      { path: 'paragraphs.0', message: 'Too small: expected number to be >0' },
      { path: 'paragraphs.1', message: 'Invalid input: expected int, received number' },
      { path: 'note', message: tooShort(1) },
    ]);
  });

  test('rejects a missing source, and a reference to another collection', () => {
    expect(issues(citation, { paragraphs: [7] }).map((i) => i.path)).toEqual(['source']);
    // The start of Astro's own message names the field oddly ("**undefined**"); the rest is what matters.
    const [wrongCollection, ...rest] = issues(citation, { source: { id: 'rustem-umerov', collection: 'people' } });
    expect(rest).toEqual([]);
    expect(wrongCollection?.path).toBe('source');
    expect(wrongCollection?.message).toMatch(/Reference to sources invalid\. Expected sources\. Received people\.$/);
  });
});

// ---------------------------------------------------------------------------------------------

describe('articleSchema', () => {
  const articleFiles = readdirSync('content/articles').filter((f) => f.endsWith('.md') && !f.startsWith('_'));

  test('there are articles to check', () => {
    expect(articleFiles.length).toBeGreaterThanOrEqual(5);
  });

  test.each(articleFiles)('the frontmatter of %s is valid', (file) => {
    expect(issues(articleSchema, readFrontmatter(file))).toEqual([]);
  });

  const good = {
    title: 'The prisoner exchange, explained',
    dek: 'What was agreed in Istanbul, what is still unknown, and what happens next.',
    byline: 'The Istanbul Talks, Explained staff',
    section: 'Explainer',
    asOf: '2025-05-16',
    published: '2026-11-27T09:00:00+00:00',
    updated: '2026-11-27T09:00:00+00:00',
    tags: ['istanbul-talks', 'prisoner-exchange'],
    keyPoints: ['Russia and Ukraine agreed a swap.', 'Each side gets 1,000 back.', 'The date is not public.'],
    sources: ['istanbul-talks-report'],
    order: 3,
  };

  test('a good article is accepted: sources become references, changes default to none', () => {
    const article = articleSchema.parse(good);
    expect(article.sources).toEqual([{ id: 'istanbul-talks-report', collection: 'sources' }]);
    expect(article.changes).toEqual([]);
  });

  test('a correction and an update are accepted', () => {
    const article = articleSchema.parse({
      ...good,
      // updated is the time of the latest change: a change dated after it is refused.
      updated: '2026-11-29T10:00:00+00:00',
      changes: [
        { date: '2026-11-28', kind: 'correction', note: 'We misstated the date of the exchange.' },
        { date: '2026-11-29', kind: 'update', note: 'Added the Kremlin’s response.' },
      ],
    });
    expect(article.changes.map((c) => c.kind)).toEqual(['correction', 'update']);
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['a missing title', { title: undefined }, [{ path: 'title', message: required('string') }]],
    ['a title too short', { title: 'Talks' }, [{ path: 'title', message: tooShort(10) }]],
    ['a title too long', { title: 'x'.repeat(111) }, [{ path: 'title', message: 'Too big: expected string to have <=110 characters' }]],
    ['a dek too short', { dek: 'Too short to say anything.' }, [{ path: 'dek', message: tooShort(40) }]],
    ['a byline too short', { byline: 'AP' }, [{ path: 'byline', message: tooShort(3) }]],
    ['no as-of day', { asOf: undefined }, [{ path: 'asOf', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }]],
    [
      'an as-of day after publication',
      { asOf: '2026-11-28' },
      [{ path: 'asOf', message: 'asOf (2026-11-28) is after the article was published (2026-11-27); an account cannot stand as of a day that had not come yet' }],
    ],
    [
      'a published date without a time zone',
      { published: '2026-11-27T09:00:00', updated: '2026-11-27T09:00:00Z' },
      [{ path: 'published', message: 'expected an ISO 8601 date-time with a time zone, e.g. 2026-11-27T09:00:00+00:00' }],
    ],
    [
      'an updated day without a time',
      { updated: '2026-11-28' },
      [{ path: 'updated', message: 'expected an ISO 8601 date-time with a time zone, e.g. 2026-11-27T09:00:00+00:00' }],
    ],
    [
      'updated before published',
      { updated: '2026-11-27T08:59:00+00:00' },
      [
        {
          path: 'updated',
          message:
            'updated (2026-11-27T08:59:00+00:00) is before published (2026-11-27T09:00:00+00:00); set it to the published time or later',
        },
      ],
    ],
    [
      'a tag with capitals and a space',
      { tags: ['istanbul-talks', 'Prisoner Exchange'] },
      [{ path: 'tags.1', message: 'lower-case words joined by hyphens, e.g. prisoner-exchange' }],
    ],
    ['a tag with a trailing hyphen', { tags: ['talks-'] }, [{ path: 'tags.0', message: 'lower-case words joined by hyphens, e.g. prisoner-exchange' }]],
    ['no tags', { tags: [] }, [{ path: 'tags', message: 'Too small: expected array to have >=1 items' }]],
    ['2 key points', { keyPoints: ['Russia and Ukraine met.', 'They agreed a swap.'] }, [{ path: 'keyPoints', message: 'Too small: expected array to have >=3 items' }]],
    [
      '7 key points',
      { keyPoints: Array.from({ length: 7 }, (_, i) => `Key point number ${i + 1}.`) },
      [{ path: 'keyPoints', message: 'Too big: expected array to have <=6 items' }],
    ],
    ['a key point too short', { keyPoints: ['A swap.', 'Each side gets 1,000.', 'The date is secret.'] }, [{ path: 'keyPoints.0', message: tooShort(10) }]],
    ['no sources', { sources: [] }, [{ path: 'sources', message: 'Too small: expected array to have >=1 items' }]],
    ['a fractional order', { order: 1.5 }, [{ path: 'order', message: 'Invalid input: expected int, received number' }]],
    ['a negative order', { order: -1 }, [{ path: 'order', message: 'Too small: expected number to be >=0' }]],
    [
      'a change of an unknown kind',
      { changes: [{ date: '2026-11-28', kind: 'retraction', note: 'We withdrew a paragraph.' }] },
      [{ path: 'changes.0.kind', message: 'Invalid option: expected one of "update"|"correction"' }],
    ],
    [
      'a change dated with a time',
      { changes: [{ date: '2026-11-28T10:00:00Z', kind: 'update', note: 'Added the Kremlin’s response.' }] },
      [{ path: 'changes.0.date', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }],
    ],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(articleSchema, withChanges(good, changes))).toEqual(expected);
  });

  test('updated at the same instant in another time zone is not before published', () => {
    expect(issues(articleSchema, { ...good, updated: '2026-11-27T12:00:00+03:00' })).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('quoteSchema', () => {
  const quotes = readYaml('quotes.yaml');

  test.each(Object.keys(quotes))('the quote %s in content/quotes.yaml is valid', (id) => {
    expect(issues(quoteSchema, quotes[id])).toEqual([]);
  });

  const good = {
    speaker: 'rustem-umerov',
    text: 'we’re not announcing it just yet',
    date: { precision: 'day', value: '2025-05-16' },
    context: 'Umerov on why the date of the exchange was not made public.',
    source: { source: 'istanbul-talks-report', paragraphs: [9] },
    article: 'prisoner-exchange-what-we-know',
  };

  test('a good quote is accepted, its speaker and article become references', () => {
    const quote = quoteSchema.parse(good);
    expect(quote.speaker).toEqual({ id: 'rustem-umerov', collection: 'people' });
    expect(quote.article).toEqual({ id: 'prisoner-exchange-what-we-know', collection: 'articles' });
    expect(quote.text).toBe('we’re not announcing it just yet');
  });

  const noMarks = { path: 'text', message: 'leave out the surrounding quotation marks: the site adds them' };
  const apostrophe = { path: 'text', message: 'use the typographic apostrophe ’ as the report does, not the straight one' };

  test.each<[string, string, Issue[]]>([
    ['typographic quotation marks around it', '“noted”', [noMarks]],
    ['straight double quotation marks around it', '"noted"', [noMarks]],
    ['an opening mark only', '“noted', [noMarks]],
    ['a closing mark only', 'noted”', [noMarks]],
    ['straight single quotation marks around it', "'noted'", [noMarks, apostrophe]],
    ['a straight apostrophe', "we're not announcing it just yet", [apostrophe]],
    ['one letter', 'a', [{ path: 'text', message: tooShort(2) }]],
  ])('rejects a text with %s', (_, text, expected) => {
    expect(issues(quoteSchema, { ...good, text })).toEqual(expected);
  });

  test('quotation marks inside the words are fine', () => {
    expect(issues(quoteSchema, { ...good, text: 'he called it “noted” and left' })).toEqual([]);
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['no speaker', { speaker: undefined }, [{ path: 'speaker', message: 'Invalid input' }]],
    ['a context too short', { context: 'Umerov.' }, [{ path: 'context', message: tooShort(20) }]],
    ['a month "2022-13"', { date: { precision: 'month', value: '2022-13' } }, [{ path: 'date.value', message: 'a month written YYYY-MM, e.g. 2022-03' }]],
    [
      'a bad precision',
      { date: { precision: 'week', value: '2025-W20' } },
      [{ path: 'date.precision', message: "Invalid discriminator value. Expected 'day' | 'month' | 'range' | 'not-announced' | 'unknown'" }],
    ],
    ['a paragraph 0', { source: { source: 'istanbul-talks-report', paragraphs: [0] } }, [{ path: 'source.paragraphs.0', message: 'Too small: expected number to be >0' }]],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(quoteSchema, withChanges(good, changes))).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------

describe('personSchema', () => {
  const people = readYaml('people.yaml');

  test.each(Object.keys(people))('the person %s in content/people.yaml is valid', (id) => {
    expect(issues(personSchema, people[id])).toEqual([]);
  });

  const good = {
    name: 'Hakan Fidan',
    kind: 'person',
    role: 'Foreign Minister of Turkey',
    side: 'turkey',
    roleSource: { source: 'istanbul-talks-report', paragraphs: [4] },
  };

  test('a good person is accepted; not at the talks and no report error unless said', () => {
    const person = personSchema.parse(good);
    expect(person.atTheTalks).toBeUndefined();
    expect(person.reportError).toBeUndefined();
    expect(person.side).toEqual({ id: 'turkey', collection: 'delegations' });
  });

  test('only the people the sources place in Istanbul are at the talks, and only the two heads led', () => {
    const parsed = Object.entries(people).map(([id, p]) => [id, personSchema.parse(p)] as const);
    expect(parsed.filter(([, p]) => p.atTheTalks).map(([id, p]) => `${id}: ${p.atTheTalks?.part}`)).toEqual([
      'rustem-umerov: led',
      'serhiy-kyslytsya: member',
      'vladimir-medinsky: led',
      'hakan-fidan: host',
    ]);
  });

  test('Kyslytsya keeps the correct title and the report’s wrong one, with its paragraph', () => {
    const kyslytsya = personSchema.parse(people['serhiy-kyslytsya']);
    expect(kyslytsya.role).toBe('First Deputy Minister of Foreign Affairs of Ukraine');
    expect(kyslytsya.reportError).toMatchObject({ reportSaid: 'the deputy minister of defense for Ukraine', paragraph: 8 });
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['a missing name', { name: undefined }, [{ path: 'name', message: required('string') }]],
    [
      'an unknown kind',
      { kind: 'organisation' },
      [{ path: 'kind', message: 'Invalid option: expected one of "person"|"institution"|"unnamed-source"' }],
    ],
    ['a role too short', { role: 'FM' }, [{ path: 'role', message: tooShort(3) }]],
    ['a role source without a source', { roleSource: { paragraphs: [4] } }, [{ path: 'roleSource.source', message: 'Invalid input' }]],
    [
      'a part at the talks that does not exist',
      { atTheTalks: { part: 'represented', source: { source: 'public-record' } } },
      [{ path: 'atTheTalks.part', message: 'Invalid option: expected one of "led"|"member"|"host"' }],
    ],
    ['a place at the talks without its source', { atTheTalks: { part: 'host' } }, [{ path: 'atTheTalks.source', message: 'Invalid input: expected object, received undefined' }]],
    ['the old ledDelegation flag', { ledDelegation: true }, [{ path: '', message: 'Unrecognized key: "ledDelegation"' }]],
    [
      'a report error without its paragraph and with an explanation that is not a section link',
      { reportError: { reportSaid: 'the foreign minister', explanation: 'see our methodology' } },
      [
        { path: 'reportError.paragraph', message: required('number') },
        { path: 'reportError.explanation', message: 'a link to an article section, e.g. /articles/how-we-reported-this/#a-wrong-job-title' },
      ],
    ],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(personSchema, withChanges(good, changes))).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------

describe('delegationSchema', () => {
  const delegations = readYaml('delegations.yaml');

  test.each(Object.keys(delegations))('the delegation %s in content/delegations.yaml is valid', (id) => {
    expect(issues(delegationSchema, delegations[id])).toEqual([]);
  });

  const good = {
    name: 'Turkey',
    part: 'host',
    summary: 'Hosted the talks in Istanbul and pushed the two sides to meet.',
    order: 3,
    sources: [{ source: 'istanbul-talks-report', paragraphs: [2, 3, 4] }],
  };

  test('a good delegation is accepted', () => {
    expect(issues(delegationSchema, good)).toEqual([]);
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['an unknown part', { part: 'observer' }, [{ path: 'part', message: 'Invalid option: expected one of "delegation"|"host"|"backer"' }]],
    ['a one-letter name', { name: 'T' }, [{ path: 'name', message: tooShort(2) }]],
    ['a summary too short', { summary: 'Hosted the talks.' }, [{ path: 'summary', message: tooShort(20) }]],
    ['no sources', { sources: [] }, [{ path: 'sources', message: 'Too small: expected array to have >=1 items' }]],
    ['a negative order', { order: -3 }, [{ path: 'order', message: 'Too small: expected number to be >=0' }]],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(delegationSchema, withChanges(good, changes))).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------

describe('factBoxSchema', () => {
  const factboxes = readYaml('factboxes.yaml');

  test.each(Object.keys(factboxes))('the fact box %s in content/factboxes.yaml is valid', (id) => {
    expect(issues(factBoxSchema, factboxes[id])).toEqual([]);
  });

  const good = factboxes['prisoner-exchange'] ?? {};

  test('the prisoner exchange: 1,000 per side, 2,000 in all; its steps are the agreement and the exchange', () => {
    const box = factBoxSchema.parse(good);
    expect(box.figures.map((f) => [f.key, f.value])).toEqual([
      ['per-side', 1000],
      ['total', 2000],
    ]);
    expect(box.steps).toEqual([
      { label: 'Agreed', event: { id: 'prisoner-exchange-agreed', collection: 'timeline' } },
      { label: 'Carried out', event: { id: 'prisoner-exchange-carried-out', collection: 'timeline' } },
    ]);
    expect(box.keyQuote).toEqual({ id: 'kyslytsya-excellent-news', collection: 'quotes' });
    expect(box.article).toEqual({ id: 'prisoner-exchange-what-we-know', collection: 'articles' });
  });

  const figure = { key: 'per-side', value: 1000, label: 'prisoners returned to each side', phrases: ['each side'] };

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['no figures', { figures: [] }, [{ path: 'figures', message: 'Too small: expected array to have >=1 items' }]],
    [
      'a figure key with capitals',
      { figures: [{ ...figure, key: 'Per Side' }] },
      [{ path: 'figures.0.key', message: 'Invalid string: must match pattern /^[a-z0-9-]+$/' }],
    ],
    ['a negative figure', { figures: [{ ...figure, value: -1 }] }, [{ path: 'figures.0.value', message: 'Too small: expected number to be >=0' }]],
    ['a figure written as text', { figures: [{ ...figure, value: '1,000' }] }, [{ path: 'figures.0.value', message: 'Invalid input: expected number, received string' }]],
    ['a figure without phrases', { figures: [{ ...figure, phrases: [] }] }, [{ path: 'figures.0.phrases', message: 'Too small: expected array to have >=1 items' }]],
    ['no steps', { steps: [] }, [{ path: 'steps', message: 'Too small: expected array to have >=1 items' }]],
    ['a step without its event', { steps: [{ label: 'Agreed' }] }, [{ path: 'steps.0.event', message: 'Invalid input' }]],
    [
      'a status written into the box instead of an update',
      { status: { label: 'Carried out' } },
      [{ path: '', message: 'Unrecognized key: "status"' }],
    ],
    ['no key quote', { keyQuote: undefined }, [{ path: 'keyQuote', message: 'Invalid input' }]],
    [
      'a last-updated time without a time zone',
      { lastUpdated: '2026-11-27T09:00:00' },
      [{ path: 'lastUpdated', message: 'expected an ISO 8601 date-time with a time zone, e.g. 2026-11-27T09:00:00+00:00' }],
    ],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(factBoxSchema, withChanges(good, changes))).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------

describe('sourceSchema', () => {
  const sources = readYaml('sources.yaml');

  test.each(Object.keys(sources))('the source %s in content/sources.yaml is valid', (id) => {
    expect(issues(sourceSchema, sources[id])).toEqual([]);
  });

  test('the report describes each of its 18 paragraphs, ships its text and stands as of 16 May 2025; the public record has none', () => {
    const report = sourceSchema.parse(sources['istanbul-talks-report']);
    expect(report.paragraphs).toHaveLength(18);
    expect(report.file).toBe('sources/istanbul-talks-report.txt');
    expect(report.asOf).toBe('2025-05-16');
    expect(sourceSchema.parse(sources['public-record']).paragraphs).toEqual([]);
  });

  const good = { title: 'Public record', kind: 'public-record', description: 'Facts that are widely documented and not in dispute.' };

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['an unknown kind', { kind: 'blog' }, [{ path: 'kind', message: 'Invalid option: expected one of "report"|"public-record"' }]],
    ['a description too short', { description: 'Facts.' }, [{ path: 'description', message: tooShort(20) }]],
    ['a paragraph summary too short', { paragraphs: ['Intro.', 'Talk'] }, [{ path: 'paragraphs.1', message: tooShort(5) }]],
    [
      'a text file outside the content folder',
      { file: '../outside-the-project/report.txt' },
      [{ path: 'file', message: 'a .txt file inside the content folder, e.g. sources/istanbul-talks-report.txt' }],
    ],
    ['an as-of day that does not parse', { asOf: '16 May 2025' }, [{ path: 'asOf', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }]],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(sourceSchema, withChanges(good, changes))).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------

describe('timelineEventSchema', () => {
  const events = readYaml('timeline.yaml');

  test.each(Object.keys(events))('the event %s in content/timeline.yaml is valid', (id) => {
    expect(issues(timelineEventSchema, events[id])).toEqual([]);
  });

  const good = {
    title: 'The prisoner exchange takes place',
    date: { precision: 'not-announced' },
    status: 'pending',
    asOf: '2025-05-16',
    summary: 'Ukraine’s delegation says the date is set but will not say when.',
    source: { source: 'istanbul-talks-report', paragraphs: [9] },
  };

  test('a good event is accepted; actors default to none', () => {
    expect(timelineEventSchema.parse(good).actors).toEqual([]);
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['an unknown status', { status: 'planned' }, [{ path: 'status', message: 'Invalid option: expected one of "happened"|"pending"' }]],
    ['a month "2022-13"', { date: { precision: 'month', value: '2022-13' } }, [{ path: 'date.value', message: 'a month written YYYY-MM, e.g. 2022-03' }]],
    [
      'a bad precision',
      { date: { precision: 'soon' } },
      [{ path: 'date.precision', message: "Invalid discriminator value. Expected 'day' | 'month' | 'range' | 'not-announced' | 'unknown'" }],
    ],
    ['no as-of day', { asOf: undefined }, [{ path: 'asOf', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }]],
    ['a title too short', { title: 'Swap' }, [{ path: 'title', message: tooShort(5) }]],
    ['actors as one string', { actors: 'rustem-umerov' }, [{ path: 'actors', message: 'Invalid input: expected array, received string' }]],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(timelineEventSchema, withChanges(good, changes))).toEqual(expected);
  });
});

describe('timelineSchema', () => {
  const timelines = readYaml('timelines.yaml');

  test.each(Object.keys(timelines))('the timeline %s in content/timelines.yaml is valid', (id) => {
    expect(issues(timelineSchema, timelines[id])).toEqual([]);
  });

  const good = { title: 'How we got here', periods: [{ heading: 'Next', events: ['trump-putin-meeting'] }] };

  test('a good timeline is accepted, its events become references', () => {
    expect(timelineSchema.parse(good).periods[0]?.events).toEqual([{ id: 'trump-putin-meeting', collection: 'timeline' }]);
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['no periods', { periods: [] }, [{ path: 'periods', message: 'Too small: expected array to have >=1 items' }]],
    ['a period without events', { periods: [{ heading: 'Next', events: [] }] }, [{ path: 'periods.0.events', message: 'Too small: expected array to have >=1 items' }]],
    ['a period heading too short', { periods: [{ heading: 'No', events: ['trump-putin-meeting'] }] }, [{ path: 'periods.0.heading', message: tooShort(3) }]],
    ['a title too short', { title: 'When' }, [{ path: 'title', message: tooShort(5) }]],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(timelineSchema, withChanges(good, changes))).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------

describe('updateSchema', () => {
  const updates = readYaml('updates.yaml');

  test.each(Object.keys(updates))('the update %s in content/updates.yaml is valid', (id) => {
    expect(issues(updateSchema, updates[id])).toEqual([]);
  });

  const good = updates['prisoner-exchange-carried-out'] ?? {};

  test('the prisoner exchange was carried out on 23–25 May 2025, from the public record', () => {
    const update = updateSchema.parse(good);
    expect(update.event).toEqual({ id: 'prisoner-exchange-carried-out', collection: 'timeline' });
    expect(update.status).toBe('happened');
    expect(update.date).toEqual({ precision: 'range', from: '2025-05-23', to: '2025-05-25' });
    expect(update.asOf).toBe('2025-05-25');
    expect(update.source.source).toEqual({ id: 'public-record', collection: 'sources' });
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['an impossible as-of day', { asOf: '2025-02-30' }, [{ path: 'asOf', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }]],
    ['an as-of day with a time', { asOf: '2025-05-25T10:00' }, [{ path: 'asOf', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }]],
    [
      'a publication time without a time zone',
      { published: '2026-11-30T10:00:00' },
      [{ path: 'published', message: 'expected an ISO 8601 date-time with a time zone, e.g. 2026-11-27T09:00:00+00:00' }],
    ],
    [
      'a range that ends before it starts',
      { date: { precision: 'range', from: '2025-05-25', to: '2025-05-23' } },
      [{ path: 'date.to', message: 'the last day of a range must come after its first day; for a single day use precision: day' }],
    ],
    ['no source', { source: undefined }, [{ path: 'source', message: 'Invalid input: expected object, received undefined' }]],
    ['a source with a misspelt field', { source: { source: 'public-record', paragraph: [7] } }, [{ path: 'source', message: 'Unrecognized key: "paragraph"' }]],
    ['no event', { event: undefined }, [{ path: 'event', message: 'Invalid input' }]],
    ['a status that does not exist', { status: 'done' }, [{ path: 'status', message: 'Invalid option: expected one of "happened"|"pending"' }]],
    ['a note too short to say what changed', { note: 'Done.' }, [{ path: 'note', message: tooShort(20) }]],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(updateSchema, withChanges(good, changes))).toEqual(expected);
  });
});
