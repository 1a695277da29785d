// Delegations.astro with the real content: four parties, who was at the table for each and who else
// was quoted, every person's role at the time, all ten quotes, and Kyslytsya's correct title; and
// the same block on a page of the Ukrainian edition, its words from a small `uk` dictionary made
// for the test (content/i18n/uk/ belongs to the translators).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection } from 'astro:content';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import Delegations from '../../src/components/Delegations/Delegations.astro';
import { inEdition } from '../../src/content-layer/editions.ts';
import { loadHtmlFragment } from '../support/html.ts';

/**
 * The dictionaries the components read: the site's English ones, and a `uk` people.yaml with a few
 * of its keys only, so that the others fall back to English.
 */
const dictionaries = vi.hoisted(() => ({ dir: '' }));
vi.mock('../../src/content-layer/dictionary.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/content-layer/dictionary.ts')>();
  const phrase: typeof original.phrase = (key, values, edition, dir) =>
    original.phrase(key, values, edition, dir ?? dictionaries.dir);
  const t: typeof original.t = (key, values) => phrase(key, values).text;
  return { ...original, phrase, t };
});
dictionaries.dir = mkdtempSync(join(tmpdir(), 'delegations-i18n-'));
// The site settings, which name the editions, and the articles they link to.
for (const file of ['site.yaml', 'articles'])
  cpSync(join('content', file), join(dictionaries.dir, file), { recursive: true });
