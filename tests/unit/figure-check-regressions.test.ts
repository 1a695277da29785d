// Regressions: bugs found by review, fixed, and kept fixed.
import { describe, expect, test } from 'vitest';
import { readFactBoxFigures } from '../../src/content-layer/content-files';
import { findFigureContradictions } from '../../src/markdown/figure-check';

const figures = readFactBoxFigures('content')['prisoner-exchange']!.figures;

describe('figure check: pending bugs', () => {
  test('a count followed by the verb "may" is still a count: "1,500 may be returned to each side" is flagged', () => {
    expect(findFigureContradictions('1,500 may be returned to each side.', figures)).toMatchObject([
      { written: '1,500', found: 1500, phrase: 'each side' },
    ]);
  });

  test('a four-digit count is not taken for a year: "1,000 back, 2000 in all" is not flagged', () => {
    expect(findFigureContradictions('Each side gets 1,000 back, 2000 in all.', figures)).toEqual([]);
  });
});
