// Words that go stale, and quotes typed by hand: the two rules that keep the site's text true later.
import { describe, expect, test } from 'vitest';
import { findTypedQuote, pendingWording } from '../../src/lib/dated-wording.ts';

describe('pendingWording', () => {
  test.each([
    ['The exchange is expected soon.', 'expected'],
    ['The date has not been made public.', 'has not'],
    ['The question is still open.', 'still'],
    ['It will take time.', 'will'],
    ['The date was not yet announced.', 'not yet'],
  ])('"%s" is caught (%s)', (text, phrase) => {
    expect(pendingWording(text)).toBe(phrase);
  });

  test.each([
    'The exchange was carried out on 23–25 May 2025.',
    'As of the report, it had not been announced.',
    'Trump said nothing would happen.',
    'pending',
    'had been anticipated',
  ])('"%s" stands on any day', (text) => {
    expect(pendingWording(text)).toBeUndefined();
  });
});

describe('findTypedQuote', () => {
  const quotes = {
    'medinsky-noted': 'noted',
    'russia-mfa-clown': 'a clown and a loser',
    'trump-putin-and-i': 'nothing’s going to happen until Putin and I get together',
  };

  test.each([
    ['He said the request was “noted.”', 'medinsky-noted', '“noted.”'],
    ['It called him "A clown and a loser".', 'russia-mfa-clown', '"A clown and a loser"'],
    [
      'He said "nothing\'s going to  happen until Putin and I get together."',
      'trump-putin-and-i',
      '"nothing\'s going to  happen until Putin and I get together."',
    ],
  ])('finds the words of a quote typed in quotation marks: %s', (text, id, typed) => {
    expect(findTypedQuote(text, quotes)).toMatchObject({ id, typed, index: text.indexOf(typed) });
  });

  test.each([
    'Medinsky noted the request.',
    'He took note, or “noted it”, as he put it.',
    'a clown and a loser',
  ])('leaves the words alone without their quotation marks: %s', (text) => {
    expect(findTypedQuote(text, quotes)).toBeUndefined();
  });
});
