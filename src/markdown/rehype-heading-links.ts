// Gives every h2 and h3 in an article a visible, keyboard-reachable "link to this section" anchor.
// The anchor sits beside the heading, not inside it, so the heading's accessible name stays its
// text; the heading can take focus when a reader follows its link.
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export default function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined || (node.tagName !== 'h2' && node.tagName !== 'h3'))
        return;
      const id = node.properties['id'];
      if (typeof id !== 'string' || !id) return;
      node.properties['tabIndex'] = -1;
      const text = toString(node);
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}` },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { ariaHidden: 'true' },
            children: [{ type: 'text', value: '#' }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['sr-only'] },
            children: [{ type: 'text', value: `Link to this section: ${text}` }],
          },
        ],
      };
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
        children: [node, anchor] as ElementContent[],
      };
      parent.children.splice(index, 1, wrapper);
      return [SKIP, index + 1];
    });
  };
}
