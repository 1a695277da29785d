// The site's Markdown processor (`markdown.processor` in astro.config.mjs): Astro's `unified()`
// pipeline with the site's plugins (src/markdown/pipeline.ts), without what the articles never
// use. Astro's adds, to every article:
// - Shiki, which found nothing to highlight (articles have no code) but started its highlighter in
//   every build, and would write the inline `style=` attributes the built-site check refuses;
// - rehype-raw at the end: the whole tree through the HTML parser once more, after rehype-safe-html
//   parsed it; kept only where it changes the page (src/markdown/rehype-raw-if-needed.ts).
// Everything else is Astro's, in Astro's order: remark-parse and GFM (tables, autolinks and ~~ stay
// what an editor expects), the site's remark plugins (SmartyPants first, where Astro runs its own),
// the image collection, remark-rehype with raw HTML allowed, the site's rehype plugins, Astro's image
// marking and heading ids, and rehype-stringify. The HTML and the metadata are Astro's own, byte
// for byte (tests/bench/markdown-cost.ts compares every article; tests/markdown/processor.test.ts).
import {
  rehypeHeadingIds,
  remarkCollectImages,
  type MarkdownProcessor,
  type MarkdownRenderer,
  type MarkdownRenderOptions,
} from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { markdownPlugins } from './pipeline.ts';
import rehypeAstroImages from './rehype-astro-images.ts';
import rehypeRawIfNeeded from './rehype-raw-if-needed.ts';
import remarkSmartypantsIfNeeded from './remark-smartypants-if-needed.ts';

/** Astro's wording for a failed render, which the strict glob loader passes on as it came. */
function prefixError(error: unknown, prefix: string): unknown {
  if (error instanceof Error) {
    error.message = `${prefix}:\n${error.message}`;
    return error;
  }
  return new Error(`${prefix}${typeof error === 'string' ? `: ${error}` : ''}`, { cause: error });
}

/** The processor for the articles in `contentDir`. */
export function articleProcessor(contentDir: string): MarkdownProcessor {
  return {
    name: 'explainer-articles',
    options: {},
    // Astro passes its `markdown` settings; the only one this pipeline reads is `image` (the remote
    // image domains), as Astro's does. `syntaxHighlight` has no effect: nothing is highlighted.
    createRenderer(shared): Promise<MarkdownRenderer> {
      const plugins = markdownPlugins(contentDir);
      const parser = unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use([remarkSmartypantsIfNeeded, ...plugins.remarkPlugins] as PluggableList)
        .use(remarkCollectImages, shared.image)
        .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
        .use(plugins.rehypePlugins as PluggableList)
        .use(rehypeAstroImages)
        .use(rehypeHeadingIds)
        .use(rehypeRawIfNeeded)
        .use(rehypeStringify, { allowDangerousHtml: true })
        .freeze();
      const render = async (content: string, options?: MarkdownRenderOptions) => {
        const file = new VFile({
          value: content,
          path: options?.fileURL,
          data: { astro: { frontmatter: options?.frontmatter ?? {} } },
        });
        const result = await parser.process(file).catch((error: unknown) => {
          const prefixed = prefixError(error, `Failed to parse Markdown file "${file.path}"`);
          // As Astro's processor does: the full error, with its stack, goes to the build's log.
          console.error(prefixed);
          throw prefixed;
        });
        return {
          code: String(result.value),
          metadata: {
            headings: result.data.astro?.headings ?? [],
            localImagePaths: result.data.astro?.localImagePaths ?? [],
            remoteImagePaths: result.data.astro?.remoteImagePaths ?? [],
            frontmatter: result.data.astro?.frontmatter ?? {},
          },
        };
      };
      return Promise.resolve({ render });
    },
  };
}
