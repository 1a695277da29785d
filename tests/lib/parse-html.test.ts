import { expect, test } from 'vitest';
import {
  elementsOf,
  parseHtml,
  parseHtmlFragment,
  startTags,
  textOf,
} from '../../src/lib/parse-html.ts';

const names = (html: string) => elementsOf(parseHtml(html)).map((el) => el.name);

test('a page is parsed as a browser parses it: the missing parts added, misnested tags mended', () => {
  expect(names('<title>T</title><p>a<div>b</div></p>')).toEqual([
    'html',
    'head',
    'title',
    'body',
    'p',
    'div',
    'p',
  ]);
  expect(names('<table><tr><td>x</td></tr></table>')).toEqual([
    'html',
    'head',
    'body',
    'table',
    'tbody',
    'tr',
    'td',
  ]);
});

test("a browser's reading, not the markup's look: <noscript> is text when scripts run, an <img> leaves <svg>", () => {
  expect(names('<noscript><p title="</noscript><img src=x>"></p></noscript>')).toContain('img');
  expect(names('<svg><style><img src=x></style></svg>')).toEqual([
    'html',
    'head',
    'body',
    'svg',
    'style',
    'img',
  ]);
});

test('a fragment gets no <html>, <head> or <body>', () => {
  expect(elementsOf(parseHtmlFragment('<li>a</li><li>b</li>')).map((el) => el.name)).toEqual([
    'li',
    'li',
  ]);
});

test("elementsOf includes a <template>'s content; textOf gives a script's source as written", () => {
  expect(names('<template><img src=x onerror=y()></template>')).toContain('img');
  const script = elementsOf(parseHtml('<script>if (a < b && c) x("&amp;");</script>')).find(
    (el) => el.name === 'script',
  )!;
  expect(textOf(script)).toBe('if (a < b && c) x("&amp;");');
});

test('startTags sees every start tag with its position, even one a tree builder would drop', () => {
  const tags = startTags('<p>\n  <td onmouseover="x()">a</td>\n</p>');
  expect(tags.map((t) => [t.tagName, t.location?.startLine, t.location?.startCol])).toEqual([
    ['p', 1, 1],
    ['td', 2, 3],
  ]);
  expect(tags[1]!.attrs).toEqual([{ name: 'onmouseover', value: 'x()' }]);
});
