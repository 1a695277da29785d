// The built site with every page parsed and kept in memory, for the tests, which look at each page
// many ways. The build's own checks (src/checks/check-built-site.ts) keep only each page's path
// and ids, so their memory stays flat however many pages there are.
import { siteUrl } from '../../src/content-layer/site-address.ts';
import {
  htmlFiles,
  loadBuiltPage,
  readHeaders,
  type BuiltPage,
  type SiteIndex,
} from '../../src/checks/built-site.ts';

export interface BuiltSite extends SiteIndex {
  pages: Map<string, BuiltPage>;
}

/** Reads and parses every page of the built site in `dir`. */
export function readBuiltSite(dir: string, url: string = siteUrl): BuiltSite {
  const pages = new Map<string, BuiltPage>();
  for (const file of htmlFiles(dir)) {
    const page = loadBuiltPage(dir, file);
    pages.set(page.path, page);
  }
  return { dir, url, pages, headers: readHeaders(dir) };
}

/** One page of a made-up site, parsed as the checks parse a built page: for tests of a single check. */
export function builtPage(html: string, path = '/x/'): BuiltPage {
  return { ...loadBuiltPage('/site', '/site/index.html', html), path, file: '' };
}
