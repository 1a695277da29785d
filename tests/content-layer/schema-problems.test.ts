// src/content-layer/schema-problems.ts turns each validation issue into a problem an editor can act
// on: the field, what is wrong, what would be right, and what the field holds in the schema's words.
import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { explainSchemaFailure } from '../../src/content-layer/schema-problems.ts';
import { eventDate } from '../../src/schemas/dates.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { timelineSchema } from '../../src/schemas/timeline.ts';

const schema = z.strictObject({
  title: z
    .string()
    .min(10)
    .describe('The words a test gives this heading and no file in src/ holds.'),
  kind: z.enum(['update', 'correction']),
  date: eventDate,
  items: z.array(z.strictObject({ keyPoint: z.string() })).min(2),
});

const explain = (on: z.ZodType, data: unknown) =>
  explainSchemaFailure({
    schema: on,
    data,
    file: 'content/x.yaml',
    locate: (path) => ({ line: path.length + 1, column: 1 }),
  });

test('each issue becomes a located problem that says what is wrong and what would be right', async () => {
  const problems = await explain(schema, {
    title: 'Short',
    kind: 'fix',
    date: { precision: 'week' },
    items: [{ keypoint: 'x' }],
  });
  const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
  expect(byField['title']).toMatchObject({
    problem: 'this text is too short: 5 characters, at least 10 needed.',
  });
  expect(byField['kind']).toMatchObject({
    problem: 'the text "fix" is not one of the allowed values.',
    fix: 'use one of "update", "correction".',
  });
  expect(byField['date.precision']).toMatchObject({
    fix: 'use one of "day", "month", "range", "not-announced", "unknown".',
  });
  expect(byField['items']).toMatchObject({
    problem: 'this list has 1 item; it needs at least 2.',
    fix: 'add 1 more.',
  });
  expect(byField['items[0].keypoint']).toMatchObject({
    problem: expect.stringContaining('Did you mean "keypoint" → "keyPoint"?'),
    line: 4,
  });
  expect(byField['items[0].keyPoint']).toMatchObject({
    problem: 'this required field is missing.',
    fix: 'add "keyPoint:" with a text.',
  });
});

test('the description given to a field in its schema reaches the message, with no source file read', async () => {
  const [problem] = await explain(schema, {
    title: 'Short',
    kind: 'update',
    date: { precision: 'unknown' },
    items: [{ keyPoint: 'a' }, { keyPoint: 'b' }],
  });
  expect(problem).toMatchObject({
    field: 'title',
    fix: 'write at least 10 characters. It holds: The words a test gives this heading and no file in src/ holds.',
  });
});

test('a field with no description still gets a message that says what is wrong and what to write', async () => {
  const bare = z.strictObject({ count: z.number().int(), tags: z.array(z.string()).min(1) });
  const problems = await explain(bare, { count: 'three', tags: [] });
  expect(problems.map(({ field, problem, fix }) => ({ field, problem, fix }))).toEqual([
    {
      field: 'count',
      problem: 'this is the text "three", but it must be a number.',
      fix: 'write a number here.',
    },
    { field: 'tags', problem: 'this list has 0 items; it needs at least 1.', fix: 'add 1 more.' },
  ]);
});

test('the real schemas’ descriptions reach the messages, for the form of a union the data was written in', async () => {
  const [missingRole] = await explain(personSchema, {
    name: 'Hakan Fidan',
    kind: 'person',
    side: 'turkey',
    roleSource: { source: 'hurriyet-2025-05-16-istanbul-hosts-talks' },
  });
  expect(missingRole).toMatchObject({
    field: 'role',
    problem: 'this required field is missing.',
    fix: 'add "role:" with a text. It holds: Their role at the time of the talks, correct even where the report got it wrong; shown beside their words of that time.',
  });
  const [badMonth] = await explain(z.strictObject({ date: eventDate.describe('When.') }), {
    date: { precision: 'month', value: '2025-13' },
  });
  expect(badMonth).toMatchObject({
    field: 'date.value',
    fix: expect.stringMatching(/It holds: The month, YYYY-MM\.$/),
  });
  // Two schemas in one file each keep their own descriptions: a timeline's title is not an event's.
  const [shortTitle] = await explain(timelineSchema, {
    title: 'Talk',
    periods: [{ heading: 'May 2025', events: ['x'] }],
  });
  expect(shortTitle).toMatchObject({
    field: 'title',
    fix: 'write at least 5 characters. It holds: The heading shown above the timeline.',
  });
});
