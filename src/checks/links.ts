// Links of the built site that must lead somewhere: a URL of the site resolves to a built file
// and a `#fragment` to an element of its page. The build follows every page's head (`<link>`s,
// canonical and `og:url` among them, absolute ones to the site too); the end-to-end tests follow
// every link of every page.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'domhandler';
import type { ContentProblem } from '../lib/content-problem.ts';
import { textOf } from '../lib/parse-html.ts';
import { closest } from '../lib/similar.ts';
import { siteUrl } from '../content-layer/site-address.ts';
import { pagePath, type BuiltPage, type SiteIndex } from './built-site.ts';

/** How a link from a page resolves in the built site. */
export type LinkResult = { ok: true } | { ok: false; problem: string; fix: string };

/** A URL of the site found on a page, with the element it came from as messages name it. */
export interface PageLink {
  url: string;
  /** `<a href>`, `<link rel="canonical" href>`, `<meta property="og:url" content>`, `<img srcset>`. */
  element: string;
}

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
  const file = join(site.dir, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file) || statSync(file).isDirectory()) {
    if (!path.endsWith('/') && existsSync(join(site.dir, path, 'index.html'))) {
      return {
        ok: false,
        problem: `${url} leaves out the final slash; the site's addresses end with "/", and this one only works after a redirect.`,
        fix: `write ${path}/${target.search}${target.hash}.`,
      };
    }
    if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) {
      return {
        ok: false,
        problem: `${url} leads nowhere: the build has no file ${path}.`,
        fix: `add ${path} to public/ (or to the page that generates it), or correct the path.`,
      };
    }
    const near = closest(path, [...site.pages.keys()], 3);
    return {
      ok: false,
      problem: `${url} leads nowhere: the site has no ${path}.`,
      fix: near.length
        ? `link to a page that exists; the closest are ${near.join(', ')}.`
        : 'link to a page that exists, or remove the link.',
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
    fix: headings.length
      ? `use an id the page has; the closest are ${headings.join(', ')}.`
      : `link to ${path} without the "#…" part.`,
  };
}

/** Where a URL sits: the element's tag, the attribute holding it, and for `<meta>` which one. */
interface UrlPlace {
  tag: string;
  attribute: string;
  /** `<meta>` only: the `property` or `name` it must have. */
  meta?: { property: string } | { name: string };
}

/** Attributes that hold a URL to follow, by the elements that carry them (`<link>`s are in HEAD_URLS). */
const LINK_ATTRIBUTES: UrlPlace[] = [
  { tag: 'a', attribute: 'href' },
  { tag: 'area', attribute: 'href' },
  { tag: 'img', attribute: 'src' },
  { tag: 'script', attribute: 'src' },
  { tag: 'source', attribute: 'src' },
  { tag: 'iframe', attribute: 'src' },
  { tag: 'video', attribute: 'src' },
  { tag: 'video', attribute: 'poster' },
  { tag: 'audio', attribute: 'src' },
  { tag: 'track', attribute: 'src' },
  { tag: 'form', attribute: 'action' },
  { tag: 'use', attribute: 'href' },
  { tag: 'object', attribute: 'data' },
];

/**
 * The addresses a page's head gives for itself and what it loads: every `<link>` (canonical,
 * alternate, icons, the manifest, oEmbed) and the Open Graph and Twitter card URLs, which are
 * absolute. Those on the site must exist: a canonical to a page that does not is a dead end for
 * search engines and link previews.
 */
const HEAD_URLS: UrlPlace[] = [
  { tag: 'link', attribute: 'href' },
  { tag: 'meta', attribute: 'content', meta: { property: 'og:url' } },
  { tag: 'meta', attribute: 'content', meta: { property: 'og:image' } },
  { tag: 'meta', attribute: 'content', meta: { name: 'twitter:image' } },
];

function isAt(el: Element, place: UrlPlace): boolean {
  if (el.name !== place.tag || el.attribs[place.attribute] === undefined) return false;
  if (!place.meta) return true;
  return 'property' in place.meta
    ? el.attribs['property'] === place.meta.property
    : el.attribs['name'] === place.meta.name;
}

