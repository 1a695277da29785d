// Timeline.astro with the two real timelines, `road-to-istanbul` (placed by the news story) and
// `after-istanbul` (placed by what comes next): periods as headings, each an ordered list of events
// in date order, every event linkable, dated only as precisely as known; and on a page of the
// Ukrainian edition.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { rmSync } from 'node:fs';
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import Timeline from '../../src/components/Timeline/Timeline.astro';
import TimelineEvent from '../../src/components/Timeline/TimelineEvent.astro';
import { inEdition } from '../../src/content-layer/editions.ts';
import { getEventView } from '../../src/content-layer/entries.ts';
import { loadHtmlFragment } from '../support/html.ts';

/** The copies of the content made for the tests, removed after them. */
const fixtureDirs: string[] = vi.hoisted(() => []);
afterAll(() => {
  for (const dir of fixtureDirs) rmSync(dir, { recursive: true, force: true });
});
// The content the components read, with a small Ukrainian edition of the tests' own.
vi.mock('../../src/content-layer/paths.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/content-layer/paths.ts')>();
  const { contentWithSmallUkEdition } = await import('../support/small-uk-edition.ts');
  const dir = contentWithSmallUkEdition(original.contentDir);
  fixtureDirs.push(dir);
  return { ...original, contentDir: dir };
});

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each timeline's markup on its own, and both together, to find an event on either. */
let road: CheerioAPI;
let after: CheerioAPI;
let $: CheerioAPI;
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
  const roadHtml = await container.renderToString(Timeline, {
    props: { id: 'road-to-istanbul' },
  });
  const afterHtml = await container.renderToString(Timeline, { props: { id: 'after-istanbul' } });
  road = loadHtmlFragment(roadHtml);
  after = loadHtmlFragment(afterHtml);
  $ = loadHtmlFragment(roadHtml + afterHtml);
});

/** The ids of the events of each period of a timeline, in order. */
const periodEvents = (t: CheerioAPI) =>
  t('section ol')
    .map<Element, string[]>((_, ol) => [
      t(ol)
        .children('li')
        .map((__, li) => t(li).attr('id'))
        .get(),
    ])
    .get();

/** The datetime of each dated event of a timeline, in order; an undated event has none. */
const eventDatetimes = (t: CheerioAPI) =>
  t('ol > li')
    .map((_, li) => t(li).children('p').first().find('.event-date time').first().attr('datetime'))
    .get();

/** The event with this id, on either timeline: its date label, datetime, status mark, title and people. */
function event(id: string) {
  const li = $(`li#${id}`);
  const date = li.children('p').first();
  return {
    li,
    dateLabel: text(date.children().first().text()),
    time: li.children('p').first().find('time'),
    status: text(date.children().eq(1).text()),
    title: text(li.children('p').eq(1).text()),
    actors: li
      .find('a[href^="/people/"]')
      .map((_, a) => ({ name: $(a).text(), href: $(a).attr('href') }))
      .get(),
  };
}

