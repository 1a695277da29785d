// A tiny web server on 127.0.0.1, for end-to-end tests that need a second origin (another site
// embedding ours). It serves only the pages it is given, GET only, and closes its connections.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StaticFile {
  contentType: string;
  body: string | Buffer;
}

export interface StaticHost {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** Serves `files` (path → file) on a free port of 127.0.0.1 until `close()`. */
export async function startStaticHost(files: Record<string, StaticFile>): Promise<StaticHost> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const file = request.method === 'GET' ? files[path] : undefined;
    if (!file) {
      response
        .writeHead(path === '/favicon.ico' ? 204 : 404, { 'Content-Type': 'text/plain' })
        .end();
      return;
    }
    response
      .writeHead(200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-store' })
      .end(file.body);
  });
  // A test that hangs must not keep the server (or the test run) alive.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
