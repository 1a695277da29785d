// src/schemas/factbox.ts accepts the real entries in content/ and rejects bad ones with an error on the
// right field and a message that says what is expected.
import { describe, expect, test } from 'vitest';
import { factBoxSchema } from '../../src/schemas/factbox.ts';
import { issues, readYaml, withChanges, type Issue, required } from '../support/schema-cases.ts';

describe('factBoxSchema', () => {
  const factboxes = readYaml('factboxes.yaml');

  const good = factboxes['prisoner-exchange'] ?? {};

  test('the prisoner exchange: 1,000 per side, 2,000 in all; its steps are the agreement and the exchange', () => {
    const box = factBoxSchema.parse(good);
    expect(box.figures.map((f) => [f.key, f.value])).toEqual([
      ['per-side', 1000],
      ['total', 2000],
    ]);
    expect(box.steps).toEqual([
      { label: 'Agreed', event: { id: 'prisoner-exchange-agreed', collection: 'timeline' } },
      {
        label: 'Carried out',
        event: { id: 'prisoner-exchange-carried-out', collection: 'timeline' },
      },
    ]);
    expect(box.keyQuote).toEqual({ id: 'kyslytsya-excellent-news', collection: 'quotes' });
    expect(box.article).toEqual({ id: 'prisoner-exchange-what-we-know', collection: 'articles' });
  });

  const figure = {
    key: 'per-side',
    value: 1000,
    label: 'prisoners returned to each side',
    phrases: ['each side'],
  };

  test.each<[string, Record<string, unknown>, Issue[]]>([
    [
      'no figures',
      { figures: [] },
      [{ path: 'figures', message: 'Too small: expected array to have >=1 items' }],
    ],
    [
      'a figure key with capitals',
      { figures: [{ ...figure, key: 'Per Side' }] },
      [{ path: 'figures.0.key', message: 'Invalid string: must match pattern /^[a-z0-9-]+$/' }],
    ],
    [
      'a negative figure',
      { figures: [{ ...figure, value: -1 }] },
      [{ path: 'figures.0.value', message: 'Too small: expected number to be >=0' }],
    ],
    [
      'a figure written as text',
      { figures: [{ ...figure, value: '1,000' }] },
      [{ path: 'figures.0.value', message: 'Invalid input: expected number, received string' }],
    ],
    [
      'a figure without phrases',
      { figures: [{ ...figure, phrases: [] }] },
      [{ path: 'figures.0.phrases', message: 'Too small: expected array to have >=1 items' }],
    ],
    [
      'no steps',
      { steps: [] },
      [{ path: 'steps', message: 'Too small: expected array to have >=1 items' }],
    ],
    [
      'a step without its event',
      { steps: [{ label: 'Agreed' }] },
      [{ path: 'steps.0.event', message: required('string') }],
    ],
    [
      'a status written into the box instead of an update',
      { status: { label: 'Carried out' } },
      [{ path: '', message: 'Unrecognized key: "status"' }],
    ],
    ['no key quote', { keyQuote: undefined }, [{ path: 'keyQuote', message: required('string') }]],
    [
      'a last-updated time without a time zone',
      { lastUpdated: '2026-11-27T09:00:00' },
      [
        {
          path: 'lastUpdated',
          message:
            'expected an ISO 8601 date-time with a time zone, e.g. 2026-11-27T09:00:00+00:00',
        },
      ],
    ],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(factBoxSchema, withChanges(good, changes))).toEqual(expected);
  });
});
