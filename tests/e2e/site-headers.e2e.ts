// The response headers of dist/_headers (public/_headers, its page sections repeated per edition),
// as Netlify and as Cloudflare Pages would send them, for every built page: a
// Content-Security-Policy that allows no inline script it has not hashed and that every script and
// style on the page satisfies, nosniff, a referrer policy, a permissions policy, framing open for
// embeds and closed elsewhere, short caching for pages and a year for hashed assets. The policy
// cannot drift from the pages: a page that gains an inline script without its hash in script-src
// fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readSiteSettings } from '../../src/content-layer/site-settings.ts';
import { formatProblem } from '../../src/lib/content-problem.ts';
import {
  effectiveSources,
  headersFor,
  parseCsp,
  parseHeadersFile,
  rulesSetting,
  type Host,
} from '../../src/checks/headers-file.ts';
import { checkPageSecurity, pagePolicies } from '../../src/checks/security.ts';
import { builtPage, readBuiltSite } from '../support/built-site.ts';
import { distDir, isEmbedPath, isSearchPath } from '../support/site-pages.ts';

// The file the host reads: public/_headers with its sections repeated for each edition by the build.
const publicHeaders = readFileSync(join(distDir, '_headers'), 'utf8');
const rules = parseHeadersFile(publicHeaders);
const site = readBuiltSite(distDir);
const HOSTS: Host[] = ['netlify', 'cloudflare'];
/** The longest an HTML page may be cached, in seconds. */
const SHORT = 3600;

test('dist/_headers is public/_headers, with its per-edition sections repeated under each edition', () => {
  const written = readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8');
  expect(publicHeaders.startsWith(written.trimEnd())).toBe(true);
  const patterns = parseHeadersFile(publicHeaders).map((rule) => rule.pattern);
  for (const code of readSiteSettings().editions.map((edition) => edition.lang))
    for (const pattern of ['/', '/404.html', '/articles/*', '/embed/*', '/oembed/*', '/search/'])
      expect(patterns).toContain(`/${code}${pattern}`);
});

test('every header but the policy is set by one rule per path, so both hosts send the same', () => {
  const paths = [
    ...site.pages.keys(),
    '/_astro/x.css',
    '/no-such-page/',
    '/rss.xml',
    '/pagefind/pagefind.js',
  ];
  for (const path of paths) {
    const names = new Set(rules.flatMap((rule) => rule.headers.map((h) => h.name.toLowerCase())));
    for (const name of names) {
      if (name === 'content-security-policy') continue;
      expect(
        rulesSetting(rules, path, name).map((r) => r.pattern),
        `${name} for ${path}`,
      ).toHaveLength(rulesSetting(rules, path, name).length ? 1 : 0);
    }
    // Two policies on one path only as "/*" plus a section that repeats it, narrowed or not, with
    // its framing rule: so the section's policy is what a browser enforces on both hosts (Netlify
    // sends it alone; Cloudflare sends both, and a browser enforces both, which is the same).
    const setters = rulesSetting(rules, path, 'content-security-policy');
    expect(setters.length, path).toBeLessThanOrEqual(2);
    if (setters.length === 2) {
      const [general, specific] = setters.map(
        (rule) =>
          parseCsp(
            rule.headers.find((h) => h.name.toLowerCase() === 'content-security-policy')!.value,
          )[0]!,
      );
      expect(setters[0]!.pattern).toBe('/*');
      for (const [directive, sources] of general!) {
        const where = `${setters[1]!.pattern} repeats ${directive} of /*, allowing no more`;
        expect(specific!.get(directive), where).toBeDefined();
        for (const source of specific!.get(directive)!) expect(sources, where).toContain(source);
      }
    }
  }
});

for (const page of site.pages.values()) {
  test(`${page.path} gets the security headers, and everything it runs is allowed`, () => {
    const embed = isEmbedPath(page.path);
    for (const host of HOSTS) {
      const headers = headersFor(rules, page.path, host);
      const where = `${page.path} on ${host}`;
      expect(headers.get('x-content-type-options'), where).toBe('nosniff');
      expect(headers.get('referrer-policy'), where).toMatch(
        /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
      );
      expect(headers.get('permissions-policy'), where).toMatch(
        /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
      );
      const cache = headers.get('cache-control') ?? '';
      expect(Number(/max-age=(\d+)/.exec(cache)?.[1]), `${where}: ${cache}`).toBeLessThanOrEqual(
        SHORT,
      );
      expect(cache, where).not.toContain('immutable');

      const policies = parseCsp(headers.get('content-security-policy'));
      expect(policies.length, where).toBeGreaterThan(0);
      for (const policy of policies) {
        const scripts = effectiveSources(policy, 'script-src-elem', 'script-src');
        if (!scripts) continue;
        expect(scripts, where).not.toContain("'unsafe-inline'");
        expect(scripts, where).not.toContain("'unsafe-eval'");
        for (const source of scripts)
          expect(source, where).not.toMatch(/^(\*|https?:|data:|blob:)$/);
      }
      expect(
        policies.some((p) => p.get('object-src')?.includes("'none'")),
        where,
      ).toBe(true);
      expect(
        policies.some((p) => p.has('base-uri')),
        where,
      ).toBe(true);
      const framing = policies
        .map((p) => p.get('frame-ancestors'))
        .filter((f): f is string[] => !!f);
      if (embed) {
        // Any site may frame an embed: no policy narrows it.
        expect(framing.length, where).toBeGreaterThan(0);
        for (const f of framing) expect(f, where).toEqual(['*']);
        expect(headers.has('x-frame-options'), where).toBe(false);
      } else {
        expect(framing, where).toContainEqual(["'self'"]);
        for (const f of framing) expect(f, where).toEqual(["'self'"]);
      }
      // Inline scripts and styles, event handlers, javascript: URLs: all must be allowed.
      expect(
        checkPageSecurity(page, pagePolicies(site, page.path, host)).map(formatProblem),
        where,
      ).toEqual([]);
    }
  });
}

