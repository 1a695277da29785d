// Each edition's 404 page and response headers, as the build leaves them for the host: the 404
// page moved to `<lang>/404.html`, and the `_headers` sections after the marker repeated under
// each edition's prefix, read back as a host would read them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/checks/headers-file.ts';
import { headersPerEdition, moveNotFoundPages } from '../../src/build/edition-output.ts';

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

test("each edition's 404 page moves to 404.html and <lang>/404.html, where static hosts look for it", () => {
  dir = mkdtempSync(join(tmpdir(), 'edition-output-'));
  mkdirSync(join(dir, 'uk', '404'), { recursive: true });
  mkdirSync(join(dir, '404'), { recursive: true });
  writeFileSync(join(dir, 'uk', '404', 'index.html'), '<html lang="uk"></html>');
  writeFileSync(join(dir, '404', 'index.html'), '<html lang="en"></html>');
  moveNotFoundPages(dir, ['uk', 'ru']);
  expect(readFileSync(join(dir, 'uk', '404.html'), 'utf8')).toBe('<html lang="uk"></html>');
  expect(readFileSync(join(dir, '404.html'), 'utf8')).toBe('<html lang="en"></html>');
  expect(existsSync(join(dir, '404'))).toBe(false);
  expect(existsSync(join(dir, 'uk', '404'))).toBe(false);
  expect(existsSync(join(dir, 'ru'))).toBe(false);
});

const HEADERS = `/*
  X-Content-Type-Options: nosniff

/embed.js
  Cache-Control: public, max-age=300

# Per edition: the sections below.

/embed/*
  Content-Security-Policy: frame-ancestors *

# A comment that is not copied.
/
  Content-Security-Policy: frame-ancestors 'self'

/articles/*
  Content-Security-Policy: frame-ancestors 'self'
`;

test("the sections after the marker are repeated under each edition's prefix, and no others", () => {
  const rules = parseHeadersFile(headersPerEdition(HEADERS, ['uk', 'tr']));
  expect(rules.map((rule) => rule.pattern)).toEqual([
    '/*',
    '/embed.js',
    '/embed/*',
    '/',
    '/articles/*',
    '/uk/embed/*',
    '/uk/',
    '/uk/articles/*',
    '/tr/embed/*',
    '/tr/',
    '/tr/articles/*',
  ]);
  for (const host of ['netlify', 'cloudflare'] as const) {
    expect(headersFor(rules, '/uk/embed/factbox/x/', host).get('content-security-policy')).toBe(
      'frame-ancestors *',
    );
    expect(headersFor(rules, '/tr/articles/x/', host).get('content-security-policy')).toBe(
      "frame-ancestors 'self'",
    );
    expect(headersFor(rules, '/uk/', host).get('x-content-type-options')).toBe('nosniff');
  }
});

test('a headers file without the marker, or a site without editions, is left as it is', () => {
  expect(headersPerEdition('/*\n  A: b\n', ['uk'])).toBe('/*\n  A: b\n');
  expect(headersPerEdition(HEADERS, [])).toBe(HEADERS);
});
