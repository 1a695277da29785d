// The site's remark and rehype plugins, in order, configured from the content folder.
// astro.config.mjs passes these to `unified()`; the Markdown tests build the same pipeline.
import { resolve } from 'node:path';
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import remarkComponentDirectives from './remark-component-directives.ts';
import remarkFactBoxFigures from './remark-factbox-figures.ts';
import remarkTypedQuotes from './remark-typed-quotes.ts';
import rehypeArticleHeadings from './rehype-article-headings.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeImageAlt from './rehype-image-alt.ts';
import rehypeSafeHtml from './rehype-safe-html.ts';
import remarkSmartypantsIfNeeded from './remark-smartypants-if-needed.ts';
import { renderInWorkers } from './render-workers.ts';
import {
  readDirectiveTargets,
  readFactBoxFigures,
  readQuoteTexts,
} from '../content-layer/content-files.ts';

export function markdownPlugins(contentDir: string): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  return {
    remarkPlugins: [
      remarkDirective,
      // Each reads the content again for every article (from the reader's cache unless a file
      // changed), so `astro dev` knows an entry added after it started.
      [remarkFactBoxFigures, { factboxes: () => readFactBoxFigures(contentDir) }],
      [remarkTypedQuotes, { quotes: () => readQuoteTexts(contentDir) }],
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

/** The processor articles are rendered with: Astro's `unified()` with the site's plugins. */
export function articleProcessor(contentDir: string) {
  const plugins = markdownPlugins(contentDir);
  return unified({
    ...plugins,
    // Astro's SmartyPants runs only where it can change something (first, where Astro runs it).
    remarkPlugins: [remarkSmartypantsIfNeeded, ...plugins.remarkPlugins],
    smartypants: false,
  });
}

/** `articleProcessor`, rendering on worker threads (render-workers.ts): astro.config.mjs uses it. */
export function siteMarkdownProcessor(contentDir: string) {
  return renderInWorkers(articleProcessor(contentDir), {
    module: resolve('src/markdown/pipeline.ts'),
    name: 'articleProcessor',
    args: [contentDir],
  });
}
