// Facts from named outlets: every number and day we write must stand in the excerpts we cite.
import { describe, expect, test } from 'vitest';
import {
  dateNotInSources,
  figureProblems,
  numbersIn,
  numbersNotInSources,
  type CitedText,
} from '../../src/content-layer/excerpt-check.ts';

const swap: CitedText = {
  label: '"cna" (CNA, 2025-05-25)',
  text: 'Russia and Ukraine completed the exchange of 1,000 prisoners each on Sunday (May 25) … along with 120 civilians, each.',
  language: 'en',
  published: '2025-05-25',
};

describe('numbersIn', () => {
  test('reads thousands with separators, ordinals and years as plain numbers', () => {
    expect(numbersIn('1,000 each; the 18th package; 1 000; in 2025')).toEqual([
      '1000',
      '18',
      '1000',
      '2025',
    ]);
  });
});

describe('numbersNotInSources', () => {
  test('passes numbers the excerpt gives, however they are written', () => {
    expect(
      numbersNotInSources('1000 people from each side, 120 of them civilians', [swap]),
    ).toEqual([]);
  });

  test('names a number the excerpt does not give', () => {
    expect(numbersNotInSources('1,200 people from each side', [swap])).toEqual(['1200']);
  });

  test('a year counts when a cited piece was published in it, a day when on that day', () => {
    expect(numbersNotInSources('on 25 May 2025', [swap])).toEqual([]);
    expect(numbersNotInSources('on 26 May 2025', [swap])).toEqual(['26']);
    expect(numbersNotInSources('in 2024', [swap])).toEqual(['2024']);
  });

  test('paragraph marks are not figures', () => {
    expect(numbersNotInSources('the report implies it (¶2, ¶10–11)', [swap])).toEqual([]);
  });
});

describe('dateNotInSources', () => {
  test('finds a day by its number and month name, in the excerpt’s language too', () => {
    expect(dateNotInSources({ precision: 'day', value: '2025-05-25' }, [swap])).toEqual([]);
    const ru: CitedText = { label: 'ru', text: '15 августа в Анкоридже', language: 'ru' };
    expect(
      dateNotInSources({ precision: 'day', value: '2025-08-15' }, [
        { ...ru, published: '2025-08-16' },
      ]),
    ).toEqual([]);
  });

  test('names each end of a range it cannot find', () => {
    expect(
      dateNotInSources({ precision: 'range', from: '2025-05-23', to: '2025-05-25' }, [swap]),
    ).toEqual(['23 May']);
  });

  test('dates with no day to check pass', () => {
    expect(dateNotInSources({ precision: 'unknown' }, [swap])).toEqual([]);
  });
});

describe('figureProblems', () => {
  test('one message per field, naming the number and the pieces cited', () => {
    const problems = figureProblems(
      { summary: '1,000 each, 120 civilians', note: 'first 390 released' },
      { precision: 'day', value: '2025-05-24' },
      [swap],
    );
    expect(problems.map((p) => p.field)).toEqual(['note', 'date']);
    expect(problems[0]!.problem).toBe(
      '390 is not in the excerpts it cites ("cna" (CNA, 2025-05-25)).',
    );
    expect(problems[1]!.problem).toMatch(/^the date's 24 May is not in the excerpts/);
    expect(problems[0]!.fix).toMatch(/cite a piece whose excerpt gives it/);
  });
});
