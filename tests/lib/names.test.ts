// Names inside sentences: an unnamed source's article lower-cased, proper names kept, and each party
// named for what it was at the talks, with no pronoun that would have to fit the speaker; in
// another language, names left as the edition gives them, and its sentences cut at their elements.
import { describe, expect, test } from 'vitest';
import {
  isEnglish,
  moreAboutSpeaker,
  nameInSentence,
  partyDescription,
  partyForms,
  partyInSentence,
  possessive,
  roleAtTheTime,
  sentenceParts,
} from '../../src/lib/names.ts';

describe('nameInSentence', () => {
  test('lower-cases the article that opens an unnamed source’s name', () => {
    expect(nameInSentence({ name: 'A Ukrainian source', kind: 'unnamed-source' })).toBe(
      'a Ukrainian source',
    );
    expect(nameInSentence({ name: 'An official in Kyiv', kind: 'unnamed-source' })).toBe(
      'an official in Kyiv',
    );
    expect(nameInSentence({ name: 'The source', kind: 'unnamed-source' })).toBe('the source');
  });

  test('leaves the rest of an unnamed source’s name, and one without an article, as it is', () => {
    expect(nameInSentence({ name: 'Ukrainian officials', kind: 'unnamed-source' })).toBe(
      'Ukrainian officials',
    );
    expect(nameInSentence({ name: 'Analysts at Anadolu', kind: 'unnamed-source' })).toBe(
      'Analysts at Anadolu',
    );
  });

  test('keeps the names of people and institutions, which are proper names', () => {
    expect(nameInSentence({ name: 'Donald Trump', kind: 'person' })).toBe('Donald Trump');
    expect(nameInSentence({ name: 'Russia’s Foreign Ministry', kind: 'institution' })).toBe(
      'Russia’s Foreign Ministry',
    );
    expect(nameInSentence({ name: 'A. N. Other', kind: 'person' })).toBe('A. N. Other');
  });
});

describe('a party in a sentence', () => {
  test('"the" goes before the names that take it, and not before the others', () => {
    expect(partyInSentence('United States')).toBe('the United States');
    expect(partyInSentence('Netherlands')).toBe('the Netherlands');
    expect(partyInSentence('European Union')).toBe('the European Union');
    expect(partyInSentence('Ukraine')).toBe('Ukraine');
    expect(partyInSentence('Russia')).toBe('Russia');
    expect(partyInSentence('Turkey')).toBe('Turkey');
  });

  test('the possessive of a name ending in "s" is an apostrophe alone', () => {
    expect(possessive('Ukraine')).toBe('Ukraine’s');
    expect(possessive('the United States')).toBe('the United States’');
  });

  test('only a party at the table is a delegation; the host and the backer are named for their part', () => {
    expect(partyDescription({ name: 'Ukraine', part: 'delegation' })).toBe('Ukraine’s delegation');
    expect(partyDescription({ name: 'Turkey', part: 'host' })).toBe(
      'Turkey, the host of the talks',
    );
    expect(partyDescription({ name: 'United States', part: 'backer' })).toBe(
      'the United States, a backer of the talks',
    );
  });
});

describe('moreAboutSpeaker', () => {
  test.each([
    [
      { name: 'Rustem Umerov', kind: 'person' },
      { name: 'Ukraine', part: 'delegation' },
      'More about Rustem Umerov and Ukraine’s delegation',
    ],
    [
      { name: 'Russia’s Foreign Ministry', kind: 'institution' },
      { name: 'Russia', part: 'delegation' },
      'More about Russia’s Foreign Ministry and Russia’s delegation',
    ],
    [
      { name: 'A Ukrainian source', kind: 'unnamed-source' },
      { name: 'Ukraine', part: 'delegation' },
      'More about a Ukrainian source and Ukraine’s delegation',
    ],
    [
      { name: 'Hakan Fidan', kind: 'person' },
      { name: 'Turkey', part: 'host' },
      'More about Hakan Fidan and Turkey, the host of the talks',
    ],
    [
      { name: 'Donald Trump', kind: 'person' },
      { name: 'United States', part: 'backer' },
      'More about Donald Trump and the United States, a backer of the talks',
    ],
  ] as const)('%o of %o: "%s"', (speaker, party, expected) => {
    const text = moreAboutSpeaker(speaker, party);
    expect(text).toBe(expected);
    expect(text).not.toMatch(/\b(their|his|her|its)\b/);
  });
});

