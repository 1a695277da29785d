// The links an article's Markdown writes (Markdown links, images, reference definitions and the
// `href` and `src` of raw HTML), each with its line and column, resolved in the built site: a
// broken one is reported at the article file's line, where the editor can mend it.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { articleId, listMarkdownFiles } from '../content-layer/paths.ts';
import type { ContentProblem } from '../lib/content-problem.ts';
import { startTags } from '../lib/parse-html.ts';
import type { SiteIndex } from './built-site.ts';
import { isExternal, resolveLink } from './links.ts';

/** Every `href` and `src` that an article's Markdown writes, with its line and column. */
export function markdownLinks(markdown: string): { url: string; line: number; column: number }[] {
  const links: { url: string; line: number; column: number }[] = [];
  const tree = unified().use(remarkParse).parse(markdown);
  visit(tree, (node) => {
    const position = node.position?.start ?? { line: 1, column: 1 };
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      'url' in node
    ) {
      links.push({ url: String(node.url), line: position.line, column: position.column });
    }
    if (node.type === 'html' && 'value' in node) {
      for (const token of startTags(String(node.value))) {
        // The tokenizer counts from the HTML's first character; make it the file's position.
        const startLine = token.location?.startLine ?? 1;
        const line = position.line + startLine - 1;
        const column =
          startLine === 1
            ? position.column + (token.location?.startCol ?? 1) - 1
            : (token.location?.startCol ?? 1);
        for (const attr of token.attrs) {
          if (attr.name === 'href' || attr.name === 'src')
            links.push({ url: attr.value, line, column });
        }
      }
    }
  });
  return links;
}

/** What every Markdown link, reference definition or HTML `href`/`src` contains, and little else does. */
const MAY_LINK = /\]\(|\]:|href|src/i;

/** Every link in the articles' Markdown that does not resolve in the built site. */
export function checkArticleLinks(
  site: SiteIndex,
  articlesDir: string,
  projectRoot: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const name of listMarkdownFiles(articlesDir)) {
    const file = join(articlesDir, name);
    const from = `/articles/${articleId(name)}/`;
    const markdown = readFileSync(file, 'utf8');
    // Parsing is the cost; a file with none of the characters a link needs has none to check.
    if (!MAY_LINK.test(markdown)) continue;
    for (const link of markdownLinks(markdown)) {
      if (!link.url || isExternal(link.url)) continue;
      const result = resolveLink(site, from, link.url);
      if (!result.ok)
        problems.push({
          file: relative(projectRoot, file).split(sep).join('/'),
          line: link.line,
          column: link.column,
          problem: result.problem,
          fix: result.fix,
        });
    }
  }
  return problems;
}
