// The rules for URLs that could run code or load what the site does not vouch for, in one place:
// which attributes hold a URL, how a browser reads a URL's scheme, and which schemes are refused.
// The raw-HTML check of articles (src/markdown/rehype-safe-html.ts) and the security check of the
// built pages (src/checks/security.ts) both apply them. Imported by `src/build/build.ts` through
// the checks, so it imports nothing.

/** Attributes that hold a URL, on whichever element carries them (`data` on `<object>`). */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
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
]);

/** Whether an attribute holds a URL. */
export function isUrlAttribute(name: string): boolean {
  return URL_ATTRIBUTES.has(name.toLowerCase());
}

/** Schemes whose URLs run code (`javascript:`, `vbscript:`) or carry a whole document (`data:`). */
export const CODE_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data']);

/** Schemes a link in an article may use: the ones a browser opens. */
export const LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/** A URL as a browser reads it: leading spaces and control characters dropped, and tabs and newlines anywhere. */
export function browserUrl(value: string): string {
  return value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
}

/** A URL's scheme in lower case, as a browser reads it (`  JAVA\tSCRIPT:` is `javascript`); undefined for a relative URL. */
export function urlScheme(value: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(browserUrl(value))?.[1]?.toLowerCase();
}

/** The scheme of a URL that runs code or carries a document (see CODE_SCHEMES), or undefined. */
export function codeScheme(value: string): string | undefined {
  const scheme = urlScheme(value);
  return scheme && CODE_SCHEMES.has(scheme) ? scheme : undefined;
}

/** Why a URL is refused, and what to write instead, in an editor's words. */
export interface UrlProblem {
  why: string;
  fix: string;
}

/** What is wrong with a URL written in an article, or undefined. `image`: it is an image's `src`. */
export function unsafeUrl(value: string, image = false): UrlProblem | undefined {
  const scheme = urlScheme(value);
  if (scheme === 'javascript' || scheme === 'vbscript') {
    return {
      why: `a ${scheme}: URL runs code when it is followed`,
      fix: 'link to a page instead: https://… for another site, /articles/… for ours',
    };
  }
  if (scheme === 'data') {
    return {
      why: 'a data: URL can hold a whole page or script',
      fix: image ? 'save the image as a file and link to its path' : 'link to a page instead',
    };
  }
  if (image && (scheme || browserUrl(value).startsWith('//'))) {
    return {
      why: "an image from another site is blocked by the Content-Security-Policy (img-src 'self') and would show as broken; it would also tell that site who reads the article",
      fix: 'save the image (with permission) in public/ and use its path, e.g. ![description](/images/name.jpg)',
    };
  }
  if (scheme && !LINK_SCHEMES.has(scheme)) {
    return {
      why: `"${scheme}:" links do not open in a browser`,
      fix: 'use an https:// or mailto: link',
    };
  }
  return undefined;
}
