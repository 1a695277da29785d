// Checks of the built site, read from its files: links and `#fragments` resolve (the head's
// `<link>`s, canonical and `og:url` among them, absolute ones to the site too), ids are unique,
// no script runs that the Content-Security-Policy does not list, no event handlers, no
// `javascript:` URLs, no frames; one h1, headings in order, a language, a title, a description and
// alt text on every page. The build wrapper (`src/scripts/build.mjs`) runs the checks that content
// can break before it replaces dist/; the end-to-end tests run all of them on every page.
// Imported by that script under Node's type stripping, so relative imports carry `.ts`.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { Tokenizer, type TokenHandler } from 'parse5';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../lib/content-problem.ts';
import { articleId, listMarkdownFiles } from '../content-layer/paths.ts';
import { headersFor, inlineAllowed, parseCsp, parseHeadersFile, type CspPolicy, type HeaderRule } from './headers-file.ts';
import { closest } from '../lib/similar.ts';
import { siteUrl } from '../lib/site.ts';

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
  $: cheerio.CheerioAPI;
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

/** The built site with every page's document in memory: for tests of a small site. */
export interface BuiltSite extends SiteIndex {
  pages: Map<string, BuiltPage>;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The browser path of an HTML file in the output folder. */
export function pagePath(dir: string, file: string): string {
  return ('/' + relative(dir, file).split(sep).join('/')).replace(/(^|\/)index\.html$/, '$1');
}

/**
 * htmlparser2 in HTML mode rather than cheerio's default parse5: three times as fast (2 ms against
 * 6.6 ms for an article page), and the site's own well-formed HTML, with its explicit html, head and
 * body, needs none of parse5's repairs. Script and style contents stay raw text, entities decoded.
 */
const PARSER_OPTIONS: cheerio.CheerioOptions = { xml: { xmlMode: false, decodeEntities: true } };

/** Parses one built HTML file (its text, when already read). */
export function loadBuiltPage(dir: string, file: string, html: string = readFileSync(file, 'utf8')): BuiltPage {
  const $ = cheerio.load(html, PARSER_OPTIONS);
  const ids = new Map<string, number>();
  $('[id]').each((_, el) => {
    const id = $(el).attr('id')!;
    ids.set(id, (ids.get(id) ?? 0) + 1);
  });
  return { path: pagePath(dir, file), file, $, ids };
}

function readHeaders(dir: string): HeaderRule[] | undefined {
  const headersFile = join(dir, '_headers');
  return existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : undefined;
}

/**
 * Reads the built site one page at a time, handing each parsed page to `visit` and keeping only
 * its path and ids: memory stays flat however many pages there are (a parsed page is about ten
 * times its HTML, which for thousands of articles would be gigabytes).
 */
export function indexBuiltSite(dir: string, visit: (page: BuiltPage, site: SiteIndex) => void = () => {}, url: string = siteUrl): SiteIndex {
  const site: SiteIndex = { dir, url, pages: new Map(), headers: readHeaders(dir) };
  for (const file of walk(dir).filter((f) => f.endsWith('.html')).sort()) {
    const { $, ...index } = loadBuiltPage(dir, file);
    visit({ ...index, $ }, site);
    site.pages.set(index.path, index);
  }
  return site;
}

/** Reads every page of the built site into memory: for the tests, which look at each page many ways. */
export function readBuiltSite(dir: string, url: string = siteUrl): BuiltSite {
  const pages = new Map<string, BuiltPage>();
  for (const file of walk(dir).filter((f) => f.endsWith('.html')).sort()) {
    const page = loadBuiltPage(dir, file);
    pages.set(page.path, page);
  }
  return { dir, url, pages, headers: readHeaders(dir) };
}

/** How a link from a page resolves in the built site. */
export type LinkResult =
  | { ok: true }
  | { ok: false; problem: string; fix: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Whether a URL leaves the site (another origin, mailto:, …) and is not checked here. */
export function isExternal(url: string): boolean {
  return SCHEME.test(url) || url.startsWith('//');
}

/**
 * A URL as a link within the site: relative URLs as they are, an absolute one under the site's
 * address as its path (`https://…/articles/a/` → `/articles/a/`), anything else undefined.
 */
export function ownLink(site: Pick<SiteIndex, 'url'>, url: string): string | undefined {
  if (!isExternal(url)) return url;
  if (url === site.url.replace(/\/$/, '')) return '/';
  return url.startsWith(site.url) ? `/${url.slice(site.url.length)}` : undefined;
}

/** Resolves a URL of the site from a page to a file in the site and, for `#fragment`, an element. */
export function resolveLink(site: SiteIndex, from: string, url: string): LinkResult {
  const own = ownLink(site, url);
  if (own === undefined) return { ok: true };
  const target = new URL(own, `https://site.invalid${from}`);
  let path = decodeURIComponent(target.pathname);
  const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : '';
  let file = join(site.dir, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file) || statSync(file).isDirectory()) {
    if (!path.endsWith('/') && existsSync(join(site.dir, path, 'index.html'))) {
      return { ok: false, problem: `${url} leaves out the final slash; the site's addresses end with "/", and this one only works after a redirect.`, fix: `write ${path}/${target.search}${target.hash}.` };
    }
    if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) {
      return { ok: false, problem: `${url} leads nowhere: the build has no file ${path}.`, fix: `add ${path} to public/ (or to the page that generates it), or correct the path.` };
    }
    const near = closest(path, [...site.pages.keys()], 3);
    return {
      ok: false,
      problem: `${url} leads nowhere: the site has no ${path}.`,
      fix: near.length ? `link to a page that exists; the closest are ${near.join(', ')}.` : 'link to a page that exists, or remove the link.',
    };
  }
  if (!fragment) return { ok: true };
  if (!path.endsWith('/') && !path.endsWith('.html')) return { ok: true };
  path = path.endsWith('/') ? path : path.replace(/\/index\.html$/, '/');
  const page = site.pages.get(path) ?? site.pages.get(pagePath(site.dir, file));
  if (!page || page.ids.has(fragment) || fragment === 'top') return { ok: true };
  const headings = closest(fragment, [...page.ids.keys()], 3).map((id) => `#${id}`);
  return {
    ok: false,
    problem: `${url} points at "#${fragment}", but ${path} has no element with that id.`,
    fix: headings.length ? `use an id the page has; the closest are ${headings.join(', ')}.` : `link to ${path} without the "#…" part.`,
  };
}

