// Delegations.astro with the real content: four parties, who led or represented each, every
// person's role at the time, all ten quotes, and Kyslytsya's correct title beside the report's wrong one.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection } from 'astro:content';
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, test } from 'vitest';
import Delegations from '../../src/components/Delegations/Delegations.astro';

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

let $: CheerioAPI;
beforeAll(async () => {
  const container = await AstroContainer.create();
  $ = load(await container.renderToString(Delegations, { props: {} }), null, false);
});

/** The section named by a heading with exactly this text, as a screen reader finds a region. */
function region(name: string): Cheerio<Element> {
  const section = $('section[aria-labelledby]').filter((_, s) => text($(`#${$(s).attr('aria-labelledby')}`).text()) === name);
  expect(section, `region "${name}"`).toHaveLength(1);
  return section;
}

/** A person's list item: name, the "Led" mark, role, note and quotes. */
function person(id: string) {
  const li = $(`li#${id}`);
  expect(li, `person ${id}`).toHaveLength(1);
  const nameLine = li.children('p').eq(0);
  return {
    li,
    name: text(nameLine.contents().first().text()),
    mark: text(nameLine.children('span').text()),
    role: text(li.children('p').eq(1).text()),
    quotes: li.find('blockquote').map((_, q) => text($(q).text())).get(),
  };
}

describe('parties', () => {
  test('four regions, in order, each named by its heading', () => {
    const names = $('section[aria-labelledby]').map((_, s) => text($(`#${$(s).attr('aria-labelledby')}`).text())).get();
    expect(names).toEqual(['Ukraine', 'Russia', 'Turkey', 'United States']);
    expect($('section[aria-labelledby] > h3')).toHaveLength(4);
  });

  test('each says what part it played', () => {
    const kicker = (name: string) => text(region(name).children('p').first().text());
    expect(kicker('Ukraine')).toBe('Delegation at the table');
    expect(kicker('Russia')).toBe('Delegation at the table');
    expect(kicker('Turkey')).toBe('Host');
    expect(kicker('United States')).toBe('Behind the talks');
  });

  test('the two delegations say who led them; the host and the backer who represented them', () => {
    const leader = (name: string) => {
      const line = region(name)
        .children('p')
        .filter((_, p) => /^(Led|Represented) by /.test(text($(p).text())))
        .first();
      return { line: text(line.text()), href: line.find('a').attr('href') };
    };
    expect(leader('Ukraine')).toEqual({ line: 'Led by Rustem Umerov', href: '#rustem-umerov' });
    expect(leader('Russia')).toEqual({ line: 'Led by Vladimir Medinsky', href: '#vladimir-medinsky' });
    expect(leader('Turkey')).toEqual({ line: 'Represented by Hakan Fidan', href: '#hakan-fidan' });
    expect(leader('United States')).toEqual({ line: 'Represented by Donald Trump', href: '#donald-trump' });
  });

  test('each leader is listed first and marked "Led"', () => {
    for (const [party, leader] of [
      ['Ukraine', 'rustem-umerov'],
      ['Russia', 'vladimir-medinsky'],
      ['Turkey', 'hakan-fidan'],
      ['United States', 'donald-trump'],
    ] as const) {
      const people = region(party).find('li.person');
      expect(people.first().attr('id')).toBe(leader);
      expect(person(leader).mark).toBe('Led');
    }
    expect(person('rustem-umerov').name).toBe('Rustem Umerov');
    expect(person('serhiy-kyslytsya')).toMatchObject({ name: 'Serhiy Kyslytsya', mark: '' });
  });

  test('each party has its people, as list items with ids', () => {
    const ids = (party: string) => region(party).find('li.person').map((_, li) => $(li).attr('id')).get().sort();
    expect(ids('Ukraine')).toEqual(['rustem-umerov', 'serhiy-kyslytsya', 'ukrainian-source', 'volodymyr-zelensky']);
    expect(ids('Russia')).toEqual(['dmitry-peskov', 'russia-mfa', 'vladimir-medinsky', 'vladimir-putin']);
    expect(ids('Turkey')).toEqual(['hakan-fidan']);
    expect(ids('United States')).toEqual(['donald-trump']);
  });

  test('each party cites its sources', () => {
    const ukraineSources = region('Ukraine').children('p').filter((_, p) => text($(p).text()).startsWith('Sources:'));
    expect(text(ukraineSources.text())).toBe('Sources: Report ¶5, ¶8–10');
    expect(ukraineSources.find('a').attr('href')).toBe('/sources/istanbul-talks-report/#p5');
  });
});

