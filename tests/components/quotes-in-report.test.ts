// Every quote in content/quotes.yaml appears word for word in the source report, in the paragraph
// it cites. The report's text ships with the content (`file:` of its entry in content/sources.yaml),
// so these tests, like the build's own check, run on any clone with nothing beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { contentDir } from '../../src/content-layer/paths.ts';
import { splitParagraphs } from '../../src/content-layer/report-check.ts';

const report = await getEntry('sources', 'istanbul-talks-report');
/** The report's paragraphs, ¶1 first, read from the file its entry names. */
const paragraphs = splitParagraphs(
  readFileSync(join(contentDir, report?.data.file ?? 'missing'), 'utf8'),
);

test('the report ships in the project, inside content/, with its 18 paragraphs, one summary for each', () => {
  expect(report?.data.file).toBe('sources/istanbul-talks-report.txt');
  expect(paragraphs).toHaveLength(18);
  expect(report?.data.paragraphs).toHaveLength(paragraphs.length);
});

describe('each quote in content/quotes.yaml', async () => {
  const quotes = await getCollection('quotes');

  test('there are ten', () => {
    expect(quotes).toHaveLength(10);
  });

  test.each(quotes.map((q) => [q.id, q] as const))(
    '%s appears word for word in the report',
    (_, quote) => {
      expect(paragraphs.join('\n')).toContain(quote.data.text);
    },
  );

  test.each(quotes.map((q) => [q.id, q] as const))(
    '%s appears in the paragraph it cites',
    (_, quote) => {
      // The quote's link goes to its first cited paragraph, so the words must be there.
      const [first] = quote.data.source.paragraphs;
      expect(quote.data.source.source.id).toBe('istanbul-talks-report');
      expect(first, 'a report quote cites its paragraph').toBeDefined();
      expect(paragraphs[(first ?? 0) - 1], `¶${first}`).toContain(quote.data.text);
    },
  );

  test.each(quotes.map((q) => [q.id, q] as const))(
    '%s stands between quotation marks in the report',
    (_, quote) => {
      // The report opens each quote with “ and closes it with ”, sometimes with punctuation before it.
      const escaped = quote.data.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(paragraphs.join('\n')).toMatch(new RegExp(`“${escaped}[.,]?”`));
    },
  );
});
