// Numbers as each edition's language writes them, found in its prose: "1,000" in English, "1 000"
// (a no-break space) in Ukrainian and Russian, "1.000" in Turkish, as Intl.NumberFormat prints
// them. The translation checks compare a translated text's numbers with its English text's.

/** The thousands separators and the decimal mark a language writes, as Intl gives them. */
function marks(lang: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(lang).formatToParts(1234567.5);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new Map<string, RegExp>();

/** A written number in `lang`: digits in groups of three, or plain digits, with decimals. */
export function numberPattern(lang: string): RegExp {
  let pattern = patterns.get(lang);
  if (!pattern) {
    const { group, decimal } = marks(lang);
    // A space-like group separator may be written as any space: no-break, narrow or plain.
    const groups = /\s/.test(group) ? '[\\u00A0\\u202F ]' : escape(group);
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])\\d{1,3}(?:${groups}\\d{3})+(?:${escape(decimal)}\\d+)?(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])\\d+(?:${escape(decimal)}\\d+)?(?![\\p{L}\\p{N}])`,
      'gu',
    );
    patterns.set(lang, pattern);
  }
  return new RegExp(pattern.source, pattern.flags);
}

/** The value of a number written in `lang`: "1 000" → 1000, "1.000" (tr) → 1000. */
export function parseWrittenNumber(written: string, lang: string): number {
  const { group, decimal } = marks(lang);
  const groupPattern = /\s/.test(group) ? /[\u00A0\u202F ]/g : new RegExp(escape(group), 'g');
  return Number(written.replace(groupPattern, '').replace(decimal, '.'));
}

/** Every number written in a text in `lang`, by value, in order. */
export function numbersIn(text: string, lang: string): number[] {
  return [...text.matchAll(numberPattern(lang))].map((match) => parseWrittenNumber(match[0], lang));
}

const formats = new Map<string, Intl.NumberFormat>();

/** A number as `lang` writes it: 1000 → "1,000" (en-GB), "1 000" (uk, ru), "1.000" (tr). */
export function formatNumber(value: number, lang: string): string {
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(value);
}
