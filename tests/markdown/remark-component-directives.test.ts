// The component directives plugin through a real unified pipeline: each directive becomes its
// placeholder, prose with colons stays prose, and every kind of bad directive stops the build with
// the file, the line and column, and what would be right.
import remarkDirective from 'remark-directive';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import {
  readDirectiveTargets,
  type DirectiveTargets,
} from '../../src/content-layer/content-files.ts';
import { ContentError } from '../../src/markdown/directive-error.ts';
import remarkComponentDirectives from '../../src/markdown/remark-component-directives.ts';

const PATH = 'content/articles/example.md';

/** The ids in content/ (timelines.yaml, quotes.yaml, factboxes.yaml). */
const realTargets = readDirectiveTargets('content');

/** A small made-up content set, so the tests do not depend on today's entries only. */
const fakeTargets: DirectiveTargets = {
  timeline: ['war-timeline'],
  quote: ['quote-one', 'quote-two'],
  factbox: [],
};

function render(markdown: string, targets: DirectiveTargets = realTargets): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkComponentDirectives, { targets })
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(processor.processSync(new VFile({ path: PATH, value: markdown })));
}

/** The message of the error that rendering throws; fails the test if it does not throw. */
function errorOf(markdown: string, targets: DirectiveTargets = realTargets): string {
  try {
    render(markdown, targets);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error(`expected the Markdown to fail, but it rendered:\n${markdown}`);
}

const ALL_QUOTE_IDS =
  'ukrainian-source-unacceptable-demands, kyslytsya-good-end, kyslytsya-excellent-news, umerov-know-the-date, ' +
  'umerov-not-announcing, umerov-next-step, medinsky-noted, russia-mfa-clown, trump-putin-and-i, peskov-certainly-needed';
const ALL_DIRECTIVES = '::timeline{#id}, ::delegations, ::quote{#id}, ::factbox{#id}, :quote{#id}';

describe('the content ids the directives check against', () => {
  test('come from content/, in file order', () => {
    expect(realTargets).toEqual({
      timeline: ['after-istanbul', 'road-to-istanbul'],
      quote: ALL_QUOTE_IDS.split(', '),
      factbox: ['prisoner-exchange'],
    });
  });
});

describe('each directive renders its placeholder', () => {
  test('::factbox{#id}', () => {
    expect(render('::factbox{#prisoner-exchange}')).toBe(
      '<div data-component="factbox" data-id="prisoner-exchange"></div>',
    );
  });

  test('::timeline{#id}', () => {
    expect(render('::timeline{#road-to-istanbul}')).toBe(
      '<div data-component="timeline" data-id="road-to-istanbul"></div>',
    );
    expect(render('::timeline{#after-istanbul}')).toBe(
      '<div data-component="timeline" data-id="after-istanbul"></div>',
    );
  });

  test('::delegations, with an empty id', () => {
    expect(render('::delegations')).toBe('<div data-component="delegations" data-id=""></div>');
  });

  test('::quote{#id}, a pull quote', () => {
    expect(render('::quote{#kyslytsya-good-end}')).toBe(
      '<div data-component="quote" data-id="kyslytsya-good-end"></div>',
    );
  });

  test('::quote{id=…} is the same as ::quote{#…}', () => {
    expect(render('::quote{id=kyslytsya-good-end}')).toBe(render('::quote{#kyslytsya-good-end}'));
  });

  test(':quote{#id} inside a sentence becomes an inline placeholder in that sentence', () => {
    expect(render('Medinsky said the request was :quote{#medinsky-noted}.')).toBe(
      '<p>Medinsky said the request was <span data-component="quote-inline" data-id="medinsky-noted"></span>.</p>',
    );
  });

  test('two inline quotes in one sentence', () => {
    expect(
      render('In his words: :quote{#umerov-know-the-date}, and :quote{#umerov-not-announcing}.'),
    ).toBe(
      '<p>In his words: <span data-component="quote-inline" data-id="umerov-know-the-date"></span>, and ' +
        '<span data-component="quote-inline" data-id="umerov-not-announcing"></span>.</p>',
    );
  });

  test.each(realTargets.quote)('every quote in content/quotes.yaml can be placed: %s', (id) => {
    expect(render(`::quote{#${id}}`)).toBe(`<div data-component="quote" data-id="${id}"></div>`);
    expect(render(`He said :quote{#${id}}.`)).toBe(
      `<p>He said <span data-component="quote-inline" data-id="${id}"></span>.</p>`,
    );
  });

  test('with a made-up content set, its ids are the valid ones', () => {
    expect(render('::timeline{#war-timeline}', fakeTargets)).toBe(
      '<div data-component="timeline" data-id="war-timeline"></div>',
    );
    expect(render('She said :quote{#quote-two}.', fakeTargets)).toBe(
      '<p>She said <span data-component="quote-inline" data-id="quote-two"></span>.</p>',
    );
  });

  test('an article with every kind of directive', () => {
    const markdown = [
      '## What happened',
      '',
      'Kyslytsya called it :quote{#kyslytsya-excellent-news}.',
      '',
      '::quote{#kyslytsya-good-end}',
      '',
      '::factbox{#prisoner-exchange}',
      '',
      '::timeline{#road-to-istanbul}',
      '',
      '::delegations',
    ].join('\n');
    expect(render(markdown)).toMatchInlineSnapshot(`
      "<h2>What happened</h2>
      <p>Kyslytsya called it <span data-component="quote-inline" data-id="kyslytsya-excellent-news"></span>.</p>
      <div data-component="quote" data-id="kyslytsya-good-end"></div>
      <div data-component="factbox" data-id="prisoner-exchange"></div>
      <div data-component="timeline" data-id="road-to-istanbul"></div>
      <div data-component="delegations" data-id=""></div>"
    `);
  });
});

describe('prose with colons stays prose', () => {
  test.each([
    ['a ratio', 'The ratio was 3:1 in the end.'],
    ['a word run into a colon', 'Note:this is not a component.'],
    ['a time', 'They met at 10:30 on Friday.'],
    ['a web address', 'See https://example.org/talks for more.'],
    ['several', 'Warning:careful, ratio 2:1, and Note:this.'],
  ])('%s', (_, sentence) => {
    expect(render(sentence)).toBe(`<p>${sentence}</p>`);
  });

  test('an unknown inline directive does not stop the build', () => {
    expect(render('Read the Note:aside first.', fakeTargets)).toBe(
      '<p>Read the Note:aside first.</p>',
    );
  });
});

describe('a bad directive stops the build with the file, line, column and the fix', () => {
  test('an unknown name lists the directives there are', () => {
    expect(errorOf('# Title\n\nSome text.\n\n::chart{#casualties}')).toBe(
      `${PATH}:5:1: unknown component directive "::chart".\n  How to fix: use one of ${ALL_DIRECTIVES}.`,
    );
  });

  test('an unknown name written as a container', () => {
    expect(errorOf('Intro.\n\n:::sidebar\nText.\n:::')).toBe(
      `${PATH}:3:1: unknown component directive ":::sidebar".\n  How to fix: use one of ${ALL_DIRECTIVES}.`,
    );
  });

  test('a missing id lists the valid ids', () => {
    expect(errorOf('::factbox')).toBe(
      `${PATH}:1:1: "::factbox{#id}" needs an id.\n  How to fix: add one of the valid ids: prisoner-exchange.`,
    );
    expect(errorOf('Intro.\n\n::quote')).toBe(
      `${PATH}:3:1: "::quote{#id}" needs an id.\n  How to fix: add one of the valid ids: ${ALL_QUOTE_IDS}.`,
    );
  });

  test('a missing id when there are no entries yet says so', () => {
    expect(errorOf('::factbox', fakeTargets)).toBe(
      `${PATH}:1:1: "::factbox{#id}" needs an id.\n  How to fix: add one of the valid ids: (none yet).`,
    );
  });

  test('an unknown id lists the valid ids', () => {
    expect(errorOf('::timeline{#kyiv-talks}')).toBe(
      `${PATH}:1:1: unknown timeline id "kyiv-talks" in ::timeline{#kyiv-talks}.\n  How to fix: use one of the valid ids: after-istanbul, road-to-istanbul.`,
    );
    expect(errorOf('::quote{#quote-three}', fakeTargets)).toBe(
      `${PATH}:1:1: unknown quote id "quote-three" in ::quote{#quote-three}.\n  How to fix: use one of the valid ids: quote-one, quote-two.`,
    );
  });

  test('an unknown id in an inline quote points at its column in the sentence', () => {
    expect(
      errorOf('Intro.\n\nKyslytsya called it :quote{#kyslytsya-great-news} at the time.'),
    ).toBe(
      `${PATH}:3:21: unknown quote id "kyslytsya-great-news" in :quote{#kyslytsya-great-news}.\n` +
        `  How to fix: use one of the valid ids: ${ALL_QUOTE_IDS}.`,
    );
  });

  test('an id on ::delegations, which takes none', () => {
    expect(errorOf('::delegations{#ukraine}')).toBe(
      `${PATH}:1:1: "::delegations" takes no id.\n  How to fix: write it as ::delegations.`,
    );
  });

  test('a bad attribute', () => {
    expect(errorOf('::factbox{#prisoner-exchange width=half}')).toBe(
      `${PATH}:1:1: "::factbox{#id}" does not accept the attribute "width".\n  How to fix: keep only the id: ::factbox{#id}, with one of the valid ids: prisoner-exchange.`,
    );
  });

  test('several bad attributes, a class among them', () => {
    expect(errorOf('Text.\n\n::quote{#medinsky-noted .wide align=left}')).toBe(
      `${PATH}:3:1: "::quote{#id}" does not accept the attributes "class", "align".\n  How to fix: keep only the id: ::quote{#id}, with one of the valid ids: ${ALL_QUOTE_IDS}.`,
    );
  });

  test('a bad attribute on an inline quote', () => {
    expect(errorOf('He said :quote{#medinsky-noted lang=ru}.')).toBe(
      `${PATH}:1:9: ":quote{#id}" does not accept the attribute "lang".\n  How to fix: keep only the id: :quote{#id}, with one of the valid ids: ${ALL_QUOTE_IDS}.`,
    );
  });

  test('a [label] on a block directive', () => {
    expect(errorOf('::quote[This was the very good end]{#kyslytsya-good-end}')).toBe(
      `${PATH}:1:1: "::quote{#id}" takes no [label]: its text comes from the content entry.\n` +
        `  How to fix: remove the [...] part and write ::quote{#id}, with one of the valid ids: ${ALL_QUOTE_IDS}.`,
    );
  });

  test('a [label] on an inline quote', () => {
    expect(errorOf('He called it :quote[noted]{#medinsky-noted}.')).toBe(
      `${PATH}:1:14: ":quote{#id}" takes no [label]: its text comes from the content entry.\n` +
        `  How to fix: remove the [...] part and write :quote{#id}, with one of the valid ids: ${ALL_QUOTE_IDS}.`,
    );
  });

  test('a :::container', () => {
    expect(errorOf('Intro.\n\n:::factbox{#prisoner-exchange}\nText.\n:::')).toBe(
      `${PATH}:3:1: "factbox" is written with three colons, as a container.\n  How to fix: write it on one line as ::factbox{#id}, with one of the valid ids: prisoner-exchange.`,
    );
  });

  test('a file without a path is named <markdown>', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkComponentDirectives, { targets: realTargets });
    expect(() =>
      processor.runSync(processor.parse('::chart'), new VFile({ value: '::chart' })),
    ).toThrow(/^<markdown>:1:1: unknown component directive "::chart"\./);
  });
});