test('hashed assets in /_astro/ are cached for a year as immutable, on both hosts', () => {
  const assets = readdirSync(join(distDir, '_astro'));
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    for (const host of HOSTS) {
      const cache = headersFor(rules, `/_astro/${asset}`, host).get('cache-control') ?? '';
      expect(cache, `${asset} on ${host}`).toMatch(/immutable/);
      expect(
        Number(/max-age=(\d+)/.exec(cache)?.[1]),
        `${asset} on ${host}`,
      ).toBeGreaterThanOrEqual(31_536_000);
    }
  }
});

test('embedding gets what tests/fixtures/embed-hosts/embed.headers (used by embed.e2e.ts) says it needs', () => {
  const needed = parseHeadersFile(
    readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'embed-hosts', 'embed.headers'),
      'utf8',
    ),
  );
  for (const rule of needed) {
    const path = rule.pattern.replace('*', 'factbox/prisoner-exchange/');
    for (const host of HOSTS) {
      const sent = headersFor(rules, path, host);
      for (const { name, value } of rule.headers) {
        const where = `${name} for ${path} on ${host}`;
        if (name.toLowerCase() !== 'content-security-policy') {
          expect(sent.get(name.toLowerCase()), where).toBe(value);
          continue;
        }
        // The production policy may be stricter, but must allow what the embed needs.
        const policies = parseCsp(sent.get('content-security-policy'));
        const [wanted] = parseCsp(value);
        expect(
          policies.every(
            (p) => !p.has('frame-ancestors') || p.get('frame-ancestors')!.includes('*'),
          ),
          where,
        ).toBe(true);
        // What a browser allows is what every policy sent allows (Cloudflare sends "/*"'s too).
        for (const directive of ['script-src', 'style-src', 'img-src']) {
          const allowed = policies
            .map((policy) => effectiveSources(policy, directive))
            .reduce<string[] | undefined>(
              (all, sources) =>
                !sources ? all : !all ? sources : all.filter((s) => sources.includes(s)),
              undefined,
            );
          expect(allowed, `${where}: ${directive}`).toEqual(effectiveSources(wanted!, directive));
        }
      }
    }
  }
});

test('a path the site does not have (served the 404 page) still gets the policy and nosniff', () => {
  for (const host of HOSTS) {
    const headers = headersFor(rules, '/no-such-page/', host);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    const policies = parseCsp(headers.get('content-security-policy'));
    // The policy of "/*": our own scripts only, and WebAssembly because /search/ needs it there too (see below).
    expect(effectiveSources(policies[0]!, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  }
});

/** Whether a browser would let scripts on the page compile WebAssembly: every policy must allow it. */
function compilesWasm(path: string, host: Host): boolean {
  return parseCsp(headersFor(rules, path, host).get('content-security-policy')).every((policy) =>
    (effectiveSources(policy, 'script-src') ?? []).includes("'wasm-unsafe-eval'"),
  );
}

test('each edition’s search page may compile WebAssembly, which Pagefind needs, and no other page may, on either host', () => {
  expect(site.pages.has('/search/')).toBe(true);
  for (const path of site.pages.keys()) {
    for (const host of HOSTS)
      expect(compilesWasm(path, host), `${path} on ${host}`).toBe(isSearchPath(path));
  }
});

test('/search/ gets nothing else that an article page does not: the same headers, but for WebAssembly', () => {
  const withoutWasm = (headers: Map<string, string>) =>
    new Map(
      [...headers].map(([name, value]) => [name, value.replaceAll(" 'wasm-unsafe-eval'", '')]),
    );
  for (const host of HOSTS) {
    const search = headersFor(rules, '/search/', host);
    expect(search.get('content-security-policy'), host).toContain("'wasm-unsafe-eval'");
    expect(withoutWasm(search), host).toEqual(
      withoutWasm(headersFor(rules, '/articles/some-article/', host)),
    );
  }
});

test('the checks refuse an inline script whose hash the policy lacks, and accept it once hashed', async () => {
  const html =
    '<!doctype html><html lang="en"><head><title>t</title></head><body><script>alert(1)</script><p onclick="x()">y</p></body></html>';
  const page = builtPage(html, '/synthetic/');
  const policies = parseCsp("default-src 'none'; script-src 'self'");
  const problems = checkPageSecurity(page, policies).map((p) => p.problem);
  expect(problems.some((p) => p.includes('inline <script>'))).toBe(true);
  expect(problems.some((p) => p.includes('onclick'))).toBe(true);
  const { cspHash } = await import('../../src/checks/headers-file.ts');
  const hashed = parseCsp(`default-src 'none'; script-src 'self' ${cspHash('alert(1)')}`);
  expect(
    checkPageSecurity(page, hashed)
      .map((p) => p.problem)
      .some((p) => p.includes('inline <script>')),
  ).toBe(false);
});