describe('structure', () => {
  test.each([
    ['road-to-istanbul', 'The road to Istanbul, and the day itself', () => road],
    ['after-istanbul', 'What the talks left open, and what became of it', () => after],
  ])(
    '%s is a section named by its heading "%s", with the label "Timeline" above it',
    (id, title, timeline) => {
      const t = timeline();
      const section = t('section');
      expect(section).toHaveLength(1);
      expect(section.attr('aria-labelledby')).toBe(`timeline-${id}`);
      const heading = t(`#${section.attr('aria-labelledby')}`);
      expect(heading.is('h2')).toBe(true);
      expect(text(heading.text())).toBe(title);
      // The label is a kicker of its own before the heading, as on the fact box, not a prefix inside it.
      expect(heading.prev().is('p.kicker')).toBe(true);
      expect(text(heading.prev().text())).toBe('Timeline');
    },
  );

  test('each period is an h3 heading followed by an ordered list', () => {
    const headings = (t: CheerioAPI) => t('section h3');
    expect(
      headings(road)
        .map((_, h) => text(road(h).text()))
        .get(),
    ).toEqual(['2022: the invasion and the last face-to-face talks', '16 May 2025: Istanbul']);
    expect(
      headings(after)
        .map((_, h) => text(after(h).text()))
        .get(),
    ).toEqual([
      '15–16 May 2025: what was said, agreed and asked for',
      'After the talks: what became of each thread',
    ]);
    for (const t of [road, after]) {
      headings(t).each((_, h) => {
        expect(t(h).next().is('ol')).toBe(true);
      });
    }
  });

  test('headingLevel 3 makes the title an h3 and the periods h4', async () => {
    const html = await container.renderToString(Timeline, {
      props: { id: 'road-to-istanbul', headingLevel: 3 },
    });
    const $3 = loadHtmlFragment(html);
    expect(text($3('h3').first().text())).toBe('The road to Istanbul, and the day itself');
    expect(
      $3('h4')
        .map((_, h) => text($3(h).text()))
        .get(),
    ).toEqual(['2022: the invasion and the last face-to-face talks', '16 May 2025: Istanbul']);
    expect($3('h2')).toHaveLength(0);
  });
});

