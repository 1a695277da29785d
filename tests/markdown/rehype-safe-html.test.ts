import { describe, expect, test } from 'vitest';
import rehypeSafeHtml, { checkRawHtml } from '../../src/markdown/rehype-safe-html.ts';
import { render } from './pipeline.ts';

const safe = (markdown: string) => render(`## Section\n\n${markdown}`, [rehypeSafeHtml]);

describe('allowed', () => {
  test('plain Markdown, links to pages and other sites, and the safe HTML set', async () => {
    const html = await safe(
      'A [guide](/articles/x/) and [a site](https://example.com/), <abbr title="European Union">EU</abbr>, H<sub>2</sub>O.\n\n<details><summary>More</summary>\n\nText.\n\n</details>\n\n<table><tr><td colspan="2">x</td></tr></table>',
    );
    expect(html).toContain('<abbr title="European Union">EU</abbr>');
    expect(html).toContain('<summary>More</summary>');
    expect(html).toContain('<td colspan="2">x</td>');
  });

  test('raw HTML comes out parsed into elements, so later plugins see it', async () => {
    expect(
      await safe('<figure><img src="/a.png" alt="A map"><figcaption>Map</figcaption></figure>'),
    ).toContain('<figcaption>Map</figcaption>');
  });
});

describe('refused, with file, line and fix', () => {
  const cases: [string, RegExp][] = [
    [
      '<script>alert(1)</script>',
      /test\.md:3:1: raw HTML <script> is not allowed[\s\S]*How to fix: remove it/,
    ],
    [
      'Text <span onclick="x()">here</span>.',
      /test\.md:3:12: the attribute onclick="…" on <span> runs JavaScript/,
    ],
    ['<a href="javascript:alert(1)">x</a>', /javascript: URL runs code/],
    ['<a href="jav&#x61;script:alert(1)">x</a>', /javascript: URL runs code/],
    ['<a href="  JAVA\tSCRIPT:alert(1)">x</a>', /javascript: URL runs code/],
    ['[x](javascript:alert(1))', /the link to "javascript:alert\(1\)": a javascript: URL/],
    ['<iframe src="https://example.com"></iframe>', /<iframe> loads another site inside ours/],
    ['<object data="x.swf"></object>', /<object>/],
    ['<svg><script>alert(1)</script></svg>', /<svg> can carry scripts/],
    ['<img src="x" onerror="alert(1)" alt="x">', /onerror/],
    ['<p style="color:red">x</p>', /style attribute on <p> is blocked/],
    ['<p class="text-red-500">x</p>', /class attribute on <p> has no effect/],
    ['<div data-component="timeline" data-id="x"></div>', /data-component on <div> is reserved/],
    [
      '<form action="https://evil.example"><input name="q"></form>',
      /<form> would send readers’ input somewhere/,
    ],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data: URL/],
    [
      '![x](https://example.com/a.png)',
      /image from another site is blocked by the Content-Security-Policy/,
    ],
    ['<table><tr><td onmouseover="x()">a</td></tr></table>', /onmouseover/],
  ];
  for (const [markdown, message] of cases) {
    test(markdown, async () => {
      await expect(safe(markdown)).rejects.toThrow(message);
    });
  }

  test('a start tag on a later line of an HTML block gets that line', async () => {
    await expect(safe('<div>\n<p>ok</p>\n<b onclick="x()">no</b>\n</div>')).rejects.toThrow(
      /test\.md:5:/,
    );
  });
});

test('checkRawHtml finds a handler on a tag a tree builder would drop out of context', () => {
  expect(checkRawHtml('<td onmouseover="x()">').map((p) => p.problem)).toEqual([
    expect.stringContaining('onmouseover'),
  ]);
});