/** Attributes that hold a URL, by the elements that carry them (`<link>`s are in HEAD_URLS). */
const LINK_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'], ['area[href]', 'href'], ['img[src]', 'src'], ['script[src]', 'src'],
  ['source[src]', 'src'], ['iframe[src]', 'src'], ['video[src]', 'src'], ['video[poster]', 'poster'],
  ['audio[src]', 'src'], ['track[src]', 'src'], ['form[action]', 'action'], ['use[href]', 'href'], ['object[data]', 'data'],
];

/**
 * The addresses a page's head gives for itself and what it loads: every `<link>` (canonical,
 * alternate, icons, the manifest, oEmbed) and the Open Graph and Twitter card URLs, which are
 * absolute. Those on the site must exist: a canonical to a page that does not is a dead end for
 * search engines and link previews.
 */
const HEAD_URLS: [selector: string, attribute: string][] = [
  ['link[href]', 'href'], ['meta[property="og:url"]', 'content'], ['meta[property="og:image"]', 'content'], ['meta[name="twitter:image"]', 'content'],
];

/** How a message names the element a URL came from: `<a href>`, `<link rel="canonical" href>`, `<meta property="og:url" content>`. */
function elementLabel(selector: string, attribute: string, attribs: Record<string, string>): string {
  const tag = selector.split('[')[0]!;
  const which =
    tag === 'link' ? ` rel="${attribs['rel'] ?? ''}"` : tag !== 'meta' ? '' : attribs['property'] !== undefined ? ` property="${attribs['property']}"` : ` name="${attribs['name']}"`;
  return `<${tag}${which} ${attribute}>`;
}

