// An article's sections, read from its rendered HTML.
import { describe, expect, test } from 'vitest';
import { articleSections } from '../../src/markdown/article-html.ts';

describe('articleSections', () => {
  test('lists each h2 with its id and text, in order, and nothing else', () => {
    const html = [
      '<div class="heading-wrapper level-h2"><h2 id="the-numbers" tabindex="-1">The numbers</h2><a class="heading-link" href="#the-numbers">#</a></div>',
      '<p>1,000 each.</p>',
      '<div class="heading-wrapper level-h3"><h3 id="who-counts" tabindex="-1">Who counts</h3></div>',
      '<div data-component="timeline" data-id="istanbul-talks"></div>',
      '<h2 id="what-comes-next">What comes next</h2>',
    ].join('\n');
    expect(articleSections(html)).toEqual([
      { id: 'the-numbers', text: 'The numbers' },
      { id: 'what-comes-next', text: 'What comes next' },
    ]);
  });

  test('reads the text a reader sees: inline markup dropped, character references decoded', () => {
    const html =
      '<h2 id="us-and-them" tabindex="-1">The <abbr title="United States">US</abbr> &#x26; “the <em>others</em>”&nbsp;&#8212; &amp;c</h2>';
    expect(articleSections(html)).toEqual([
      { id: 'us-and-them', text: 'The US & “the others”\u00a0— &c' },
    ]);
  });

  test('a heading without an id or without text is not a section to link to', () => {
    expect(articleSections('<h2>No id</h2><h2 id="empty"> <span></span> </h2>')).toEqual([]);
  });
});