describe('events', () => {
  test('are list items, in date order within each period, each with its own id', () => {
    expect(periodEvents(road)).toEqual([
      ['full-scale-invasion', 'march-2022-talks'],
      ['istanbul-talks'],
    ]);
    expect(periodEvents(after)).toEqual([
      ['trump-air-force-one', 'prisoner-exchange-agreed', 'leaders-meeting-proposed'],
      [
        'prisoner-exchange-carried-out',
        'second-round-talks',
        'eu-sanctions-package',
        'third-round-talks',
        'trump-putin-meeting',
        'zelensky-putin-meeting',
      ],
    ]);
    expect($('ol > li:not([id])')).toHaveLength(0);
    // Russia’s Foreign Ministry on Zelensky is no longer an event; its quote stands elsewhere.
    expect($('li#russia-mfa-insult')).toHaveLength(0);
  });

  test('dated events come in order of their datetime', () => {
    expect(eventDatetimes(road)).toEqual(['2022-02-24', '2022-03-29', '2025-05-16']);
    // The Zelensky–Putin meeting, with no date, has none: it comes last, after the dated events.
    expect(eventDatetimes(after)).toEqual([
      '2025-05-15',
      '2025-05-16',
      '2025-05-16',
      '2025-05-23',
      '2025-06-02',
      '2025-07-18',
      '2025-07-23',
      '2025-08-15',
    ]);
  });

  test('an event known to the day has a datetime precise to the day', () => {
    const e = event('full-scale-invasion');
    expect(e.time.attr('datetime')).toBe('2022-02-24');
    expect(e.dateLabel).toBe('24 February 2022');
  });

  test('the March 2022 talks, which the report dates to the month, are known to the day: 29 March 2022', () => {
    const e = event('march-2022-talks');
    expect(e.time.attr('datetime')).toBe('2022-03-29');
    expect(e.dateLabel).toBe('29 March 2022');
  });

  test('an event known only to the month has a datetime precise to the month only', async () => {
    // The March 2022 talks as the report alone dates them: no event of the real timeline is now
    // known only to the month, so the event is rendered with that date.
    const view = await getEventView('march-2022-talks');
    const month = { precision: 'month', value: '2022-03' } as const;
    const $m = loadHtmlFragment(
      await container.renderToString(TimelineEvent, {
        props: { view: { ...view, current: { ...view.current, date: month } } },
      }),
    );
    const date = $m('li#march-2022-talks').children('p').first();
    expect(date.find('.event-date time').attr('datetime')).toBe('2022-03');
    expect(text(date.find('.event-date').text())).toBe('March 2022');
  });

  test('"Date unknown" has no date <time>; a pending event says the day it stands as of', () => {
    // The Zelensky–Putin meeting, still pending: its update stands as of 25 February 2026.
    const e = event('zelensky-putin-meeting');
    expect(e.dateLabel).toBe('Date unknown');
    expect(e.li.children('p').first().find('.event-date time')).toHaveLength(0);
    expect(text(e.li.children('p').first().text())).toBe(
      'Date unknown Pending as of 25 February 2026',
    );
    expect(e.time.attr('datetime')).toBe('2026-02-25');
    expect(e.title).toBe('A Zelensky–Putin meeting');
    expect(text(e.li.find('.timeline-update').text())).toBe(
      'Updated 6 December 2026. As of 16 May 2025 it was pending: Date unknown (Report ¶10–11).',
    );
  });

  test('the EU’s package and the Trump–Putin meeting, pending as of the report, show their updates: they happened', () => {
    const eu = event('eu-sanctions-package');
    expect(eu.dateLabel).toBe('18 July 2025');
    expect(eu.time.attr('datetime')).toBe('2025-07-18');
    expect(eu.status).toBe('Happened');
    expect(eu.title).toBe('The EU adopts its 18th sanctions package');
    expect(text(eu.li.find('.timeline-update').text())).toBe(
      'Updated 6 December 2026. As of 16 May 2025 it was pending: Date unknown (Report ¶14).',
    );
    const summit = event('trump-putin-meeting');
    expect(summit.dateLabel).toBe('15 August 2025');
    expect(summit.time.attr('datetime')).toBe('2025-08-15');
    expect(summit.status).toBe('Happened');
    expect(summit.title).toBe('Trump and Putin meet in Alaska, without Zelensky; no ceasefire');
    expect(text(summit.li.find('.timeline-update').text())).toBe(
      'Updated 6 December 2026. As of 16 May 2025 it was pending: Date unknown (Report ¶15, ¶17–18).',
    );
  });

  test('the exchange, pending as of the report, shows its update: carried out on 23–25 May 2025 (CNA, with AFP and MENAFN)', () => {
    const e = event('prisoner-exchange-carried-out');
    expect(e.dateLabel).toBe('23–25 May 2025');
    expect(e.time.map((_, t) => $(t).attr('datetime')).get()).toEqual(['2025-05-23', '2025-05-25']);
    expect(e.status).toBe('Happened');
    expect(e.title).toBe('The prisoner exchange is carried out');
    const citation = e.li.find('.citation').first();
    expect(text(citation.text())).toBe(
      'CNA, 25 May 2025; AFP, via Arab News, 23 May 2025; MENAFN, 26 May 2025. Both governments gave the same figures.',
    );
    expect(
      citation
        .children('a')
        .map((_, a) => [[text($(a).text()), $(a).attr('href')]])
        .get(),
    ).toEqual([
      ['CNA, 25 May 2025', '/sources/cna-2025-05-25-swap-complete/'],
      ['AFP, via Arab News, 23 May 2025', '/sources/afp-arabnews-2025-05-23-first-390/'],
      ['MENAFN, 26 May 2025', '/sources/menafn-2025-05-26-third-phase/'],
    ]);
    expect(text(e.li.find('.timeline-update').text())).toBe(
      'Updated 30 November 2026. As of 16 May 2025 it was pending: Date not announced (Report ¶9).',
    );
  });

  test('what has happened is marked Happened, what was still to come Pending', () => {
    const marks = $('ol > li')
      .map((_, li) => [[$(li).attr('id'), event($(li).attr('id') ?? '').status]])
      .get() as [string, string][];
    expect(Object.fromEntries(marks)).toEqual({
      'full-scale-invasion': 'Happened',
      'march-2022-talks': 'Happened',
      'trump-air-force-one': 'Happened',
      'istanbul-talks': 'Happened',
      'prisoner-exchange-agreed': 'Happened',
      'leaders-meeting-proposed': 'Happened',
      'prisoner-exchange-carried-out': 'Happened',
      'second-round-talks': 'Happened',
      'eu-sanctions-package': 'Happened',
      'third-round-talks': 'Happened',
      'trump-putin-meeting': 'Happened',
      'zelensky-putin-meeting': 'Pending',
    });
  });

  test('each title links to the event itself, so it can be shared', () => {
    const e = event('prisoner-exchange-agreed');
    expect(e.title).toBe('A 1,000-for-1,000 prisoner exchange is agreed');
    expect(e.li.find('a[href="#prisoner-exchange-agreed"]').text()).toBe(
      'A 1,000-for-1,000 prisoner exchange is agreed',
    );
  });

  test('says what happened, in our words', () => {
    expect(text(event('prisoner-exchange-agreed').li.children('p').eq(2).text())).toBe(
      'The one concrete outcome of the talks: an agreement that each side would get back 1,000 of its prisoners of war.',
    );
  });

  test('the people who acted are links to the people page', () => {
    expect(event('prisoner-exchange-agreed').actors).toEqual([
      { name: 'Rustem Umerov', href: '/people/#rustem-umerov' },
      { name: 'Vladimir Medinsky', href: '/people/#vladimir-medinsky' },
    ]);
    expect(event('trump-putin-meeting').actors).toEqual([
      { name: 'Donald Trump', href: '/people/#donald-trump' },
      { name: 'Vladimir Putin', href: '/people/#vladimir-putin' },
      { name: 'Dmitry Peskov', href: '/people/#dmitry-peskov' },
    ]);
  });

  test('an event without actors has no "Who:"', () => {
    const e = event('march-2022-talks');
    expect(e.actors).toEqual([]);
    expect(e.li.text()).not.toContain('Who:');
  });

  test('each event names its source: report paragraphs, or named outlets with a note', () => {
    const agreed = event('prisoner-exchange-agreed').li;
    expect(text(agreed.children('p').last().text())).toBe(
      'Who: Rustem Umerov, Vladimir Medinsky · Source: Report ¶6–7',
    );
    expect(agreed.find('.citation a').attr('href')).toBe('/sources/istanbul-talks-report/#p6');

    const invasion = event('full-scale-invasion').li;
    expect(
      invasion
        .find('.citation a')
        .map((_, a) => [[text($(a).text()), $(a).attr('href')]])
        .get(),
    ).toEqual([
      [
        'ABC News (Good Morning America), 24 February 2022',
        '/sources/abc-2022-02-24-full-scale-operation/',
      ],
      [
        'AFP, via Daily Times, 15 February 2023',
        '/sources/afp-dailytimes-2023-02-15-invasion-day/',
      ],
    ]);
    expect(text(invasion.find('.citation').text())).toBe(
      'ABC News (Good Morning America), 24 February 2022; AFP, via Daily Times, 15 February 2023. The report implies the date, a month before the March 2022 talks (¶2).',
    );

    // The report's paragraph first, then the outlets that give the day and the place.
    const march = event('march-2022-talks').li;
    expect(text(march.children('p').last().text())).toBe(
      'Source: Report ¶2; KATC, 29 March 2022; India.com, 29 March 2022. The report gives only the month; KATC and India.com report the talks on the day, in Istanbul.',
    );
    expect(
      march
        .find('.citation a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([
      '/sources/istanbul-talks-report/#p2',
      '/sources/katc-2022-03-29-talks-in-turkey/',
      '/sources/india-com-2022-03-29-istanbul-talks/',
    ]);
  });
});

