// Astro's own Markdown processor ends with rehype-raw: every article's whole tree through the HTML
// parser (parse5) once more, although rehype-safe-html has parsed the raw HTML already. The site's
// processor (src/markdown/processor.ts) keeps that last parse only where it changes the page:
// - an article with raw HTML: a plugin after rehype-safe-html may put an element where the parser
//   would move it (the heading link beside a heading inside a raw <a> is an <a> in an <a>);
// - an element with a property the parser would write otherwise: `true` on an attribute that is not
//   boolean (GFM's footnotes mark `data-footnote-ref`, which comes back `data-footnote-ref=""`), or
//   a value that is not `true` on a boolean one.
// Markdown alone makes elements where the parser leaves them, so any other article skips the
// parse, which took about 1 ms of its 15 ms render, and its HTML is the same, byte for byte (every
// article: tests/bench/markdown-cost.ts; every kind of Markdown: tests/markdown/processor.test.ts).
import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { find, html } from 'property-information';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
// For `file.data.rawHtml`, which rehype-safe-html sets.
import type {} from './rehype-safe-html.ts';

/** Whether the parser would give this property back as it is (hast-util-to-parse5, then parse5). */
function parsesBackTheSame(key: string, value: Element['properties'][string]): boolean {
  if (value === null || value === undefined || value === false) return true;
  const info = find(html, key);
  if (info.boolean || info.overloadedBoolean) return value === true;
  if (typeof value === 'number') return !Number.isNaN(value);
  return typeof value === 'string' || Array.isArray(value);
}

/** Whether the HTML parser would change anything in the tree. */
function parseChanges(tree: Root, file: VFile): boolean {
  if (file.data.rawHtml) return true;
  let changes = false;
  visit(tree, 'element', (node: Element) => {
    for (const [key, value] of Object.entries(node.properties)) {
      if (!parsesBackTheSame(key, value)) {
        changes = true;
        return EXIT;
      }
    }
    return undefined;
  });
  return changes;
}

export default function rehypeRawIfNeeded() {
  return (tree: Root, file: VFile): Root | undefined =>
    parseChanges(tree, file) ? (raw(tree, { file }) as Root) : undefined;
}