cpSync('content/i18n/en', join(dictionaries.dir, 'i18n', 'en'), { recursive: true });
mkdirSync(join(dictionaries.dir, 'i18n', 'uk'), { recursive: true });
writeFileSync(
  join(dictionaries.dir, 'i18n', 'uk', 'people.yaml'),
  [
    'part:',
    '  delegation: Делегація',
    'ledBy: Делегацію очолює {name}',
    'laterRole: "{role} з {date} ({sources})"',
    'quotesFrom: Цитати',
  ].join('\n'),
);
afterAll(() => rmSync(dictionaries.dir, { recursive: true, force: true }));

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

  test('"At the table in Istanbul" lists only those the sources place there; the others are "Named, not placed at the table"', () => {
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
    expect(list('Ukraine', 'Named, not placed at the table')).toEqual([
      'volodymyr-zelensky',
      'ukrainian-source',
    ]);
    expect(list('Russia', 'At the table in Istanbul')).toEqual(['vladimir-medinsky']);
    expect(list('Russia', 'Named, not placed at the table')).toEqual([
      'vladimir-putin',
      'dmitry-peskov',
      'russia-mfa',
    ]);
    expect(list('Turkey', 'At the table in Istanbul')).toEqual(['hakan-fidan']);
    expect(list('Turkey', 'Named, not placed at the table')).toBeUndefined();
    expect(list('United States', 'At the table in Istanbul')).toEqual([]);
    expect(text(region('United States').text())).toContain(
      'The sources place no one from this side at the table.',
    );
    expect(text(region('United States').text())).not.toContain('No one from this side was');
    expect(list('United States', 'Named, not placed at the table')).toEqual(['donald-trump']);
    expect(text($.root().text())).not.toContain('Also quoted, not at the table');
    expect(text($.root().text())).not.toContain('Also in the story');
  });

  test('"Named, not placed at the table" says in its heading why they are listed apart, with their list straight after it', () => {
    for (const party of ['Ukraine', 'Russia', 'United States']) {
      const heading = region(party)
        .find('h4')
        .filter((_, el) => text($(el).text()) === 'Named, not placed at the table');
      expect(heading, party).toHaveLength(1);
      // No paragraph of explanation between the heading and the list it names.
      const next = heading.next();
      expect(next.is('ul'), party).toBe(true);
      expect(next.attr('aria-labelledby'), party).toBe(heading.attr('id'));
    }
    expect(text($.root().text())).not.toContain('which do not place them at the table');
  });

  test('each person at the table says how they were there, with the source', () => {
    // After the role at the time and any role taken since (see "later roles" below).
    const atTheTalks = (id: string) =>
      $(`li#${id}`)
        .children('p')
        .filter((_, p) => / in Istanbul \(/.test(text($(p).text())));
    expect(atTheTalks('rustem-umerov')).toHaveLength(1);
    expect(text(atTheTalks('rustem-umerov').text())).toBe(
      'Led the delegation in Istanbul (Report ¶9)',
    );
    expect(atTheTalks('rustem-umerov').find('a').attr('href')).toBe(
      '/sources/istanbul-talks-report/#p9',
    );
    expect(text($('li#hakan-fidan').children('p').eq(2).text())).toBe(
      'For the host in Istanbul (Hürriyet Daily News, 16 May 2025. The report says only that he spoke to the delegations (¶4).)',
    );
    expect($('li#hakan-fidan').children('p').eq(2).find('a').attr('href')).toBe(
      '/sources/hurriyet-2025-05-16-istanbul-hosts-talks/',
    );
    expect(text(atTheTalks('serhiy-kyslytsya').text())).toBe(
      'Member of the delegation in Istanbul (Hürriyet Daily News, 16 May 2025)',
    );
    expect(atTheTalks('serhiy-kyslytsya').find('a').attr('href')).toBe(
      '/sources/hurriyet-2025-05-16-istanbul-hosts-talks/',
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

    const sources = (party: string) =>
      region(party)
        .children('p')
        .filter((_, p) => text($(p).text()).startsWith('Sources:'));
    const links = (p: Cheerio<Element>) =>
      p
        .find('a')
        .map((_, a) => [[text($(a).text()), $(a).attr('href')]])
        .get();
    // Turkey: the report, and Hürriyet Daily News with no note.
    expect(text(sources('Turkey').text())).toBe(
      'Sources: Report ¶2–4; Hürriyet Daily News, 16 May 2025',
    );
    expect(links(sources('Turkey'))).toEqual([
      ['Report ¶2–4', '/sources/istanbul-talks-report/#p2'],
      ['Hürriyet Daily News, 16 May 2025', '/sources/hurriyet-2025-05-16-istanbul-hosts-talks/'],
    ]);
    // The United States: the report, and AFP's account of Rubio's meeting in two outlets, with a note.
    expect(text(sources('United States').text())).toBe(
      'Sources: Report ¶3, ¶15–16; AFP, via The New Indian Express, 16 May 2025; AFP, via The Asian Observer, 16 May 2025. A US official’s account of Rubio’s meeting.',
    );
    expect(links(sources('United States'))).toEqual([
      ['Report ¶3, ¶15–16', '/sources/istanbul-talks-report/#p3'],
      [
        'AFP, via The New Indian Express, 16 May 2025',
        '/sources/afp-newindianexpress-2025-05-16-rubio/',
      ],
      [
        'AFP, via The Asian Observer, 16 May 2025',
        '/sources/theasianobserver-2025-05-16-rubio-meeting-ends/',
      ],
    ]);
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

  test('a quote list is named with the speaker’s name as it reads in a sentence', () => {
    expect($('li#ukrainian-source ul').attr('aria-label')).toBe('Quotes from a Ukrainian source');
    expect($('li#russia-mfa ul').attr('aria-label')).toBe('Quotes from Russia’s Foreign Ministry');
  });

  test('people without quotes have no quote list', () => {
    for (const id of ['volodymyr-zelensky', 'vladimir-putin', 'hakan-fidan']) {
      expect(person(id).quotes).toEqual([]);
      expect($(`li#${id} ul`)).toHaveLength(0);
    }
  });

  test('roles are the roles at the time, marked as such where a later role follows', () => {
    expect(person('rustem-umerov').role).toBe(
      'At the time of the talks: Defence Minister of Ukraine; head of Ukraine’s delegation',
    );
    expect(person('vladimir-medinsky').role).toBe(
      'Assistant to the President of Russia; head of Russia’s delegation',
    );
    expect(person('hakan-fidan').role).toBe('Foreign Minister of Turkey');
    expect(person('ukrainian-source').role).toBe(
      'Unnamed; the report describes the source only as Ukrainian',
    );
  });

  test('a later role follows the role at the time, with the day it began and its sources', () => {
    const umerov = $('li#rustem-umerov').children('p');
    expect(umerov.map((_, p) => text($(p).text())).get()).toEqual([
      'Rustem Umerov Led',
      'At the time of the talks: Defence Minister of Ukraine; head of Ukraine’s delegation',
      'From 18 July 2025: Secretary of Ukraine’s National Security and Defence Council (Censor.net, 30 July 2025; Reuters, via To Vima, 23 July 2025)',
      'Led the delegation in Istanbul (Report ¶9)',
    ]);
    const later = $('li#rustem-umerov > p.later-role');
    expect(later.find('time').attr('datetime')).toBe('2025-07-18');
    expect(
      later
        .find('.citation a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([
      '/sources/censor-2025-07-30-umerov-nsdc/',
      '/sources/reuters-tovima-2025-07-23-third-round/',
    ]);
    // A later role's citation names its outlets only: no note.
    expect(later.find('.citation-note')).toHaveLength(0);

    const kyslytsya = $('li#serhiy-kyslytsya > p.later-role');
    expect(text(kyslytsya.text())).toBe(
      'From 5 January 2026: First Deputy Head of the Office of the President of Ukraine (LIGA.net, 5 January 2026; RBC-Ukraine, 5 January 2026)',
    );
    expect(kyslytsya.find('time').attr('datetime')).toBe('2026-01-05');
    expect(
      kyslytsya
        .find('.citation a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([
      '/sources/liga-2026-01-05-kyslytsya-office/',
      '/sources/rbc-2026-01-05-kyslytsya-office/',
    ]);

    // No one else has a later role, so no one else's role is marked "at the time of the talks".
    expect(
      $('li.person > p.later-role')
        .map((_, p) => $(p).parent().attr('id'))
        .get(),
    ).toEqual(['rustem-umerov', 'serhiy-kyslytsya']);
    expect(
      $('li.person')
        .filter((_, li) => text($(li).text()).includes('At the time of the talks:'))
        .map((_, li) => $(li).attr('id'))
        .get(),
    ).toEqual(['rustem-umerov', 'serhiy-kyslytsya']);
  });
});

describe('Serhiy Kyslytsya', () => {
  test('has his correct title as his role, not the report’s', () => {
    const kyslytsya = person('serhiy-kyslytsya');
    expect(kyslytsya.role).toBe(
      'At the time of the talks: First Deputy Minister of Foreign Affairs of Ukraine',
    );
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

describe('on a page of the Ukrainian edition', () => {
  let uk: CheerioAPI;
  beforeAll(async () => {
    const container = await AstroContainer.create();
    uk = loadHtmlFragment(
      await inEdition('uk', () => container.renderToString(Delegations, { props: {} })),
    );
  });

  /** The `lang` a text is read in: its nearest marked element's, else the page's (none here). */
  const langOf = (el: Cheerio<AnyNode>) => el.closest('[lang]').attr('lang');

  test('a text the edition has comes from its dictionary, unmarked', () => {
    const kicker = uk('section[aria-labelledby="delegation-ukraine"] > p.kicker');
    expect(text(kicker.text())).toBe('Делегація');
    expect(kicker.find('[lang]')).toHaveLength(0);
    expect(uk('li#rustem-umerov ul').attr('aria-label')).toBe('Цитати');
  });

  test('a text it lacks is the English, marked lang="en-GB"', () => {
    const kicker = uk('section[aria-labelledby="delegation-turkey"] > p.kicker');
    expect(text(kicker.text())).toBe('Host');
    expect(kicker.children('span').attr('lang')).toBe('en-GB');
    const led = uk('li#rustem-umerov > p').first().children('span').last();
    expect(text(led.text())).toBe('Led');
    expect(led.children('span').attr('lang')).toBe('en-GB');
  });

  test('its own sentence places the name, and the link stays a link', () => {
    const line = uk('section[aria-labelledby="delegation-ukraine"] > p').eq(1);
    expect(text(line.text())).toMatch(/^Делегацію очолює \S/);
    expect(line.find('a').attr('href')).toBe('#rustem-umerov');
    // The edition's words are not marked; the name is marked only when shown in English.
    expect(line.children('span')).toHaveLength(0);
  });

  test('the link to the full explanation of a wrong title stays in the edition', () => {
    expect(uk('li#serhiy-kyslytsya > p.report-correction a').last().attr('href')).toBe(
      '/uk/articles/how-we-reported-this/#a-wrong-job-title',
    );
  });

  test('its word order is kept around elements: role, then day, then sources', () => {
    const later = uk('li#rustem-umerov > p.later-role');
    const parts = later
      .contents()
      .map((_, node) => (node.nodeType === 3 ? 'text' : (node as Element).tagName))
      .get();
    expect(parts.indexOf('time')).toBeGreaterThan(0);
    expect(later.find('time').attr('datetime')).toBe('2025-07-18');
    expect(later.find('time').text()).toBe('18 липня 2025 р.');
    expect(text(later.text())).toMatch(/ з 18 липня 2025 р\. \(.+\)$/);
    expect(
      later.find('[lang="en-GB"]').filter((_, el) => /\bFrom\b/.test(uk(el).text())),
    ).toHaveLength(0);
  });

  test('in a sentence it lacks, only the English words are marked, not the place or the elements', () => {
    const heading = uk('#delegation-ukraine-at-the-table');
    const english = heading.children('span[lang="en-GB"]');
    expect(text(english.text())).toBe('At the table in');
    // The place is the site settings' text in the edition, outside the English words.
    expect(text(heading.text()).startsWith('At the table in ')).toBe(true);
    const atTheTalks = uk('li#rustem-umerov > p').last();
    expect(atTheTalks.find('.citation')).toHaveLength(1);
    expect(langOf(atTheTalks.find('.citation'))).toBeUndefined();
    // Punctuation between elements is in no language.
    expect(
      atTheTalks
        .children('span[lang]')
        .map((_, el) => uk(el).text())
        .get(),
    ).toEqual(['Led the delegation in ']);
  });

  test('a name or a role shown in English, where the edition lacks its translation, is marked lang="en-GB"', async () => {
    const people = await getCollection('people');
    for (const person of people) {
      const li = uk(`li#${person.id}`);
      const name = uk(li.children('p').first().contents().first());
      if (text(name.text()) === person.data.name) {
        expect(langOf(name), person.id).toBe('en-GB');
      }
      const roleLine = li.children('p').eq(1);
      const role = roleLine
        .find('span')
        .addBack()
        .filter((_, el) => text(uk(el).text()) === person.data.role);
      if (role.length) {
        expect(langOf(role.last()), person.id).toBe('en-GB');
      }
    }
  });
});
