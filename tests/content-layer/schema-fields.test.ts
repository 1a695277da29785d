// src/content-layer/schema-fields.ts reads what a schema says about a field through Zod's JSON Schema:
// descriptions given with `.describe()`, the fields of an object, the values of a discriminator; and
// every collection's schema can be read that way, with every field described.
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
  discriminatorValues,
  fieldDescription,
  jsonSchemaOf,
  shapeKeysAt,
} from '../../src/content-layer/schema-fields.ts';
import { collections } from '../../src/content.config.ts';
import { eventDate } from '../../src/schemas/dates.ts';

const when = z.discriminatedUnion('precision', [
  z.strictObject({
    precision: z.literal('day').describe('A known day.'),
    value: z.string().describe('The day.'),
  }),
  z.strictObject({
    precision: z.literal('month').describe('Only a month.'),
    value: z.string().describe('The month.'),
  }),
]);

const schema = z.strictObject({
  title: z.string().min(10).describe('The heading readers see first.'),
  kind: z.enum(['update', 'correction']),
  when: when.describe('When it happened.'),
  items: z
    .array(z.strictObject({ keyPoint: z.string().describe('One point, in a sentence.') }))
    .min(2)
    .describe('The points, in order.'),
  note: z.string().optional().describe('An optional note.'),
  slug: z
    .string()
    .transform((s) => s.toLowerCase())
    .describe('Becomes the address.'),
});

describe('fieldDescription', () => {
  test('gives the description written with .describe(), at any depth', () => {
    expect(fieldDescription(schema, ['title'])).toBe('The heading readers see first.');
    expect(fieldDescription(schema, ['items', 0, 'keyPoint'])).toBe('One point, in a sentence.');
    expect(fieldDescription(schema, ['note'])).toBe('An optional note.');
    expect(fieldDescription(schema, ['slug'])).toBe('Becomes the address.');
  });

  test('an item of a list has the list’s description', () => {
    expect(fieldDescription(schema, ['items', 3])).toBe('The points, in order.');
  });

  test('in a union, the form the data was written in gives the description', () => {
    expect(fieldDescription(schema, ['when'])).toBe('When it happened.');
    expect(fieldDescription(schema, ['when', 'value'], { when: { precision: 'day' } })).toBe(
      'The day.',
    );
    expect(fieldDescription(schema, ['when', 'value'], { when: { precision: 'month' } })).toBe(
      'The month.',
    );
  });

  test('a field without a description, or not in the schema, has none (not its parent’s)', () => {
    expect(fieldDescription(schema, ['kind'])).toBeUndefined();
    expect(fieldDescription(schema, ['items', 0, 'keypoint'])).toBeUndefined();
    expect(fieldDescription(schema, [])).toBeUndefined();
  });

  test('follows a schema that contains itself (a $ref in its JSON Schema, to the root or to $defs)', () => {
    const node = z.strictObject({
      label: z.string().describe('What the node is called.'),
      get children() {
        return z.array(node).optional().describe('The nodes below it.');
      },
    });
    expect(fieldDescription(node, ['children', 0, 'children', 1, 'label'])).toBe(
      'What the node is called.',
    );
    expect(fieldDescription(node, ['children', 0, 'children'])).toBe('The nodes below it.');
    // Below the root, the repeated schema goes to $defs.
    const page = z.strictObject({ tree: node.describe('The whole tree.') });
    expect(JSON.stringify(jsonSchemaOf(page))).toContain('#/$defs/');
    expect(fieldDescription(page, ['tree', 'children', 2, 'label'])).toBe(
      'What the node is called.',
    );
  });

  test('types with no JSON Schema form do not stop it', () => {
    const odd = z.strictObject({
      at: z.date().describe('A date object.'),
      custom: z
        .custom<string>((v) => typeof v === 'string')
        .describe('Anything the check accepts.'),
      big: z.bigint().describe('A large number.'),
    });
    expect(jsonSchemaOf(odd)).toBeDefined();
    expect(fieldDescription(odd, ['at'])).toBe('A date object.');
    expect(fieldDescription(odd, ['custom'])).toBe('Anything the check accepts.');
    expect(fieldDescription(odd, ['big'])).toBe('A large number.');
  });
});

test('shapeKeysAt and discriminatorValues see through lists, optionals and unions', () => {
  expect(shapeKeysAt(schema, [])).toEqual(['title', 'kind', 'when', 'items', 'note', 'slug']);
  expect(shapeKeysAt(schema, ['items', 0])).toEqual(['keyPoint']);
  expect(shapeKeysAt(schema, ['when'], { when: { precision: 'month' } })).toEqual([
    'precision',
    'value',
  ]);
  expect(shapeKeysAt(schema, ['title'])).toEqual([]);
  expect(discriminatorValues(schema, ['when'], 'precision')).toEqual(['day', 'month']);
  expect(discriminatorValues(z.strictObject({ date: eventDate }), ['date'], 'precision')).toEqual([
    'day',
    'month',
    'range',
    'not-announced',
    'unknown',
  ]);
});

/** The paths of every field written in a schema: fields of objects, items of lists, forms of a discriminated union. */
function fieldPaths(
  node: z.core.JSONSchema.JSONSchema,
  path: (string | number)[] = [],
): { path: (string | number)[]; described: boolean }[] {
  const forms = node.oneOf ?? node.anyOf ?? [];
  // The forms of a union told apart by a fixed value (eventDate's `precision`) each have fields.
  const discriminated =
    forms.length > 0 &&
    forms.every((form) =>
      Object.values(form.properties ?? {}).some((p) => typeof p === 'object' && 'const' in p),
    );
  const own = discriminated ? forms : [node];
  return own.flatMap((form) => [
    ...Object.entries(form.properties ?? {}).flatMap(([key, property]) =>
      typeof property === 'object'
        ? [
            { path: [...path, key], described: Boolean(property.description) },
            ...fieldPaths(property, [...path, key]),
          ]
        : [],
    ),
    ...(typeof form.items === 'object' && !Array.isArray(form.items)
      ? fieldPaths(form.items, [...path, 0])
      : []),
  ]);
}

describe.each(Object.entries(collections))('the %s collection', (name, collection) => {
  const collectionSchema = collection.schema as z.ZodType;

  test('its schema converts to JSON Schema', () => {
    expect(jsonSchemaOf(collectionSchema)?.type, name).toBe('object');
  });

  test('every field has a description, which the schema helpers find', () => {
    const fields = fieldPaths(jsonSchemaOf(collectionSchema)!);
    expect(fields.length).toBeGreaterThan(2);
    expect(fields.filter((field) => !field.described).map((field) => field.path.join('.'))).toEqual(
      [],
    );
    for (const { path } of fields)
      expect(fieldDescription(collectionSchema, path), path.join('.')).toBeTruthy();
  });
});
