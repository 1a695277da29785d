import { expect, test } from 'vitest';
import rehypeArticleHeadings from '../../src/markdown/rehype-article-headings.ts';
import { render } from './pipeline.ts';

const headings = (markdown: string) => render(markdown, [rehypeArticleHeadings]);

test('sections with ## and sub-sections with ### pass', async () => {
  expect(await headings('Intro.\n\n## One\n\nText.\n\n### One a\n\n## Two\n')).toContain(
    '<h3>One a</h3>',
  );
});

test('a body without any ## section fails at its first line', async () => {
  await expect(headings('Just a paragraph.\n\nAnother one.\n')).rejects.toThrow(
    /test\.md:1:1: the article has no "##" section heading[\s\S]*How to fix: divide the body/,
  );
});

test('an empty body fails too', async () => {
  await expect(headings('')).rejects.toThrow(/no "##" section heading/);
});

test('a # heading would be a second h1', async () => {
  await expect(headings("## One\n\n# Sanctions: the EU's package\n")).rejects.toThrow(
    /test\.md:3:1: "# Sanctions: the EU's package" is a top-level heading[\s\S]*"## Sanctions: the EU's package"/,
  );
});

test('a skipped level names the level to use', async () => {
  await expect(headings('## One\n\n#### Deep\n')).rejects.toThrow(
    /"#### Deep" skips a level[\s\S]*use "### Deep"/,
  );
  await expect(headings('### Too deep first\n')).rejects.toThrow(
    /follows a page title[\s\S]*use "## Too deep first"/,
  );
});

test('an empty heading fails', async () => {
  await expect(headings('## One\n\n##\n')).rejects.toThrow(/has no text/);
});
