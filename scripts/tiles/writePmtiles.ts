import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Compression, TileType, zxyToTileId, type Entry } from 'pmtiles';
import { directories } from './pmtilesDirectory.ts';
import type { Tile } from './makeTiles.ts';

export interface ArchiveInfo {
  minzoom: number;
  maxzoom: number;
  /** [west, south, east, north] of the layer's features. */
  bounds: [number, number, number, number];
  /** The archive's JSON metadata (TileJSON's fields: `vector_layers` names the layers inside the tiles). */
  metadata: Record<string, unknown>;
}

const HEADER_BYTES = 127;

/**
 * One PMTiles (v3) archive of vector tiles: header, root directory,
 * metadata, leaf directories, then the tiles in tile-id order (clustered),
 * each gzipped, as the spec lays it out. An empty tile is left out: the
 * reader answers an empty tile for any tile the archive lacks, as the
 * folder's empty files do. Tiles with the same bytes are stored once, and
 * a run of them one after another is one directory entry. The same tiles
 * give the same bytes.
 */
export function writePmtiles(tiles: readonly Tile[], info: ArchiveInfo): Uint8Array {
  const sorted = tiles.filter((t) => t.bytes.byteLength > 0).map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), bytes: t.bytes })).sort((a, b) => a.id - b.id);
  const entries: Entry[] = [];
  const data: Uint8Array[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  let size = 0;
  for (const t of sorted) {
    const key = createHash('sha256').update(t.bytes).digest('hex');
    let at = stored.get(key);
    if (!at) {
      const gz = gzipSync(t.bytes);
      at = { offset: size, length: gz.byteLength };
      stored.set(key, at);
      data.push(gz);
      size += gz.byteLength;
    }
    const last = entries.at(-1);
    if (last && last.offset === at.offset && last.tileId + last.runLength === t.id) last.runLength++;
    else entries.push({ tileId: t.id, offset: at.offset, length: at.length, runLength: 1 });
  }
  const { root, leaves } = directories(entries);
  const metadata = gzipSync(JSON.stringify(info.metadata));
  const tileData = Buffer.concat(data);
  const at = { root: HEADER_BYTES, metadata: HEADER_BYTES + root.byteLength };
  const leavesAt = at.metadata + metadata.byteLength;
  const tilesAt = leavesAt + leaves.byteLength;

  const h = Buffer.alloc(HEADER_BYTES);
  h.write('PMTiles', 0, 'ascii');
  h.writeUInt8(3, 7);
  const u64 = (offset: number, v: number) => h.writeBigUInt64LE(BigInt(v), offset);
  u64(8, at.root);
  u64(16, root.byteLength);
  u64(24, at.metadata);
  u64(32, metadata.byteLength);
  u64(40, leavesAt);
  u64(48, leaves.byteLength);
  u64(56, tilesAt);
  u64(64, tileData.byteLength);
  u64(72, entries.reduce((n, e) => n + e.runLength, 0));
  u64(80, entries.length);
  u64(88, stored.size);
  h.writeUInt8(1, 96);
  h.writeUInt8(Compression.Gzip, 97);
  h.writeUInt8(Compression.Gzip, 98);
  h.writeUInt8(TileType.Mvt, 99);
  h.writeUInt8(info.minzoom, 100);
  h.writeUInt8(info.maxzoom, 101);
  // Degrees × 10⁷, rounded outwards so the archive's bounds still hold every feature.
  const [w, s, e, n] = info.bounds;
  const e7 = (v: number, up: boolean) => (up ? Math.ceil(v * 1e7) : Math.floor(v * 1e7));
  h.writeInt32LE(e7(w, false), 102);
  h.writeInt32LE(e7(s, false), 106);
  h.writeInt32LE(e7(e, true), 110);
  h.writeInt32LE(e7(n, true), 114);
  h.writeUInt8(info.minzoom, 118);
  h.writeInt32LE(Math.round(((w + e) / 2) * 1e7), 119);
  h.writeInt32LE(Math.round(((s + n) / 2) * 1e7), 123);
  return Buffer.concat([h, root, metadata, leaves, tileData]);
}
