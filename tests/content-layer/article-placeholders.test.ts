// Splitting an article's HTML at the placeholders that the directives plugin leaves.
import { describe, expect, test } from 'vitest';
import { splitArticleHtml } from '../../src/content-layer/article-placeholders.ts';

describe('splitArticleHtml', () => {
  test('HTML without placeholders is one part, unchanged', () => {
    const html = '<h2 id="the-numbers">The numbers</h2><p>1,000 to each side.</p>';
    expect(splitArticleHtml(html)).toEqual([{ kind: 'html', html }]);
  });

  test('empty HTML has no parts', () => {
    expect(splitArticleHtml('')).toEqual([]);
  });

  test('a block placeholder splits the HTML around it', () => {
    expect(
      splitArticleHtml(
        '<p>Before.</p>\n<div data-component="factbox" data-id="prisoner-exchange"></div>\n<p>After.</p>',
      ),
    ).toEqual([
      { kind: 'html', html: '<p>Before.</p>\n' },
      { kind: 'component', component: 'factbox', id: 'prisoner-exchange' },
      { kind: 'html', html: '\n<p>After.</p>' },
    ]);
  });

  test('an inline placeholder splits the sentence it stands in', () => {
    expect(
      splitArticleHtml(
        '<p>He said the request was <span data-component="quote-inline" data-id="medinsky-noted"></span>.</p>',
      ),
    ).toEqual([
      { kind: 'html', html: '<p>He said the request was ' },
      { kind: 'component', component: 'quote-inline', id: 'medinsky-noted' },
      { kind: 'html', html: '.</p>' },
    ]);
  });

  test('a placeholder with an empty id (::delegations) is a component with an empty id', () => {
    expect(splitArticleHtml('<div data-component="delegations" data-id=""></div>')).toEqual([
      { kind: 'component', component: 'delegations', id: '' },
    ]);
  });

  test('placeholders at the start, at the end and side by side leave no empty HTML parts', () => {
    const html =
      '<div data-component="timeline" data-id="istanbul-talks"></div>' +
      '<div data-component="quote" data-id="kyslytsya-good-end"></div>' +
      '<p>Middle.</p>' +
      '<div data-component="delegations" data-id=""></div>';
    expect(splitArticleHtml(html)).toEqual([
      { kind: 'component', component: 'timeline', id: 'istanbul-talks' },
      { kind: 'component', component: 'quote', id: 'kyslytsya-good-end' },
      { kind: 'html', html: '<p>Middle.</p>' },
      { kind: 'component', component: 'delegations', id: '' },
    ]);
  });

  test('the same placeholder twice gives two components', () => {
    const parts = splitArticleHtml(
      '<p><span data-component="quote-inline" data-id="umerov-know-the-date"></span>, and <span data-component="quote-inline" data-id="umerov-not-announcing"></span>.</p>',
    );
    expect(parts.filter((p) => p.kind === 'component')).toEqual([
      { kind: 'component', component: 'quote-inline', id: 'umerov-know-the-date' },
      { kind: 'component', component: 'quote-inline', id: 'umerov-not-announcing' },
    ]);
  });

  test('elements that only look like placeholders stay HTML', () => {
    const lookalikes = [
      // Mismatched closing tag.
      '<div data-component="factbox" data-id="prisoner-exchange"></span>',
      // Content inside.
      '<div data-component="factbox" data-id="prisoner-exchange">text</div>',
      // Another element.
      '<section data-component="factbox" data-id="prisoner-exchange"></section>',
      // No data-id.
      '<div data-component="factbox"></div>',
    ].join('');
    expect(splitArticleHtml(lookalikes)).toEqual([{ kind: 'html', html: lookalikes }]);
  });
});
