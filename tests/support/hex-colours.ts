// Finds the colours written as hex (`#0b4f8a`, `#fff`, `#0000`) in a text, with their line numbers,
// for the tests that hold every colour to the design tokens in src/styles/theme.css.

/** A hex colour: 3, 4, 6 or 8 digits after a `#` that does not end a word or start `&#` (a character reference). */
const HEX_COLOUR = /(?<![\w&])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi;

export function hexColours(text: string): { colour: string; line: number }[] {
  return text.split('\n').flatMap((line, i) =>
    [...line.matchAll(HEX_COLOUR)].map(([colour]) => ({
      colour: colour.toLowerCase(),
      line: i + 1,
    })),
  );
}