function linksIn(page: BuiltPage, site: Pick<SiteIndex, 'url'>, attributes: readonly [string, string][]): { url: string; element: string }[] {
  const links: { url: string; element: string }[] = [];
  for (const [selector, attribute] of attributes) {
    page.$(selector).each((_, el) => {
      links.push({ url: page.$(el).attr(attribute)!.trim(), element: elementLabel(selector, attribute, (el as { attribs?: Record<string, string> }).attribs ?? {}) });
    });
  }
  return links.filter((link) => link.url && ownLink(site, link.url) !== undefined);
}

/** Every URL of the site in a page's head: its `<link>`s, `og:url`, `og:image` and `twitter:image`. */
export function headLinks(page: BuiltPage, site: Pick<SiteIndex, 'url'> = { url: siteUrl }): { url: string; element: string }[] {
  return linksIn(page, site, HEAD_URLS);
}

/** Every URL of the site in a page: `href`, `src` and `srcset` attributes, and the head's addresses. */
export function pageLinks(page: BuiltPage, site: Pick<SiteIndex, 'url'> = { url: siteUrl }): { url: string; element: string }[] {
  const links = linksIn(page, site, [...LINK_ATTRIBUTES, ...HEAD_URLS]);
  page.$('[srcset]').each((_, el) => {
    for (const candidate of page.$(el).attr('srcset')!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url && ownLink(site, url) !== undefined) links.push({ url, element: `<${(el as { tagName?: string }).tagName ?? 'img'} srcset>` });
    }
  });
  return links;
}

/** The elements whose URL must be the page's own address. */
const SELF_ADDRESS = new Set(['<link rel="canonical" href>', '<meta property="og:url" content>']);

/** The problem with one link on a page, if it leads nowhere. */
function linkProblem(site: SiteIndex, from: string, url: string, element: string, result: LinkResult = resolveLink(site, from, url)): ContentProblem[] {
  if (result.ok) return [];
  const fix = SELF_ADDRESS.has(element)
    ? `make it the page's own address${from.endsWith('/') ? `, ${site.url}${from.slice(1)}` : ''}. A page with no address of its own, such as 404.html (which hosts serve at any unknown address), has no canonical and no og:url, and is noindex: give its layout indexable={false}.`
    : result.fix;
  return [{ file: from, problem: `${element}: ${result.problem}`, fix }];
}

/** Every broken link and `#fragment` of the site on a page, in its head and its body. */
export function checkPageLinks(site: SiteIndex, page: BuiltPage): ContentProblem[] {
  const seen = new Set<string>();
  return pageLinks(page, site).flatMap(({ url, element }) => {
    if (seen.has(`${element} ${url}`)) return [];
    seen.add(`${element} ${url}`);
    return linkProblem(site, page.path, url, element);
  });
}

/**
 * The head links of every page (`headLinks`, gathered while the site was read) that lead nowhere.
 * Most are the same on every page (icons, the feed), so each target is looked up once.
 */
export function checkHeadLinks(site: SiteIndex, links: readonly { from: string; url: string; element: string }[]): ContentProblem[] {
  const results = new Map<string, LinkResult>();
  return links.flatMap(({ from, url, element }) => {
    const key = url.startsWith('/') || isExternal(url) ? url : `${from} ${url}`;
    const result = results.get(key) ?? resolveLink(site, from, url);
    results.set(key, result);
    return linkProblem(site, from, url, element, result);
  });
}

/** A simple slug, to find the heading in an article that produced an id. */
function roughSlug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-');
}

/** Ids used more than once on a page: a `#link` to them is ambiguous and the page is invalid. */
export function checkDuplicateIds(page: PageIndex, articleFile?: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [id, count] of page.ids) {
    if (count < 2) continue;
    let line: number | undefined;
    if (articleFile && existsSync(articleFile)) {
      const index = readFileSync(articleFile, 'utf8').split('\n').findIndex((l) => /^#{1,6}\s/.test(l) && roughSlug(l.replace(/^#+\s*/, '')) === id);
      if (index >= 0) line = index + 1;
    }
    problems.push(
      line && articleFile
        ? {
            file: articleFile,
            line,
            problem: `this heading gets the id "${id}", which the page ${page.path} already uses for another element, so links to #${id} are ambiguous.`,
            fix: 'reword the heading so that it differs from the page’s own section names (What we know, Sources, Topics, …) and from timeline event ids.',
          }
        : { file: page.path, problem: `the id "${id}" is used ${count} times on the page.`, fix: 'give each element its own id.' },
    );
  }
  return problems;
}

