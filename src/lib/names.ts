// How the names of people and parties read inside a sentence: "What a Ukrainian source said",
// "More about Donald Trump and the United States, a backer of the talks". Pure: no content is read.
import type { Delegation } from '../schemas/delegation.ts';
import type { Person } from '../schemas/person.ts';

/** The article that opens an unnamed source's name ("A Ukrainian source", "The source"). */
const LEADING_ARTICLE = /^(A|An|The)(?= )/;

/**
 * A speaker's name as it stands inside a sentence, after other words: an unnamed source's name is a
 * description, so its opening article is lower-cased ("What a Ukrainian source said"). The names of
 * people and institutions are proper names and stay as they are ("Russia’s Foreign Ministry").
 * At the start of a sentence or a title, use the name itself.
 */
export function nameInSentence(person: Pick<Person, 'name' | 'kind'>): string {
  if (person.kind !== 'unnamed-source') return person.name;
  return person.name.replace(LEADING_ARTICLE, (article) => article.toLowerCase());
}

/**
 * Country names that take "the" in a sentence: those built on a common noun ("the United States",
 * "the Czech Republic", "the European Union") and a few plural ones ("the Netherlands").
 */
const TAKES_THE =
  /^(United|European|Czech|Dominican|Central African|Holy)\b|\b(Republic|Kingdom|Union|States|Emirates|Islands)\b|^(Netherlands|Philippines|Bahamas|Gambia|Maldives|Vatican)$/;

/** A party's name as it stands inside a sentence: "Ukraine", "the United States". */
export function partyInSentence(name: string): string {
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

/** The possessive of a name: "Ukraine’s", "the United States’". */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/**
 * A party to the talks named for what it was, without a pronoun, so it fits any speaker on its
 * side (a person, an institution, an unnamed source): "Ukraine’s delegation", "Turkey, the host of
 * the talks", "the United States, a backer of the talks". Only a party that sat at the table is
 * called a delegation.
 */
export function partyDescription(party: Pick<Delegation, 'name' | 'part'>): string {
  const name = partyInSentence(party.name);
  switch (party.part) {
    case 'delegation':
      return `${possessive(name)} delegation`;
    case 'host':
      return `${name}, the host of the talks`;
    case 'backer':
      return `${name}, a backer of the talks`;
  }
}

/**
 * The link from a quote's page to its speaker's entry in Who's who, which sits in the block of the
 * speaker's party: "More about Rustem Umerov and Ukraine’s delegation".
 */
export function moreAboutSpeaker(
  speaker: Pick<Person, 'name' | 'kind'>,
  party: Pick<Delegation, 'name' | 'part'>,
): string {
  return `More about ${nameInSentence(speaker)} and ${partyDescription(party)}`;
}

/**
 * A person's role as printed beside their words of the time: marked "at the time", since a role can
 * change and the page is read long after (their later roles are on Who's who). Institutions and
 * unnamed sources keep their description as it is.
 */
export function roleAtTheTime(person: { kind: string; role: string }): string {
  return person.kind === 'person' ? `${person.role} (at the time)` : person.role;
}
