// What runs or loads on a built page without the Content-Security-Policy's say-so: inline scripts
// and styles whose hash the policy lacks, scripts from elsewhere, event handlers, URLs that run
// code (the rules of src/lib/url-safety.ts), frames and plugins, a `<base href>`, a meta refresh.
import type { ContentProblem } from '../lib/content-problem.ts';
import { textOf } from '../lib/parse-html.ts';
import { codeScheme, isUrlAttribute } from '../lib/url-safety.ts';
import type { BuiltPage, SiteIndex } from './built-site.ts';
import { headersFor, inlineAllowed, parseCsp, type CspPolicy, type Host } from './headers-file.ts';
import { isExternal } from './links.ts';

/** Script types that hold data, not code: the policy does not govern them. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

/** Elements that load another document or a plugin into the page. */
const FRAME_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet']);

/**
 * What would run or load on a page without being listed in the policy: inline scripts whose hash
 * the Content-Security-Policy lacks, scripts from elsewhere, event-handler attributes,
 * `javascript:` and `data:` URLs, inline styles, and frames or plugins.
 */
export function checkPageSecurity(
  page: BuiltPage,
  policies: readonly CspPolicy[] | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (problem: string, fix: string) => problems.push({ file: page.path, problem, fix });
  for (const script of page.elements.filter((el) => el.name === 'script')) {
    const src = script.attribs['src'];
    const type = (script.attribs['type'] ?? '').trim().toLowerCase();
    if (src !== undefined) {
      if (isExternal(src))
        add(
          `a script is loaded from ${src}; the policy only allows the site's own scripts.`,
          'bundle the script with the site (a <script> in a component), or remove it.',
        );
      continue;
    }
    if (DATA_SCRIPT_TYPES.has(type)) continue;
    const code = textOf(script);
    if (!policies?.length || !inlineAllowed(policies, 'script', code)) {
      add(
        `an inline <script> (${code.length} characters, starting "${code.slice(0, 40).replace(/\s+/g, ' ')}") is not allowed by the Content-Security-Policy, so browsers would block it${policies?.length ? '' : ' (there is no _headers file with a policy)'}.`,
        'make it a <script> in a component (Astro bundles it into a file in /_astro/), or, if it must be inline, add its hash to script-src in public/_headers.',
      );
    }
  }
  for (const style of page.elements.filter((el) => el.name === 'style')) {
    if (!policies?.length || !inlineAllowed(policies, 'style', textOf(style))) {
      add(
        'an inline <style> block is not allowed by the Content-Security-Policy (style-src).',
        'move the styles into src/styles/global.css or a component <style> (Astro writes it to a stylesheet file: inlineStylesheets is "never").',
      );
    }
  }
  for (const { name: tag, attribs } of page.elements) {
    for (const [name, value] of Object.entries(attribs)) {
      if (/^on/i.test(name))
        add(
          `<${tag} ${name}="…">: an event-handler attribute runs inline JavaScript, which the policy blocks and which content must never carry.`,
          'remove it; attach behaviour in a bundled script with addEventListener.',
        );
      else if (name === 'style')
        add(
          `<${tag} style="${value.slice(0, 40)}">: inline style attributes are blocked by the Content-Security-Policy (style-src without 'unsafe-inline').`,
          'use a class from the stylesheet instead.',
        );
      else if (isUrlAttribute(name)) {
        const scheme = codeScheme(value);
        if (scheme)
          add(
            `<${tag} ${name}="${value.slice(0, 40)}">: ${scheme}: URLs run code or smuggle content.`,
            'link to a page or a file instead.',
          );
      }
    }
    if (FRAME_ELEMENTS.has(tag))
      add(`a <${tag}> loads another document or a plugin into the page.`, 'link to it instead.');
    // <base target="_blank"> (embeds open their links in a new tab) is fine; a base href is not.
    if (tag === 'base' && attribs['href'] !== undefined)
      add(
        `<base href="${attribs['href']}"> changes where every relative link on the page goes.`,
        'remove the href.',
      );
    if (tag === 'meta' && /refresh/i.test(attribs['http-equiv'] ?? ''))
      add(
        'a <meta http-equiv="refresh"> redirects readers.',
        'remove it; use a redirect rule on the host.',
      );
  }
  return problems;
}

/** The Content-Security-Policy a page gets on a host, as a list of policies. */
export function pagePolicies(site: SiteIndex, path: string, host: Host): CspPolicy[] | undefined {
  if (!site.headers) return undefined;
  return parseCsp(headersFor(site.headers, path, host).get('content-security-policy'));
}
