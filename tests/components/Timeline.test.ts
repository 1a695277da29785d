// Timeline.astro with the real `istanbul-talks` timeline: periods as headings, each an ordered list
// of events in date order, every event linkable, dated only as precisely as known.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, test } from 'vitest';
import Timeline from '../../src/components/Timeline/Timeline.astro';
import { loadHtmlFragment } from '../support/html.ts';

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

let $: CheerioAPI;
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
  $ = loadHtmlFragment(
    await container.renderToString(Timeline, { props: { id: 'istanbul-talks' } }),
  );
});

/** The event with this id: its date label, datetime, status mark, title and people. */
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
  test('is a section named by its heading "The road to Istanbul, and the steps after it", with the label "Timeline" above it', () => {
    const section = $('section');
    expect(section).toHaveLength(1);
    const heading = $(`#${section.attr('aria-labelledby')}`);
    expect(heading.is('h2')).toBe(true);
    expect(text(heading.text())).toBe('The road to Istanbul, and the steps after it');
    // The label is a kicker of its own before the heading, as on the fact box, not a prefix inside it.
    expect(heading.prev().is('p.kicker')).toBe(true);
    expect(text(heading.prev().text())).toBe('Timeline');
  });

  test('each period is an h3 heading followed by an ordered list', () => {
    const headings = $('section h3');
    expect(headings.map((_, h) => text($(h).text())).get()).toEqual([
      '2022: the invasion and the last face-to-face talks',
      'May 2025: Istanbul',
      'After the talks',
    ]);
    headings.each((_, h) => {
      expect($(h).next().is('ol')).toBe(true);
    });
  });

  test('headingLevel 3 makes the title an h3 and the periods h4', async () => {
    const html = await container.renderToString(Timeline, {
      props: { id: 'istanbul-talks', headingLevel: 3 },
    });
    const $3 = loadHtmlFragment(html);
    expect(text($3('h3').first().text())).toBe('The road to Istanbul, and the steps after it');
    expect($3('h4')).toHaveLength(3);
    expect($3('h2')).toHaveLength(0);
  });
});

describe('events', () => {
  test('are list items, in date order within each period, each with its own id', () => {
    const periods = $('section ol')
      .map<Element, string[]>((_, ol) => [
        $(ol)
          .children('li')
          .map((__, li) => $(li).attr('id'))
          .get(),
      ])
      .get();
    expect(periods).toEqual([
      ['full-scale-invasion', 'march-2022-talks'],
      [
        'russia-mfa-insult',
        'trump-air-force-one',
        'istanbul-talks',
        'prisoner-exchange-agreed',
        'leaders-meeting-proposed',
      ],
      ['prisoner-exchange-carried-out', 'eu-sanctions-package', 'trump-putin-meeting'],
    ]);
    expect($('ol > li:not([id])')).toHaveLength(0);
  });

  test('dated events come in order of their datetime', () => {
    const datetimes = $('ol > li')
      .map((_, li) => $(li).children('p').first().find('.event-date time').first().attr('datetime'))
      .get();
    expect(datetimes).toEqual([
      '2022-02-24',
      '2022-03',
      '2025-05-15',
      '2025-05-15',
      '2025-05-16',
      '2025-05-16',
      '2025-05-16',
      '2025-05-23',
    ]);
  });

  test('an event known to the day has a datetime precise to the day', () => {
    const e = event('full-scale-invasion');
    expect(e.time.attr('datetime')).toBe('2022-02-24');
    expect(e.dateLabel).toBe('24 February 2022');
  });

  test('an event known to the month has a datetime precise to the month only', () => {
    const e = event('march-2022-talks');
    expect(e.time.attr('datetime')).toBe('2022-03');
    expect(e.dateLabel).toBe('March 2022');
  });

  test('"Date unknown" has no date <time>; a pending event says the day it stands as of', () => {
    for (const id of ['eu-sanctions-package', 'trump-putin-meeting']) {
      const e = event(id);
      expect(e.dateLabel).toBe('Date unknown');
      expect(e.li.children('p').first().find('.event-date time')).toHaveLength(0);
      expect(text(e.li.children('p').first().text())).toBe(
        'Date unknown Pending as of 16 May 2025',
      );
      expect(e.time.attr('datetime')).toBe('2025-05-16');
    }
  });

  test('the exchange, pending as of the report, shows its update: carried out on 23–25 May 2025 (public record)', () => {
    const e = event('prisoner-exchange-carried-out');
    expect(e.dateLabel).toBe('23–25 May 2025');
    expect(e.time.map((_, t) => $(t).attr('datetime')).get()).toEqual(['2025-05-23', '2025-05-25']);
    expect(e.status).toBe('Happened');
    expect(e.title).toBe('The prisoner exchange is carried out');
    expect(text(e.li.find('.citation').first().text())).toMatch(/^Public record/);
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
      'russia-mfa-insult': 'Happened',
      'trump-air-force-one': 'Happened',
      'istanbul-talks': 'Happened',
      'prisoner-exchange-agreed': 'Happened',
      'leaders-meeting-proposed': 'Happened',
      'prisoner-exchange-carried-out': 'Happened',
      'eu-sanctions-package': 'Pending',
      'trump-putin-meeting': 'Pending',
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

  test('each event names its source: report paragraphs, or the public record with a note', () => {
    const agreed = event('prisoner-exchange-agreed').li;
    expect(text(agreed.children('p').last().text())).toBe(
      'Who: Rustem Umerov, Vladimir Medinsky · Source: Report ¶6–7',
    );
    expect(agreed.find('.citation a').attr('href')).toBe('/sources/istanbul-talks-report/#p6');

    const invasion = event('full-scale-invasion').li;
    expect(invasion.find('.citation a').text()).toBe('Public record');
    expect(invasion.find('.citation a').attr('href')).toBe('/sources/public-record/');
    expect(text(invasion.find('.citation').text())).toBe(
      'Public record. The date is from the public record; the report implies it (¶2).',
    );
  });
});

test('a quote shown with an event is the quote entry itself, not words typed into the summary', () => {
  const insult = $('li#russia-mfa-insult');
  const quote = insult.find('p.timeline-quote q');
  expect(quote.text()).toBe('a clown and a loser');
  expect(quote.attr('cite')).toMatch(/\/sources\/istanbul-talks-report\/#p13$/);
  expect(insult.find('p.timeline-quote a').attr('href')).toBe(
    '/sources/istanbul-talks-report/#p13',
  );
  expect(text(insult.children('p').eq(2).text())).not.toContain('clown');
});

test('an unknown timeline id fails, listing the valid ids', async () => {
  await expect(container.renderToString(Timeline, { props: { id: 'kyiv-talks' } })).rejects.toThrow(
    'No timelines entry with the id "kyiv-talks". Valid ids: istanbul-talks.',
  );
});
