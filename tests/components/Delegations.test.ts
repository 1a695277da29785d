// Delegations.astro with the real content: four parties, who was at the table for each and who else
// was quoted, every person's role at the time, all ten quotes, and Kyslytsya's correct title.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection } from 'astro:content';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, test } from 'vitest';
import Delegations from '../../src/components/Delegations/Delegations.astro';
import { loadHtmlFragment } from '../support/html.ts';

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

let $: CheerioAPI;
beforeAll(async () => {
  const container = await AstroContainer.create();
  $ = loadHtmlFragment(await container.renderToString(Delegations, { props: {} }));
});

/** The section named by a heading with exactly this text, as a screen reader finds a region. */
function region(name: string): Cheerio<Element> {
  const section = $('section[aria-labelledby]').filter(
    (_, s) => text($(`#${$(s).attr('aria-labelledby')}`).text()) === name,
  );
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
    quotes: li
      .find('blockquote')
      .map((_, q) => text($(q).text()))
      .get(),
  };
}

describe('parties', () => {
  test('four regions, in order, each named by its heading', () => {
    const names = $('section[aria-labelledby]')
      .map((_, s) => text($(`#${$(s).attr('aria-labelledby')}`).text()))
      .get();
    expect(names).toEqual(['Ukraine', 'Russia', 'Turkey', 'United States']);
    expect($('section[aria-labelledby] > h3')).toHaveLength(4);
  });

  test('each says what part it played', () => {
    const kicker = (name: string) => text(region(name).children('p').first().text());
    expect(kicker('Ukraine')).toBe('Delegation');
    expect(kicker('Russia')).toBe('Delegation');
    expect(kicker('Turkey')).toBe('Host');
    expect(kicker('United States')).toBe('Behind the talks');
  });

  test('the two delegations say who led them; nobody "represents" the host or the backer', () => {
    const leader = (name: string) => {
      const line = region(name)
        .children('p')
        .filter((_, p) => /^(Led|Represented) by /.test(text($(p).text())))
        .first();
      return { line: text(line.text()), href: line.find('a').attr('href') };
    };
    expect(leader('Ukraine')).toEqual({ line: 'Led by Rustem Umerov', href: '#rustem-umerov' });
    expect(leader('Russia')).toEqual({
      line: 'Led by Vladimir Medinsky',
      href: '#vladimir-medinsky',
    });
    expect(leader('Turkey')).toEqual({ line: '', href: undefined });
    expect(leader('United States')).toEqual({ line: '', href: undefined });
    expect(text($.root().text())).not.toContain('Represented by');
  });

  test('only the two heads of delegation are listed first and marked "Led"', () => {
    for (const [party, leader] of [
      ['Ukraine', 'rustem-umerov'],
      ['Russia', 'vladimir-medinsky'],
    ] as const) {
      expect(region(party).find('li.person').first().attr('id')).toBe(leader);
      expect(person(leader).mark).toBe('Led');
    }
    const marked = $('li.person').filter(
      (_, li) => text($(li).children('p').first().children('span').text()) === 'Led',
    );
    expect(marked.map((_, li) => $(li).attr('id')).get()).toEqual([
      'rustem-umerov',
      'vladimir-medinsky',
    ]);
    expect(person('serhiy-kyslytsya')).toMatchObject({ name: 'Serhiy Kyslytsya', mark: '' });
  });

  test('"At the table in Istanbul" lists only those the sources place there; the others are "Also quoted, not at the table"', () => {
    const list = (party: string, heading: string) => {
      const h = region(party)
        .find('h4')
        .filter((_, el) => text($(el).text()) === heading);
      if (h.length === 0) return undefined;
      return $(`ul[aria-labelledby="${h.attr('id')}"]`)
        .children('li.person')
        .map((_, li) => $(li).attr('id'))
        .get();
    };
    expect(list('Ukraine', 'At the table in Istanbul')).toEqual([
      'rustem-umerov',
      'serhiy-kyslytsya',
    ]);
    expect(list('Ukraine', 'Also quoted, not at the table')).toEqual([
      'volodymyr-zelensky',
      'ukrainian-source',
    ]);
    expect(list('Russia', 'At the table in Istanbul')).toEqual(['vladimir-medinsky']);
    expect(list('Russia', 'Also quoted, not at the table')).toEqual([
      'vladimir-putin',
      'dmitry-peskov',
      'russia-mfa',
    ]);
    expect(list('Turkey', 'At the table in Istanbul')).toEqual(['hakan-fidan']);
    expect(list('Turkey', 'Also quoted, not at the table')).toBeUndefined();
    expect(list('United States', 'At the table in Istanbul')).toEqual([]);
    expect(text(region('United States').text())).toContain(
      'No one from this side was at the table.',
    );
    expect(list('United States', 'Also quoted, not at the table')).toEqual(['donald-trump']);
  });

  test('each person at the table says how they were there, with the source', () => {
    expect(text($('li#rustem-umerov').children('p').eq(2).text())).toBe(
      'Led the delegation in Istanbul (Report ¶9)',
    );
    expect(text($('li#hakan-fidan').children('p').eq(2).text())).toMatch(
      /^For the host in Istanbul \(Public record\. He addressed the delegations in person; the report says only/,
    );
  });

  test('each party has its people, as list items with ids', () => {
    const ids = (party: string) =>
      region(party)
        .find('li.person')
        .map((_, li) => $(li).attr('id'))
        .get()
        .sort();
    expect(ids('Ukraine')).toEqual([
      'rustem-umerov',
      'serhiy-kyslytsya',
      'ukrainian-source',
      'volodymyr-zelensky',
    ]);
    expect(ids('Russia')).toEqual([
      'dmitry-peskov',
      'russia-mfa',
      'vladimir-medinsky',
      'vladimir-putin',
    ]);
    expect(ids('Turkey')).toEqual(['hakan-fidan']);
    expect(ids('United States')).toEqual(['donald-trump']);
  });

  test('each party cites its sources', () => {
    const ukraineSources = region('Ukraine')
      .children('p')
      .filter((_, p) => text($(p).text()).startsWith('Sources:'));
    expect(text(ukraineSources.text())).toBe('Sources: Report ¶7, ¶9–10');
    expect(ukraineSources.find('a').attr('href')).toBe('/sources/istanbul-talks-report/#p7');
  });
});

describe('people and quotes', () => {
  test('all ten quotes appear once, word for word', async () => {
    const quotes = await getCollection('quotes');
    const shown = $('blockquote')
      .map((_, q) => text($(q).text()))
      .get();
    expect(shown).toHaveLength(10);
    expect(shown.sort()).toEqual(quotes.map((q) => `“${q.data.text}”`).sort());
  });

  test('each person’s quotes are under that person, in a list named for them', () => {
    expect(person('rustem-umerov').quotes.sort()).toEqual([
      '“We know the date”',
      '“the next step”',
      '“we’re not announcing it just yet”',
    ]);
    expect(person('vladimir-medinsky').quotes).toEqual(['“noted”']);
    expect(person('russia-mfa').quotes).toEqual(['“a clown and a loser”']);
    expect(person('donald-trump').quotes).toEqual([
      '“nothing’s going to happen until Putin and I get together”',
    ]);
    expect($('li#rustem-umerov ul').attr('aria-label')).toBe('Quotes from Rustem Umerov');
  });

  test('people without quotes have no quote list', () => {
    for (const id of ['volodymyr-zelensky', 'vladimir-putin', 'hakan-fidan']) {
      expect(person(id).quotes).toEqual([]);
      expect($(`li#${id} ul`)).toHaveLength(0);
    }
  });

  test('roles are the roles at the time', () => {
    expect(person('rustem-umerov').role).toBe(
      'Defence Minister of Ukraine; head of Ukraine’s delegation',
    );
    expect(person('vladimir-medinsky').role).toBe(
      'Assistant to the President of Russia; head of Russia’s delegation',
    );
    expect(person('hakan-fidan').role).toBe('Foreign Minister of Turkey');
    expect(person('ukrainian-source').role).toBe(
      'Unnamed; the report describes the source only as Ukrainian',
    );
  });
});

describe('Serhiy Kyslytsya', () => {
  test('has his correct title as his role, not the report’s', () => {
    const kyslytsya = person('serhiy-kyslytsya');
    expect(kyslytsya.role).toBe('First Deputy Minister of Foreign Affairs of Ukraine');
    expect(kyslytsya.role).not.toContain('defense');
  });

  test('has a one-line note that quotes the report’s wrong title, links to ¶8 and to the full explanation', () => {
    const note = $('li#serhiy-kyslytsya > p.report-correction');
    expect(text(note.text())).toBe(
      'Title corrected: the report says “the deputy minister of defense for Ukraine” (¶8). Why we use another title',
    );
    expect(
      note
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([
      '/sources/istanbul-talks-report/#p8',
      '/articles/how-we-reported-this/#a-wrong-job-title',
    ]);
  });

  test('each of his two quotes also says his title was corrected', () => {
    const kyslytsya = person('serhiy-kyslytsya');
    expect(kyslytsya.quotes.sort()).toEqual([
      '“This was the very good end to a very difficult day”',
      '“potentially excellent news for 1,000 Ukrainian families”',
    ]);
    const corrections = kyslytsya.li
      .find('figure p.report-correction')
      .map((_, p) => text($(p).text()))
      .get();
    expect(corrections).toEqual([
      'Title corrected: the report says “the deputy minister of defense for Ukraine” (¶8). Why we use another title',
      'Title corrected: the report says “the deputy minister of defense for Ukraine” (¶8). Why we use another title',
    ]);
  });

  test('nobody else carries a correction', () => {
    expect($('li.person > p.report-correction')).toHaveLength(1);
    expect($('.report-correction')).toHaveLength(3);
  });
});

describe('bugs found by review, kept fixed', () => {
  test('a leader’s name and the "Led" mark are separate words ("Rustem Umerov Led", not "Rustem UmerovLed")', () => {
    expect(text($('li#rustem-umerov > p').first().text())).toBe('Rustem Umerov Led');
  });

  test('quotes said on the same day keep the order of content/quotes.yaml (the report’s order)', () => {
    const quotes = (id: string) =>
      $(`li#${id} blockquote`)
        .map((_, q) => text($(q).text()))
        .get();
    expect(quotes('rustem-umerov')).toEqual([
      '“We know the date”',
      '“we’re not announcing it just yet”',
      '“the next step”',
    ]);
    expect(quotes('serhiy-kyslytsya')).toEqual([
      '“This was the very good end to a very difficult day”',
      '“potentially excellent news for 1,000 Ukrainian families”',
    ]);
  });
});
