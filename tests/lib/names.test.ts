// Names inside sentences: an unnamed source's article lower-cased, proper names kept, and each party
// named for what it was at the talks, with no pronoun that would have to fit the speaker.
import { describe, expect, test } from 'vitest';
import {
  moreAboutSpeaker,
  nameInSentence,
  partyDescription,
  partyInSentence,
  possessive,
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
