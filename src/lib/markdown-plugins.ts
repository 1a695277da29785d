// The site's remark and rehype plugins, in order, configured from the content folder.
// astro.config.mjs passes these to `unified()`; the Markdown tests build the same pipeline.
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import remarkComponentDirectives from '../markdown/remark-component-directives';
import remarkFactBoxFigures from '../markdown/remark-factbox-figures';
import remarkTypedQuotes from '../markdown/remark-typed-quotes';
import rehypeArticleHeadings from '../markdown/rehype-article-headings';
import rehypeHeadingLinks from '../markdown/rehype-heading-links';
import rehypeImageAlt from '../markdown/rehype-image-alt';
import rehypeSafeHtml from '../markdown/rehype-safe-html';
import { readDirectiveTargets, readFactBoxFigures, readQuoteTexts } from './content-index';

export function markdownPlugins(contentDir: string): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    remarkPlugins: [
      remarkDirective,
      [remarkFactBoxFigures, { factboxes: readFactBoxFigures(contentDir) }],
      [remarkTypedQuotes, { quotes: readQuoteTexts(contentDir) }],
      [remarkComponentDirectives, { targets: readDirectiveTargets(contentDir) }],
    ],
    // Safe HTML first: it refuses what may not be published and parses the rest for the others.
    rehypePlugins: [rehypeSafeHtml, rehypeArticleHeadings, rehypeImageAlt, rehypeSlug, rehypeHeadingLinks],
  };
}
