// Every entry in content/ matches its collection's schema, for every collection of the registry
// (src/content-layer/registry.ts): a new collection is covered the moment it is registered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleId, inFolders, listMarkdownFiles } from '../../src/content-layer/paths.ts';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  type CollectionSpec,
} from '../../src/content-layer/registry.ts';
import { splitMarkdown } from '../../src/content-layer/source-text.ts';
import { issues } from '../support/schema-cases.ts';

/** Every entry of a collection as written, by id (an article's is its frontmatter). */
function entriesOf(spec: CollectionSpec): [string, unknown][] {
  if ('file' in spec.source)
    return Object.entries(
      parse(readFileSync(join('content', spec.source.file), 'utf8')) as Record<string, unknown>,
    );
  const dir = join('content', spec.source.folder);
  const folders = 'folders' in spec.source ? spec.source.folders : undefined;
  return listMarkdownFiles(dir)
    .filter((name) => inFolders(name, folders))
    .map((name) => [
      articleId(name),
      parse(splitMarkdown(readFileSync(join(dir, name), 'utf8')).frontmatter ?? ''),
    ]);
}

describe.each(COLLECTION_NAMES)('content/ of the %s collection', (name) => {
  const spec: CollectionSpec = COLLECTIONS[name];
  const entries = entriesOf(spec);

  test('has entries', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  test.each(entries)('%s matches the schema', (_, entry) => {
    expect(issues(spec.schema, entry)).toEqual([]);
  });
});
