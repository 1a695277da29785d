// The editors' field reference in content/README.md is generated from the schemas: a field added,
// renamed or described anew must reach it (`npm run docs:fields`), or this test fails.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  fieldReference,
  FIELDS_END,
  FIELDS_START,
  withFieldReference,
} from '../../src/content-layer/field-reference.ts';
import { COLLECTION_NAMES } from '../../src/content-layer/registry.ts';

const readme = readFileSync('content/README.md', 'utf8');

describe('the field reference in content/README.md', () => {
  test('is what the schemas say now (if not, run `npm run docs:fields`)', () => {
    expect(readme).toBe(withFieldReference(readme, fieldReference()));
  });

  test('has a section for every content type of the registry', () => {
    for (const name of COLLECTION_NAMES) expect(fieldReference()).toContain(`### \`${name}\``);
  });

  test('gives each field whether it is required, what it takes and its description', () => {
    const reference = fieldReference();
    expect(reference).toContain(
      '- `speaker` (required, text): Who said it (`content/people.yaml`).',
    );
    expect(reference).toContain(
      '- `kind` (required, one of `update`, `correction`): `correction` fixes an error; `update` adds or changes information.',
    );
    expect(reference).toMatch(
      /- `excerpt` \(optional, text\): For a piece from an outlet: the sentence or two/,
    );
  });
});

describe('withFieldReference', () => {
  test('replaces what stands between the markers, and nothing else', () => {
    const text = `intro\n${FIELDS_START}\nold\n${FIELDS_END}\noutro\n`;
    expect(withFieldReference(text, 'new')).toBe(
      `intro\n${FIELDS_START}\n\nnew\n\n${FIELDS_END}\noutro\n`,
    );
  });

  test('says which lines are missing when the markers are not there', () => {
    expect(() => withFieldReference('no markers', 'x')).toThrow(
      'content/README.md needs the lines <!-- fields:start --> and <!-- fields:end -->, in that order.',
    );
  });
});
