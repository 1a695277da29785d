// How tests read HTML: the parse of the build's checks (parse5, through src/lib/parse-html.ts),
// queried with cheerio's API. A whole page with `loadHtml`; a component's or snippet's markup,
// with no <html>, <head> or <body> added, with `loadHtmlFragment`.
import { load, type CheerioAPI } from 'cheerio';
import { parseHtml, parseHtmlFragment } from '../../src/lib/parse-html.ts';

/** A whole page (a file of the build), to query with cheerio. */
export function loadHtml(html: string | Buffer): CheerioAPI {
  return load(parseHtml(html.toString()));
}

/** A piece of a page (what a component renders), to query with cheerio. */
export function loadHtmlFragment(html: string): CheerioAPI {
  return load(parseHtmlFragment(html), null, false);
}
