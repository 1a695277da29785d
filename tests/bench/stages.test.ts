// The benchmark's stage times come from Astro's own lines, timed as they arrive.
import { describe, expect, test } from 'vitest';
import { lineTimer, stageTimes } from './stages.ts';

const at = (ms: number, text: string) => ({ ms, text });

describe('stageTimes', () => {
  test('splits a build at Astro’s markers, and what follows Astro is the wrapper’s', () => {
    const lines = [
      at(10, '20:01:00 [vite] Re-optimizing dependencies'),
      at(4_000, '20:01:04 [content] Syncing content'),
      at(30_000, '20:01:30 [content] Synced content'),
      at(31_000, '20:01:31 [build] Building static entrypoints...'),
      at(32_500, ' generating static routes '),
      at(40_000, '20:01:40   ├─ /articles/a/index.html (+5ms)'),
      at(120_000, '20:03:00 [build] 1165 page(s) built in 1m 56s'),
      at(125_000, '  Search: indexed 1017 pages in 4.0 s'),
    ];
    expect(stageTimes(lines, 130_000)).toEqual({
      start: 4_000,
      'content sync': 26_000,
      bundle: 2_500,
      pages: 87_500,
      'after Astro': 10_000,
    });
  });

  test('a missing marker leaves its stage empty and its time to the next', () => {
    const lines = [at(4_000, '[content] Syncing content'), at(9_000, '1 page(s) built in 1s')];
    expect(stageTimes(lines, 10_000)).toEqual({
      start: 4_000,
      'content sync': null,
      bundle: null,
      pages: 5_000,
      'after Astro': 1_000,
    });
  });
});

test('lineTimer times each line by the chunk that ends it, across chunk boundaries', () => {
  const timer = lineTimer(performance.now() - 1_000);
  timer.push('first li');
  timer.push(Buffer.from('ne\nsecond line\nthi'));
  timer.push('rd\n');
  expect(timer.lines.map((line) => line.text)).toEqual(['first line', 'second line', 'third']);
  expect(timer.lines.every((line) => line.ms >= 1_000)).toBe(true);
});
