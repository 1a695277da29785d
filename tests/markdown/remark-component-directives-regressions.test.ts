// Regressions: bugs found by review, fixed, and kept fixed.
import remarkDirective from 'remark-directive';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { readDirectiveTargets } from '../../src/content-layer/content-files';
import remarkComponentDirectives from '../../src/markdown/remark-component-directives';

function render(markdown: string): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkComponentDirectives, { targets: readDirectiveTargets('content') })
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(processor.processSync(new VFile({ path: 'content/articles/example.md', value: markdown })));
}

test('an unknown inline directive with a [label] is put back as written, label included', () => {
  expect(render('The file is Report:v2[final] now.')).toBe('<p>The file is Report:v2[final] now.</p>');
});

test('an unknown inline directive with {attributes} is put back as written, not as "{…}"', () => {
  expect(render('Ratio:a{b=c} stays.')).toBe('<p>Ratio:a{b=c} stays.</p>');
});
