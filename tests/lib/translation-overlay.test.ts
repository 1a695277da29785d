// Laying an edition's texts over an English entry: texts replace texts, everything else stays the
// English entry's own, and what a translation may not give is named with its path.
import { describe, expect, test } from 'vitest';
import { overlay, pathLabel, textPaths } from '../../src/lib/translation-overlay.ts';

const FIXED = ['key', 'value', 'event'];
const rules = {
  fixed: (path: readonly (string | number)[]) => FIXED.includes(String(path.at(-1))),
};
const english = {
  title: 'Prisoner exchange',
  figures: [
    { key: 'per-side', value: 1000, label: 'to each side', phrases: ['each side', 'per side'] },
    { key: 'total', value: 2000, label: 'in all', phrases: ['in all'] },
  ],
  steps: [{ label: 'Agreed', event: 'agreed' }],
};

describe('overlay', () => {
  test('puts the translated texts in place and keeps the figures, ids and references', () => {
    const { value, problems, missing } = overlay(
      english,
      {
        title: 'Обмін полоненими',
        figures: [{ label: 'кожній стороні', phrases: ['з кожного боку'] }],
      },
      rules,
    );
    expect(problems).toEqual([]);
    expect(value).toEqual({
      title: 'Обмін полоненими',
      figures: [
        { key: 'per-side', value: 1000, label: 'кожній стороні', phrases: ['з кожного боку'] },
        english.figures[1],
      ],
      steps: english.steps,
    });
    expect(missing.map(pathLabel)).toEqual([
      'figures[1].label',
      'figures[1].phrases',
      'steps[0].label',
    ]);
  });

  test('refuses a figure, a reference, a field the English lacks and a list longer than the English', () => {
    const { value, problems } = overlay(
      english,
      {
        titel: 'x',
        figures: [{ value: 1500 }, {}, {}],
        steps: [{ event: 'carried-out' }],
      },
      rules,
    );
    expect(value).toMatchObject({ title: 'Prisoner exchange', steps: english.steps });
    expect(problems.map((p) => `${pathLabel(p.path)}: ${p.problem}`)).toEqual([
      'titel: the English entry has no field "titel".',
      'figures: this list has 3 items, but the English has 2.',
      expect.stringMatching(/^steps\[0\]\.event: this field is never translated/),
    ]);
  });

  test('an empty text is not a translation', () => {
    expect(overlay({ a: 'text' }, { a: '  ' }, rules).problems).toHaveLength(1);
  });
});

test('textPaths lists every text an edition should give, a list of texts as one', () => {
  expect(textPaths(english, rules).map(pathLabel)).toEqual([
    'title',
    'figures[0].label',
    'figures[0].phrases',
    'figures[1].label',
    'figures[1].phrases',
    'steps[0].label',
  ]);
});
