// In `astro dev` a loader reads a content file when the watcher says it changed, and an editor's
// save is not one event: the file is truncated, then written, sometimes in parts. Vite's watcher
// (chokidar) drops a change that comes within 50 ms of the last one, so the read the first change
// triggered can be the only one, and a loader that took that read as the content kept an empty or
// half-written file until the next save (2 of 37 saves of content/factboxes.yaml). Here a read
// counts only once the file has stayed as it was read for a while.
import { statSync } from 'node:fs';

/** How long the file must stay as it was read, and how many reads before giving up on that. */
export interface SettleOptions {
  /** Milliseconds the file's size and modification time must stay unchanged after a read. */
  quietMs: number;
  /** Reads at most, so that a file written without pause is still read, and its problems reported. */
  maxReads: number;
}

/**
 * Longer than Vite's 50 ms window and than the pause between an editor's truncating and writing a
 * file; short enough that the page an editor reloads after saving already shows the save.
 */
export const DEV_SETTLE: SettleOptions = { quietMs: 150, maxReads: 20 };

/** The file's size and modification time, or "missing": a different stamp means a different file. */
export function fileStamp(path: string): string {
  try {
    const { size, mtimeMs } = statSync(path);
    return `${size}:${mtimeMs}`;
  } catch {
    return 'missing';
  }
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * `read()` of the file at `path`, repeated until the file has not changed during the read nor for
 * `quietMs` after it, at most `maxReads` times: what a read found in a half-written file (no
 * entries, broken YAML, a missing field, half the entries) is never the result while the save goes
 * on, and a file that stays broken is still read, and its problems returned, about `quietMs` later.
 */
export async function readSettled<T>(
  path: string,
  read: () => T | Promise<T>,
  { quietMs, maxReads }: SettleOptions = DEV_SETTLE,
): Promise<T> {
  for (let reads = 1; ; reads++) {
    const before = fileStamp(path);
    const result = await read();
    const after = fileStamp(path);
    await pause(quietMs);
    if ((before === after && fileStamp(path) === after) || reads >= maxReads) return result;
  }
}

/**
 * `run` such that runs never overlap: a call while one runs queues one more run after it, which
 * later calls join until it starts (it reads the file as it is then). Two loads of one file at once
 * could interleave their writes to the store, and the older read finish last.
 */
export function oneAtATime<T>(run: () => Promise<T>): () => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  let queued: Promise<T> | undefined;
  return () => {
    if (queued) return queued;
    const next = queue
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return run();
      });
    queued = next;
    queue = next;
    return next;
  };
}
