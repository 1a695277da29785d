// The benchmark's synthetic articles stay valid content: when the article schema gains a required
// field, this fails here, in `npm test`, instead of the benchmark's first build failing later.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { splitMarkdown } from '../../src/content-layer/source-text.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { issues } from '../support/schema-cases.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'synthetic-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = writeSyntheticContent('content', join(dir, 'content'), 3);

describe('the benchmark’s synthetic articles', () => {
  test.each(files)('%s matches the article schema', (file) => {
    const { frontmatter } = splitMarkdown(readFileSync(file, 'utf8'));
    expect(issues(articleSchema, parse(frontmatter ?? ''))).toEqual([]);
  });

  test('are the same on every run (seeded)', () => {
    const again = writeSyntheticContent('content', join(dir, 'again'), 1);
    expect(readFileSync(again[0]!, 'utf8')).toBe(readFileSync(files[0]!, 'utf8'));
  });
});
