// The malformed-content corpus: each case in tests/fixtures/malformed/<name>/case.yaml is a small
// change to a copy of the real content and the message the build must give for it.
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './project-copy.ts';

export const casesDir = join(repoRoot, 'tests', 'fixtures', 'malformed');

/** One change to a file in the content folder. */
export type Edit = { file: string } & (
  | { replace: string; with: string; all?: boolean }
  | { write: string }
  | { append: string }
  | { appendBytes: string }
  | { copyTo: string }
  | { delete: true }
);

export interface Expectation {
  /** The file the message names, e.g. `content/people.yaml`. */
  file: string;
  /** The line it names. */
  line?: number;
  /** The entry it names. */
  entry?: string;
  /** The field it names. */
  field?: string;
  /** Words of the problem. */
  problem: string;
  /** Words of the fix. */
  fix: string;
}

export interface MalformedCase {
  name: string;
  /** What the case breaks, in a sentence. */
  description: string;
  edits: Edit[];
  expect: Expectation;
}

export function loadCases(): MalformedCase[] {
  return readdirSync(casesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      ...(parse(readFileSync(join(casesDir, entry.name, 'case.yaml'), 'utf8')) as Omit<
        MalformedCase,
        'name'
      >),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Applies a case's edits to a content folder; a `replace` that finds nothing means the case is stale. */
export function applyEdits(contentDir: string, edits: readonly Edit[]): void {
  for (const edit of edits) {
    const path = join(contentDir, edit.file);
    if ('replace' in edit) {
      const text = readFileSync(path, 'utf8');
      const count = text.split(edit.replace).length - 1;
      if (count === 0 || (count > 1 && !edit.all)) {
        throw new Error(
          `${edit.file}: the text to replace occurs ${count} times, not once: update the case to the current content.\n${edit.replace}`,
        );
      }
      writeFileSync(
        path,
        edit.all
          ? text.replaceAll(edit.replace, edit.with)
          : text.replace(edit.replace, () => edit.with),
      );
    } else if ('write' in edit) {
      writeFileSync(path, edit.write);
    } else if ('append' in edit) {
      if (!existsSync(path)) throw new Error(`${edit.file} does not exist`);
      appendFileSync(path, edit.append);
    } else if ('appendBytes' in edit) {
      appendFileSync(path, Buffer.from(edit.appendBytes.replace(/\s+/g, ''), 'hex'));
    } else if ('copyTo' in edit) {
      copyFileSync(path, join(contentDir, edit.copyTo));
    } else {
      rmSync(path);
    }
  }
}
