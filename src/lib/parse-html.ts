// The one way the checks and the tests read HTML: parse5, which implements the WHATWG parsing
// algorithm that browsers run, so a check sees the elements and attributes a browser would build
// (a `<noscript>`, a comment closed by `--!>` or an `<img>` that breaks out of `<svg>` included),
// not a guess at them. The tree is domhandler's, the one cheerio queries, so tests use cheerio's
// API on this same parse (tests/support/html.ts). The Markdown pipeline's `hast-util-raw` parses
// with parse5 too.
import {
  hasChildren,
  isTag,
  isText,
  type AnyNode,
  type Document,
  type Element,
  type ParentNode,
} from 'domhandler';
import { parse, parseFragment, Tokenizer, type Token, type TokenHandler } from 'parse5';
import { adapter, type Htmlparser2TreeAdapterMap } from 'parse5-htmlparser2-tree-adapter';

/** Parses a whole page, adding `<html>`, `<head>` and `<body>` where a browser would. */
export function parseHtml(html: string): Document {
  return parse(html, { treeAdapter: adapter });
}

/** Parses a piece of a page (a component's output, a snippet) as it would be parsed in `<template>`. */
export function parseHtmlFragment(html: string): Document {
  return parseFragment<Htmlparser2TreeAdapterMap>(html, { treeAdapter: adapter });
}

/** Every element under a node, in document order; a `<template>`'s content included. */
export function elementsOf(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (nodes: readonly AnyNode[]) => {
    for (const node of nodes) {
      if (isTag(node)) found.push(node);
      if (hasChildren(node)) visit(node.children);
    }
  };
  visit(root.children);
  return found;
}

/** The text under a node, as `textContent` gives it: a `<script>`'s or `<style>`'s source as written. */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  return hasChildren(node) ? node.children.map(textOf).join('') : '';
}

/**
 * Every start tag in a piece of HTML, with where it and each attribute start, straight from the
 * tokenizer: a tree builder drops or moves some tags (a `<td>` outside a table), which a check of
 * what was written must still see.
 */
export function startTags(html: string): Token.TagToken[] {
  const tags: Token.TagToken[] = [];
  const ignore = () => {};
  const handler: TokenHandler = {
    onStartTag: (token) => tags.push(token),
    onEndTag: ignore,
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(html, true);
  return tags;
}
