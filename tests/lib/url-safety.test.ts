import { expect, test } from 'vitest';
import { codeScheme, isUrlAttribute, unsafeUrl, urlScheme } from '../../src/lib/url-safety.ts';

test('a scheme is read as a browser reads it: case, leading spaces and control characters, tabs and newlines', () => {
  for (const url of [
    'javascript:x()',
    'JavaScript:x()',
    '  javascript:x()',
    '\u0001javascript:x()',
    'java\tscript:x()',
    'java\nscript:x()',
  ]) {
    expect(urlScheme(url), JSON.stringify(url)).toBe('javascript');
  }
  for (const url of ['/articles/a/', '#s', '../x/', '//cdn.example/a.js'])
    expect(urlScheme(url), url).toBeUndefined();
});

test('URLs that run code or carry a document are refused everywhere: in articles and on built pages', () => {
  for (const url of [
    'javascript:alert(1)',
    ' VBScript:x',
    'data:text/html,<script>alert(1)</script>',
  ]) {
    expect(codeScheme(url), url).toBeDefined();
    expect(unsafeUrl(url), url).toBeDefined();
    expect(unsafeUrl(url, true), url).toBeDefined();
  }
  for (const url of [
    '/articles/x/',
    'https://example.com/',
    'mailto:desk@example.com',
    'ftp://example.com/x',
  ])
    expect(codeScheme(url), url).toBeUndefined();
});

test('unsafeUrl lets pages, other sites, mail and local images through, and explains the rest to an editor', () => {
  for (const url of [
    '/articles/x/',
    '#s',
    '../x/',
    'https://example.com/',
    'mailto:desk@example.com',
    'tel:+441234',
  ])
    expect(unsafeUrl(url), url).toBeUndefined();
  expect(unsafeUrl('/images/a.png', true)).toBeUndefined();
  expect(unsafeUrl('javascript:x()')?.why).toBe('a javascript: URL runs code when it is followed');
  expect(unsafeUrl('data:image/png;base64,AA', true)?.fix).toBe(
    'save the image as a file and link to its path',
  );
  expect(unsafeUrl('//cdn.example/a.png', true)?.why).toMatch(/another site/);
  expect(unsafeUrl('https://cdn.example/a.png', true)?.why).toMatch(/another site/);
  expect(unsafeUrl('ftp://example.com/x')?.why).toMatch(/do not open in a browser/);
});

test('the attributes that hold a URL, on any element and in any case', () => {
  for (const name of [
    'href',
    'src',
    'cite',
    'action',
    'formaction',
    'poster',
    'background',
    'ping',
    'data',
    'xlink:href',
    'HREF',
  ])
    expect(isUrlAttribute(name), name).toBe(true);
  for (const name of ['title', 'alt', 'id', 'srcdoc-like', 'data-id'])
    expect(isUrlAttribute(name), name).toBe(false);
});