describe('people and quotes', () => {
  test('all ten quotes appear once, word for word', async () => {
    const quotes = await getCollection('quotes');
    const shown = $('blockquote').map((_, q) => text($(q).text())).get();
    expect(shown).toHaveLength(10);
    expect(shown.sort()).toEqual(quotes.map((q) => `“${q.data.text}”`).sort());
  });

  test('each person’s quotes are under that person, in a list named for them', () => {
    expect(person('rustem-umerov').quotes.sort()).toEqual(['“We know the date”', '“the next step”', '“we’re not announcing it just yet”']);
    expect(person('vladimir-medinsky').quotes).toEqual(['“noted”']);
    expect(person('russia-mfa').quotes).toEqual(['“a clown and a loser”']);
    expect(person('donald-trump').quotes).toEqual(['“nothing’s going to happen until Putin and I get together”']);
    expect($('li#rustem-umerov ul').attr('aria-label')).toBe('Quotes from Rustem Umerov');
  });

  test('people without quotes have no quote list', () => {
    for (const id of ['volodymyr-zelensky', 'vladimir-putin', 'hakan-fidan']) {
      expect(person(id).quotes).toEqual([]);
      expect($(`li#${id} ul`)).toHaveLength(0);
    }
  });

  test('roles are the roles at the time', () => {
    expect(person('rustem-umerov').role).toBe("Defence Minister of Ukraine; head of Ukraine’s delegation");
    expect(person('vladimir-medinsky').role).toBe("Assistant to the President of Russia; head of Russia’s delegation");
    expect(person('hakan-fidan').role).toBe('Foreign Minister of Turkey');
    expect(person('ukrainian-source').role).toBe("Unnamed source close to Ukraine’s delegation");
  });
});

describe('Serhiy Kyslytsya', () => {
  test('has his correct title as his role, not the report’s', () => {
    const kyslytsya = person('serhiy-kyslytsya');
    expect(kyslytsya.role).toBe('First Deputy Minister of Foreign Affairs of Ukraine');
    expect(kyslytsya.role).not.toContain('defense');
  });

  test('has a visible note that quotes the report’s wrong title and links to ¶8', () => {
    const note = $('li#serhiy-kyslytsya > p.report-correction');
    expect(text(note.text())).toBe(
      'Note: The source report calls him a deputy defence minister. At the time of the talks he was Ukraine’s First Deputy Minister of Foreign Affairs. ' +
        'The report’s words: “the deputy minister of defense for Ukraine” (¶8).',
    );
    expect(note.find('a').attr('href')).toBe('/sources/istanbul-talks-report/#p8');
  });

  test('each of his two quotes also says his title was corrected', () => {
    const kyslytsya = person('serhiy-kyslytsya');
    expect(kyslytsya.quotes.sort()).toEqual(['“This was the very good end to a very difficult day”', '“potentially excellent news for 1,000 Ukrainian families”']);
    const corrections = kyslytsya.li.find('figure p.report-correction').map((_, p) => text($(p).text())).get();
    expect(corrections).toEqual([
      'Title corrected: the source report gives the title as “the deputy minister of defense for Ukraine” (¶8).',
      'Title corrected: the source report gives the title as “the deputy minister of defense for Ukraine” (¶8).',
    ]);
  });

  test('nobody else carries a correction', () => {
    expect($('li.person > p.report-correction')).toHaveLength(1);
    expect($('.report-correction')).toHaveLength(3);
  });
});
