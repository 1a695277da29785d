// The fact-box number check through a real unified pipeline: an article that shows a fact box, or
// tells its story, cannot state a number that contradicts the box's figures.
import remarkDirective from 'remark-directive';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import {
  readDirectiveTargets,
  readFactBoxFigures,
  type FactBoxFigures,
} from '../../src/content-layer/content-files.ts';
import { ContentError } from '../../src/markdown/directive-error.ts';
import remarkComponentDirectives from '../../src/markdown/remark-component-directives.ts';
import remarkFactBoxFigures from '../../src/markdown/remark-factbox-figures.ts';

const PATH = 'content/articles/example.md';
const realBoxes = readFactBoxFigures('content');
const targets = readDirectiveTargets('content');

/** A made-up box whose story is told by `example.md`. */
const fakeBoxes: Record<string, FactBoxFigures> = {
  'table-seats': {
    article: 'example',
    figures: [
      { key: 'seats', value: 12, label: 'seats at the table', phrases: ['seats at the table'] },
    ],
  },
};

/** The site's order: the number check, then the component directives. */
function render(
  markdown: string,
  options: { path?: string; boxes?: Record<string, FactBoxFigures> } = {},
): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkFactBoxFigures, { factboxes: options.boxes ?? realBoxes })
    .use(remarkComponentDirectives, { targets })
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(processor.processSync(new VFile({ path: options.path ?? PATH, value: markdown })));
}

function errorOf(
  markdown: string,
  options: { path?: string; boxes?: Record<string, FactBoxFigures> } = {},
): string {
  try {
    render(markdown, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error(`expected the Markdown to fail, but it rendered:\n${markdown}`);
}

const WITH_BOX = (body: string) => `# The exchange\n\n::factbox{#prisoner-exchange}\n\n${body}`;

describe('an article that shows the fact box', () => {
  test('with the right numbers renders', () => {
    const html = render(
      WITH_BOX(
        'The deal returns 1,000 prisoners of war to each side. That makes 2,000 people in all.',
      ),
    );
    expect(html).toContain('<div data-component="factbox" data-id="prisoner-exchange"></div>');
    expect(html).toContain(
      '<p>The deal returns 1,000 prisoners of war to each side. That makes 2,000 people in all.</p>',
    );
  });

  test('with dates, years and "In all," next to the phrases renders', () => {
    const html = render(
      WITH_BOX(
        '16 May 2025, each side said it was ready to talk. In all, the talks lasted under two hours. Since 2022, either side has held prisoners.',
      ),
    );
    expect(html).toContain('<p>16 May 2025, each side said it was ready to talk.');
  });

  test('"1,500 prisoners to each side" stops the build, naming the file, line, column, box and right figure', () => {
    expect(
      errorOf(WITH_BOX('It is a swap.\n\nThe deal returns 1,500 prisoners to each side.')),
    ).toBe(
      `${PATH}:7:1: the number 1,500 next to "each side" contradicts the fact box "prisoner-exchange", ` +
        'whose per-side figure is 1,000 (to be returned to each side, as agreed). ' +
        'Sentence: "The deal returns 1,500 prisoners to each side."\n' +
        '  How to fix: write 1,000 here, or correct the figure in content/factboxes.yaml if the article is right.',
    );
  });

  test('"one thousand ... in all" contradicts the total', () => {
    expect(errorOf(WITH_BOX('One thousand people will go home in all.'))).toMatch(
      /^content\/articles\/example\.md:5:1: the number One thousand next to "in all" contradicts the fact box "prisoner-exchange", whose total figure is 2,000 \(people in all\)\./,
    );
  });

  test('a wrong number in a heading', () => {
    expect(errorOf(WITH_BOX('## Why 1,500 prisoners go to each side'))).toMatch(
      /^content\/articles\/example\.md:5:1: the number 1,500 next to "each side"/,
    );
  });

  test('a wrong number in a list item', () => {
    expect(
      errorOf(WITH_BOX('Key facts:\n\n- Agreed on 16 May 2025\n- 900 prisoners per side')),
    ).toMatch(/^content\/articles\/example\.md:8:3: the number 900 next to "per side"/);
  });

  test('a wrong number before the directive is caught too', () => {
    expect(
      errorOf('Some 3,000 people go home altogether.\n\n::factbox{#prisoner-exchange}'),
    ).toMatch(/^content\/articles\/example\.md:1:1: the number 3,000 next to "altogether"/);
  });

  test('numbers in a code block are not prose and are not checked', () => {
    expect(render(WITH_BOX('```\n1,500 prisoners to each side\n```'))).toContain(
      '<code>1,500 prisoners to each side\n</code>',
    );
  });
});

describe('which articles are checked', () => {
  const WRONG = 'The deal returns 1,500 prisoners to each side.';

  test('an article that neither shows the box nor tells its story is not checked', () => {
    expect(render(WRONG)).toBe(`<p>${WRONG}</p>`);
  });

  test('the article that tells the box’s story is checked even without the directive', () => {
    expect(errorOf(WRONG, { path: 'content/articles/prisoner-exchange-what-we-know.md' })).toMatch(
      /^content\/articles\/prisoner-exchange-what-we-know\.md:1:1: the number 1,500 next to "each side" contradicts the fact box "prisoner-exchange"/,
    );
  });

  test('the file name is matched whatever its case', () => {
    expect(errorOf(WRONG, { path: 'content/articles/Prisoner-Exchange-What-We-Know.md' })).toMatch(
      /contradicts the fact box "prisoner-exchange"/,
    );
  });

  test('a made-up box is checked in its own article', () => {
    expect(render('There were 12 seats at the table.', { boxes: fakeBoxes })).toBe(
      '<p>There were 12 seats at the table.</p>',
    );
    expect(errorOf('There were 14 seats at the table.', { boxes: fakeBoxes })).toBe(
      `${PATH}:1:1: the number 14 next to "seats at the table" contradicts the fact box "table-seats", whose seats figure is 12 (seats at the table). ` +
        'Sentence: "There were 14 seats at the table."\n' +
        '  How to fix: write 12 here, or correct the figure in content/factboxes.yaml if the article is right.',
    );
  });

  test('a directive naming a box that does not exist is left to the directives plugin', () => {
    expect(
      errorOf('::factbox{#grain-deal}\n\nThe deal returns 1,500 prisoners to each side.'),
    ).toBe(
      `${PATH}:1:1: unknown factbox id "grain-deal" in ::factbox{#grain-deal}.\n  How to fix: use one of the valid ids: prisoner-exchange.`,
    );
  });
});
