// Every article file must have its page in the build. Astro leaves a page out without failing
// when, say, the content store cannot be read: the build would then publish a site with articles
// missing.
import { join, relative, sep } from 'node:path';
import { articleId, listMarkdownFiles } from '../content-layer/paths.ts';
import type { ContentProblem } from '../lib/content-problem.ts';
import type { SiteIndex } from './built-site.ts';

/** Every article file without its page. */
export function checkArticlePages(
  site: SiteIndex,
  articlesDir: string,
  projectRoot: string,
): ContentProblem[] {
  return listMarkdownFiles(articlesDir).flatMap((name) => {
    const path = `/articles/${articleId(name)}/`;
    if (site.pages.has(path)) return [];
    return [
      {
        file: relative(projectRoot, join(articlesDir, name)).split(sep).join('/'),
        problem: `this article has no page in the build: ${path} is missing, so readers and links would find nothing.`,
        fix: "read Astro's log (its path is below) for why the page was left out; the build must make one page per article.",
      },
    ];
  });
}
