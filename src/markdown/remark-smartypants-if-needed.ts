// Astro's SmartyPants (remark-smartypants 3.0.3, on by default), run only where it can change
// something, with the same output. Astro's own is turned off (`smartypants: false`) and this one
// takes its place, first among the remark plugins, where Astro runs it.
// It only ever rewrites straight quotes and backticks (' " `), dashes written as -- or ---, and
// ellipses written as dots (... or . . .), in two passes of retext-smartypants:
// - the quotes, over all of an article's text at once (so a quote opened before a link or bold
//   text closes after it); an article whose text has nothing to rewrite skips it, and nearly every
//   article with a straight quote needs it;
// - the rest (dashes, ellipses, backticks), each text on its own. remark-smartypants runs retext
//   over every text node for it, half the plugin's time (4 of 10 ms an article), and a text with
//   none of ` -- or two dots comes back as it went in: only the texts that have one are sent.
// Its code (MIT, https://github.com/silvenon/remark-smartypants) is followed step for step below;
// tests/markdown/remark-smartypants-if-needed.test.ts holds the two to the same HTML.
import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import smartypants, { type Options } from 'retext-smartypants';
import { EXIT, visit } from 'unist-util-visit';

/** Anything SmartyPants could rewrite: a quote or backtick, two hyphens, or two dots (spaced or not). */
const MAY_CHANGE = /["'`]|--|\.\s*\./;

/** What the second pass could rewrite in a text whose quotes are already curled. */
const MAY_CHANGE_AFTER_QUOTES = /`|--|\.\s*\./;

/**
 * The nodes SmartyPants reads, as remark-smartypants visits them (MDX's aside: articles are
 * Markdown): the texts, and the blocks whose text starts fresh (a quote at their start opens).
 */
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);

/** Whether any text in the tree holds something SmartyPants could rewrite. */
export function mayNeedSmartypants(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if ('value' in node && typeof node.value === 'string' && MAY_CHANGE.test(node.value)) {
      found = true;
      return EXIT;
    }
    return undefined;
  });
  return found;
}

export default function remarkSmartypantsIfNeeded(options: Options = {}) {
  // Ellipses, dashes and backticks change a text's length, so they wait for the second pass.
  const quotes = retext().use(smartypants, {
    ...options,
    ellipses: false,
    dashes: false,
    backticks: false,
  });
  const rest = retext().use(smartypants, { ...options, quotes: false });
  return (tree: Root) => {
    if (!mayNeedSmartypants(tree)) return;
    // All of the text as one string, inline code as as many letters, and a space where a block starts.
    let allText = '';
    const nodes: Nodes[] = [];
    visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
      if (!parent || !VISITED.has(node.type)) return;
      allText +=
        'value' in node ? (node.type === 'text' ? node.value : 'A'.repeat(node.value.length)) : ' ';
      nodes.push(node);
    });
    allText = quotes.processSync(allText).toString();
    let start = 0;
    for (const node of nodes) {
      if (!('value' in node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const curled = allText.slice(start, end);
        node.value = MAY_CHANGE_AFTER_QUOTES.test(curled)
          ? rest.processSync(curled).toString()
          : curled;
      }
      start = end;
    }
  };
}
