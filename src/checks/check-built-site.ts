// The checks that decide whether a build may be published, run by `src/build/build.ts` before
// it replaces dist/: a page for every article, links in the articles and in every page's head
// (canonical, og:url, …), unique ids, and nothing on any page that runs without the policy's
// say-so. Pages that passed in an earlier build, unchanged, are not parsed again (check-cache.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentProblem } from '../lib/content-problem.ts';
import { siteUrl } from '../content-layer/site-address.ts';
import { checkArticleLinks } from './article-links.ts';
import { checkArticlePages } from './article-pages.ts';
import {
  htmlFiles,
  loadBuiltPage,
  pagePath,
  readHeaders,
  type BuiltPage,
  type SiteIndex,
} from './built-site.ts';
import { checksCodeHash, readCheckCache, writeCheckCache, type CheckCache } from './check-cache.ts';
import type { CspPolicy } from './headers-file.ts';
import { checkHeadLinks, headLinks, type PageLink } from './links.ts';
import { checkDuplicateIds } from './outline.ts';
import { checkPageSecurity, pagePolicies } from './security.ts';

export interface CheckOptions {
  /** The article files, for the problems found in them (links, headings) and the pages they need. */
  articlesDir: string;
  /** Where file names in messages are relative to. */
  projectRoot: string;
  /** The cache of pages that passed (see check-cache.ts); none when left out. */
  cacheFile?: string;
  /** The site's public address, if not `SITE_URL`'s. */
  siteUrl?: string;
}

/** Every problem that stops the build, in the articles first, then in the pages. */
export function checkBuiltSite(dir: string, options: CheckOptions): ContentProblem[] {
  const pageProblems: ContentProblem[] = [];
  // Kept as strings while the pages are read, and resolved once every page is known.
  const heads: (PageLink & { from: string })[] = [];
  let code: string | undefined;
  try {
    code = options.cacheFile ? checksCodeHash() : undefined;
  } catch {
    // The checking code cannot be read (a bundled copy): no cache.
  }
  const cached = code ? readCheckCache(options.cacheFile, code) : {};
  const passed: CheckCache['pages'] = {};
  const site: SiteIndex = {
    dir,
    url: options.siteUrl ?? siteUrl,
    pages: new Map(),
    headers: readHeaders(dir),
  };
  for (const file of htmlFiles(dir)) {
    const path = pagePath(dir, file);
    const html = readFileSync(file);
    // Both hosts must allow what the page runs; their policies differ only if _headers is inconsistent.
    const netlifyPolicies = pagePolicies(site, path, 'netlify');
    const cloudflarePolicies = pagePolicies(site, path, 'cloudflare');
    const key =
      code &&
      createHash('sha256')
        .update(html)
        .update(JSON.stringify([netlifyPolicies, cloudflarePolicies]))
        .digest('hex');
    const before = cached[path];
    if (key && before?.key === key) {
      site.pages.set(path, { path, file, ids: new Map(before.ids) });
      for (const [url, element] of before.links) heads.push({ from: path, url, element });
      passed[path] = before;
      continue;
    }
    const page = loadBuiltPage(dir, file, html.toString('utf8'));
    const found = checkPage(page, netlifyPolicies, cloudflarePolicies, options);
    pageProblems.push(...found);
    const links = headLinks(page, site).map(({ url, element }): [string, string] => [url, element]);
    for (const [url, element] of links) heads.push({ from: path, url, element });
    // Only the path and ids stay in memory: a parsed page is about ten times its HTML.
    site.pages.set(path, { path, file, ids: page.ids });
    if (key && !found.length) passed[path] = { key, ids: [...page.ids], links };
  }
  if (code && options.cacheFile) writeCheckCache(options.cacheFile, { code, pages: passed });
  return [
    ...checkArticlePages(site, options.articlesDir, options.projectRoot),
    ...checkArticleLinks(site, options.articlesDir, options.projectRoot),
    ...checkHeadLinks(site, heads),
    ...pageProblems,
  ];
}

/** One page's own checks: unique ids, and nothing that runs without either host's policy's say-so. */
function checkPage(
  page: BuiltPage,
  netlifyPolicies: CspPolicy[] | undefined,
  cloudflarePolicies: CspPolicy[] | undefined,
  options: CheckOptions,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const slug = /^\/articles\/([^/]+)\/$/.exec(page.path)?.[1];
  const path = slug ? join(options.articlesDir, `${slug}.md`) : undefined;
  problems.push(
    ...checkDuplicateIds(
      page,
      path ? { path, name: relative(options.projectRoot, path).split(sep).join('/') } : undefined,
    ),
  );
  const netlify = checkPageSecurity(page, netlifyPolicies);
  // The same policies (the usual case) give the same answer: check the page once.
  const samePolicies = JSON.stringify(netlifyPolicies) === JSON.stringify(cloudflarePolicies);
  const cloudflare = samePolicies ? netlify : checkPageSecurity(page, cloudflarePolicies);
  const key = (p: ContentProblem) => `${p.problem}|${p.fix}`;
  const onNetlify = new Set(netlify.map(key));
  const onCloudflare = new Set(cloudflare.map(key));
  const seen = new Set<string>();
  for (const p of [...netlify, ...cloudflare]) {
    if (seen.has(key(p))) continue;
    seen.add(key(p));
    const both = onNetlify.has(key(p)) && onCloudflare.has(key(p));
    problems.push(
      both
        ? p
        : {
            ...p,
            problem: `${p.problem} (on ${onNetlify.has(key(p)) ? 'Netlify' : 'Cloudflare Pages'} only)`,
          },
    );
  }
  return problems;
}
