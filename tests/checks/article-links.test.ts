import { expect, test } from 'vitest';
import { checkArticleLinks, markdownLinks } from '../../src/checks/article-links.ts';
import { projectWith } from '../support/built-project.ts';

test('checkArticleLinks finds broken links however they are written, and skips files with no link at all', () => {
  const { root, articles, site } = projectWith(
    {
      'a.md': '---\ntitle: a\n---\n\nNo links here, only prose (and brackets] like these).\n',
      'b.md':
        '---\ntitle: b\n---\n\nSee [this][ref] and <A HREF="/nowhere/">that</A>.\n\n[ref]: /articles/a/#missing\n',
    },
    { '/articles/a/': '<h2 id="s">S</h2>' },
  );
  expect(
    checkArticleLinks(site, articles, root).map((p) => [p.file, p.line, p.problem.split(':')[0]]),
  ).toEqual([
    ['content/articles/b.md', 5, '/nowhere/ leads nowhere'],
    [
      'content/articles/b.md',
      7,
      '/articles/a/#missing points at "#missing", but /articles/a/ has no element with that id.',
    ],
  ]);
});

test('markdownLinks finds Markdown and raw HTML links with their lines and columns', () => {
  const links = markdownLinks(
    '---\ntitle: x\n---\n\nSee [a](/articles/a/) and\n<a href="/b/">b</a> and ![i](/i.png).\n\n[ref]: /c/\n\n<div>\n  <img src="/d.png" alt="">\n</div>\n',
  );
  expect(links.map((l) => [l.url, l.line, l.column])).toEqual([
    ['/articles/a/', 5, 5],
    ['/b/', 6, 1],
    ['/i.png', 6, 25],
    ['/c/', 8, 1],
    ['/d.png', 11, 3],
  ]);
});
