// ArticleBody.astro: an article's HTML with each placeholder replaced by the real component, where
// the directive stood; a placeholder with no component stops the build.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getEntry } from 'astro:content';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import ArticleBody from '../../src/components/ArticleBody.astro';
import { readDirectiveTargets } from '../../src/content-layer/content-files.ts';
import { BLOCK_COMPONENTS } from '../../src/markdown/remark-component-directives.ts';
import { loadHtmlFragment } from '../support/html.ts';

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function renderHtml(html: string): Promise<CheerioAPI> {
  return loadHtmlFragment(await container.renderToString(ArticleBody, { props: { html } }));
}

/** The article's HTML as Astro rendered it from content/articles/<slug>.md. */
async function articleHtml(slug: string): Promise<string> {
  const html = (await getEntry('articles', slug))?.rendered?.html;
  if (!html) throw new Error(`content/articles/${slug}.md has no rendered HTML`);
  return html;
}

/** The accessible name of an element labelled by another. */
const nameOf = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, el) => text($(`#${$(el).attr('aria-labelledby')}`).text()))
    .get();

describe('placeholders in hand-written HTML', () => {
  test('HTML without placeholders is left as it is', async () => {
    const html = '<h2 id="the-numbers">The numbers</h2>\n<p>1,000 to each side; 2,000 in all.</p>';
    expect(await container.renderToString(ArticleBody, { props: { html } })).toBe(html);
  });

  test('a pull-quote placeholder becomes the quote, between the paragraphs around it', async () => {
    const $ = await renderHtml(
      '<p>Before.</p><div data-component="quote" data-id="kyslytsya-good-end"></div><p>After.</p>',
    );
    const children = $.root().children();
    expect(children.map((_, el) => el.tagName).get()).toEqual(['p', 'figure', 'p']);
    expect(text($('figure blockquote').text())).toBe(
      '“This was the very good end to a very difficult day”',
    );
    expect($('[data-component]')).toHaveLength(0);
  });

  test('an inline placeholder becomes a <q> inside its sentence', async () => {
    const $ = await renderHtml(
      '<p>Medinsky said the request was <span data-component="quote-inline" data-id="medinsky-noted"></span>.</p>',
    );
    expect($('p q').text()).toBe('noted');
    expect(text($('p').text())).toBe('Medinsky said the request was noted¶11.');
  });

  test('each block placeholder becomes its component', async () => {
    const $ = await renderHtml(
      [
        '<div data-component="timeline" data-id="road-to-istanbul"></div>',
        '<div data-component="delegations" data-id=""></div>',
        '<div data-component="factbox" data-id="prisoner-exchange"></div>',
      ].join(''),
    );
    expect(nameOf($, 'section.timeline')).toEqual(['The road to Istanbul, and the day itself']);
    expect(nameOf($, 'section.delegation')).toEqual([
      'Ukraine',
      'Russia',
      'Turkey',
      'United States',
    ]);
    expect(nameOf($, 'aside')).toEqual(['Prisoner exchange: 1,000 for 1,000']);
    expect($('[data-component]')).toHaveLength(0);
  });

  test('a placeholder with no component fails, naming it', async () => {
    await expect(
      renderHtml('<p>Intro.</p><div data-component="chart" data-id="casualties"></div>'),
    ).rejects.toThrow(
      'ArticleBody: no component for the placeholder "chart" (see src/components/article-components.ts).',
    );
  });

  test('a placeholder naming an unknown entry fails, listing the valid ids', async () => {
    await expect(
      renderHtml('<div data-component="quote" data-id="medinsky-denied"></div>'),
    ).rejects.toThrow(/No quotes entry with the id "medinsky-denied"\. Valid ids: /);
  });
});

describe('which components may stand twice in an article', () => {
  const targets = readDirectiveTargets('content');
  // The Markdown pass lets a component repeat only if its markup carries no id: two would clash.
  test.each(Object.entries(BLOCK_COMPONENTS))(
    '%s: once per article if, and only if, its markup has ids',
    async (name, spec) => {
      const id = spec.target ? targets[spec.target][0]! : '';
      const $ = await renderHtml(`<div data-component="${name}" data-id="${id}"></div>`);
      const ids = $('[id]')
        .map((_, el) => $(el).attr('id'))
        .get();
      expect(ids.length > 0, `ids: ${ids.join(', ')}`).toBe(!!spec.oncePerArticle);
      // The anchor a second placement's message offers leads to the first.
      const anchor = spec.oncePerArticle?.anchor?.(id);
      if (anchor) expect(ids).toContain(anchor);
    },
  );
});

