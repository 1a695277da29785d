// How the names of people and parties read inside a sentence: "What a Ukrainian source said",
// "More about Donald Trump and the United States, a backer of the talks". English grammar: given
// another language (`lang`), a name stays as the edition gives it, for that edition's own sentence
// in content/i18n/ to place; `sentenceParts` cuts such a sentence where a name is a link or a date
// an element. Pure: no content is read.
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
export function nameInSentence(person: Pick<Person, 'name' | 'kind'>, lang = 'en'): string {
  if (person.kind !== 'unnamed-source' || !isEnglish(lang)) return person.name;
  return person.name.replace(LEADING_ARTICLE, (article) => article.toLowerCase());
}

/**
 * Country names that take "the" in a sentence: those built on a common noun ("the United States",
 * "the Czech Republic", "the European Union") and a few plural ones ("the Netherlands").
 */
const TAKES_THE =
  /^(United|European|Czech|Dominican|Central African|Holy)\b|\b(Republic|Kingdom|Union|States|Emirates|Islands)\b|^(Netherlands|Philippines|Bahamas|Gambia|Maldives|Vatican)$/;

/** True for English (`en`, `en-GB`): the language whose grammar these functions know. */
export function isEnglish(lang: string): boolean {
  return lang.toLowerCase().split('-')[0] === 'en';
}

/** A party's name as it stands inside a sentence: "Ukraine", "the United States". */
export function partyInSentence(name: string, lang = 'en'): string {
  return isEnglish(lang) && TAKES_THE.test(name) ? `the ${name}` : name;
}

/** The possessive of a name: "Ukraine’s", "the United States’"; in another language, the name. */
export function possessive(name: string, lang = 'en'): string {
  if (!isEnglish(lang)) return name;
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/**
 * A party's name in the forms a dictionary sentence about it may use, as its placeholders:
 * `{party}` ("the United States") and `{partyPossessive}` ("Ukraine’s"), so that English can say
 * "More about {name} and {partyPossessive} delegation" while an edition writes its own sentence
 * (with the name as the edition gives it in both, or neither).
 */
export function partyForms(name: string, lang = 'en'): { party: string; partyPossessive: string } {
  const party = partyInSentence(name, lang);
  return { party, partyPossessive: possessive(party, lang) };
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
export function roleAtTheTime(
  person: { kind: string; role: string },
  /** The marked role, in the page's language: `(role) => t('…', { role })`; English by default. */
  atTheTime: (role: string) => string = (role) => `${role} (at the time)`,
): string {
  return person.kind === 'person' ? atTheTime(person.role) : person.role;
}

/** A piece of a sentence: words (with their `lang` when they fall back to another language), or a placeholder. */
export type SentencePart =
  | { text: string; lang: string | undefined; slot?: undefined }
  | { slot: string; text?: undefined; lang?: undefined };

/**
 * A dictionary text (`phrase(key)`, its element placeholders left unfilled) cut at each `{slot}`,
 * so that a page can put an element there (a link, a date, a citation) in the order the edition's
 * sentence gives: "Led by {name}" → "Led by ", name. Words that fall back to the site's own
 * language carry its `lang` (punctuation alone does not); the elements keep their own.
 */
export function sentenceParts(phrase: {
  text: string;
  lang: string;
  fallback: boolean;
}): SentencePart[] {
  return phrase.text.split(/\{(\w+)\}/).flatMap((piece, i): SentencePart[] => {
    if (i % 2 === 1) return [{ slot: piece }];
    if (!piece) return [];
    // Punctuation between elements ("): (") is in no language.
    return [
      { text: piece, lang: phrase.fallback && /\p{L}/u.test(piece) ? phrase.lang : undefined },
    ];
  });
}
