// The site's Markdown pipeline for tests: the same remark and rehype plugins as the build, on a
// string, with the file path that messages name.
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';

/** Renders Markdown to HTML with the given rehype plugins, raw HTML allowed as in Astro. */
export async function render(
  markdown: string,
  rehypePlugins: Pluggable[],
  remarkPlugins: Pluggable[] = [],
): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypePlugins)
    .use(rehypeStringify, { allowDangerousHtml: true });
  return String(
    await processor.process(new VFile({ value: markdown, path: 'content/articles/test.md' })),
  );
}