describe('a component whose markup carries ids stands once per article', () => {
  const article = (...lines: string[]) =>
    ['## What happened', '', 'Intro.', '', ...lines].join('\n');

  test('a second timeline with the same id stops at its own line, naming the first, with a link to it', () => {
    expect(
      errorOf(
        article(
          '::timeline{#after-istanbul}',
          '',
          '## Later',
          '',
          'More.',
          '',
          '::timeline{#after-istanbul}',
        ),
      ),
    ).toBe(
      `${PATH}:11:1: ::timeline{#after-istanbul} is placed a second time (the first is on line 5): the timeline can appear once per article, ` +
        'because its markup carries ids that must be unique on the page.\n' +
        '  How to fix: remove this one, or link to the first from here with [the timeline](#timeline-after-istanbul).',
    );
  });

  test('a second fact box with the same id, linked by its anchor', () => {
    expect(
      errorOf(article('::factbox{#prisoner-exchange}', '', '::factbox{#prisoner-exchange}')),
    ).toBe(
      `${PATH}:7:1: ::factbox{#prisoner-exchange} is placed a second time (the first is on line 5): the fact box can appear once per article, ` +
        'because its markup carries ids that must be unique on the page.\n' +
        '  How to fix: remove this one, or link to the first from here with [the fact box](#factbox-prisoner-exchange).',
    );
  });

  test('a second ::delegations points at the section the first stands in', () => {
    expect(errorOf(article('::delegations', '', '## Who else', '', '::delegations'))).toBe(
      `${PATH}:9:1: ::delegations is placed a second time (the first is on line 5): the delegations can appear once per article, ` +
        'because its markup carries ids that must be unique on the page.\n' +
        '  How to fix: remove this one, or link to the section the first stands in, "## What happened" (line 1).',
    );
  });

  test('pull quotes carry no ids and may repeat, inline or as blocks; two different timelines are two components', () => {
    expect(
      render(
        '::quote{#medinsky-noted}\n\nHe said :quote{#medinsky-noted}.\n\n::quote{#medinsky-noted}',
      ),
    ).toBe(
      '<div data-component="quote" data-id="medinsky-noted"></div>\n' +
        '<p>He said <span data-component="quote-inline" data-id="medinsky-noted"></span>.</p>\n' +
        '<div data-component="quote" data-id="medinsky-noted"></div>',
    );
    expect(
      render('::timeline{#a}\n\n::timeline{#b}', { ...fakeTargets, timeline: ['a', 'b'] }),
    ).toBe(
      '<div data-component="timeline" data-id="a"></div>\n<div data-component="timeline" data-id="b"></div>',
    );
  });

  test('each article is counted on its own, through one processor as in the build', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkComponentDirectives, { targets: realTargets })
      .use(remarkRehype)
      .use(rehypeStringify);
    for (const path of ['content/articles/one.md', 'content/articles/two.md']) {
      expect(
        String(processor.processSync(new VFile({ path, value: '::timeline{#road-to-istanbul}' }))),
      ).toBe('<div data-component="timeline" data-id="road-to-istanbul"></div>');
    }
  });
});