describe('the real articles', () => {
  test('the prisoner-exchange explainer: the fact box after "The numbers", a pull quote, and inline quotes in their sentences', async () => {
    const $ = await renderHtml(await articleHtml('prisoner-exchange-what-we-know'));
    expect($('[data-component]')).toHaveLength(0);

    // The fact box stands between "The numbers" and "When will it happen?".
    const box = $.root().children('aside');
    expect(nameOf($, 'aside')).toEqual(['Prisoner exchange: 1,000 for 1,000']);
    expect(text(box.prevAll('.heading-wrapper').first().find('h2').text())).toBe('The numbers');
    expect(text(box.nextAll('.heading-wrapper').first().find('h2').text())).toBe(
      'When would it happen?',
    );

    // Kyslytsya's pull quote, in "How it was received".
    const pull = $.root().children('figure');
    expect(text(pull.find('blockquote').text())).toBe(
      '“This was the very good end to a very difficult day”',
    );
    expect(text(pull.prevAll('.heading-wrapper').first().find('h2').text())).toBe(
      'How it was received',
    );

    // Umerov's words inside the sentence that introduces them.
    const sentence = $('p').filter((_, p) =>
      text($(p).text()).startsWith('He said the date was already known.'),
    );
    expect(
      sentence
        .find('q')
        .map((_, q) => $(q).text())
        .get(),
    ).toEqual(['We know the date', 'we’re not announcing it just yet']);
    expect(text(sentence.text())).toBe(
      'He said the date was already known. In his words: We know the date¶9, and we’re not announcing it just yet¶9.',
    );
  });

  test('the news story: the fact box and the timeline of the road to Istanbul', async () => {
    const $ = await renderHtml(await articleHtml('istanbul-talks-what-happened'));
    expect($('[data-component]')).toHaveLength(0);
    expect(nameOf($, 'aside')).toEqual(['Prisoner exchange: 1,000 for 1,000']);
    expect(nameOf($, 'section.timeline')).toEqual(['The road to Istanbul, and the day itself']);
    expect(
      $('section.timeline li')
        .map((_, li) => $(li).attr('id'))
        .get(),
    ).toEqual(['full-scale-invasion', 'march-2022-talks', 'istanbul-talks']);
    expect($('li#istanbul-talks time').attr('datetime')).toBe('2025-05-16');
    // Six quotes in the text; none of the timeline's events shows one.
    expect($('q')).toHaveLength(6);
    expect($('section.timeline q')).toHaveLength(0);
  });

  test('what comes next: the timeline of what the talks left open, with the quotes its events show', async () => {
    const $ = await renderHtml(await articleHtml('what-comes-next'));
    expect($('[data-component]')).toHaveLength(0);
    expect(nameOf($, 'section.timeline')).toEqual([
      'What the talks left open, and what became of it',
    ]);
    expect($('li#prisoner-exchange-agreed time').attr('datetime')).toBe('2025-05-16');
    // Five quotes in the text, and the two the timeline shows with their events.
    expect($('q')).toHaveLength(7);
    expect($('section.timeline q')).toHaveLength(2);
    expect(
      $('section.timeline p.timeline-quote q')
        .map((_, q) => $(q).text())
        .get(),
    ).toEqual(['nothing’s going to happen until Putin and I get together', 'the next step']);
  });

  test('who was at the table: every delegation, with all ten quotes', async () => {
    const $ = await renderHtml(await articleHtml('who-was-at-the-table'));
    expect($('[data-component]')).toHaveLength(0);
    expect(nameOf($, 'section.delegation')).toEqual([
      'Ukraine',
      'Russia',
      'Turkey',
      'United States',
    ]);
    expect($('.delegations blockquote')).toHaveLength(10);
    expect(text($('li#serhiy-kyslytsya > p').eq(1).text())).toBe(
      'At the time of the talks: First Deputy Minister of Foreign Affairs of Ukraine',
    );
  });
});
