import { appendFileSync, cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { checksCodeFiles, checksCodeHash } from '../../src/checks/check-cache.ts';

const src = join(import.meta.dirname, '..', '..', 'src');

test("the checks' code hash covers every module of src/checks/ and each helper they import", () => {
  const files = checksCodeFiles().map((file) => relative(src, file));
  // Every module: the folder's README.md is documentation, not code the checks run.
  for (const name of readdirSync(join(src, 'checks')).filter((file) => file.endsWith('.ts')))
    expect(files, name).toContain(`checks/${name}`);
  expect(files).toEqual(
    expect.arrayContaining([
      'lib/parse-html.ts',
      'lib/url-safety.ts',
      'lib/similar.ts',
      'content-layer/paths.ts',
    ]),
  );
});

test('a change to any module the checks run changes the hash, so the cache of passed pages is dropped', () => {
  const copy = mkdtempSync(join(tmpdir(), 'checks-code-'));
  cpSync(src, join(copy, 'src'), { recursive: true });
  const entry = join(copy, 'src', 'checks', 'check-built-site.ts');
  const files = checksCodeFiles(entry);
  expect(files.length).toBeGreaterThan(10);
  const hashes = new Set([checksCodeHash(entry)]);
  for (const file of files) {
    appendFileSync(file, '\n// changed\n');
    hashes.add(checksCodeHash(entry));
  }
  // One hash before any change and a new one after each.
  expect(hashes.size).toBe(files.length + 1);
  // A module nothing in the checks imports does not count.
  appendFileSync(join(copy, 'src', 'lib', 'share-links.ts'), '\n// changed\n');
  expect(hashes.has(checksCodeHash(entry))).toBe(true);
});
