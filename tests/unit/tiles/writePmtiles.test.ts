import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { Compression, PMTiles, TileType, tileIdToZxy } from 'pmtiles';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { makeTiles, tileAt, type Tile } from '../../../scripts/tiles/makeTiles.ts';
import { directories } from '../../../scripts/tiles/pmtilesDirectory.ts';
import { writePmtiles } from '../../../scripts/tiles/writePmtiles.ts';
import { archiveSource } from './archiveSource.ts';

const square = (x: number, y: number, size: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] });

/** Two communes 3° apart, as in makeTiles.test.ts: zoom 8 has an empty tile between them. */
const fixture: FeatureCollection<Geometry, Record<string, unknown>> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: '03451', geometryQuality: 'schematic' }, geometry: square(102, 22, 0.1) },
    { type: 'Feature', properties: { id: '03448', geometryQuality: 'official' }, geometry: square(105, 22, 0.1) },
  ],
};
const info = { minzoom: 4, maxzoom: 8, bounds: [102, 22, 105.1, 22.1] as [number, number, number, number], metadata: { name: 'communes', vector_layers: [{ id: 'communes', fields: { id: 'String' }, minzoom: 4, maxzoom: 8 }] } };
const read = (bytes: Uint8Array) => new PMTiles(archiveSource(bytes));
const bytesOf = async (p: PMTiles, t: { z: number; x: number; y: number }) => {
  const r = await p.getZxy(t.z, t.x, t.y);
  return r ? Buffer.from(r.data).toString('base64') : null;
};

describe('writePmtiles(tiles, info)', () => {
  it('writes an archive the pmtiles package reads back tile for tile, with the zooms, bounds and metadata given', async () => {
    const { tiles } = makeTiles(fixture, { sourceLayer: 'communes', ...info, keep: ['id', 'geometryQuality'] });
    const archive = read(writePmtiles(tiles, info));
    const header = await archive.getHeader();
    expect(header).toMatchObject({
      specVersion: 3, tileType: TileType.Mvt, tileCompression: Compression.Gzip, internalCompression: Compression.Gzip, clustered: true,
      minZoom: 4, maxZoom: 8, minLon: 102, minLat: 22, maxLon: 105.1, maxLat: 22.1, numAddressedTiles: 7, numTileContents: 7,
    });
    for (const t of tiles.filter((t) => t.bytes.byteLength > 0)) expect(await bytesOf(archive, t), `${t.z}/${t.x}/${t.y}`).toBe(Buffer.from(t.bytes).toString('base64'));
    expect(await archive.getMetadata()).toEqual(info.metadata);
  });

  it('leaves an empty tile out, so the reader finds none there, and a tile read back decodes as MapLibre decodes it', async () => {
    const { tiles } = makeTiles(fixture, { sourceLayer: 'communes', ...info, keep: ['id', 'geometryQuality'] });
    const archive = read(writePmtiles(tiles, info));
    const empty = tiles.find((t) => t.bytes.byteLength === 0)!;
    expect(await archive.getZxy(empty.z, empty.x, empty.y)).toBeUndefined();
    const [x, y] = tileAt(102.05, 22.05, 8);
    const data = (await archive.getZxy(8, x, y))!.data;
    const layer = new VectorTile(new PbfReader(new Uint8Array(data))).layers.communes!;
    expect(Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties)).toEqual([{ id: '03451', geometryQuality: 'schematic' }]);
  });

  it('stores tiles with the same bytes once, and a run of them in one directory entry', async () => {
    // Tile ids 5 to 20 are zoom 2's sixteen tiles; the same bytes everywhere but at id 12.
    const tiles: Tile[] = Array.from({ length: 16 }, (_, i) => {
      const [z, x, y] = tileIdToZxy(5 + i);
      return { z, x, y, bytes: Uint8Array.of(i === 7 ? 2 : 1) };
    });
    const archive = read(writePmtiles(tiles, { ...info, minzoom: 2, maxzoom: 2 }));
    expect(await archive.getHeader()).toMatchObject({ numAddressedTiles: 16, numTileEntries: 3, numTileContents: 2 });
    for (const t of tiles) expect(await bytesOf(archive, t)).toBe(Buffer.from(t.bytes).toString('base64'));
  });

  it('the same tiles give the same bytes, in any order', () => {
    const { tiles } = makeTiles(fixture, { sourceLayer: 'communes', ...info, keep: ['id'] });
    expect(Buffer.from(writePmtiles([...tiles].reverse(), info)).equals(Buffer.from(writePmtiles(tiles, info)))).toBe(true);
  });

  // 30,000 tiles written and some read back: seconds on a loaded 2-core machine (5.2 s in a CI run beside e2e tests), so a timeout of its own.
  it('moves the entries to leaf directories when the root would not fit the reader\'s first 16 KiB, and every tile is still found', async () => {
    // 30,000 tiles scattered over zoom 12 with lengths that vary: a directory gzip cannot shrink below 16 KiB.
    let seed = 1;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const ids = new Set<string>();
    const tiles: Tile[] = [];
    while (tiles.length < 30_000) {
      const [x, y] = [Math.floor(random() * 4096), Math.floor(random() * 4096)];
      if (ids.has(`${x}/${y}`)) continue;
      ids.add(`${x}/${y}`);
      tiles.push({ z: 12, x, y, bytes: Uint8Array.from({ length: 1 + Math.floor(random() * 200) }, (_, i) => (tiles.length + i) % 256) });
    }
    const bytes = writePmtiles(tiles, { ...info, minzoom: 12, maxzoom: 12, bounds: [-180, -85, 180, 85] });
    const source = archiveSource(bytes);
    const archive = new PMTiles(source);
    const header = await archive.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    for (const t of tiles.filter((_, i) => i % 97 === 0)) expect(await bytesOf(archive, t), `${t.x}/${t.y}`).toBe(Buffer.from(t.bytes).toString('base64'));
    const missing = [...Array(4096).keys()].map((x) => [x, 4095 - x]).find(([x, y]) => !ids.has(`${x}/${y}`))!;
    expect(await archive.getZxy(12, missing[0]!, missing[1]!)).toBeUndefined();
  }, 60_000);
});

describe('directories(entries, rootLimit)', () => {
  it('keeps every entry in the root while it fits, and points the root at leaves when it does not', () => {
    const entries = Array.from({ length: 100 }, (_, i) => ({ tileId: i * 3, offset: i * 10, length: 10, runLength: 1 }));
    expect(directories(entries).leaves.byteLength).toBe(0);
    const split = directories(entries, 20, 16);
    expect(split.leaves.byteLength).toBeGreaterThan(0);
    expect(split.root.byteLength).toBeLessThanOrEqual(directories(entries).root.byteLength);
  });
});