const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);
const URL_ATTRIBUTE = /^(href|src|action|formaction|poster|data|cite|background|ping|xlink:href)$/i;

/**
 * What would run or load on a page without being listed in the policy: inline scripts whose hash
 * the Content-Security-Policy lacks, scripts from elsewhere, event-handler attributes,
 * `javascript:` and `data:` URLs, inline styles, and frames or plugins.
 */
export function checkPageSecurity(page: BuiltPage, policies: readonly CspPolicy[] | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (problem: string, fix: string) => problems.push({ file: page.path, problem, fix });
  const { $ } = page;
  $('script').each((_, el) => {
    const script = $(el);
    const src = script.attr('src');
    const type = (script.attr('type') ?? '').trim().toLowerCase();
    if (src !== undefined) {
      if (isExternal(src)) add(`a script is loaded from ${src}; the policy only allows the site's own scripts.`, 'bundle the script with the site (a <script> in a component), or remove it.');
      return;
    }
    if (DATA_SCRIPT_TYPES.has(type)) return;
    const code = script.html() ?? '';
    if (!policies?.length || !inlineAllowed(policies, 'script', code)) {
      add(
        `an inline <script> (${code.length} characters, starting "${code.slice(0, 40).replace(/\s+/g, ' ')}") is not allowed by the Content-Security-Policy, so browsers would block it${policies?.length ? '' : ' (there is no _headers file with a policy)'}.`,
        'make it a <script> in a component (Astro bundles it into a file in /_astro/), or, if it must be inline, add its hash to script-src in public/_headers.',
      );
    }
  });
  $('style').each((_, el) => {
    const css = $(el).html() ?? '';
    if (!policies?.length || !inlineAllowed(policies, 'style', css)) {
      add('an inline <style> block is not allowed by the Content-Security-Policy (style-src).', 'move the styles into src/styles/global.css or a component <style> (Astro writes it to a stylesheet file: inlineStylesheets is "never").');
    }
  });
  $('*').each((_, el) => {
    const tag = (el as { tagName?: string }).tagName ?? '';
    const attribs = (el as { attribs?: Record<string, string> }).attribs ?? {};
    for (const [name, value] of Object.entries(attribs)) {
      if (/^on/i.test(name)) add(`<${tag} ${name}="…">: an event-handler attribute runs inline JavaScript, which the policy blocks and which content must never carry.`, 'remove it; attach behaviour in a bundled script with addEventListener.');
      else if (name === 'style') add(`<${tag} style="${value.slice(0, 40)}">: inline style attributes are blocked by the Content-Security-Policy (style-src without 'unsafe-inline').`, 'use a class from the stylesheet instead.');
      else if (URL_ATTRIBUTE.test(name)) {
        const url = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
        if (/^(javascript|vbscript|data):/.test(url)) add(`<${tag} ${name}="${value.slice(0, 40)}">: ${url.split(':')[0]}: URLs run code or smuggle content.`, 'link to a page or a file instead.');
      }
    }
    if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet'].includes(tag)) add(`a <${tag}> loads another document or a plugin into the page.`, 'link to it instead.');
    // <base target="_blank"> (embeds open their links in a new tab) is fine; a base href is not.
    if (tag === 'base' && attribs['href'] !== undefined) add(`<base href="${attribs['href']}"> changes where every relative link on the page goes.`, 'remove the href.');
    if (tag === 'meta' && /refresh/i.test(attribs['http-equiv'] ?? '')) add('a <meta http-equiv="refresh"> redirects readers.', 'remove it; use a redirect rule on the host.');
  });
  return problems;
}

/** The Content-Security-Policy a page gets on a host, as a list of policies. */
export function pagePolicies(site: SiteIndex, path: string, host: 'netlify' | 'cloudflare'): CspPolicy[] | undefined {
  if (!site.headers) return undefined;
  return parseCsp(headersFor(site.headers, path, host).get('content-security-policy'));
}

