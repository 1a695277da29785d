// Every quote in content/quotes.yaml appears word for word in the source report, in the paragraph
// it cites. The report lives outside the repository, in `shared/` beside the clone (as in CI).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const reportPath = resolve(repoRoot, '../shared/editorial/istanbul-talks-report.txt');

const MISSING =
  `The source report is missing: expected it at ${reportPath} ` +
  '(shared/editorial/istanbul-talks-report.txt beside the repository). Put the shared folder there to run these tests.';

/** The report's paragraphs, one a line: the first is ¶1. Fails every test that needs it when it is missing. */
function reportParagraphs(): string[] {
  if (!existsSync(reportPath)) throw new Error(MISSING);
  return readFileSync(reportPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

test('the report is beside the repository, with its 18 paragraphs', () => {
  expect(existsSync(reportPath), MISSING).toBe(true);
  expect(reportParagraphs()).toHaveLength(18);
});

describe('each quote in content/quotes.yaml', async () => {
  const quotes = await getCollection('quotes');

  test('there are ten', () => {
    expect(quotes).toHaveLength(10);
  });

  test.each(quotes.map((q) => [q.id, q] as const))('%s appears word for word in the report', (_, quote) => {
    expect(reportParagraphs().join('\n')).toContain(quote.data.text);
  });

  test.each(quotes.map((q) => [q.id, q] as const))('%s appears in the paragraph it cites', (_, quote) => {
    // The quote's link goes to its first cited paragraph, so the words must be there.
    const [first] = quote.data.source.paragraphs;
    expect(quote.data.source.source.id).toBe('istanbul-talks-report');
    expect(first, 'a report quote cites its paragraph').toBeDefined();
    expect(reportParagraphs()[(first ?? 0) - 1], `¶${first}`).toContain(quote.data.text);
  });

  test.each(quotes.map((q) => [q.id, q] as const))('%s stands between quotation marks in the report', (_, quote) => {
    // The report opens each quote with “ and closes it with ”, sometimes with punctuation before it.
    const escaped = quote.data.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(reportParagraphs().join('\n')).toMatch(new RegExp(`“${escaped}[.,]?”`));
  });
});
