// Draws share cards on worker threads (src/build-support/worker-pool.ts), one per core, so that a build
// lays out, rasterises and encodes cards on every core while its main thread renders pages. Before
// it, a card's layout (satori) ran on the main thread and only rasterising and encoding left it:
// with two pages in flight, cards were drawn one after another.
import { resolve } from 'node:path';
import { WorkerPool } from '../build-support/worker-pool.ts';
import type { ShareFont } from './fonts.ts';
import type { CanvasRequest, DrawnCard, DrawSize } from './rasterise.ts';

/**
 * The worker's file, run by Node as it is. Resolved from the project root (the working directory
 * of `astro build`, `astro dev` and the tests), because the build bundles this module elsewhere.
 */
export const DRAW_WORKER_FILE = resolve('src/share-images/draw-worker.ts');

/** What a worker is given once, at its start. */
export interface DrawWorkerData {
  fonts: ShareFont[];
}

/** One card to draw: its element tree (templates.ts), its size, and the canvases to set it on. */
export interface DrawJob {
  element: object;
  size: DrawSize;
  canvases: CanvasRequest | undefined;
}

/** A worker's drawing: the card's PNG and its canvases (`null` when they must be made otherwise). */
export interface DrawReply {
  png: Uint8Array;
  canvases: Uint8Array[] | null;
}

const asBuffer = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Drawing workers sharing one queue, given one set of fonts. */
export class DrawPool {
  readonly #pool: WorkerPool<DrawJob, DrawReply>;

  constructor(fonts: ShareFont[], size?: number) {
    this.#pool = new WorkerPool({
      file: DRAW_WORKER_FILE,
      workerData: { fonts } satisfies DrawWorkerData,
      failure: 'A share card could not be drawn',
      ...(size !== undefined && { size }),
    });
  }

  /** Draws a card on a worker; settles with its PNG (and canvases), or with the worker's error. */
  async draw(element: object, size: DrawSize, canvases?: CanvasRequest): Promise<DrawnCard> {
    const reply = await this.#pool.run({ element, size, canvases });
    return { png: asBuffer(reply.png), canvases: reply.canvases?.map(asBuffer) ?? null };
  }

  /** Stops every worker; drawings still queued or in progress fail. */
  close(): Promise<void> {
    return this.#pool.close();
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
