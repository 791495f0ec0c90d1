// A tiny static web server for dist/, like a plain static host: directories serve index.html, misses
// get 404.html with status 404. `offline` makes it drop every connection, like a phone without signal.
// Every response carries the strict script policy the site is built for (no inline script at all), so
// any inline script or handler shows up as a console error in the tests.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  // The editor (/admin/) brings its own fonts and WebAssembly.
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  origin: string;
  offline: boolean;
  close(): Promise<void>;
}

/** `port` 0 (the default) lets the system choose a free one. */
export async function serveDist(distDir: string, port = 0): Promise<StaticServer> {
  const state = { offline: false };
  const server = createServer(async (request, response) => {
    if (state.offline) {
      request.socket.destroy();
      return;
    }
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
    let status = 200;
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) {
      file = join(distDir, '404.html');
      status = 404;
    }
    response.writeHead(status, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': "script-src 'self'; object-src 'none'; base-uri 'self'",
    });
    createReadStream(file).pipe(response);
  });
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    get offline() {
      return state.offline;
    },
    set offline(value: boolean) {
      state.offline = value;
      if (value) server.closeAllConnections();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
