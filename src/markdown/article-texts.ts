// The texts of an article that its prose checks read: the headline, dek and key points from the
// frontmatter (Astro hands it to plugins), then every paragraph, heading and table cell of the body.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { DataPath } from '../content-layer/source-text.ts';

/** Calls `check` with each text: a frontmatter text with its field path, a body text with its node. */
export function forEachArticleText(
  tree: Root,
  file: VFile,
  check: (text: string, node: Node | undefined, field?: DataPath) => void,
): void {
  const frontmatter =
    (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
  for (const field of ['title', 'dek', 'keyPoints']) {
    const value = frontmatter[field];
    const texts: unknown[] = Array.isArray(value) ? value : [value];
    texts.forEach((text, i) => {
      if (typeof text === 'string')
        check(text, undefined, Array.isArray(value) ? [field, i] : [field]);
    });
  }
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => check(toString(node), node));
}
