import { expect, test } from 'vitest';
import { checkDuplicateIds, checkPageOutline } from '../../src/checks/outline.ts';
import { builtPage } from '../support/built-site.ts';

test('checkDuplicateIds names the repeated id', () => {
  expect(
    checkDuplicateIds(
      builtPage('<h2 id="sources"></h2><section><h2 id="sources"></h2></section>'),
    )[0]?.problem,
  ).toContain('"sources" is used 2 times');
});

test('checkPageOutline wants one h1, headings in order, lang, title, description and alt', () => {
  const good = builtPage(
    '<html lang="en"><head><title>T</title><meta name="description" content="D"></head><body><h1>A</h1><h2>B</h2><img src="/a.png" alt="A map"><img src="/b.png" alt="" aria-hidden="true"></body></html>',
  );
  expect(checkPageOutline(good)).toEqual([]);
  const bad = builtPage(
    '<html><head></head><body><h2>B</h2><h4>C</h4><h5></h5><img src="/a.png"><img src="/b.png" alt=" "></body></html>',
  );
  expect(checkPageOutline(bad).map((p) => p.problem)).toEqual([
    'the page has no lang attribute on <html>.',
    'the page has no <title>.',
    'the page has no meta description.',
    'the page has 0 h1 headings; it needs exactly one.',
    '<h2> "B" follows no heading: it skips a level.',
    '<h4> "C" follows an <h2>: it skips a level.',
    'an empty <h5>.',
    'the image /a.png has no alt text.',
    'the image /b.png has no alt text.',
  ]);
});