/** One h1, headings in order, a language, a title, a description and alt text on every image. */
export function checkPageOutline(page: BuiltPage): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (problem: string, fix: string) => problems.push({ file: page.path, problem, fix });
  const { $ } = page;
  if (!$('html').attr('lang')) add('the page has no lang attribute on <html>.', 'set lang (Base.astro does: en-GB).');
  if (!$('head > title').text().trim()) add('the page has no <title>.', 'give the page a title.');
  if (!($('meta[name="description"]').attr('content') ?? '').trim()) add('the page has no meta description.', 'give the page a description.');
  const h1 = $('h1').length;
  if (h1 !== 1) add(`the page has ${h1} h1 headings; it needs exactly one.`, h1 ? 'make the others h2.' : 'give the page one h1, visually hidden if need be.');
  let previous = 0;
  $('h1, h2, h3, h4, h5, h6').each((_, el) => {
    const rank = Number(((el as { tagName?: string }).tagName ?? 'h0').slice(1));
    const text = $(el).text().trim();
    if (!text) add(`an empty <h${rank}>.`, 'give the heading text, or remove it.');
    if (rank > previous + 1) add(`<h${rank}> "${text.slice(0, 50)}" follows ${previous ? `an <h${previous}>` : 'no heading'}: it skips a level.`, `make it an <h${previous + 1}>, or add the missing level.`);
    previous = rank;
  });
  $('img').each((_, el) => {
    const img = $(el);
    const decorative = img.attr('aria-hidden') === 'true' || img.attr('role') === 'presentation' || img.attr('role') === 'none';
    if (img.attr('alt') === undefined || (!decorative && !img.attr('alt')!.trim())) add(`the image ${img.attr('src')} has no alt text.`, 'describe what it shows in alt, or mark it decorative (alt="" with aria-hidden="true").');
  });
  return problems;
}

/** Every `href` and `src` that an article's Markdown writes, with its line and column. */
export function markdownLinks(markdown: string): { url: string; line: number; column: number }[] {
  const links: { url: string; line: number; column: number }[] = [];
  const tree = unified().use(remarkParse).parse(markdown);
  visit(tree, (node) => {
    const position = node.position?.start ?? { line: 1, column: 1 };
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && 'url' in node) {
      links.push({ url: String(node.url), line: position.line, column: position.column });
    }
    if (node.type === 'html' && 'value' in node) {
      const ignore = () => {};
      const handler: TokenHandler = {
        onStartTag: (token) => {
          for (const attr of token.attrs) {
            if (!['href', 'src'].includes(attr.name)) continue;
            const line = position.line + (token.location?.startLine ?? 1) - 1;
            const column = (token.location?.startLine ?? 1) === 1 ? position.column + (token.location?.startCol ?? 1) - 1 : (token.location?.startCol ?? 1);
            links.push({ url: attr.value, line, column });
          }
        },
        onEndTag: ignore, onComment: ignore, onDoctype: ignore, onEof: ignore, onCharacter: ignore, onNullCharacter: ignore, onWhitespaceCharacter: ignore,
      };
      new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(String(node.value), true);
    }
  });
  return links;
}

/**
 * Every article file without its page. Astro leaves a page out without failing when, say, the
 * content store cannot be read: the build would then publish a site with articles missing.
 */
export function checkArticlePages(site: SiteIndex, articlesDir: string, projectRoot: string): ContentProblem[] {
  return listMarkdownFiles(articlesDir).flatMap((name) => {
    const path = `/articles/${articleId(name)}/`;
    if (site.pages.has(path)) return [];
    return [{
      file: relative(projectRoot, join(articlesDir, name)).split(sep).join('/'),
      problem: `this article has no page in the build: ${path} is missing, so readers and links would find nothing.`,
      fix: 'read Astro\'s log (its path is below) for why the page was left out; the build must make one page per article.',
    }];
  });
}

/** What every Markdown link, reference definition or HTML `href`/`src` contains, and little else does. */
const MAY_LINK = /\]\(|\]:|href|src/i;

