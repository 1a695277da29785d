// Fails the build when an article's headings would break the page's outline: no `##` section at
// all, a `#` heading (the page already prints the title as its one h1), a level skipped on the
// way down (## then ####), or a heading with no text.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from './directive-error.ts';

export default function rehypeArticleHeadings() {
  return (tree: Root, file: VFile) => {
    let previous = 1;
    let sections = 0;
    visit(tree, 'element', (node: Element) => {
      const rank = Number(/^h([1-6])$/.exec(node.tagName)?.[1] ?? 0);
      if (!rank) return;
      // The heading as the editor wrote it (before smart quotes), for messages they can search for.
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const written =
        start !== undefined && end !== undefined
          ? String(file.value)
              .slice(start, end)
              .replace(/^#+\s*|\s*#*\s*$/g, '')
          : '';
      const text = written || toString(node).trim();
      if (rank === 1) {
        failAt(
          file,
          node,
          `"# ${text}" is a top-level heading: the page already shows the title as its one h1, so this would make a second.`,
          `make it a section heading: "## ${text}".`,
        );
      }
      if (!toString(node).trim()) {
        failAt(
          file,
          node,
          `this ${'#'.repeat(rank)} heading has no text, so it cannot be read out or linked to.`,
          'write the heading, or remove the line.',
        );
      }
      if (rank > previous + 1) {
        failAt(
          file,
          node,
          `"${'#'.repeat(rank)} ${text}" skips a level: it follows a ${previous === 1 ? 'page title' : `${'#'.repeat(previous)} heading`}, so screen-reader users would think a section is missing.`,
          `use "${'#'.repeat(previous + 1)} ${text}", or add the missing level above it.`,
        );
      }
      if (rank === 2) sections++;
      previous = rank;
    });
    if (sections === 0) {
      failAt(
        file,
        // An empty body names no line, as when rehype-safe-html gave every article the HTML
        // parser's root, which has no position (now only an article with raw HTML gets it).
        tree.children.find((child) => child.position),
        'the article has no "##" section heading, so the page has no outline to navigate and no sections to link to.',
        'divide the body into sections, each starting with a line "## Section title", as content/README.md shows.',
      );
    }
  };
}
