// Limits raw HTML in articles to a safe set and fails the build on anything else, with the file,
// line and the offending tag or attribute: no <script>, no event handlers (`onclick`), no
// `javascript:` or `data:` links, no <iframe>, <object>, <form> or inline styles. Every start tag
// is read with the HTML tokenizer itself, so a tag the browser would accept cannot slip past in a
// context (say a <td> outside a table) where a tree builder would drop it. Links and images that
// Markdown makes are checked for the same URL rules (src/lib/url-safety.ts, which the built-site
// security check applies too). Then the raw HTML is parsed into the tree (`hast-util-raw`, which
// is parse5 as well), so the plugins after this one (headings, images) see those elements too. An
// article without raw HTML is not parsed here (there is nothing to parse, and the parse took about
// 0.7 ms of an article's 15 ms render); `file.data.rawHtml` says which articles were, for the last
// parse at the end of the pipeline (src/markdown/rehype-raw-if-needed.ts).
// The allow-list is our own rather than rehype-sanitize's `defaultSchema`: that schema is GitHub's
// (remote images, presentational attributes, ids prefixed `user-content-`), and rehype-sanitize
// strips silently where this plugin stops the build with the file, the line and what to write.
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { startTags } from '../lib/parse-html.ts';
import { isUrlAttribute, unsafeUrl } from '../lib/url-safety.ts';
import { failAt } from './directive-error.ts';

declare module 'vfile' {
  interface DataMap {
    /** The article has raw HTML, which rehype-safe-html parsed into elements. */
    rawHtml: boolean;
  }
}

