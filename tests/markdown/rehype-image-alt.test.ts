import { expect, test } from 'vitest';
import rehypeImageAlt from '../../src/markdown/rehype-image-alt.ts';
import rehypeSafeHtml from '../../src/markdown/rehype-safe-html.ts';
import { render } from './pipeline.ts';

const images = (markdown: string) => render(markdown, [rehypeSafeHtml, rehypeImageAlt]);

test('an image with a description passes', async () => {
  expect(await images('![The delegations at the table](/images/table.jpg)')).toContain(
    'alt="The delegations at the table"',
  );
});

test('an image without alt text fails, with the fix written out', async () => {
  await expect(images('Before.\n\n![](/images/table.jpg)')).rejects.toThrow(
    /test\.md:3:1: the image \/images\/table\.jpg has no alt text[\s\S]*!\[The delegations seated at the table\]\(\/images\/table\.jpg\)/,
  );
});

test('raw <img> without alt, or with blank alt, fails', async () => {
  await expect(images('<img src="/images/table.jpg">')).rejects.toThrow(/has no alt text/);
  await expect(images('<img src="/images/table.jpg" alt="  ">')).rejects.toThrow(/has no alt text/);
});

test('an alt text that is only the file name fails', async () => {
  await expect(images('![table.jpg](/images/table.jpg)')).rejects.toThrow(/only its file name/);
  await expect(images('![table](/images/table.jpg)')).rejects.toThrow(/only its file name/);
});
