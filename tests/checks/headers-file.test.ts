import { expect, test } from 'vitest';
import {
  cspHash,
  headersFor,
  inlineAllowed,
  parseCsp,
  parseHeadersFile,
  patternMatches,
} from '../../src/checks/headers-file.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: script-src 'self'

/embed/*
  Content-Security-Policy: script-src 'self'; frame-ancestors *
`;

test('patterns: * matches anything, :name one segment', () => {
  expect(patternMatches('/*', '/')).toBe(true);
  expect(patternMatches('/embed/*', '/embed/factbox/x/')).toBe(true);
  expect(patternMatches('/embed/*', '/embedded/')).toBe(false);
  expect(patternMatches('/articles/:slug/', '/articles/x/')).toBe(true);
  expect(patternMatches('/articles/:slug/', '/articles/x/y/')).toBe(false);
  expect(patternMatches('/404.html', '/404xhtml')).toBe(false);
});

test('Netlify lets the later rule win, Cloudflare Pages joins the values', () => {
  const rules = parseHeadersFile(file);
  expect(headersFor(rules, '/embed/x/', 'netlify').get('content-security-policy')).toBe(
    "script-src 'self'; frame-ancestors *",
  );
  expect(headersFor(rules, '/embed/x/', 'cloudflare').get('content-security-policy')).toBe(
    "script-src 'self', script-src 'self'; frame-ancestors *",
  );
  expect(headersFor(rules, '/', 'cloudflare').get('x-content-type-options')).toBe('nosniff');
});

test('a line that is not a header is an error with its line number', () => {
  expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow(/line 2/);
});

test('a comma-joined policy is two policies, and an inline script must satisfy both', () => {
  const policies = parseCsp("script-src 'self' 'unsafe-inline', script-src 'self'");
  expect(policies).toHaveLength(2);
  expect(inlineAllowed(policies, 'script', 'alert(1)')).toBe(false);
  expect(
    inlineAllowed(parseCsp(`script-src 'self' ${cspHash('alert(1)')}`), 'script', 'alert(1)'),
  ).toBe(true);
  // A hash switches 'unsafe-inline' off, as in browsers.
  expect(
    inlineAllowed(parseCsp(`script-src 'unsafe-inline' ${cspHash('x')}`), 'script', 'alert(1)'),
  ).toBe(false);
  // Without script-src, default-src decides; without either, nothing is restricted.
  expect(inlineAllowed(parseCsp("default-src 'none'"), 'script', 'alert(1)')).toBe(false);
  expect(inlineAllowed(parseCsp('frame-ancestors *'), 'script', 'alert(1)')).toBe(true);
});
