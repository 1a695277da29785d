// Two rules for the words in content, as pure functions: wording that is true only on some day
// ("not yet", "expected", "will") must stand where the page shows that day, and a quote's words
// may not be typed in quotation marks anywhere but its own entry, where they are checked.

/**
 * Phrases that describe a state that will change: pending, expected or present-tense facts. Past
 * forms ("would", "had not", "was expected") are not listed: they say what stood at a time.
 */
const PENDING =
  /\b(not yet|yet to|still|expected|expects|will|won[’']t|soon|upcoming|so far|to date|currently|at present|remains?|now|is due|are due|is being|are being|has not|have not|hasn[’']t|haven[’']t|is to|are to|on the horizon)\b/i;

/** The first pending phrase in a text, or undefined. Single words (ids, enum values) are never prose. */
export function pendingWording(text: string): string | undefined {
  if (!/\s/.test(text.trim())) return undefined;
  return PENDING.exec(text)?.[0];
}

/**
 * Lower case, straight quotation marks and apostrophes (the editions' «», „ and “ too): each
 * character stays where it was.
 */
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”«»„]/g, '"');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface TypedQuote {
  /** The quote entry whose words these are. */
  id: string;
  /** Where the opening quotation mark stands in the text (an index into the text as given). */
  index: number;
  /** The words as typed, with their quotation marks. */
  typed: string;
}

/**
 * A quote entry's words typed between quotation marks (straight or curly, any capitals, with a
 * closing comma or full stop inside) in a text, or undefined. `quotes` are the entries' words by id.
 */
export function findTypedQuote(
  text: string,
  quotes: Readonly<Record<string, string>>,
): TypedQuote | undefined {
  const haystack = normalise(text);
  for (const [id, words] of Object.entries(quotes)) {
    const pattern = new RegExp(
      `["']\\s*${escape(normalise(words)).replace(/\s+/g, '\\s+')}[\\s,.!?;:]*["']`,
    );
    const match = pattern.exec(haystack);
    if (match)
      return {
        id,
        index: match.index,
        typed: text.slice(match.index, match.index + match[0].length),
      };
  }
  return undefined;
}
