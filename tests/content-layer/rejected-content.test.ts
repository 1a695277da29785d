// In `astro dev` a page that misses an entry its loader rejected shows the loader's problems, the
// entry's own first, with the content file's place and fix for Astro's error overlay.
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { ContentError } from '../../src/content-layer/content-error.ts';
import { recordLoad, rejectedEntryError } from '../../src/content-layer/rejected-content.ts';
import type { ContentProblem } from '../../src/lib/content-problem.ts';

const other: ContentProblem = {
  file: 'content/quotes.yaml',
  line: 4,
  column: 3,
  entry: 'umerov-next-step',
  field: 'context',
  problem: 'this text is too short.',
  fix: 'write at least 3 characters.',
};
const own: ContentProblem = {
  file: 'content/quotes.yaml',
  line: 80,
  column: 3,
  entry: 'kyslytsya-made-up',
  field: 'text',
  problem: '"a very easy day" is not what the report says in ¶8.',
  fix: 'copy the words exactly as the report gives them.',
};

afterEach(() => recordLoad('quotes', []));

test("a rejected entry's error is its file's problems, its own first, placed for the overlay", () => {
  recordLoad('quotes', [other, own], ['umerov-next-step', 'kyslytsya-made-up']);
  const error = rejectedEntryError('quotes', 'kyslytsya-made-up');
  expect(error).toBeInstanceOf(ContentError);
  expect(error!.message).not.toContain('No quotes entry');
  expect(error!.message).toContain(
    'content/quotes.yaml:80:3: entry "kyslytsya-made-up", field "text"',
  );
  expect(error!.message).toContain('How to fix: copy the words exactly as the report gives them.');
  expect(error!.message.indexOf(':80:3')).toBeLessThan(error!.message.indexOf(':4:3'));
  expect(error!.loc).toEqual({
    file: join(process.cwd(), 'content/quotes.yaml'),
    line: 80,
    column: 3,
  });
  expect(error!.hint).toBe(own.fix);
});

test('an entry the rejected file does not hold, or a file loaded since, gives no such error', () => {
  recordLoad('quotes', [other], ['umerov-next-step']);
  expect(rejectedEntryError('quotes', 'no-such-quote')).toBeUndefined();
  expect(rejectedEntryError('people', 'umerov-next-step')).toBeUndefined();
  recordLoad('quotes', []);
  expect(rejectedEntryError('quotes', 'umerov-next-step')).toBeUndefined();
});

test('a file that could not be read as entries may hold any of them', () => {
  const broken = {
    file: 'content/quotes.yaml',
    line: 2,
    problem: 'this is not valid YAML.',
    fix: 'check the quotes.',
  };
  recordLoad('quotes', [broken]);
  const error = rejectedEntryError('quotes', 'anything');
  expect(error?.loc).toEqual({
    file: join(process.cwd(), 'content/quotes.yaml'),
    line: 2,
    column: undefined,
  });
  expect(error?.hint).toBe('check the quotes.');
});
