// A loader in `astro dev` reads a file only once it has settled: a save in two parts gives the
// whole file, a file that stays broken is read once more at most, and loads never overlap.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { oneAtATime, readSettled } from '../../src/content-layer/settled-read.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'settled-'));
  file = join(dir, 'box.yaml');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
const WHOLE = 'box:\n  title: A box\n  summary: Written in two parts.\n';

describe('readSettled', () => {
  test('a file written in two parts is read whole, not as its first part', async () => {
    writeFileSync(file, WHOLE.slice(0, 12));
    const reads: string[] = [];
    const read = readSettled(
      file,
      () => {
        reads.push(readFileSync(file, 'utf8'));
        return reads.at(-1)!;
      },
      { quietMs: 100, maxReads: 10 },
    );
    await pause(40);
    writeFileSync(file, WHOLE);
    expect(await read).toBe(WHOLE);
    expect(reads[0]).toBe(WHOLE.slice(0, 12));
  });

  test('a file that stays as it is is read once, and its read returned a quiet while later', async () => {
    writeFileSync(file, 'box: [not closed\n');
    let reads = 0;
    const started = Date.now();
    const read = await readSettled(file, () => ++reads, { quietMs: 100, maxReads: 10 });
    expect(read).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
  });

  test('a file written without pause is still read, at most maxReads times', async () => {
    writeFileSync(file, WHOLE);
    let writing = true;
    void (async () => {
      for (let i = 0; writing; i++) {
        writeFileSync(file, `${WHOLE}# ${'x'.repeat(i % 50)}\n`);
        await pause(10);
      }
    })();
    let reads = 0;
    const read = await readSettled(file, () => ++reads, { quietMs: 50, maxReads: 4 });
    writing = false;
    expect(read).toBe(4);
  });
});

describe('oneAtATime', () => {
  test('runs never overlap, and calls during a run make one more run after it', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const load = oneAtATime(async () => {
      running++;
      most = Math.max(most, running);
      runs++;
      await pause(30);
      running--;
    });
    const first = load();
    await pause(5);
    const queued = [load(), load(), load()];
    await Promise.all([first, ...queued]);
    expect(most).toBe(1);
    expect(runs).toBe(2);
    await load();
    expect(runs).toBe(3);
  });

  test('a run that fails fails its callers, and the next run still happens', async () => {
    let calls = 0;
    const load = oneAtATime(async () => {
      calls++;
      if (calls === 1) throw new Error('first run failed');
    });
    await expect(load()).rejects.toThrow('first run failed');
    await expect(load()).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });
});