/** Every link in the articles' Markdown that does not resolve in the built site. */
export function checkArticleLinks(site: SiteIndex, articlesDir: string, projectRoot: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const name of listMarkdownFiles(articlesDir)) {
    const file = join(articlesDir, name);
    const from = `/articles/${articleId(name)}/`;
    const markdown = readFileSync(file, 'utf8');
    // Parsing is the cost; a file with none of the characters a link needs has none to check.
    if (!MAY_LINK.test(markdown)) continue;
    for (const link of markdownLinks(markdown)) {
      if (!link.url || isExternal(link.url)) continue;
      const result = resolveLink(site, from, link.url);
      if (!result.ok) problems.push({ file: relative(projectRoot, file).split(sep).join('/'), line: link.line, column: link.column, problem: result.problem, fix: result.fix });
    }
  }
  return problems;
}

/**
 * What the checks of one page found when it passed, kept between builds: a page whose bytes, path
 * and policies are the same as a page that passed, checked by the same code, passes again, and
 * only its ids are needed (for links to it). A warm rebuild then parses only the pages that changed.
 */
interface CheckCache {
  /** A hash of the checking code: a change to it checks every page again. */
  code: string;
  /** Each page that passed: its key, its ids, and the head links it gives (resolved in every build, as targets may go). */
  pages: Record<string, { key: string; ids: [string, number][]; links: [url: string, element: string][] }>;
}

/** The checking code's own hash: this file and the policies' parser. */
function checksCodeHash(): string {
  const hash = createHash('sha256');
  for (const file of ['site-checks.ts', 'headers-file.ts']) hash.update(readFileSync(join(dirname(fileURLToPath(import.meta.url)), file)));
  return hash.digest('hex');
}

function readCheckCache(file: string | undefined, code: string): CheckCache['pages'] {
  if (!file || !existsSync(file)) return {};
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CheckCache;
    return cache.code === code ? cache.pages : {};
  } catch {
    return {};
  }
}

function writeCheckCache(file: string, cache: CheckCache): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(cache));
  renameSync(partial, file);
}

/**
 * The checks that decide whether a build may be published: a page for every article, links in the
 * articles and in every page's head (canonical, og:url, …), unique ids, and nothing on any page
 * that runs without the policy's say-so. With a `cacheFile`, pages that passed before unchanged
 * are not parsed again (see `CheckCache`).
 */
export function checkBuiltSite(dir: string, options: { articlesDir: string; projectRoot: string; cacheFile?: string; siteUrl?: string }): ContentProblem[] {
  const pageProblems: ContentProblem[] = [];
  // Kept as strings while the pages are read, and resolved once every page is known.
  const heads: { from: string; url: string; element: string }[] = [];
  let code: string | undefined;
  try {
    code = options.cacheFile ? checksCodeHash() : undefined;
  } catch {
    // The checking code cannot be read (a bundled copy): no cache.
  }
  const cached = code ? readCheckCache(options.cacheFile, code) : {};
  const passed: CheckCache['pages'] = {};
  const site: SiteIndex = { dir, url: options.siteUrl ?? siteUrl, pages: new Map(), headers: readHeaders(dir) };
  for (const file of walk(dir).filter((f) => f.endsWith('.html')).sort()) {
    const path = pagePath(dir, file);
    const html = readFileSync(file);
    // Both hosts must allow what the page runs; their policies differ only if _headers is inconsistent.
    const netlifyPolicies = pagePolicies(site, path, 'netlify');
    const cloudflarePolicies = pagePolicies(site, path, 'cloudflare');
    const key = code && createHash('sha256').update(html).update(JSON.stringify([netlifyPolicies, cloudflarePolicies])).digest('hex');
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
    const { $, ...index } = page;
    site.pages.set(path, index);
    if (key && !found.length) passed[path] = { key, ids: [...index.ids], links };
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
function checkPage(page: BuiltPage, netlifyPolicies: CspPolicy[] | undefined, cloudflarePolicies: CspPolicy[] | undefined, options: { articlesDir: string; projectRoot: string }): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const slug = /^\/articles\/([^/]+)\/$/.exec(page.path)?.[1];
  const articleFile = slug ? relative(options.projectRoot, join(options.articlesDir, `${slug}.md`)).split(sep).join('/') : undefined;
  problems.push(...checkDuplicateIds(page, articleFile));
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
    problems.push(both ? p : { ...p, problem: `${p.problem} (on ${onNetlify.has(key(p)) ? 'Netlify' : 'Cloudflare Pages'} only)` });
  }
  return problems;
}
