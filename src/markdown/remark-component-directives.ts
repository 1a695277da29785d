// Turns component directives (`::timeline{#id}`, `::delegations`, `::quote{#id}`, `:quote{#id}`,
// `::factbox{#id}`) into placeholders that the article page fills with the real Astro components,
// and fails the build on an unknown directive, a missing or unknown id, a bad attribute, or a
// component placed twice in one article whose markup carries ids. An unknown inline directive is
// prose ("3:1") unless written with {attributes}: `:qoute{#id}` is a misspelt component.
import type { Heading, Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
// Brings in the `hName`/`hProperties` fields that tell remark-rehype which element to make.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { DirectiveTargets } from '../content-layer/content-files.ts';
import {
  DIRECTIVES,
  type DirectiveName,
  type DirectiveSpec,
  type DirectiveWithId,
} from '../content-layer/registry.ts';
import { PLACEHOLDER_ATTRIBUTE } from '../content-layer/article-placeholders.ts';
import { likelyMeant } from '../lib/similar.ts';
import { failAt, problemAt } from './directive-error.ts';

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** A directive as the registry describes it, with how it is written in this form (block or inline). */
interface ComponentSpec extends DirectiveSpec {
  /** Which `#id`s it takes: the directive's own name, or null for a directive that takes no id. */
  target: DirectiveWithId | null;
  /** How the directive is written, for messages. */
  usage: string;
}

function specsOf(form: 'block' | 'inline'): Record<string, ComponentSpec> {
  const colons = form === 'block' ? '::' : ':';
  return Object.fromEntries(
    (Object.entries(DIRECTIVES) as [DirectiveName, DirectiveSpec][])
      .filter(([, spec]) => spec[form])
      .map(([name, spec]) => [
        name,
        {
          ...spec,
          target: spec.collection ? (name as DirectiveWithId) : null,
          usage: `${colons}${name}${spec.collection ? '{#id}' : ''}`,
        },
      ]),
  );
}

/** Block components, written `::name{#id}` on a line of their own (src/content-layer/registry.ts). */
export const BLOCK_COMPONENTS: Record<string, ComponentSpec> = specsOf('block');

/** Inline components, written `:name{#id}` inside a sentence. */
export const INLINE_COMPONENTS: Record<string, ComponentSpec> = specsOf('inline');

function listIds(ids: readonly string[]): string {
  return ids.length ? ids.join(', ') : '(none yet)';
}

function validIdsHint(spec: ComponentSpec, targets: DirectiveTargets): string {
  return spec.target ? `, with one of the valid ids: ${listIds(targets[spec.target])}` : '';
}

/** The directive exactly as it was written, from the source text. */
function sourceOf(node: TextDirective, file: VFile): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return `:${node.name}`;
  return String(file.value).slice(start, end);
}

/** Every directive as it is written, block forms first, for messages. */
const KNOWN_USAGES = Object.values(BLOCK_COMPONENTS)
  .map((s) => s.usage)
  .concat(Object.values(INLINE_COMPONENTS).map((s) => s.usage));

/**
 * Fails on an unknown inline directive that is not prose ("ratio 3:1", "Note:this",
 * "Report:v2[final]" are prose). One with {attributes} (`:name{…}`, `:name[…]{…}`) is a component
 * directive with a wrong name: published as text it would hide the mistake. So is a block
 * component written with one colon.
 */
function failUnlessProse(directive: TextDirective, file: VFile, targets: DirectiveTargets): void {
  const block = BLOCK_COMPONENTS[directive.name];
  if (block) {
    failAt(
      file,
      directive,
      `"${directive.name}" is a block component, written here with one colon inside a sentence.`,
      `put it on a line of its own as ${block.usage}${block.target ? ` with one of the valid ids: ${listIds(targets[block.target])}` : ''}.`,
    );
  }
  const written = sourceOf(directive, file);
  if (!written.endsWith('}')) return;
  const meant = likelyMeant(directive.name, Object.keys(DIRECTIVES));
  const escape = 'for text that only looks like a directive, escape the colon (\\:)';
  failAt(
    file,
    directive,
    `unknown component directive ":${directive.name}" in ${written}: written with {…}, it is a directive, not text.`,
    meant
      ? `${suggestion(meant, written)} The directives are ${KNOWN_USAGES.join(', ')}; ${escape}.`
      : `use one of ${KNOWN_USAGES.join(', ')}; ${escape}.`,
  );
}

