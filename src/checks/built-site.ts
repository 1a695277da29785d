// The built site as the checks read it: its HTML files, the path a browser asks for each, each
// page parsed (src/lib/parse-html.ts) with the ids it carries, and the `_headers` rules.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Document, Element } from 'domhandler';
import { elementsOf, parseHtml } from '../lib/parse-html.ts';
import { parseHeadersFile, type HeaderRule } from './headers-file.ts';

/** What link resolution needs to know of a built page: where it is and the ids it has. */
export interface PageIndex {
  /** The path a browser asks for: `/`, `/articles/x/`, `/404.html`. */
  path: string;
  /** The file in the output folder. */
  file: string;
  /** Each id on the page, with how many elements carry it. */
  ids: Map<string, number>;
}

/** A built page with its parsed document. */
export interface BuiltPage extends PageIndex {
  document: Document;
  /** Every element of the document, in document order: what the checks go through. */
  elements: Element[];
}

/** The built site as link resolution sees it: every page's path and ids, and the headers. */
export interface SiteIndex {
  dir: string;
  /** The site's public address (`SITE_URL`): absolute URLs under it are the site's own, and checked. */
  url: string;
  pages: Map<string, PageIndex>;
  /** The `_headers` rules, when the site has the file. */
  headers: HeaderRule[] | undefined;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every HTML file in the output folder, sorted. */
export function htmlFiles(dir: string): string[] {
  return walk(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** The browser path of an HTML file in the output folder. */
export function pagePath(dir: string, file: string): string {
  return ('/' + relative(dir, file).split(sep).join('/')).replace(/(^|\/)index\.html$/, '$1');
}

/** Parses one built HTML file (its text, when already read). */
export function loadBuiltPage(
  dir: string,
  file: string,
  html: string = readFileSync(file, 'utf8'),
): BuiltPage {
  const document = parseHtml(html);
  const elements = elementsOf(document);
  const ids = new Map<string, number>();
  for (const { attribs } of elements) {
    const id = attribs['id'];
    if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  return { path: pagePath(dir, file), file, document, elements, ids };
}

/** The site's `_headers` rules, when it has the file. */
export function readHeaders(dir: string): HeaderRule[] | undefined {
  const headersFile = join(dir, '_headers');
  return existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : undefined;
}
