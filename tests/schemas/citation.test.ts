// src/schemas/citation.ts accepts the real entries in content/ and rejects bad ones with an error on the
// right field and a message that says what is expected.
import { describe, expect, test } from 'vitest';
import { citation } from '../../src/schemas/citation.ts';
import { issues, tooShort } from '../support/schema-cases.ts';

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
    expect(
      issues(citation, { source: 'istanbul-talks-report', paragraphs: [0, 1.5], note: '' }),
    ).toEqual([
      { path: 'paragraphs.0', message: 'Too small: expected number to be >0' },
      { path: 'paragraphs.1', message: 'Invalid input: expected int, received number' },
      { path: 'note', message: tooShort(1) },
    ]);
  });

  test('rejects a missing source, and a reference to another collection', () => {
    expect(issues(citation, { paragraphs: [7] }).map((i) => i.path)).toEqual(['source']);
    // A reference is an id as the YAML writes it, never an object naming another collection.
    expect(issues(citation, { source: { id: 'rustem-umerov', collection: 'people' } })).toEqual([
      { path: 'source', message: 'Invalid input: expected string, received object' },
    ]);
    expect(citation.parse({ source: 'istanbul-talks-report' }).source).toEqual({
      collection: 'sources',
      id: 'istanbul-talks-report',
    });
  });
});
