import { statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { sendFile } from './sendFile.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** Address of the site, ending in the base path, e.g. http://127.0.0.1:4173/maps/atlas/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site under a sub-path, as a host page would: proves the
 * build works away from the server root. No dependency, no directory listing,
 * nothing outside `root`; byte ranges as any static host serves them.
 */
export function startStaticServer(opts: { root: string; base: string; port?: number; headers?: Record<string, string> | ((url: URL) => Record<string, string>) }): Promise<StaticServer> {
  const root = resolve(opts.root);
  const base = `/${opts.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return notFound(res);
    const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, rel);
    if (!file.startsWith(root)) return notFound(res);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      const headers = typeof opts.headers === 'function' ? opts.headers(new URL(req.url ?? '/', 'http://x')) : opts.headers;
      sendFile(req, res, file, size, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    } catch {
      notFound(res);
    }
  });
  return new Promise((ok) => {
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ok({ url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

function notFound(res: import('node:http').ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('Not found');
}
