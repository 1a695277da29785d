// An edition's translation of an article, through a real unified pipeline: it keeps the English
// article's directives and headings, and each heading takes the English heading's id.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import remarkEditionStructure, {
  translationOfFile,
} from '../../src/markdown/remark-edition-structure.ts';

const contentDir = mkdtempSync(join(tmpdir(), 'edition-structure-'));
mkdirSync(join(contentDir, 'articles'));
writeFileSync(
  join(contentDir, 'articles', 'deal.md'),
  [
    '---',
    'title: The deal',
    '---',
    '## What was agreed',
    'Text with :quote{#a-quote}.',
    '::factbox{#the-box}',
    '### The numbers',
    'More.',
  ].join('\n'),
);

function render(
  markdown: string,
  path = join(contentDir, 'translations', 'uk', 'articles', 'deal.md'),
) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkEditionStructure, { contentDir })
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeStringify);
  return String(processor.processSync(new VFile({ path, value: markdown })));
}

function errorOf(markdown: string): string {
  try {
    render(markdown);
  } catch (error) {
    return String(error);
  }
  throw new Error('expected the translation to be refused');
}

describe('a translation', () => {
  test('that keeps the directives and headings passes, each heading with the English id', () => {
    const html = render(
      [
        '## Про що домовилися',
        'Текст з :quote{#a-quote}.',
        '::factbox{#the-box}',
        '### Цифри',
        'Ще.',
      ].join('\n'),
    );
    expect(html).toContain('<h2 id="what-was-agreed">Про що домовилися</h2>');
    expect(html).toContain('<h3 id="the-numbers">Цифри</h3>');
  });

  test('with a directive the English lacks is refused, naming it and the English list', () => {
    const error = errorOf(
      [
        '## А',
        'Текст з :quote{#a-quote}.',
        '::factbox{#the-box}',
        '::timeline{#extra}',
        '### Б',
      ].join('\n'),
    );
    expect(error).toContain(
      'the English article has no directive ::timeline{#extra}: a translation shows what the English shows, no more.',
    );
    expect(error).toContain(':quote{#a-quote}, ::factbox{#the-box}');
  });

  test('that leaves out a directive is refused', () => {
    expect(errorOf(['## А', 'Текст.', '::factbox{#the-box}', '### Б'].join('\n'))).toContain(
      "the directive ::factbox{#the-box} is not the English article's :quote{#a-quote}",
    );
  });

  test('with a heading at another level is refused', () => {
    expect(
      errorOf(['## А', 'Текст з :quote{#a-quote}.', '::factbox{#the-box}', '## Б'].join('\n')),
    ).toContain("its headings (## ##) are not the English article's (## ###)");
  });
});

test('an English article is not a translation and passes untouched', () => {
  const html = render('## Anything\n\n::timeline{#x}', join(contentDir, 'articles', 'other.md'));
  expect(html).toContain('<h2 id="anything">');
  expect(translationOfFile('content/translations/tr/articles/x.md')).toEqual({
    code: 'tr',
    slug: 'x',
  });
  expect(translationOfFile('content/articles/x.md')).toBeUndefined();
});