test('a quote shown with an event is the quote entry itself, not words typed into the summary', () => {
  const request = $('li#leaders-meeting-proposed');
  const quote = request.find('p.timeline-quote q');
  expect(quote.text()).toBe('the next step');
  expect(quote.attr('cite')).toMatch(/\/sources\/istanbul-talks-report\/#p10$/);
  expect(request.find('p.timeline-quote a').attr('href')).toBe(
    '/sources/istanbul-talks-report/#p10',
  );
  expect(text(request.children('p').eq(2).text())).toBe(
    'Umerov says the two presidents should meet next, in the words quoted here; Medinsky takes note of the request.',
  );
  expect(text(request.children('p').eq(2).text())).not.toContain('next step');
});

test('an unknown timeline id fails, listing the valid ids', async () => {
  await expect(container.renderToString(Timeline, { props: { id: 'kyiv-talks' } })).rejects.toThrow(
    'No timelines entry with the id "kyiv-talks". Valid ids: after-istanbul, road-to-istanbul.',
  );
});

describe('on a page of the Ukrainian edition', () => {
  let uk: CheerioAPI;
  let ukRoad: CheerioAPI;
  beforeAll(async () => {
    const render = (id: string) =>
      inEdition('uk', () => container.renderToString(Timeline, { props: { id } }));
    uk = loadHtmlFragment(await render('after-istanbul'));
    ukRoad = loadHtmlFragment(await render('road-to-istanbul'));
  });

  test('the words the edition has come from its dictionary, unmarked; those it lacks are the English, marked', () => {
    expect(text(uk('section > p.kicker').text())).toBe('Хронологія');
    expect(uk('section > p.kicker [lang]')).toHaveLength(0);
    const status = (id: string) => uk(`li#${id}`).children('p').first().children('span').eq(1);
    expect(text(status('trump-putin-meeting').text())).toBe('Відбулося');
    expect(status('trump-putin-meeting').find('[lang]')).toHaveLength(0);
    expect(text(status('zelensky-putin-meeting').text())).toBe('Pending');
    expect(status('zelensky-putin-meeting').children('span').attr('lang')).toBe('en-GB');
  });

  test('a pending event says the day it stands as of in the edition’s sentence and date', () => {
    const line = uk('li#zelensky-putin-meeting').children('p').first().children('span').last();
    expect(text(line.text())).toBe('станом на 25 лютого 2026 р.');
    expect(line.find('[lang]')).toHaveLength(0);
    expect(line.find('time').attr('datetime')).toBe('2026-02-25');
  });

  test('the titles the edition translates are unmarked; those it lacks are the English, marked', () => {
    expect(text(uk('section > h2').text())).toBe('Що переговори залишили відкритим');
    expect(uk('section > h2').attr('lang')).toBeUndefined();
    expect(ukRoad('section > h2').attr('lang')).toBe('en-GB');
    expect(uk('section h3').first().attr('lang')).toBe('en-GB');
    const event = uk('li#prisoner-exchange-agreed');
    expect(event.find('a[href="#prisoner-exchange-agreed"]').attr('lang')).toBe('en-GB');
    expect(event.children('p').eq(2).attr('lang')).toBe('en-GB');
  });

  test('the update line: the edition’s dates inside the English sentence it lacks, only the words marked', () => {
    const update = uk('li#prisoner-exchange-carried-out .timeline-update');
    expect(text(update.text())).toBe(
      'Updated 30 листопада 2026 р.. As of 16 травня 2025 р. it was pending: Date not announced (Звіт ¶9).',
    );
    expect(update.find('time[lang], .citation[lang]')).toHaveLength(0);
    expect(
      update
        .find('span[lang="en-GB"]')
        .map((_, s) => text(uk(s).text()))
        .get(),
    ).toEqual(['Updated', 'As of', 'it was pending:', 'Date not announced']);
  });

  test('people and sources link within the edition; a person’s name the edition lacks is marked', () => {
    const who = uk('li#prisoner-exchange-agreed').children('p').last();
    expect(
      who
        .find('a')
        .map((_, a) => uk(a).attr('href'))
        .get(),
    ).toEqual([
      '/uk/people/#rustem-umerov',
      '/uk/people/#vladimir-medinsky',
      '/uk/sources/istanbul-talks-report/#p6',
    ]);
    expect(who.find('a[href="/uk/people/#rustem-umerov"]').attr('lang')).toBe('en-GB');
    expect(text(who.find('.citation').text())).toBe('Звіт ¶6–7');
  });

  test('an event’s quote is the report’s English, marked, with our translation after it', () => {
    const quote = uk('li#leaders-meeting-proposed p.timeline-quote');
    expect(quote.find('q').attr('lang')).toBe('en-GB');
    expect(quote.find('q').text()).toBe('the next step');
    expect(text(quote.find('.quote-translation').text())).toBe(
      '(our translation: “наступний крок”)',
    );
  });
});
