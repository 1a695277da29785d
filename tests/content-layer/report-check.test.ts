import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  checkCitation,
  isQuoted,
  quotedPassages,
  splitParagraphs,
} from '../../src/content-layer/report-check.ts';

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

describe('a quote must be words the report puts in quotation marks', () => {
  /** The real report and quotes, as the build reads them. */
  const real = splitParagraphs(readFileSync('content/sources/istanbul-talks-report.txt', 'utf8'));
  const quotes = parse(readFileSync('content/quotes.yaml', 'utf8')) as Record<
    string,
    { text: string; source: { paragraphs: number[] } }
  >;
  const trump = 'only his conversations with President Putin would be taken into consideration';

  test.each(Object.entries(quotes))('every quote in content/quotes.yaml passes: %s', (_, q) => {
    expect(checkCitation(real, { words: q.text, paragraphs: q.source.paragraphs })).toBeUndefined();
  });

  test('words the paragraph reports but does not quote fail, and the message says so', () => {
    expect(checkCitation(real, { words: trump, paragraphs: [15] })).toEqual({
      problem: `"${trump}" is in ¶15, but the report does not put it in quotation marks: it reports what was said, it does not quote it.`,
      fix: "¶15 puts no words in quotation marks, so it quotes no one: say it in the article's own words, without quotation marks, and cite the report (¶15) instead of making it a quote.",
    });
  });

  test('in a paragraph that quotes other words, the fix names them', () => {
    const wrong = checkCitation(real, {
      words: 'that request was',
      paragraphs: [11],
    });
    expect(wrong?.problem).toContain(
      'is in ¶11, but the report does not put it in quotation marks',
    );
    expect(wrong?.fix).toBe(
      "quote only words the report puts in quotation marks (¶11 quotes “noted”), or say it in the article's own words, without quotation marks, and cite the report (¶11) instead of making it a quote.",
    );
    expect(checkCitation(report, { words: 'he said', paragraphs: [3] })?.fix).toContain(
      '¶3 quotes “We know the date”, “we’re not announcing it just yet”',
    );
  });

  test('words that run past the closing mark are not a quote; punctuation inside it is', () => {
    const said = ['He called the request “noted” and left.'];
    for (const words of ['noted” and left', 'the request “noted']) {
      expect(checkCitation(said, { words, paragraphs: [1] })?.problem).toMatch(
        /is in ¶1, but the report does not put it in quotation marks/,
      );
    }
    // ¶16 ends its quote with a full stop inside the marks; ¶5 with a comma.
    expect(
      checkCitation(real, { words: 'Putin and I get together.', paragraphs: [16] }),
    ).toBeUndefined();
    expect(
      checkCitation(real, { words: 'new and unacceptable demands,', paragraphs: [5] }),
    ).toBeUndefined();
  });

  test('words quoted in another paragraph but only reported in the cited one: cite the other', () => {
    const paragraphs = ['He said it was noted by all.', 'He called it “noted by all.”'];
    expect(checkCitation(paragraphs, { words: 'noted by all', paragraphs: [1] })?.fix).toBe(
      'cite ¶2 instead, where the report quotes these words.',
    );
  });

  test("the report's own words (kind: 'report') need no quotation marks", () => {
    expect(checkCitation(real, { words: trump, paragraphs: [15], kind: 'report' })).toBeUndefined();
  });
});

describe('isQuoted, for any source text', () => {
  test('words inside one quoted passage, punctuation inside the marks included', () => {
    expect(isQuoted(real9(), 'We know the date')).toBe(true);
    expect(isQuoted(real9(), 'We know the date,')).toBe(true);
    expect(isQuoted(real9(), 'not announcing it just yet.')).toBe(true);
    expect(isQuoted('Medinsky said it was “noted”. Then he left.', 'noted')).toBe(true);
  });

  test('words outside the marks, or across two passages, are not', () => {
    expect(isQuoted(real9(), 'he said')).toBe(false);
    expect(isQuoted(real9(), 'We know the date, we’re not announcing it just yet')).toBe(false);
    expect(isQuoted(real9(), 'the exchange will happen shortly')).toBe(false);
    expect(isQuoted('No quotation marks here at all.', 'here')).toBe(false);
    expect(isQuoted('He said “something”.', '')).toBe(false);
    expect(isQuoted('He said “something”.', '“”')).toBe(false);
  });

  test('marks typed around the words are not part of them (the quote schema refuses those)', () => {
    expect(isQuoted(real9(), '“We know the date,”')).toBe(true);
    expect(isQuoted(real9(), '“he said”')).toBe(false);
  });

  test('spacing is ignored, other characters are not', () => {
    expect(isQuoted('He said “we know   the\tdate”.', 'we know the date')).toBe(true);
    expect(isQuoted(real9(), "we're not announcing it")).toBe(false);
  });

  test("straight double quotation marks, and a passage left open to the paragraph's end", () => {
    expect(isQuoted('He said "we will see" and left.', 'we will see')).toBe(true);
    expect(isQuoted('He said "we will see" and left.', 'and left')).toBe(false);
    expect(isQuoted('“The talks go on into the night', 'into the night')).toBe(true);
    expect(isQuoted('«I colloqui continuano», ha detto.', 'I colloqui continuano')).toBe(true);
    expect(isQuoted('Er sagte: „Wir kennen das Datum“, und ging.', 'Wir kennen das Datum')).toBe(
      true,
    );
    expect(isQuoted('Er sagte: „Wir kennen das Datum“, und ging.', 'und ging')).toBe(false);
  });

  function real9(): string {
    return 'Ukraine’s Defense Minister Rustem Umerov, who led his nation’s delegation, stated that the exchange will happen shortly. “We know the date,” he said, “we’re not announcing it just yet.”';
  }
});
