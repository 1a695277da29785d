import { expect, test } from 'vitest';
import { closest, editDistance } from '../../src/lib/similar.ts';

test('editDistance counts single-character edits, ignoring case', () => {
  expect(editDistance('keypoints', 'keyPoints')).toBe(0);
  expect(editDistance('the-numberz', 'the-numbers')).toBe(1);
});

test('closest prefers names that contain the word, then the nearest', () => {
  expect(closest('the-ceasefire', ['sources', 'topics', 'the-ceasefire-no-movement'], 1)).toEqual([
    'the-ceasefire-no-movement',
  ]);
  expect(closest('medinsky-nodded', ['medinsky-noted', 'umerov-next-step'], 1)).toEqual([
    'medinsky-noted',
  ]);
});