describe('in another language', () => {
  test('English grammar applies to English only', () => {
    expect(isEnglish('en')).toBe(true);
    expect(isEnglish('en-GB')).toBe(true);
    expect(isEnglish('uk')).toBe(false);
    expect(nameInSentence({ name: 'A Ukrainian source', kind: 'unnamed-source' }, 'en-GB')).toBe(
      'a Ukrainian source',
    );
    expect(nameInSentence({ name: 'A Ukrainian source', kind: 'unnamed-source' }, 'tr')).toBe(
      'A Ukrainian source',
    );
    expect(partyInSentence('United States', 'uk')).toBe('United States');
    expect(possessive('Україна', 'uk')).toBe('Україна');
  });

  test('a party’s forms, as placeholders for a dictionary sentence', () => {
    expect(partyForms('United States')).toEqual({
      party: 'the United States',
      partyPossessive: 'the United States’',
    });
    expect(partyForms('Ukraine', 'en-GB')).toEqual({
      party: 'Ukraine',
      partyPossessive: 'Ukraine’s',
    });
    expect(partyForms('Сполучені Штати', 'uk')).toEqual({
      party: 'Сполучені Штати',
      partyPossessive: 'Сполучені Штати',
    });
  });

  test('a role at the time, in English by default or in the words given', () => {
    const umerov = { kind: 'person', role: 'Defence Minister of Ukraine' };
    expect(roleAtTheTime(umerov)).toBe('Defence Minister of Ukraine (at the time)');
    expect(roleAtTheTime(umerov, (role) => `${role} (на той час)`)).toBe(
      'Defence Minister of Ukraine (на той час)',
    );
    const ministry = { kind: 'institution', role: 'Ministry of Foreign Affairs' };
    expect(roleAtTheTime(ministry, (role) => `${role} (на той час)`)).toBe(
      'Ministry of Foreign Affairs',
    );
  });
});

describe('sentenceParts', () => {
  test('cuts a sentence at its placeholders, in the sentence’s own order', () => {
    expect(
      sentenceParts({ text: 'From {date}: {role} ({sources})', lang: 'en-GB', fallback: false }),
    ).toEqual([
      { text: 'From ', lang: undefined },
      { slot: 'date' },
      { text: ': ', lang: undefined },
      { slot: 'role' },
      { text: ' (', lang: undefined },
      { slot: 'sources' },
      { text: ')', lang: undefined },
    ]);
    expect(
      sentenceParts({ text: '{role} з {date} ({sources})', lang: 'uk', fallback: false }),
    ).toEqual([
      { slot: 'role' },
      { text: ' з ', lang: undefined },
      { slot: 'date' },
      { text: ' (', lang: undefined },
      { slot: 'sources' },
      { text: ')', lang: undefined },
    ]);
  });

  test('marks the words of a fallback with their language, and punctuation with none', () => {
    expect(sentenceParts({ text: 'Led by {name}', lang: 'en-GB', fallback: true })).toEqual([
      { text: 'Led by ', lang: 'en-GB' },
      { slot: 'name' },
    ]);
    expect(
      sentenceParts({ text: 'For the host in {place} ({source})', lang: 'en-GB', fallback: true }),
    ).toEqual([
      { text: 'For the host in ', lang: 'en-GB' },
      { slot: 'place' },
      { text: ' (', lang: undefined },
      { slot: 'source' },
      { text: ')', lang: undefined },
    ]);
  });
});
