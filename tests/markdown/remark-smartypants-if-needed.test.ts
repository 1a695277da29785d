// SmartyPants only where it can change something: whatever the text, the HTML must be exactly what
// Astro's own SmartyPants gives, and articles with nothing to rewrite must skip the work.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { splitMarkdown } from '../../src/content-layer/source-text.ts';
import remarkSmartypantsIfNeeded, {
  mayNeedSmartypants,
} from '../../src/markdown/remark-smartypants-if-needed.ts';
import { syntheticArticle, vocabulary } from '../bench/synthetic-content.ts';
import { render } from './pipeline.ts';

const samples = [
  'Plain prose with typographic quotes “like this” and an apostrophe’s curl. Nothing to do.',
  'He said "it was a good end" and left.',
  "It's the delegation's 'first' step.",
  'A dash -- and a longer one --- in the text.',
  'An ellipsis... and a spaced one . . . too.',
  'Backticks ``like this\'\' in old style, and `code with "quotes"`.',
  'A [link "with quotes"](/articles/x/ "title") and **"bold quotes"**.',
  '## A heading with "quotes"\n\n- a list item -- with a dash\n- and "another"',
  'Numbers 1.5 and 2.5, a URL example.org, no quotes at all.',
  '<abbr title="North Atlantic Treaty Organization">NATO</abbr> in raw HTML, "then" a quote.',
  'Only in raw HTML: <q>quoted</q> and <abbr title="it\'s">x</abbr>.',
  'A directive :quote{#kyslytsya-excellent-news} and "a quote".',
  'She said "wait... --" and *left -- quickly*, then [went on...](/x/).',
  "A ``quote'' around *emphasis*, and inline `code -- with dots...` left as it is.",
  "Only quotes 'here', \"there\" and in **bold 'too'**, nothing for the second pass.",
];

describe('remarkSmartypantsIfNeeded', () => {
  test.each(samples)('renders %j exactly as remark-smartypants does', async (markdown) => {
    expect(await render(markdown, [], [remarkDirective, remarkSmartypantsIfNeeded])).toBe(
      await render(markdown, [], [remarkDirective, remarkSmartypants]),
    );
  });

  test('renders the real articles exactly as remark-smartypants does', async () => {
    const dir = join(import.meta.dirname, '..', '..', 'content', 'articles');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const { body } = splitMarkdown(readFileSync(join(dir, name), 'utf8'));
      expect(await render(body, [], [remarkDirective, remarkSmartypantsIfNeeded]), name).toBe(
        await render(body, [], [remarkDirective, remarkSmartypants]),
      );
    }
  });

  test('renders synthetic articles (the bench’s) exactly as remark-smartypants does', async () => {
    const words = vocabulary(join(import.meta.dirname, '..', '..', 'content', 'articles'));
    for (let i = 1; i <= 20; i++) {
      const { body } = splitMarkdown(syntheticArticle(i, words, ['kyslytsya-excellent-news']));
      expect(await render(body, [], [remarkDirective, remarkSmartypantsIfNeeded]), `${i}`).toBe(
        await render(body, [], [remarkDirective, remarkSmartypants]),
      );
    }
  });

  test('finds nothing to do in text without straight quotes, backticks, double hyphens or runs of dots', () => {
    const tree = (markdown: string) => unified().use(remarkParse).parse(markdown);
    // SmartyPants rewrites each text on its own after its quotes: dots in two paragraphs are no ellipsis.
    expect(mayNeedSmartypants(tree('end.\n\n.'))).toBe(false);
    expect(
      mayNeedSmartypants(
        tree('Typographic “quotes”, an apostrophe’s curl, a dash – and an ellipsis… 1.5 km.'),
      ),
    ).toBe(false);
    for (const markdown of ['"', "it's", "``x''", 'a--b', 'wait...', '. . .']) {
      expect(mayNeedSmartypants(tree(markdown)), markdown).toBe(true);
    }
  });
});
