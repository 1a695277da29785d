// The site's remark and rehype plugins, in order, configured from the content folder.
// The articles' processor (processor.ts) is built from these; the Markdown tests build the same pipeline.
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import remarkComponentDirectives from './remark-component-directives.ts';
import remarkFactBoxFigures from './remark-factbox-figures.ts';
import remarkTypedQuotes from './remark-typed-quotes.ts';
import remarkEditionStructure, { translationOfFile } from './remark-edition-structure.ts';
import rehypeArticleHeadings from './rehype-article-headings.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeImageAlt from './rehype-image-alt.ts';
import rehypeSafeHtml from './rehype-safe-html.ts';
import {
  readDirectiveTargets,
  readFactBoxFigures,
  readQuoteTexts,
} from '../content-layer/content-files.ts';
import { translatedFactBoxFigures, translatedQuoteTexts } from '../content-layer/translations.ts';

export function markdownPlugins(contentDir: string): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  return {
    remarkPlugins: [
      remarkDirective,
      // Each reads the content again for every article (from the reader's cache unless a file
      // changed), so `astro dev` knows an entry added after it started.
      // An edition's translation of an article: the English article's directives and headings.
      [remarkEditionStructure, { contentDir }],
      // A translation's numbers are checked against the phrases of its language, and the quotes'
      // words in its language may no more be typed than the English ones.
      [
        remarkFactBoxFigures,
        {
          factboxes: (path?: string) => {
            const edition = translationOfFile(path);
            return edition
              ? translatedFactBoxFigures(edition.code, contentDir)
              : readFactBoxFigures(contentDir);
          },
        },
      ],
      [
        remarkTypedQuotes,
        {
          quotes: (path?: string) => {
            const edition = translationOfFile(path);
            const english = readQuoteTexts(contentDir);
            if (!edition) return english;
            // Ids of the translated words are marked, so a message can say which language they are in.
            const translated = translatedQuoteTexts(edition.code, contentDir);
            return {
              ...english,
              ...Object.fromEntries(
                Object.entries(translated).map(([id, text]) => [`${id} (${edition.code})`, text]),
              ),
            };
          },
        },
      ],
      [remarkComponentDirectives, { targets: () => readDirectiveTargets(contentDir) }],
    ],
    // Safe HTML first: it refuses what may not be published and parses the rest for the others.
    rehypePlugins: [
      rehypeSafeHtml,
      rehypeArticleHeadings,
      rehypeImageAlt,
      rehypeSlug,
      rehypeHeadingLinks,
    ],
  };
}
