// Fails the build when an article types a quote's words in quotation marks instead of using its
// directive: typed words drift from the report and lose their source, while `:quote{#id}` prints
// the entry's exact words with a link to their paragraph.
import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { findTypedQuote } from '../lib/dated-wording.ts';
import type { DataPath } from '../content-layer/source-text.ts';
import { forEachArticleText } from './article-texts.ts';
import { failAt } from './directive-error.ts';

export interface RemarkTypedQuotesOptions {
  /** Every quote's words, by quote id (`content/quotes.yaml`), or how to read them: read again for each file, so `astro dev` sees new quotes. */
  quotes: Readonly<Record<string, string>> | ((path?: string) => Readonly<Record<string, string>>);
}

export default function remarkTypedQuotes(options: RemarkTypedQuotesOptions) {
  return (tree: Root, file: VFile) => {
    const quotes =
      typeof options.quotes === 'function' ? options.quotes(file.path) : options.quotes;
    const check = (text: string, node: Node | undefined, field?: DataPath) => {
      const typed = findTypedQuote(text, quotes);
      if (!typed) return;
      // A translation's words come keyed `id (lang)` (src/markdown/pipeline.ts).
      const [, id, lang] = /^(.*?)(?: \((\w+)\))?$/.exec(typed.id)!;
      const inline = field
        ? 'the frontmatter cannot show a quote: say it in your own words, without quotation marks'
        : `write :quote{#${id}} in place of ${typed.typed}`;
      failAt(
        file,
        node,
        lang
          ? `${typed.typed} is our translation (${lang}) of the quote "${id}", typed in quotation marks: typed, it would stand without the report's English words beside it and without its source.`
          : `${typed.typed} are the words of the quote "${id}", typed in quotation marks: typed words can drift from the report and do not link to their source.`,
        lang
          ? `${inline}; the quote's entry in content/quotes.yaml holds its words and paragraph, and content/translations/${lang}/quotes.yaml our translation.`
          : `${inline}; the quote's entry in content/quotes.yaml holds its exact words and paragraph.`,
        field,
      );
    };
    forEachArticleText(tree, file, check);
  };
}
