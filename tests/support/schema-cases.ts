// Helpers for the schema tests (tests/schemas/): the issues a value raises, the real entries in
// content/, and copies of them with one field changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { splitMarkdown } from '../../src/content-layer/source-text.ts';

export interface Issue {
  /** The field, e.g. `keyPoints` or `status.agreed.value`. */
  path: string;
  message: string;
}

/** The issues a value raises, as `{ path, message }`; an empty list when it is valid. */
export function issues(schema: z.ZodType, value: unknown): Issue[] {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** The entries of a YAML file in content/, by id. */
export function readYaml(file: string): Record<string, Record<string, unknown>> {
  return parse(readFileSync(join('content', file), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
}

/** The frontmatter of an article in content/articles/. */
export function readFrontmatter(file: string): Record<string, unknown> {
  const { frontmatter } = splitMarkdown(readFileSync(join('content/articles', file), 'utf8'));
  if (!frontmatter) throw new Error(`content/articles/${file} has no frontmatter`);
  return parse(frontmatter) as Record<string, unknown>;
}

/** A copy of `base` with `changes` applied; a change to `undefined` removes the field. */
export function withChanges<T extends object>(
  base: T,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete copy[key];
  return copy;
}

export const tooShort = (n: number) => `Too small: expected string to have >=${n} characters`;
export const required = (type: string) => `Invalid input: expected ${type}, received undefined`;
