import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { discriminatorValues, explainSchemaFailure, fieldDoc, shapeKeysAt } from '../../src/content-layer/schema-problems';
import { eventDate } from '../../src/schemas/dates';

test('fieldDoc quotes the comment above a field in src/schemas/, following nested keys', () => {
  expect(fieldDoc('people', ['role'])).toBe('Their role at the time of the talks, correct even where the report got it wrong.');
  expect(fieldDoc('factboxes', ['steps', 0, 'label'])).toBe('The step\'s name as a past participle, e.g. "Agreed", "Carried out".');
  expect(fieldDoc('factboxes', ['figures', 0, 'label'])).toBe('What the number counts, e.g. "prisoners of war returned to each side".');
  expect(fieldDoc('quotes', ['source', 'paragraphs'])).toMatch(/paragraph numbers/);
});

const schema = z.strictObject({
  title: z.string().min(10),
  kind: z.enum(['update', 'correction']),
  date: eventDate,
  items: z.array(z.strictObject({ keyPoint: z.string() })).min(2),
});

test('the schema helpers see through lists, pipes and unions', () => {
  expect(shapeKeysAt(schema, [])).toEqual(['title', 'kind', 'date', 'items']);
  expect(shapeKeysAt(schema, ['items', 0])).toEqual(['keyPoint']);
  expect(discriminatorValues(schema, ['date'], 'precision')).toEqual(['day', 'month', 'range', 'not-announced', 'unknown']);
});

test('each issue becomes a located problem that says what is wrong and what would be right', async () => {
  const problems = await explainSchemaFailure({
    schema,
    collection: 'articles',
    data: { title: 'Short', kind: 'fix', date: { precision: 'week' }, items: [{ keypoint: 'x' }] },
    file: 'content/articles/x.md',
    locate: (path) => ({ line: path.length + 1, column: 1 }),
  });
  const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
  expect(byField['title']).toMatchObject({ problem: 'this text is too short: 5 characters, at least 10 needed.', fix: expect.stringContaining('The headline') });
  expect(byField['kind']).toMatchObject({ problem: 'the text "fix" is not one of the allowed values.', fix: expect.stringContaining('use one of "update", "correction"') });
  expect(byField['date.precision']).toMatchObject({ fix: 'use one of "day", "month", "range", "not-announced", "unknown".' });
  expect(byField['items']).toMatchObject({ problem: 'this list has 1 item; it needs at least 2.' });
  expect(byField['items[0].keypoint']).toMatchObject({ problem: expect.stringContaining('Did you mean "keypoint" → "keyPoint"?'), line: 4 });
  expect(byField['items[0].keyPoint']).toMatchObject({ problem: 'this required field is missing.' });
});
