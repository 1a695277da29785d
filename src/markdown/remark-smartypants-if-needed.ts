// Astro's SmartyPants (remark-smartypants, on by default), run only on articles where it can change
// something. It hands all of an article's text to retext twice, which took about a third of the time
// of rendering an article, and on most articles finds nothing: editors already type ’ and “ ”.
// It only ever rewrites straight quotes and backticks (' " `), dashes written as -- or ---, and
// ellipses written as dots (... or . . .); an article whose text has none of them is left as it is,
// exactly as SmartyPants would have left it. Astro's own is turned off (`smartypants: false`) and
// this one takes its place, first among the remark plugins, where Astro runs it.
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Options } from 'retext-smartypants';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { EXIT, visit } from 'unist-util-visit';

/** Anything SmartyPants could rewrite: a quote or backtick, two hyphens, or two dots (spaced or not). */
const MAY_CHANGE = /["'`]|--|\.\s*\./;

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

export default function remarkSmartypantsIfNeeded(this: Processor, options: Options = {}) {
  // remark-smartypants's transformer is synchronous: it rewrites the tree and returns nothing.
  const smartypants = remarkSmartypants.call(this, options) as unknown as (
    tree: Root,
    file: VFile,
    next: () => void,
  ) => void;
  return (tree: Root, file: VFile) => {
    if (mayNeedSmartypants(tree)) smartypants(tree, file, () => {});
  };
}
