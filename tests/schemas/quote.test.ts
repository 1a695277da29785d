// src/schemas/quote.ts accepts the real entries in content/ and rejects bad ones with an error on the
// right field and a message that says what is expected.
import { describe, expect, test } from 'vitest';
import { quoteSchema } from '../../src/schemas/quote.ts';
import { issues, withChanges, tooShort, type Issue, required } from '../support/schema-cases.ts';

describe('quoteSchema', () => {
  const good = {
    speaker: 'rustem-umerov',
    text: 'we’re not announcing it just yet',
    date: { precision: 'day', value: '2025-05-16' },
    context: 'Umerov on why the date of the exchange was not made public.',
    source: { source: 'istanbul-talks-report', paragraphs: [9] },
    article: 'prisoner-exchange-what-we-know',
  };

  test('a good quote is accepted, its speaker and article become references', () => {
    const quote = quoteSchema.parse(good);
    expect(quote.speaker).toEqual({ id: 'rustem-umerov', collection: 'people' });
    expect(quote.article).toEqual({ id: 'prisoner-exchange-what-we-know', collection: 'articles' });
    expect(quote.text).toBe('we’re not announcing it just yet');
  });

  const noMarks = {
    path: 'text',
    message: 'leave out the surrounding quotation marks: the site adds them',
  };
  const apostrophe = {
    path: 'text',
    message: 'use the typographic apostrophe ’ as the report does, not the straight one',
  };

  test.each<[string, string, Issue[]]>([
    ['typographic quotation marks around it', '“noted”', [noMarks]],
    ['straight double quotation marks around it', '"noted"', [noMarks]],
    ['an opening mark only', '“noted', [noMarks]],
    ['a closing mark only', 'noted”', [noMarks]],
    ['straight single quotation marks around it', "'noted'", [noMarks, apostrophe]],
    ['a straight apostrophe', "we're not announcing it just yet", [apostrophe]],
    ['one letter', 'a', [{ path: 'text', message: tooShort(2) }]],
  ])('rejects a text with %s', (_, text, expected) => {
    expect(issues(quoteSchema, { ...good, text })).toEqual(expected);
  });

  test('quotation marks inside the words are fine', () => {
    expect(issues(quoteSchema, { ...good, text: 'he called it “noted” and left' })).toEqual([]);
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['no speaker', { speaker: undefined }, [{ path: 'speaker', message: required('string') }]],
    ['a context too short', { context: 'Umerov.' }, [{ path: 'context', message: tooShort(20) }]],
    [
      'a month "2022-13"',
      { date: { precision: 'month', value: '2022-13' } },
      [{ path: 'date.value', message: 'a month written YYYY-MM, e.g. 2022-03' }],
    ],
    [
      'a bad precision',
      { date: { precision: 'week', value: '2025-W20' } },
      [
        {
          path: 'date.precision',
          message:
            "Invalid discriminator value. Expected 'day' | 'month' | 'range' | 'not-announced' | 'unknown'",
        },
      ],
    ],
    [
      'a paragraph 0',
      { source: { source: 'istanbul-talks-report', paragraphs: [0] } },
      [{ path: 'source.paragraphs.0', message: 'Too small: expected number to be >0' }],
    ],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(quoteSchema, withChanges(good, changes))).toEqual(expected);
  });
});
