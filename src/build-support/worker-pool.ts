// A pool of worker threads that take jobs from one queue: the build uses one to draw share cards
// (src/share-images/draw-pool.ts), one to render articles' Markdown (render-workers.ts) and one to
// index the search shards (src/search/search-index.ts), so that both cores work while Astro's main
// thread does its own part. Workers start on the first job; a worker with nothing to do keeps no process alive and is
// stopped after a short idle time, so a pool that has done its part holds no memory for the rest
// of the build. A worker file is run by Node as it is (type stripping), outside Vite: it and what
// it imports must need nothing but Node and npm packages.
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

/** A job's result, or the error it threw. */
type Reply<Result> =
  | { id: number; result: Result }
  | { id: number; error: { message: string; stack: string | undefined } };

interface Pending<Result> {
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

export interface WorkerPoolOptions {
  /** The worker's file, an absolute path. */
  file: string;
  /** What every worker is given at its start (structured-cloned). */
  workerData?: unknown;
  /** How many workers at most; one per core by default. */
  size?: number;
  /** Stops a worker that has had nothing to do for this long, in ms. */
  idleMs?: number;
  /**
   * Put before a job's error message, to say what failed: "A share card could not be drawn".
   * Left out, a job fails with its own error's message, as if it had run on this thread.
   */
  failure?: string;
}

/** Worker threads sharing one queue of jobs. */
export class WorkerPool<Job, Result> {
  readonly #options: Required<Omit<WorkerPoolOptions, 'workerData' | 'failure'>> &
    Pick<WorkerPoolOptions, 'workerData' | 'failure'>;
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, number>();
  readonly #timers = new Map<Worker, NodeJS.Timeout>();
  readonly #queue: { id: number; job: Job }[] = [];
  readonly #pending = new Map<number, Pending<Result>>();
  #started = 0;
  #nextId = 0;

  constructor(options: WorkerPoolOptions) {
    this.#options = {
      size: availableParallelism(),
      idleMs: 2_000,
      workerData: undefined,
      ...options,
    };
  }

  /** Runs a job on a worker; settles with its result, or with its error. */
  run(job: Job): Promise<Result> {
    const id = ++this.#nextId;
    const result = new Promise<Result>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
    });
    this.#queue.push({ id, job });
    this.#dispatch();
    return result;
  }

  /** Stops every worker; jobs still queued or running fail. */
  async close(): Promise<void> {
    const workers = [...this.#idle, ...this.#busy.keys()];
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#idle.length = 0;
    this.#busy.clear();
    this.#started = 0;
    for (const { id } of this.#queue.splice(0)) this.#fail(id, new Error('the pool was closed'));
    for (const id of [...this.#pending.keys()]) this.#fail(id, new Error('the pool was closed'));
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length) {
      const worker = this.#idle.pop() ?? this.#start();
      if (!worker) return;
      clearTimeout(this.#timers.get(worker));
      this.#timers.delete(worker);
      const { id, job } = this.#queue.shift()!;
      this.#busy.set(worker, id);
      // A busy worker keeps the process alive: someone awaits its result.
      worker.ref();
      worker.postMessage({ id, job });
    }
  }

  #start(): Worker | undefined {
    if (this.#started >= this.#options.size) return undefined;
    this.#started++;
    const worker = new Worker(this.#options.file, { workerData: this.#options.workerData });
    worker.on('message', (reply: Reply<Result>) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      this.#busy.delete(worker);
      this.#rest(worker);
      if ('error' in reply) {
        const error = new Error(this.#explain(reply.error.message));
        if (reply.error.stack) error.stack = reply.error.stack;
        pending?.reject(error);
      } else pending?.resolve(reply.result);
      this.#dispatch();
    });
    worker.on('error', (error: Error) => this.#lost(worker, error));
    worker.on('exit', (code) => {
      if (this.#busy.has(worker) || this.#idle.includes(worker))
        this.#lost(worker, new Error(`the worker stopped (exit code ${code})`));
    });
    return worker;
  }

  /** An idle worker keeps nothing alive, and is stopped if it stays idle. */
  #rest(worker: Worker): void {
    this.#idle.push(worker);
    worker.unref();
    const timer = setTimeout(() => {
      const at = this.#idle.indexOf(worker);
      if (at < 0) return;
      this.#idle.splice(at, 1);
      this.#timers.delete(worker);
      this.#started--;
      void worker.terminate();
    }, this.#options.idleMs);
    timer.unref();
    this.#timers.set(worker, timer);
  }

  /** A worker that failed: its job fails with the reason, and a new worker takes the queue. */
  #lost(worker: Worker, error: Error): void {
    const id = this.#busy.get(worker);
    this.#busy.delete(worker);
    const at = this.#idle.indexOf(worker);
    if (at >= 0) this.#idle.splice(at, 1);
    clearTimeout(this.#timers.get(worker));
    this.#timers.delete(worker);
    this.#started--;
    if (id !== undefined)
      this.#fail(
        id,
        new Error(this.#explain(`${error.message} (the worker ${this.#options.file})`), {
          cause: error,
        }),
      );
    void worker.terminate();
    this.#dispatch();
  }

  #explain(message: string): string {
    return this.#options.failure ? `${this.#options.failure}: ${message}` : message;
  }

  #fail(id: number, error: Error): void {
    this.#pending.get(id)?.reject(error);
    this.#pending.delete(id);
  }
}

/** The worker's side: answers every job with `handle`'s result, or with its error's message and stack. */
export function serveJobs<Job, Result>(handle: (job: Job) => Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread started by a WorkerPool.');
  port.on('message', ({ id, job }: { id: number; job: Job }) => {
    handle(job).then(
      (result) => port.postMessage({ id, result } satisfies Reply<Result>),
      (error: unknown) =>
        port.postMessage({
          id,
          error:
            error instanceof Error
              ? { message: error.message, stack: error.stack }
              : { message: String(error), stack: undefined },
        } satisfies Reply<Result>),
    );
  });
}