/** The directive a misspelt one most likely meant, with its {attributes} (no directive takes a [label]). */
function suggestion(name: string, written: string): string {
  const attributes = /\{[^{}]*\}$/.exec(written)?.[0] ?? '{…}';
  return INLINE_COMPONENTS[name]
    ? `did you mean :${name}${attributes}?`
    : `did you mean ::${name}${attributes}, on a line of its own?`;
}

export interface RemarkComponentDirectivesOptions {
  /** The ids each directive may name, or how to read them: read again for each file, so `astro dev` sees new entries. */
  targets: DirectiveTargets | (() => DirectiveTargets);
}

/** What the plugin knows while it walks one article. */
interface Walk {
  file: VFile;
  targets: DirectiveTargets;
  /** The last heading so far, as written: where a component without an anchor of its own stands. */
  heading: { text: string; node: Node } | undefined;
  /** Each once-per-article component placed so far (`timeline#id`): its directive and heading. */
  placed: Map<string, { directive: Directive; heading: Walk['heading'] }>;
}

/** A heading as the editor wrote it (`## What was agreed`), for messages. */
function headingAt(node: Heading, file: VFile): NonNullable<Walk['heading']> {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return {
    text:
      start !== undefined && end !== undefined
        ? String(file.value).slice(start, end).trim()
        : `${'#'.repeat(node.depth)} …`,
    node,
  };
}

/**
 * An unknown directive: inline, it is prose ("ratio 3:1", "Note:this") and goes back exactly as
 * written, never swallowed, unless it looks like a misspelt component; anything else fails.
 */
function unknownDirective(
  directive: Directive,
  index: number | undefined,
  parent: Parent | undefined,
  walk: Walk,
): void {
  if (directive.type === 'textDirective') {
    failUnlessProse(directive, walk.file, walk.targets);
    if (parent && typeof index === 'number') {
      parent.children.splice(index, 1, {
        type: 'text',
        value: sourceOf(directive, walk.file),
      } as never);
      return;
    }
  }
  failAt(
    walk.file,
    directive,
    `unknown component directive "${directive.type === 'containerDirective' ? ':::' : '::'}${directive.name}".`,
    `use one of ${KNOWN_USAGES.join(', ')}.`,
  );
}

/** Fails unless the directive is written in its one form: not a container, no [label], no attribute but the id. */
function checkForm(directive: Directive, spec: ComponentSpec, { file, targets }: Walk): void {
  if (directive.type === 'containerDirective') {
    failAt(
      file,
      directive,
      `"${directive.name}" is written with three colons, as a container.`,
      `write it on one line as ${spec.usage}${validIdsHint(spec, targets)}.`,
    );
  }
  if (directive.children.length > 0) {
    failAt(
      file,
      directive,
      `"${spec.usage}" takes no [label]: its text comes from the content entry.`,
      `remove the [...] part and write ${spec.usage}${validIdsHint(spec, targets)}.`,
    );
  }
  const badAttributes = Object.keys(directive.attributes ?? {}).filter((name) => name !== 'id');
  if (badAttributes.length) {
    failAt(
      file,
      directive,
      `"${spec.usage}" does not accept the attribute${badAttributes.length > 1 ? 's' : ''} ${badAttributes.map((a) => `"${a}"`).join(', ')}.`,
      `keep only the id: ${spec.usage}${validIdsHint(spec, targets)}.`,
    );
  }
}

