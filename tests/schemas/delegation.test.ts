// src/schemas/delegation.ts accepts the real entries in content/ and rejects bad ones with an error on the
// right field and a message that says what is expected.
import { describe, expect, test } from 'vitest';
import { delegationSchema } from '../../src/schemas/delegation.ts';
import { issues, withChanges, tooShort, type Issue } from '../support/schema-cases.ts';

describe('delegationSchema', () => {
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
    [
      'an unknown part',
      { part: 'observer' },
      [{ path: 'part', message: 'Invalid option: expected one of "delegation"|"host"|"backer"' }],
    ],
    ['a one-letter name', { name: 'T' }, [{ path: 'name', message: tooShort(2) }]],
    [
      'a summary too short',
      { summary: 'Hosted the talks.' },
      [{ path: 'summary', message: tooShort(20) }],
    ],
    [
      'no sources',
      { sources: [] },
      [{ path: 'sources', message: 'Too small: expected array to have >=1 items' }],
    ],
    [
      'a negative order',
      { order: -3 },
      [{ path: 'order', message: 'Too small: expected number to be >=0' }],
    ],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(delegationSchema, withChanges(good, changes))).toEqual(expected);
  });
});
