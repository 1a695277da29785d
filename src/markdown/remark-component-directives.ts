// Turns component directives (`::timeline{#id}`, `::delegations`, `::quote{#id}`, `:quote{#id}`,
// `::factbox{#id}`) into placeholders that the article page fills with the real Astro components,
// and fails the build on an unknown directive, a missing or unknown id, or a bad attribute.
import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
// Brings in the `hName`/`hProperties` fields that tell remark-rehype which element to make.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { DirectiveTargets } from '../lib/content-index';
import { failAt } from './directive-error';

type Directive = ContainerDirective | LeafDirective | TextDirective;

interface ComponentSpec {
  /** Which collection the `#id` names, or null for a directive that takes no id. */
  target: keyof DirectiveTargets | null;
  /** How the directive is written, for messages. */
  usage: string;
}

/** Block components, written `::name{#id}` on a line of their own. */
export const BLOCK_COMPONENTS: Record<string, ComponentSpec> = {
  timeline: { target: 'timeline', usage: '::timeline{#id}' },
  delegations: { target: null, usage: '::delegations' },
  quote: { target: 'quote', usage: '::quote{#id}' },
  factbox: { target: 'factbox', usage: '::factbox{#id}' },
};

/** Inline components, written `:name{#id}` inside a sentence. */
export const INLINE_COMPONENTS: Record<string, ComponentSpec> = {
  quote: { target: 'quote', usage: ':quote{#id}' },
};

/** The attribute that marks a placeholder in the rendered HTML; see `lib/article-html.ts`. */
export const PLACEHOLDER_ATTRIBUTE = 'data-component';

function listIds(ids: readonly string[]): string {
  return ids.length ? ids.join(', ') : '(none yet)';
}

function textOf(node: TextDirective): string {
  // Put an unknown inline directive back as the text it was written as, so prose such as
  // "ratio 3:1" or "Note:this" is never swallowed.
  const attributes = node.attributes && Object.keys(node.attributes).length ? '{…}' : '';
  return `:${node.name}${attributes}`;
}

export interface RemarkComponentDirectivesOptions {
  /** The ids each directive may name. */
  targets: DirectiveTargets;
}

export default function remarkComponentDirectives(options: RemarkComponentDirectivesOptions) {
  const { targets } = options;
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return;
      const directive = node as Directive;
      const inline = directive.type === 'textDirective';
      const specs = inline ? INLINE_COMPONENTS : BLOCK_COMPONENTS;
      const spec = specs[directive.name];
      const known = Object.values(BLOCK_COMPONENTS).map((s) => s.usage).concat(Object.values(INLINE_COMPONENTS).map((s) => s.usage));

      if (!spec) {
        if (inline && parent && typeof index === 'number') {
          parent.children.splice(index, 1, { type: 'text', value: textOf(directive as TextDirective) } as never);
          return;
        }
        failAt(file, directive, `unknown component directive "${directive.type === 'containerDirective' ? ':::' : '::'}${directive.name}".`, `use one of ${known.join(', ')}.`);
      }
      if (directive.type === 'containerDirective') {
        failAt(file, directive, `"${directive.name}" is written with three colons, as a container.`, `write it on one line as ${spec.usage}.`);
      }
      const hasLabel = directive.children.length > 0;
      if (hasLabel) {
        failAt(file, directive, `"${spec.usage}" takes no [label]: its text comes from the content entry.`, `remove the [...] part and write ${spec.usage}.`);
      }
      const attributes = directive.attributes ?? {};
      const badAttributes = Object.keys(attributes).filter((name) => name !== 'id');
      if (badAttributes.length) {
        failAt(file, directive, `"${spec.usage}" does not accept the attribute${badAttributes.length > 1 ? 's' : ''} ${badAttributes.map((a) => `"${a}"`).join(', ')}.`, `keep only the id: ${spec.usage}.`);
      }
      const id = attributes['id'] ?? undefined;
      let resolvedId = '';
      if (spec.target) {
        const valid = targets[spec.target];
        if (!id) {
          failAt(file, directive, `"${spec.usage}" needs an id.`, `add one of the valid ids: ${listIds(valid)}.`);
        }
        if (!valid.includes(id)) {
          failAt(file, directive, `unknown ${spec.target} id "${id}" in ${spec.usage.replace('id', id)}.`, `use one of the valid ids: ${listIds(valid)}.`);
        }
        resolvedId = id;
      } else if (id) {
        failAt(file, directive, `"${spec.usage}" takes no id.`, `write it as ${spec.usage}.`);
      }

      const component = inline ? `${directive.name}-inline` : directive.name;
      directive.data = {
        hName: inline ? 'span' : 'div',
        hProperties: { [PLACEHOLDER_ATTRIBUTE]: component, 'data-id': resolvedId },
      };
    });
  };
}
