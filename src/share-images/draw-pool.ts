// Draws share cards on worker threads, one per core, so that a build lays out, rasterises and
// encodes cards on every core while its main thread renders pages. Before it, a card's layout
// (satori) ran on the main thread and only rasterising and encoding left it: with two pages in
// flight the cards were drawn one after another. Workers start on the first card and are let go
// whenever none is being drawn, so they never keep a finished build's process alive.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareFont } from './fonts.ts';
import type { DrawSize } from './rasterise.ts';

/**
 * The worker's file, run by Node as it is. Resolved from the project root (the working directory
 * of `astro build`, `astro dev` and the tests), because the build bundles this module elsewhere.
 */
export const DRAW_WORKER_FILE = resolve('src/share-images/draw-worker.ts');

/** What a worker is given once, at its start. */
export interface DrawWorkerData {
  fonts: ShareFont[];
}

/** Taller canvases to set a drawn card on (see png-extend.ts), in the paper colour. */
export interface CanvasRequest {
  sizes: { top: number; bottom: number }[];
  paper: { rgb: readonly [number, number, number]; tolerance: number };
}

/** One card to draw: its element tree (templates.ts), its size, and the canvases to set it on. */
export interface DrawJob {
  id: number;
  element: object;
  size: DrawSize;
  canvases?: CanvasRequest | undefined;
}

/** A worker's answer: the card's PNG and its canvases (`null` when they must be made otherwise). */
export type DrawReply =
  | { id: number; png: Uint8Array; canvases: Uint8Array[] | null; error?: undefined }
  | { id: number; error: string };

export interface DrawResult {
  png: Buffer;
  canvases: Buffer[] | null;
}

interface Pending {
  resolve: (result: DrawResult) => void;
  reject: (error: Error) => void;
}

const asBuffer = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A fixed set of drawing workers sharing one queue. */
export class DrawPool {
  readonly #fonts: ShareFont[];
  readonly #size: number;
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, number>();
  readonly #queue: DrawJob[] = [];
  readonly #pending = new Map<number, Pending>();
  #started = 0;
  #nextId = 0;

  constructor(fonts: ShareFont[], size = availableParallelism()) {
    this.#fonts = fonts;
    this.#size = Math.max(1, size);
  }

  /** Draws a card on a worker; settles with its PNG (and canvases), or with the worker's error. */
  draw(element: object, size: DrawSize, canvases?: CanvasRequest): Promise<DrawResult> {
    const id = ++this.#nextId;
    const result = new Promise<DrawResult>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
    });
    this.#queue.push({ id, element, size, canvases });
    this.#dispatch();
    return result;
  }

  /** Stops every worker; drawings still queued or in progress fail. */
  async close(): Promise<void> {
    const workers = [...this.#idle, ...this.#busy.keys()];
    this.#idle.length = 0;
    this.#busy.clear();
    this.#started = 0;
    for (const job of this.#queue.splice(0)) this.#fail(job.id, new Error('the pool was closed'));
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length) {
      const worker = this.#idle.pop() ?? this.#start();
      if (!worker) return;
      const job = this.#queue.shift()!;
      this.#busy.set(worker, job.id);
      // A busy worker keeps the process alive: the build awaits its card.
      worker.ref();
      worker.postMessage(job);
    }
  }

  #start(): Worker | undefined {
    if (this.#started >= this.#size) return undefined;
    this.#started++;
    const worker = new Worker(DRAW_WORKER_FILE, {
      workerData: { fonts: this.#fonts } satisfies DrawWorkerData,
    });
    worker.on('message', (reply: DrawReply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      this.#busy.delete(worker);
      this.#idle.push(worker);
      worker.unref();
      if (reply.error !== undefined) {
        pending?.reject(new Error(`A share card could not be drawn: ${reply.error}`));
      } else {
        pending?.resolve({
          png: asBuffer(reply.png),
          canvases: reply.canvases?.map(asBuffer) ?? null,
        });
      }
      this.#dispatch();
    });
    worker.on('error', (error: Error) => this.#lost(worker, error));
    worker.on('exit', (code) => {
      if (this.#busy.has(worker) || this.#idle.includes(worker))
        this.#lost(worker, new Error(`the drawing worker stopped (exit code ${code})`));
    });
    return worker;
  }

  /** A worker that failed: its card fails with the reason, and a new worker takes the queue. */
  #lost(worker: Worker, error: Error): void {
    const id = this.#busy.get(worker);
    this.#busy.delete(worker);
    const at = this.#idle.indexOf(worker);
    if (at >= 0) this.#idle.splice(at, 1);
    this.#started--;
    if (id !== undefined)
      this.#fail(
        id,
        new Error(`A share card could not be drawn: ${error.message} (${DRAW_WORKER_FILE})`, {
          cause: error,
        }),
      );
    void worker.terminate();
    this.#dispatch();
  }

  #fail(id: number, error: Error): void {
    this.#pending.get(id)?.reject(error);
    this.#pending.delete(id);
  }
}

const pools = new WeakMap<ShareFont[], DrawPool>();

/** The process's pool for a set of fonts: one per set, started on its first card. */
export function drawPool(fonts: ShareFont[]): DrawPool {
  let pool = pools.get(fonts);
  if (!pool) {
    pool = new DrawPool(fonts);
    pools.set(fonts, pool);
  }
  return pool;
}
