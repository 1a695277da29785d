// The real articles through the site's own plugin list (src/markdown/pipeline.ts): they pass
// every check, each directive leaves its placeholder, and a wrong number in them stops the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { DIRECTIVES } from '../../src/content-layer/registry.ts';
import { splitMarkdown } from '../../src/content-layer/source-text.ts';
import { markdownPlugins } from '../../src/markdown/pipeline.ts';
import { loadHtmlFragment } from '../support/html.ts';

const DIR = 'content/articles';
const files = readdirSync(DIR).filter((f) => f.endsWith('.md') && !f.startsWith('_'));
const { remarkPlugins, rehypePlugins } = markdownPlugins('content');
/** Every directive's name, from the registry, as a pattern: `quote|timeline|…`. */
const DIRECTIVE_NAMES = Object.keys(DIRECTIVES).join('|');

/** The article body (without frontmatter), with the line numbers it has in the file. */
function body(file: string): string {
  const source = readFileSync(join(DIR, file), 'utf8');
  // Blank out the frontmatter instead of cutting it, so errors report the file's own line numbers.
  const { body } = splitMarkdown(source);
  return '\n'.repeat(source.slice(0, source.length - body.length).split('\n').length - 1) + body;
}

function render(file: string, markdown: string): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype)
    .use(rehypePlugins as PluggableList)
    .use(rehypeStringify);
  return String(processor.processSync(new VFile({ path: join(DIR, file), value: markdown })));
}

/** The directives written in the Markdown, in order, as the placeholders they should become. */
function expectedPlaceholders(markdown: string): string[] {
  const directive = new RegExp(`(^|[^:]):(:?)(${DIRECTIVE_NAMES})(?:\\{#([a-z0-9-]+)\\})?`, 'gm');
  return [...markdown.matchAll(directive)].map(
    ([, , block, name, id]) => `${block ? name : `${name}-inline`}#${id ?? ''}`,
  );
}

/** The placeholders in the rendered HTML, in order; anything but an empty `<div>` or `<span>` with the two attributes shows as it is. */
function renderedPlaceholders(html: string): string[] {
  const $ = loadHtmlFragment(html);
  return $('[data-component]')
    .toArray()
    .map((el) => {
      const shape = `${el.name} ${Object.keys(el.attribs).join(' ')} ${el.children.length}`;
      const wellFormed = ['div data-component data-id 0', 'span data-component data-id 0'].includes(
        shape,
      );
      return wellFormed ? `${el.attribs['data-component']}#${el.attribs['data-id']}` : $.html(el);
    });
}

test('there are five articles', () => {
  expect(files.sort()).toEqual([
    'how-we-reported-this.md',
    'istanbul-talks-what-happened.md',
    'prisoner-exchange-what-we-know.md',
    'what-comes-next.md',
    'who-was-at-the-table.md',
  ]);
});

describe.each(files)('%s', (file) => {
  const markdown = body(file);

  test('renders, and each directive becomes its placeholder in place', () => {
    const html = render(file, markdown);
    expect(renderedPlaceholders(html)).toEqual(expectedPlaceholders(markdown));
    expect(html).not.toMatch(new RegExp(`::?(${DIRECTIVE_NAMES})\\b`));
  });
});

describe('the site’s checks on the real articles', () => {
  test('the news story places the fact box, the timeline and six inline quotes', () => {
    const placeholders = renderedPlaceholders(
      render('istanbul-talks-what-happened.md', body('istanbul-talks-what-happened.md')),
    );
    expect(placeholders.filter((p) => !p.startsWith('quote-inline'))).toEqual([
      'factbox#prisoner-exchange',
      'timeline#road-to-istanbul',
    ]);
    expect(placeholders.filter((p) => p.startsWith('quote-inline'))).toHaveLength(6);
  });

  test('what comes next places the timeline of what the talks left open, and five inline quotes', () => {
    const placeholders = renderedPlaceholders(
      render('what-comes-next.md', body('what-comes-next.md')),
    );
    expect(placeholders.filter((p) => !p.startsWith('quote-inline'))).toEqual([
      'timeline#after-istanbul',
    ]);
    expect(placeholders.filter((p) => p.startsWith('quote-inline'))).toHaveLength(5);
  });

  test('headings get ids (rehype-slug) and a "link to this section" anchor beside them', () => {
    expect(
      render('prisoner-exchange-what-we-know.md', body('prisoner-exchange-what-we-know.md')),
    ).toContain(
      '<div class="heading-wrapper level-h2"><h2 id="the-numbers" tabindex="-1">The numbers</h2><a class="heading-link" href="#the-numbers"><span aria-hidden="true">#</span><span class="sr-only">Link to this section: The numbers</span></a></div>',
    );
  });

  test('changing "1,000 prisoners of war … to each side" to 1,500 in the exchange article stops the build at that line', () => {
    const file = 'prisoner-exchange-what-we-know.md';
    const original = body(file);
    const line =
      original
        .split('\n')
        .findIndex((l) => l.includes('1,000 prisoners of war were to be returned to each side')) +
      1;
    expect(line).toBeGreaterThan(1);
    const wrong = original.replace(
      '1,000 prisoners of war were to be returned to each side',
      '1,500 prisoners of war were to be returned to each side',
    );
    expect(() => render(file, wrong)).toThrow(
      `content/articles/${file}:${line}:1: the number 1,500 next to "each side" contradicts the fact box "prisoner-exchange"`,
    );
  });

  test('misspelling a quote id in the news story stops the build at that line and column', () => {
    const file = 'istanbul-talks-what-happened.md';
    const original = body(file);
    const lines = original.split('\n');
    const index = lines.findIndex((l) => l.includes(':quote{#medinsky-noted}'));
    const column = (lines[index] ?? '').indexOf(':quote{#medinsky-noted}') + 1;
    expect(() =>
      render(file, original.replace(':quote{#medinsky-noted}', ':quote{#medinsky-note}')),
    ).toThrow(
      `content/articles/${file}:${index + 1}:${column}: unknown quote id "medinsky-note" in :quote{#medinsky-note}.`,
    );
  });
});
