import { expect, test } from 'vitest';
import { checkArticlePages } from '../../src/checks/article-pages.ts';
import { projectWith } from '../support/built-project.ts';

test('checkArticlePages names each article file the build made no page for, and skips drafts', () => {
  const front = '---\ntitle: x\n---\n';
  const { root, articles, site } = projectWith(
    { 'kept.md': front, 'dropped.md': front, '_draft.md': front },
    { '/articles/kept/': '<h1>Kept</h1>' },
  );
  expect(checkArticlePages(site, articles, root)).toEqual([
    {
      file: 'content/articles/dropped.md',
      problem:
        'this article has no page in the build: /articles/dropped/ is missing, so readers and links would find nothing.',
      fix: expect.stringContaining('the build must make one page per article'),
    },
  ]);
});
