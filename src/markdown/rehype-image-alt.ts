// Fails the build on an image in an article without a text alternative: `![](photo.jpg)`, an
// <img> without alt, or an alt that is only the file name. A reader who cannot see the image gets
// nothing else.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from './directive-error.ts';

export default function rehypeImageAlt() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      const src = String(node.properties['src'] ?? '');
      const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'].trim() : '';
      const name = src.split('/').pop() ?? '';
      if (!alt) {
        failAt(
          file,
          node,
          `the image ${src || '(no src)'} has no alt text, so readers who cannot see it learn nothing from it.`,
          `describe what it shows, in a sentence: ![The delegations seated at the table](${src || 'image.jpg'}).`,
        );
      }
      if (name && (alt === name || alt === name.replace(/\.[a-z0-9]+$/i, ''))) {
        failAt(
          file,
          node,
          `the alt text of ${src} is only its file name ("${alt}").`,
          `describe what the image shows instead: ![The delegations seated at the table](${src}).`,
        );
      }
    });
  };
}
