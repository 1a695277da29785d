// The worker pool behind the share cards and the Markdown rendering: jobs spread over its workers,
// errors come back as they were thrown, a worker that dies fails only its own job, and idle
// workers are stopped.
import { resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { WorkerPool } from '../../src/build-support/worker-pool.ts';

const file = resolve('tests/workers/echo-worker.ts');
type Job = { value: string; ms?: number; fail?: string; exit?: boolean };
type Result = { value: string; threadId: number; greeting: unknown };
const pools: WorkerPool<Job, Result>[] = [];
const pool = (options: { size?: number; idleMs?: number; failure?: string } = {}) => {
  const made = new WorkerPool<Job, Result>({ file, workerData: 'hello', ...options });
  pools.push(made);
  return made;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

test('runs queued jobs on up to `size` workers at once, each answer to its own job', async () => {
  const echo = pool({ size: 2 });
  const results = await Promise.all(
    ['a', 'b', 'c', 'd'].map((value) => echo.run({ value, ms: 100 })),
  );
  expect(results.map((r) => r.value)).toEqual(['a', 'b', 'c', 'd']);
  expect(results.every((r) => r.greeting === 'hello')).toBe(true);
  // No third worker was started for the jobs that waited.
  expect(new Set(results.map((r) => r.threadId)).size).toBeLessThanOrEqual(2);
});

test('a job that throws fails with its own message, or with the pool’s words before it', async () => {
  await expect(pool().run({ value: 'x', fail: 'no such quote' })).rejects.toThrow(
    /^no such quote$/,
  );
  await expect(
    pool({ failure: 'A card could not be drawn' }).run({ value: 'x', fail: 'bad image' }),
  ).rejects.toThrow(/^A card could not be drawn: bad image$/);
});

test('a worker that dies fails its job only; the next job gets a new worker', async () => {
  const echo = pool({ size: 1 });
  const [died, next] = await Promise.allSettled([
    echo.run({ value: 'x', exit: true }),
    echo.run({ value: 'after' }),
  ]);
  expect(died.status).toBe('rejected');
  expect(String((died as PromiseRejectedResult).reason)).toMatch(/exit code 3.*echo-worker\.ts/);
  expect(next).toMatchObject({ status: 'fulfilled', value: { value: 'after' } });
});

test('a worker idle for `idleMs` is stopped, and a later job starts another', async () => {
  const echo = pool({ size: 1, idleMs: 100 });
  const first = await echo.run({ value: 'a' });
  const soon = await echo.run({ value: 'b' });
  expect(soon.threadId).toBe(first.threadId);
  await new Promise((done) => setTimeout(done, 400));
  const later = await echo.run({ value: 'c' });
  expect(later.threadId).not.toBe(first.threadId);
});

test('closing the pool fails the jobs still waiting', async () => {
  const echo = pool({ size: 1 });
  const failed = [
    expect(echo.run({ value: 'a', ms: 200 })).rejects.toThrow(/closed/),
    expect(echo.run({ value: 'b' })).rejects.toThrow(/closed/),
  ];
  await echo.close();
  await Promise.all(failed);
});
