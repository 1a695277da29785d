// src/schemas/citation.ts accepts the real entries in content/ and rejects bad ones with an error on the
// right field and a message that says what is expected.
import { describe, expect, test } from 'vitest';
import { citation } from '../../src/schemas/citation.ts';
import { issues, tooShort } from '../support/schema-cases.ts';

describe('citation', () => {
  test('a source with paragraphs becomes a reference; paragraphs and further outlets default to none', () => {
    expect(citation.parse({ source: 'istanbul-talks-report', paragraphs: [7, 8] })).toEqual({
      source: { id: 'istanbul-talks-report', collection: 'sources' },
      paragraphs: [7, 8],
      also: [],
    });
    // A piece from a named outlet, with the other pieces that report the same fact in `also`.
    expect(
      citation.parse({
        source: 'cna-2025-05-25-swap-complete',
        also: ['afp-arabnews-2025-05-23-first-390', 'menafn-2025-05-26-third-phase'],
        note: 'Both governments gave the same figures.',
      }),
    ).toEqual({
      source: { id: 'cna-2025-05-25-swap-complete', collection: 'sources' },
      paragraphs: [],
      also: [
        { id: 'afp-arabnews-2025-05-23-first-390', collection: 'sources' },
        { id: 'menafn-2025-05-26-third-phase', collection: 'sources' },
      ],
      note: 'Both governments gave the same figures.',
    });
  });

  test('rejects `also` that is not a list of source ids', () => {
    expect(
      issues(citation, {
        source: 'cna-2025-05-25-swap-complete',
        also: 'menafn-2025-05-26-third-phase',
      }),
    ).toEqual([{ path: 'also', message: 'Invalid input: expected array, received string' }]);
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
