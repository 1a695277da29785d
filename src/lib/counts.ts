// A number of things as the site prints it: "1 article", "3 articles", "1,000 quotes".

const PLURAL = new Intl.PluralRules('en-GB');
const NUMBER = new Intl.NumberFormat('en-GB');

/**
 * `count` and the noun in the form that number takes in English: `singular` for one, `plural`
 * (by default the singular with an "s") for any other number, none included.
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${NUMBER.format(count)} ${PLURAL.select(count) === 'one' ? singular : plural}`;
}
