// A drawing worker (draw-pool.ts starts them): lays out, rasterises and encodes one card at a time
// off the build's main thread, and sets the card on its taller canvases while its rows are at hand.
// Node runs this file as it is (type stripping), outside Vite: it imports only modules that need
// nothing but Node and the drawing libraries.
import { workerData } from 'node:worker_threads';
import { serveJobs } from '../build-support/worker-pool.ts';
import { drawCard, type SatoriFont } from './rasterise.ts';
import type { DrawJob, DrawReply, DrawWorkerData } from './draw-pool.ts';

const { fonts: sent } = workerData as DrawWorkerData;
// Buffers arrive as plain Uint8Arrays; satori reads Buffers.
const fonts: SatoriFont[] = sent.map((font) => ({
  ...font,
  data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength),
}));

serveJobs<DrawJob, DrawReply>(({ element, size, canvases }) =>
  drawCard(element, fonts, size, canvases),
);
