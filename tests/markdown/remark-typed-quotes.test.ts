// The typed-quote check through a real unified pipeline: an article may not type a quote entry's
// words in quotation marks; it uses the directive, which prints the exact words with their source.
import remarkDirective from 'remark-directive';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { readQuoteTexts } from '../../src/content-layer/content-files.ts';
import remarkTypedQuotes from '../../src/markdown/remark-typed-quotes.ts';

const PATH = 'content/articles/example.md';
const quotes = readQuoteTexts('content');

function render(markdown: string, frontmatter?: Record<string, unknown>): string {
  const file = new VFile({ path: PATH, value: markdown });
  if (frontmatter) file.data = { astro: { frontmatter } };
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkTypedQuotes, { quotes })
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(processor.processSync(file));
}

function errorOf(markdown: string, frontmatter?: Record<string, unknown>): string {
  try {
    render(markdown, frontmatter);
  } catch (error) {
    return String((error as Error).message);
  }
  return '';
}

test('reads the real quotes, all ten', () => {
  expect(Object.keys(quotes)).toHaveLength(10);
  expect(quotes['medinsky-noted']).toBe('noted');
});

describe('fails at the line and column of a typed quote, naming the directive to use', () => {
  test.each([
    ['curly quotation marks', 'Intro.\n\nHe said the request was “noted”.', '“noted”', 3],
    [
      'straight quotation marks and other capitals',
      'He called him "A Clown and a Loser".',
      '"A Clown and a Loser"',
      1,
    ],
    [
      'a straight apostrophe for the report’s curly one',
      '## Next\n\nTrump said "nothing\'s going to happen until Putin and I get together."',
      '"nothing\'s going to happen until Putin and I get together."',
      3,
    ],
  ])('%s', (_, markdown, typed, line) => {
    const message = errorOf(markdown);
    expect(message).toContain(`${PATH}:${line}:1: ${typed} are the words of the quote`);
    expect(message).toMatch(/How to fix: write :quote\{#[a-z-]+\} in place of/);
  });

  test('in a key point, naming the field', () => {
    const message = errorOf('Body.', {
      keyPoints: ['One.', 'Medinsky said the request was “noted”.'],
    });
    expect(message).toContain('field "keyPoints[1]"');
    expect(message).toContain('the frontmatter cannot show a quote');
  });
});

test.each([
  ['the directive itself', 'He said the request was :quote{#medinsky-noted}.'],
  ['the words without quotation marks', 'Medinsky noted the request.'],
  ['other words in quotation marks', 'The report calls the day “a tiny victory for democracy”.'],
  ['part of a quote only', 'He called it “very good”.'],
])('lets %s through', (_, markdown) => {
  expect(errorOf(markdown)).toBe('');
});
