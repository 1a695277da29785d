// A worker for the pool's tests (worker-pool.test.ts): echoes a job after `ms`, throws when asked,
// or stops its thread at once.
import { threadId, workerData } from 'node:worker_threads';
import { serveJobs } from '../../src/build-support/worker-pool.ts';

interface EchoJob {
  value: string;
  ms?: number;
  fail?: string;
  exit?: boolean;
}

serveJobs<EchoJob, { value: string; threadId: number; greeting: unknown }>(async (job) => {
  if (job.exit) process.exit(3);
  await new Promise((done) => setTimeout(done, job.ms ?? 0));
  if (job.fail) throw new TypeError(job.fail);
  return { value: job.value, threadId, greeting: workerData };
});