describe('bugs found by review, kept fixed', () => {
  test('an unknown inline directive with a [label] is put back as written, label included', () => {
    expect(render('The file is Report:v2[final] now.')).toBe(
      '<p>The file is Report:v2[final] now.</p>',
    );
  });

  test('an unknown inline directive with {attributes} is a directive: it stops the build, not put back as "{…}"', () => {
    expect(errorOf('Ratio:a{b=c} stops.')).toBe(
      `${PATH}:1:6: unknown component directive ":a" in :a{b=c}: written with {…}, it is a directive, not text.\n` +
        `  How to fix: use one of ${ALL_DIRECTIVES}; for text that only looks like a directive, escape the colon (\\:).`,
    );
  });
});

describe('a misspelt inline directive stops the build instead of being published as text', () => {
  test(':qoute{#id} names the line and the closest directive', () => {
    expect(errorOf('## Next\n\nHe said it should be :qoute{#umerov-next-step}.')).toBe(
      `${PATH}:3:22: unknown component directive ":qoute" in :qoute{#umerov-next-step}: written with {…}, it is a directive, not text.\n` +
        `  How to fix: did you mean :quote{#umerov-next-step}? The directives are ${ALL_DIRECTIVES}; for text that only looks like a directive, escape the colon (\\:).`,
    );
  });

  test('with a [label] before its {attributes}, the suggestion leaves the label out', () => {
    const message = errorOf('He said :Quot[the next step]{#umerov-next-step}.');
    expect(message).toContain(
      `${PATH}:1:9: unknown component directive ":Quot" in :Quot[the next step]{#umerov-next-step}: `,
    );
    expect(message).toContain('How to fix: did you mean :quote{#umerov-next-step}?');
  });

  test('a misspelt block-only component written inline is pointed to its own line', () => {
    expect(errorOf('See :timelin{#road-to-istanbul} below.')).toContain(
      'How to fix: did you mean ::timeline{#road-to-istanbul}, on a line of its own?',
    );
  });

  test('empty {} is enough to make it a directive', () => {
    expect(errorOf('Note:qoute{} here.')).toContain(
      'unknown component directive ":qoute" in :qoute{}',
    );
  });

  test('a name close to no directive gets the list only', () => {
    expect(errorOf('A :chart{#casualties} here.')).toBe(
      `${PATH}:1:3: unknown component directive ":chart" in :chart{#casualties}: written with {…}, it is a directive, not text.\n` +
        `  How to fix: use one of ${ALL_DIRECTIVES}; for text that only looks like a directive, escape the colon (\\:).`,
    );
  });

  test.each([
    ['a ratio', 'The ratio was 3:1 in the end.'],
    ['a time', 'They met at 10:30 on Friday.'],
    ['an emoji shortcode', 'Good news :smile: for once.'],
    ['a label without attributes', 'The file is Report:v2[final] now.'],
    ['an escaped colon before braces', 'Write \\:qoute{#x} to show the syntax.'],
  ])('without braces it is still text: %s', (_, sentence) => {
    expect(render(sentence)).toBe(`<p>${sentence.replace('\\:', ':')}</p>`);
  });
});
