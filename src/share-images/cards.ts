// What a share card says: the plain data of each kind of card, with no look attached. The content
// turns into these in card-content.ts; templates.ts decides how each kind is drawn.

export type ShareImageKind = 'home' | 'article' | 'tag' | 'quote' | 'fact';

interface CardCommon {
  /** The language the card is written in (`en-GB`, `uk`): its numbers and capitals follow it. */
  lang: string;
  /** The edition's code, for a card in another language than the site's own (drawn without ratio variants). */
  edition?: string;
  /** The card's own words, in its language. */
  labels: { quote: string; factBox: string; status: string };
  /** The site's name, shown in the masthead line. */
  site: string;
  /** The site's host, e.g. `istanbul-talks.example.org`, shown bottom right. */
  host: string;
}

/** A headline card: an article, a tag page or the home page. */
export interface StoryCard extends CardCommon {
  kind: 'home' | 'article' | 'tag';
  /** The small label above the headline: the section, "Topic", ... */
  kicker: string;
  title: string;
  dek: string;
  /** The date line, already worded: "27 November 2026" or "Updated 28 November 2026". */
  date: string;
}

export interface QuoteCard extends CardCommon {
  kind: 'quote';
  /** The words exactly as the content gives them, without quotation marks. */
  text: string;
  speaker: string;
  role: string;
  /** When it was said, worded; empty when unknown. */
  date: string;
}

export interface FactCard extends CardCommon {
  kind: 'fact';
  title: string;
  /** The key figures, in the content's order; the card shows the first three. */
  figures: { value: number; label: string }[];
  /** Where things stand, e.g. "Agreed, not yet carried out". */
  status: string;
  date: string;
}

export type ShareCard = StoryCard | QuoteCard | FactCard;
