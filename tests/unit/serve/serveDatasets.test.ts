import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDatasets } from '../../../scripts/vite/serveDatasets.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
let server: Server;
let base = '';

/** The dev server's /data/ middleware alone, mounted as Vite mounts it (the prefix taken off the URL). */
beforeAll(async () => {
  let handler: Handler = () => {};
  const plugin = serveDatasets() as unknown as { configureServer(s: unknown): void };
  plugin.configureServer({ middlewares: { use: (_path: string, h: Handler) => { handler = h; } } });
  server = createServer((req, res) => {
    req.url = req.url!.replace(/^\/data/, '');
    handler(req, res, () => { res.writeHead(404); res.end(); });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('npm run dev: the datasets in data/', () => {
  it('answers a byte range of a dataset\'s file with 206, as a PMTiles archive is read', async () => {
    const r = await fetch(`${base}demo/manifest.json`, { headers: { range: 'bytes=2-9' } });
    expect(r.status).toBe(206);
    expect(await r.text()).toBe(readFileSync('data/demo/manifest.json', 'utf8').slice(2, 10));
  });

  it('serves the whole file without a range', async () => {
    const r = await fetch(`${base}demo/manifest.json`);
    expect(r.status).toBe(200);
    expect(r.headers.get('accept-ranges')).toBe('bytes');
    expect(await r.text()).toBe(readFileSync('data/demo/manifest.json', 'utf8'));
  });
});
