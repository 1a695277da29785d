// The site's Markdown processor (src/markdown/processor.ts) against Astro's `unified()` with the
// same plugins, as astro.config.mjs had it: the same HTML and metadata for every kind of Markdown
// an article may hold (raw HTML, headings, directives, GFM, images), and the same refusal of unsafe
// HTML; only code is no longer highlighted (no Shiki, and so no inline styles).
import { pathToFileURL } from 'node:url';
import {
  markdownConfigDefaults,
  unified,
  type AstroMarkdownOptions,
  type MarkdownRenderer,
} from '@astrojs/markdown-remark';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { markdownPlugins } from '../../src/markdown/pipeline.ts';
import { articleProcessor } from '../../src/markdown/processor.ts';
import remarkSmartypantsIfNeeded from '../../src/markdown/remark-smartypants-if-needed.ts';

const shared: AstroMarkdownOptions = {
  syntaxHighlight: markdownConfigDefaults.syntaxHighlight,
  shikiConfig: markdownConfigDefaults.shikiConfig,
  image: { domains: [], remotePatterns: [] },
};
const fileURL = pathToFileURL('content/articles/test.md');
let site: MarkdownRenderer;
let astro: MarkdownRenderer;

beforeAll(async () => {
  const plugins = markdownPlugins('content');
  astro = await unified({
    ...plugins,
    remarkPlugins: [remarkSmartypantsIfNeeded, ...plugins.remarkPlugins],
    smartypants: false,
  }).createRenderer(shared);
  site = await articleProcessor('content').createRenderer(shared);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const samples: Record<string, string> = {
  'headings with ids, SmartyPants': `Intro "quoted" -- text...\n\n## First section\n\nText.\n\n### A sub-section with *emphasis*\n\n## Second section's "title"\n\nMore.`,
  'component directives': `## Facts\n\nKyslytsya called it :quote{#kyslytsya-excellent-news}.\n\n::factbox{#prisoner-exchange}\n\n::timeline{#road-to-istanbul}\n\n::delegations`,
  'raw HTML': `## Section\n\n<abbr title="European Union">EU</abbr> and H<sub>2</sub>O.\n\n<details><summary>More</summary>\n\nText.\n\n</details>\n\n<table><tr><td colspan="2">x</td></tr></table>\n\n<figure><img src="/images/a.png" alt="A map"><figcaption>Map</figcaption></figure>`,
  'a heading inside raw HTML that the parser rearranges': `## Section\n\n<a href="/articles/x/">\n\n## Linked heading\n\n</a>\n\n<p>Text <div>in a div</div> after.</p>`,
  'GFM: a table, an autolink, strikethrough, a task list, a footnote': `## Section\n\n| a | b |\n| :- | -: |\n| 1 | 2 |\n\nSee www.example.com and https://example.org/x.\n\n~~old~~ new.\n\n- [x] done\n- [ ] not yet\n\nA claim.[^1]\n\n[^1]: Its source.`,
  'images: public, relative': `## Section\n\n![The delegations at the table](/images/table.jpg)\n\n![A map of the route](./map.png "Route")`,
  'Windows line endings': `## Section\r\n\r\nOne line\r\nand the next, "quoted".\r\n\r\n- a\r\n- b\r\n`,
  'lists, quotes, links, entities': `## Section\n\n> A block quote with **bold** and [a link](/articles/x/).\n\n1. one\n2. two\n   - nested &amp; escaped \\*\n\nA&nbsp;b &lt;c&gt; and a hard  \nbreak.`,
};

describe('the site’s processor gives what Astro’s gave', () => {
  test.each(Object.entries(samples))('%s', async (_, markdown) => {
    const frontmatter = { title: 'Test' };
    const expected = await astro.render(markdown, { frontmatter, fileURL });
    const actual = await site.render(markdown, { frontmatter, fileURL });
    expect(actual.code).toBe(expected.code);
    expect(actual.metadata).toEqual(expected.metadata);
  });

  test('headings carry their ids in the HTML and the metadata', async () => {
    const { code, metadata } = await site.render(samples['headings with ids, SmartyPants']!, {
      fileURL,
    });
    expect(code).toContain('<h2 id="first-section" tabindex="-1">First section</h2>');
    expect(metadata.headings.map(({ depth, slug }) => `${depth} ${slug}`)).toEqual([
      '2 first-section',
      '3 a-sub-section-with-emphasis',
      '2 second-sections-title',
    ]);
  });

  test('raw HTML comes out as elements, directives as placeholders', async () => {
    const { code } = await site.render(samples['raw HTML']!, { fileURL });
    expect(code).toContain('<figcaption>Map</figcaption>');
    const directives = await site.render(samples['component directives']!, { fileURL });
    expect(directives.code).toContain('<div data-component="factbox" data-id="prisoner-exchange">');
  });

  test('refuses unsafe HTML with the same message, naming the file and line', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const markdown = '## Section\n\nText <span onclick="x()">here</span>.';
    const failure = async (renderer: MarkdownRenderer) =>
      renderer.render(markdown, { fileURL }).then(
        () => 'rendered',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    const message = await failure(site);
    expect(message).toMatch(
      /^Failed to parse Markdown file "[^"]*content\/articles\/test\.md":\n[\s\S]*test\.md:3:12: the attribute onclick="…" on <span> runs JavaScript/,
    );
    expect(message).toBe(await failure(astro));
  });

  test('code is not highlighted: no inline styles, which the built-site check refuses', async () => {
    const { code } = await site.render('## Section\n\n```js\nconst a = "b";\n```', { fileURL });
    expect(code).toContain('<pre><code class="language-js">const a = "b";\n</code></pre>');
  });
});
