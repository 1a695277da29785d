import { expect, test } from 'vitest';
import { checkCitation, quotedPassages } from '../../src/content-layer/report-check.ts';

const report = [
  'Opening line.',
  '“This was the very good end to a very difficult day,” Serhiy Kyslytsya said, adding that it was “potentially excellent news for 1,000 Ukrainian families.”',
  'Umerov said: “We know the date,” he said, “we’re not announcing it just yet.”',
];

test('words that stand in the cited paragraph pass', () => {
  expect(
    checkCitation(report, {
      words: 'This was the very good end to a very difficult day',
      paragraphs: [2],
    }),
  ).toBeUndefined();
  expect(
    checkCitation(report, { words: 'we’re not announcing it just yet', paragraphs: [3] }),
  ).toBeUndefined();
});

test('changed words fail, and the fix quotes what the report says', () => {
  const wrong = checkCitation(report, {
    words: 'This was a very good end to a very difficult day',
    paragraphs: [2],
  });
  expect(wrong?.problem).toMatch(/is not what the report says in ¶2/);
  expect(wrong?.fix).toContain('“This was the very good end to a very difficult day” (¶2)');
});

test('a straight apostrophe is a difference in punctuation', () => {
  expect(
    checkCitation(report, { words: "we're not announcing it just yet", paragraphs: [3] })?.problem,
  ).toMatch(/punctuation, apostrophes or capitals/);
});

test('the wrong paragraph, a missing one and one past the end are named', () => {
  expect(checkCitation(report, { words: 'We know the date', paragraphs: [2] })).toEqual({
    problem: expect.stringContaining('it is in ¶3'),
    fix: 'cite ¶3 instead.',
  });
  expect(checkCitation(report, { words: 'We know the date', paragraphs: [] })?.fix).toContain(
    'paragraphs: [3]',
  );
  expect(checkCitation(report, { words: 'We know the date', paragraphs: [25] })?.problem).toContain(
    'has 3 paragraphs',
  );
});

test('quotedPassages lists what a paragraph puts in quotation marks', () => {
  expect(quotedPassages(report[2]!)).toEqual([
    'We know the date',
    'we’re not announcing it just yet',
  ]);
});