/** The `#id` the directive names, one its collection has; '' for a directive that takes none. */
function checkedId(directive: Directive, spec: ComponentSpec, { file, targets }: Walk): string {
  const id = directive.attributes?.['id'] ?? undefined;
  if (!spec.target) {
    if (id) failAt(file, directive, `"${spec.usage}" takes no id.`, `write it as ${spec.usage}.`);
    return '';
  }
  const valid = targets[spec.target];
  if (!id) {
    failAt(
      file,
      directive,
      `"${spec.usage}" needs an id.`,
      `add one of the valid ids: ${listIds(valid)}.`,
    );
  }
  if (!valid.includes(id)) {
    const unreadable = targets.unreadable?.[spec.target];
    const closest = likelyMeant(id, valid);
    failAt(
      file,
      directive,
      `unknown ${spec.target} id "${id}" in ${spec.usage.replace('id', id)}.`,
      unreadable
        ? `${unreadable} could not be read, so no ${spec.target} ids are known: fix the problem reported for that file first.`
        : closest
          ? `use "${closest}" (the closest match), or another of the valid ids: ${listIds(valid)}.`
          : `use one of the valid ids: ${listIds(valid)}.`,
    );
  }
  return id;
}

/** Fails on a once-per-article component placed a second time, pointing to the first. */
function checkPlacedOnce(directive: Directive, spec: ComponentSpec, id: string, walk: Walk): void {
  const once = spec.oncePerArticle;
  if (!once) return;
  const { file } = walk;
  const key = `${directive.name}#${id}`;
  const first = walk.placed.get(key);
  if (first) {
    const written = id ? spec.usage.replace('id', id) : spec.usage;
    const firstLine = problemAt(file, first.directive, '', '').line;
    const firstHeading = first.heading;
    const headingLine = firstHeading && problemAt(file, firstHeading.node, '', '').line;
    const link = once.anchor
      ? `link to the first from here with [${once.name}](#${once.anchor(id)})`
      : firstHeading
        ? `link to the section the first stands in, "${firstHeading.text}"${headingLine ? ` (line ${headingLine})` : ''}`
        : `link to the first from here with [${once.name}](#top)`;
    failAt(
      file,
      directive,
      `${written} is placed a second time${firstLine ? ` (the first is on line ${firstLine})` : ''}: ${once.name} can appear once per article, because its markup carries ids that must be unique on the page.`,
      `remove this one, or ${link}.`,
    );
  }
  walk.placed.set(key, { directive, heading: walk.heading });
}

/** Checks one directive and turns it into its placeholder, or puts prose back as it was written. */
function placeComponent(
  directive: Directive,
  index: number | undefined,
  parent: Parent | undefined,
  walk: Walk,
): void {
  const inline = directive.type === 'textDirective';
  const spec = (inline ? INLINE_COMPONENTS : BLOCK_COMPONENTS)[directive.name];
  if (!spec) {
    unknownDirective(directive, index, parent, walk);
    return;
  }
  checkForm(directive, spec, walk);
  const id = checkedId(directive, spec, walk);
  if (!inline) checkPlacedOnce(directive, spec, id, walk);
  const component = inline ? `${directive.name}-inline` : directive.name;
  directive.data = {
    hName: inline ? 'span' : 'div',
    hProperties: { [PLACEHOLDER_ATTRIBUTE]: component, 'data-id': id },
  };
}

export default function remarkComponentDirectives(options: RemarkComponentDirectivesOptions) {
  return (tree: Root, file: VFile) => {
    const walk: Walk = {
      file,
      targets: typeof options.targets === 'function' ? options.targets() : options.targets,
      heading: undefined,
      placed: new Map(),
    };
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') walk.heading = headingAt(node, file);
      else if (
        node.type === 'containerDirective' ||
        node.type === 'leafDirective' ||
        node.type === 'textDirective'
      )
        placeComponent(node, index, parent, walk);
    });
  };
}