/** Elements raw HTML may use, with the attributes each may carry beyond the global ones. */
export const SAFE_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'rel'],
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  br: [],
  cite: [],
  code: [],
  dd: [],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  hr: [],
  i: [],
  kbd: [],
  mark: [],
  p: [],
  pre: [],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
  caption: [],
  tbody: [],
  tfoot: [],
  thead: [],
  tr: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  data: ['value'],
  time: ['datetime'],
  details: ['open'],
  li: ['value'],
  ol: ['start', 'reversed', 'type'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  table: [],
  col: ['span'],
  colgroup: ['span'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
};

/** Attributes any safe element may carry. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'title', 'lang', 'dir', 'role', 'hidden']);

/** Why some elements are refused, in the words an editor needs. */
const REFUSED_ELEMENTS: Record<string, { why: string; fix: string }> = {
  script: {
    why: 'a <script> in an article would run in every reader’s browser under the site’s name',
    fix: 'remove it; if the article needs something interactive, ask a developer for a component',
  },
  style: {
    why: 'a <style> block is blocked by the site’s Content-Security-Policy and would restyle every page it is on',
    fix: 'remove it; articles take the site’s styles',
  },
  iframe: {
    why: 'an <iframe> loads another site inside ours',
    fix: 'link to the page instead: [what it shows](https://…)',
  },
  frame: {
    why: 'a <frame> loads another site inside ours',
    fix: 'link to the page instead: [what it shows](https://…)',
  },
  object: {
    why: 'an <object> loads a plugin or another document inside ours',
    fix: 'link to it instead: [what it is](https://…)',
  },
  embed: {
    why: 'an <embed> loads a plugin or another document inside ours',
    fix: 'link to it instead: [what it is](https://…)',
  },
  form: {
    why: 'a <form> would send readers’ input somewhere',
    fix: 'remove it; link to the form’s page instead',
  },
  base: { why: 'a <base> changes where every link on the page goes', fix: 'remove it' },
  meta: {
    why: 'a <meta> can redirect the page or change its security settings',
    fix: 'remove it; page metadata comes from the frontmatter',
  },
  link: {
    why: 'a <link> loads a resource into the page',
    fix: 'remove it; write a Markdown link [text](url) instead',
  },
  svg: {
    why: 'inline <svg> can carry scripts and event handlers',
    fix: 'save the graphic as a file and use ![description](/path/to/file.svg)',
  },
  math: {
    why: 'inline <math> is not in the safe set',
    fix: 'describe the formula in words, or use an image with a description',
  },
};

export interface HtmlProblem {
  /** 1-based line within the HTML. */
  line: number;
  /** 1-based column within the HTML. */
  column: number;
  problem: string;
  fix: string;
}

/** The problems with a piece of raw HTML written in an article. */
export function checkRawHtml(html: string): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  for (const tag of startTags(html)) {
    const at = { line: tag.location?.startLine ?? 1, column: tag.location?.startCol ?? 1 };
    const name = tag.tagName;
    const refused = REFUSED_ELEMENTS[name];
    if (refused || !SAFE_ELEMENTS[name]) {
      problems.push({
        ...at,
        problem: `raw HTML <${name}> is not allowed in an article: ${refused?.why ?? `<${name}> is not in the small set of HTML that articles may use`}.`,
        fix: `${refused?.fix ?? 'write it in Markdown instead'}.`,
      });
      continue;
    }
    for (const { name: attr, value } of tag.attrs) {
      const place = {
        line: tag.location?.attrs?.[attr]?.startLine ?? at.line,
        column: tag.location?.attrs?.[attr]?.startCol ?? at.column,
      };
      if (attr.startsWith('on')) {
        problems.push({
          ...place,
          problem: `the attribute ${attr}="…" on <${name}> runs JavaScript when a reader interacts with the page.`,
          fix: `remove ${attr}; articles carry no scripts.`,
        });
      } else if (isUrlAttribute(attr) && unsafeUrl(value, name === 'img' && attr === 'src')) {
        const wrong = unsafeUrl(value, name === 'img' && attr === 'src')!;
        problems.push({
          ...place,
          problem: `<${name} ${attr}="${value.slice(0, 60)}">: ${wrong.why}.`,
          fix: `${wrong.fix}.`,
        });
      } else if (attr === 'style') {
        problems.push({
          ...place,
          problem: `the style attribute on <${name}> is blocked by the site’s Content-Security-Policy, so it would do nothing.`,
          fix: 'remove it; articles take the site’s styles.',
        });
      } else if (attr === 'class') {
        problems.push({
          ...place,
          problem: `the class attribute on <${name}> has no effect: the stylesheet only knows classes used in src/.`,
          fix: 'remove it; if the article needs a new kind of element, ask a developer for a component.',
        });
      } else if (attr.startsWith('data-')) {
        problems.push({
          ...place,
          problem: `the attribute ${attr} on <${name}> is reserved for the site’s components.`,
          fix: 'remove it; place components with a directive such as ::factbox{#id}.',
        });
      } else if (
        !GLOBAL_ATTRIBUTES.has(attr) &&
        !attr.startsWith('aria-') &&
        !SAFE_ELEMENTS[name].includes(attr)
      ) {
        problems.push({
          ...place,
          problem: `the attribute ${attr} is not allowed on <${name}> in an article.`,
          fix: `remove it${SAFE_ELEMENTS[name].length ? `; <${name}> may carry ${SAFE_ELEMENTS[name].join(', ')}` : ''}.`,
        });
      }
    }
  }
  return problems;
}

export default function rehypeSafeHtml() {
  return (tree: Root, file: VFile) => {
    let rawHtml = false;
    visit(tree, (node) => {
      if (node.type === 'raw') {
        rawHtml = true;
        const [problem] = checkRawHtml(node.value);
        if (!problem) return;
        const start = node.position?.start;
        // The tokenizer counts from the raw HTML's first character; make it the file's position.
        const position = start
          ? {
              start: {
                line: start.line + problem.line - 1,
                column: problem.line === 1 ? start.column + problem.column - 1 : problem.column,
              },
              end: start,
            }
          : undefined;
        failAt(
          file,
          position ? { type: 'raw', position } : undefined,
          problem.problem,
          problem.fix,
        );
      }
      if (node.type === 'element') {
        const element = node;
        for (const attr of ['href', 'src']) {
          const value = element.properties[attr];
          if (typeof value !== 'string') continue;
          const wrong = unsafeUrl(value, element.tagName === 'img' && attr === 'src');
          if (wrong) {
            const what =
              element.tagName === 'img'
                ? `the image ![…](${value.slice(0, 60)})`
                : `the link to "${value.slice(0, 60)}"`;
            failAt(file, element, `${what}: ${wrong.why}.`, `${wrong.fix}.`);
          }
        }
      }
    });
    if (!rawHtml) return undefined;
    // Hand the rest of the pipeline real elements instead of raw HTML strings.
    file.data.rawHtml = true;
    return raw(tree, { file }) as Root;
  };
}
