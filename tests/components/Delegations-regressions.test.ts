// Regressions: bugs found by review, fixed, and kept fixed.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { expect, test } from 'vitest';
import Delegations from '../../src/components/Delegations/Delegations.astro';

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

async function render() {
  const container = await AstroContainer.create();
  return load(await container.renderToString(Delegations, { props: {} }), null, false);
}

test('a leader’s name and the "Led" mark are separate words ("Rustem Umerov Led", not "Rustem UmerovLed")', async () => {
  const $ = await render();
  expect(text($('li#rustem-umerov > p').first().text())).toBe('Rustem Umerov Led');
});

test('quotes said on the same day keep the order of content/quotes.yaml (the report’s order)', async () => {
  const $ = await render();
  const quotes = (id: string) => $(`li#${id} blockquote`).map((_, q) => text($(q).text())).get();
  expect(quotes('rustem-umerov')).toEqual(['“We know the date”', '“we’re not announcing it just yet”', '“the next step”']);
  expect(quotes('serhiy-kyslytsya')).toEqual([
    '“This was the very good end to a very difficult day”',
    '“potentially excellent news for 1,000 Ukrainian families”',
  ]);
});

