import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PMTiles } from 'pmtiles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteRange } from '../../../scripts/serve/byteRange.ts';
import { startStaticServer, type StaticServer } from '../../../scripts/serve/staticServer.ts';
import { makeTiles } from '../../../scripts/tiles/makeTiles.ts';
import { writePmtiles } from '../../../scripts/tiles/writePmtiles.ts';

let root = '';
let server: StaticServer;
const file = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
const get = (range?: string) => fetch(`${server.url}file.bin`, range ? { headers: { range } } : {});

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-'));
  writeFileSync(join(root, 'file.bin'), file);
  server = await startStaticServer({ root, base: '/maps/atlas/' });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('startStaticServer: byte ranges, as a PMTiles archive is read', () => {
  it('answers a range with 206, the bytes asked for and where they lie in the file', async () => {
    const r = await get('bytes=10-19');
    expect(r.status).toBe(206);
    expect(r.headers.get('content-range')).toBe('bytes 10-19/1000');
    expect(r.headers.get('content-length')).toBe('10');
    expect([...new Uint8Array(await r.arrayBuffer())]).toEqual([...file.slice(10, 20)]);
  });

  it('clips a range that runs past the end, as the reader\'s first 16 KiB do on a small archive', async () => {
    const r = await get('bytes=0-16383');
    expect(r.status).toBe(206);
    expect(r.headers.get('content-range')).toBe('bytes 0-999/1000');
    expect((await r.arrayBuffer()).byteLength).toBe(1000);
  });

  it('refuses a range that starts past the end with 416 and the file\'s size', async () => {
    const r = await get('bytes=1000-1010');
    expect(r.status).toBe(416);
    expect(r.headers.get('content-range')).toBe('bytes */1000');
  });

  it('serves the whole file without a range, saying ranges are served', async () => {
    const r = await get();
    expect(r.status).toBe(200);
    expect(r.headers.get('accept-ranges')).toBe('bytes');
    expect((await r.arrayBuffer()).byteLength).toBe(1000);
  });

  it('serves an archive the pmtiles package reads over HTTP, tile for tile', async () => {
    const square = { type: 'Polygon' as const, coordinates: [[[102, 22], [102.1, 22], [102.1, 22.1], [102, 22.1], [102, 22]]] };
    const { tiles } = makeTiles({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'a' }, geometry: square }] }, { sourceLayer: 'communes', minzoom: 4, maxzoom: 6, keep: ['id'] });
    writeFileSync(join(root, 'communes.pmtiles'), writePmtiles(tiles, { minzoom: 4, maxzoom: 6, bounds: [102, 22, 102.1, 22.1], metadata: {} }));
    const archive = new PMTiles(`${server.url}communes.pmtiles`);
    for (const t of tiles) expect(Buffer.from((await archive.getZxy(t.z, t.x, t.y))!.data).equals(Buffer.from(t.bytes))).toBe(true);
  });
});

describe('byteRange(header, size)', () => {
  it('reads a range from an offset to the end, and the last bytes of a file', () => {
    expect(byteRange('bytes=990-', 1000)).toEqual({ start: 990, end: 999 });
    expect(byteRange('bytes=-5', 1000)).toEqual({ start: 995, end: 999 });
  });

  it('answers the whole file for no range, several ranges or one that does not parse', () => {
    for (const h of [undefined, 'bytes=0-1,5-6', 'items=0-5', 'bytes=9-3', 'bytes=-']) expect(byteRange(h, 1000), String(h)).toBeNull();
  });
});
