import { expect, test } from 'vitest';
import { cspHash, parseCsp } from '../../src/checks/headers-file.ts';
import { checkPageSecurity } from '../../src/checks/security.ts';
import { builtPage } from '../support/built-site.ts';

test('checkPageSecurity refuses what the policy would block or what runs code', () => {
  const policies = parseCsp("default-src 'none'; script-src 'self'; style-src 'self'");
  const problems = checkPageSecurity(
    builtPage(`<script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/a.js"></script>
      <script>alert(1)</script><script src="https://cdn.example/x.js"></script><style>p{}</style>
      <p style="color:red" onmouseover="x()"><a href=" javascript:alert(1)">x</a></p><iframe src="/x/"></iframe>
      <base target="_blank"><base href="https://evil.example/">`),
    policies,
  ).map((p) => p.problem);
  expect(problems).toHaveLength(8);
  for (const words of [
    'inline <script>',
    'loaded from https://cdn.example/x.js',
    'inline <style>',
    'onmouseover',
    'style="color:red"',
    'javascript: URLs',
    '<iframe>',
    '<base href="https://evil.example/">',
  ]) {
    expect(
      problems.some((p) => p.includes(words)),
      words,
    ).toBe(true);
  }
});

test('an inline script passes once its hash, taken from its source as written, is in the policy', () => {
  const code = '\n  if (a < b && c > "d") document.documentElement.dataset.x = "&amp;";\n';
  const page = builtPage(`<html><head><script>${code}</script></head><body></body></html>`);
  expect(checkPageSecurity(page, parseCsp("script-src 'self'")).map((p) => p.problem)).toEqual([
    expect.stringContaining('inline <script>'),
  ]);
  expect(checkPageSecurity(page, parseCsp(`script-src 'self' ${cspHash(code)}`))).toEqual([]);
});

test('what a browser would run is found where a browser finds it, not where the markup seems to put it', () => {
  // A browser with scripting on reads <noscript> as text, so the </noscript> inside the attribute
  // ends it and the <img> is real; an <img> ends <svg>'s foreign content; `--!>` ends a comment.
  for (const html of [
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
    '<svg><style><img src=x onerror=alert(1)></style></svg>',
    '<!--x--!><img src=x onerror=alert(1)>-->',
  ]) {
    expect(
      checkPageSecurity(builtPage(html), undefined).map((p) => p.problem),
      html,
    ).toContainEqual(expect.stringContaining('<img onerror="…">'));
  }
});

test('every attribute that holds a URL is checked for code, however its scheme is written', () => {
  const problems = checkPageSecurity(
    builtPage(
      '<form action="JavaScript:x()"></form><video poster="data:image/png;base64,AA"></video><a href="java&#x09;script:x()">a</a><blockquote cite="vbscript:x"></blockquote><a href="mailto:x@example.com">m</a>',
    ),
    undefined,
  ).map((p) => p.problem.split(': ').slice(1).join(': '));
  expect(problems).toEqual([
    'javascript: URLs run code or smuggle content.',
    'data: URLs run code or smuggle content.',
    'javascript: URLs run code or smuggle content.',
    'vbscript: URLs run code or smuggle content.',
  ]);
});
