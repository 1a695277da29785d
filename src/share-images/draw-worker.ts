// A drawing worker (draw-pool.ts starts them): lays out, rasterises and encodes one card at a time
// off the build's main thread, and puts the card on its taller canvases while its rows are at hand.
// Node runs this file as it is (type stripping), outside Vite: it imports only modules that need
// nothing but Node and the drawing libraries.
import { parentPort, workerData } from 'node:worker_threads';
import { extendPalettePngMany } from './png-extend.ts';
import { drawElement, type SatoriFont } from './rasterise.ts';
import type { DrawJob, DrawReply, DrawWorkerData } from './draw-pool.ts';

const { fonts: sent } = workerData as DrawWorkerData;
// Buffers arrive as plain Uint8Arrays; satori reads Buffers.
const fonts: SatoriFont[] = sent.map((font) => ({
  ...font,
  data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength),
}));

async function draw(job: DrawJob): Promise<DrawReply> {
  const png = await drawElement(job.element, fonts, job.size);
  const canvases = job.canvases
    ? await extendPalettePngMany(png, job.canvases.sizes, job.canvases.paper)
    : null;
  return { id: job.id, png, canvases };
}

parentPort!.on('message', (job: DrawJob) => {
  draw(job).then(
    (reply) => parentPort!.postMessage(reply),
    (error: unknown) =>
      parentPort!.postMessage({
        id: job.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies DrawReply),
  );
});