/** How a message names the element a URL came from: `<a href>`, `<link rel="canonical" href>`, `<meta property="og:url" content>`. */
function elementLabel(place: UrlPlace, attribs: Record<string, string>): string {
  const which =
    place.tag === 'link'
      ? ` rel="${attribs['rel'] ?? ''}"`
      : place.tag !== 'meta'
        ? ''
        : attribs['property'] !== undefined
          ? ` property="${attribs['property']}"`
          : ` name="${attribs['name']}"`;
  return `<${place.tag}${which} ${place.attribute}>`;
}

function linksIn(
  page: BuiltPage,
  site: Pick<SiteIndex, 'url'>,
  places: readonly UrlPlace[],
): PageLink[] {
  const links: PageLink[] = [];
  for (const place of places) {
    for (const el of page.elements) {
      if (isAt(el, place))
        links.push({
          url: el.attribs[place.attribute]!.trim(),
          element: elementLabel(place, el.attribs),
        });
    }
  }
  return links.filter((link) => link.url && ownLink(site, link.url) !== undefined);
}

/** How messages name an image URL of a page's structured data. */
const JSON_LD_IMAGE = '<script type="application/ld+json"> image';

/**
 * The images a page's JSON-LD gives (`image`: a URL, a list of them, or ImageObjects with a `url`),
 * which search engines fetch for its result: an article's card in 16:9, 4:3 and 1:1. JSON-LD that
 * does not parse has none (the security checks read those scripts).
 */
function jsonLdImages(page: BuiltPage): PageLink[] {
  const urls: string[] = [];
  const images = (value: unknown): void => {
    if (typeof value === 'string') urls.push(value.trim());
    else if (Array.isArray(value)) value.forEach(images);
    else if (value && typeof value === 'object') {
      const { url } = value as { url?: unknown };
      if (typeof url === 'string') urls.push(url.trim());
    }
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'image') images(inner);
        else visit(inner);
      }
  };
  for (const el of page.elements) {
    if (el.name !== 'script' || el.attribs['type'] !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(textOf(el)));
    } catch {
      // Not JSON: nothing to follow.
    }
  }
  return urls.map((url) => ({ url, element: JSON_LD_IMAGE }));
}

/**
 * Every URL of the site in a page's head: its `<link>`s, `og:url`, `og:image` and
 * `twitter:image`, and the images of its JSON-LD.
 */
export function headLinks(
  page: BuiltPage,
  site: Pick<SiteIndex, 'url'> = { url: siteUrl },
): PageLink[] {
  return [
    ...linksIn(page, site, HEAD_URLS),
    ...jsonLdImages(page).filter((link) => link.url && ownLink(site, link.url) !== undefined),
  ];
}

/** Every URL of the site in a page: `href`, `src` and `srcset` attributes, and the head's addresses (headLinks). */
export function pageLinks(
  page: BuiltPage,
  site: Pick<SiteIndex, 'url'> = { url: siteUrl },
): PageLink[] {
  const links = [...linksIn(page, site, LINK_ATTRIBUTES), ...headLinks(page, site)];
  for (const el of page.elements) {
    if (el.attribs['srcset'] === undefined) continue;
    for (const candidate of el.attribs['srcset'].split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url && ownLink(site, url) !== undefined)
        links.push({ url, element: `<${el.name} srcset>` });
    }
  }
  return links;
}

/** The elements whose URL must be the page's own address. */
const SELF_ADDRESS = new Set(['<link rel="canonical" href>', '<meta property="og:url" content>']);

/** The problem with one link on a page, if it leads nowhere. */
function linkProblem(
  site: SiteIndex,
  from: string,
  url: string,
  element: string,
  result: LinkResult = resolveLink(site, from, url),
): ContentProblem[] {
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
export function checkHeadLinks(
  site: SiteIndex,
  links: readonly (PageLink & { from: string })[],
): ContentProblem[] {
  const results = new Map<string, LinkResult>();
  return links.flatMap(({ from, url, element }) => {
    const key = url.startsWith('/') || isExternal(url) ? url : `${from} ${url}`;
    const result = results.get(key) ?? resolveLink(site, from, url);
    results.set(key, result);
    return linkProblem(site, from, url, element, result);
  });
}
