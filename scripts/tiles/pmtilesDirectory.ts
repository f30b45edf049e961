import { gzipSync } from 'node:zlib';
import type { Entry } from 'pmtiles';

/** Bytes the header and root directory may take together: the reader fetches the first 16 KiB and expects both in them. */
const FIRST_FETCH = 16_384;
const HEADER_BYTES = 127;

/** A varint as protobuf writes it (7 bits a byte, low first), by division so ids past 2³² stay exact. */
function varint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/**
 * A PMTiles v3 directory, gzipped: the entry count, then each column in
 * turn (tile id as the step from the one before, run length, length,
 * offset + 1, or 0 for "right after the entry before"), as the spec lays
 * it out so that gzip finds the repeats.
 */
export function directoryBytes(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  varint(out, entries.length);
  entries.forEach((e, i) => varint(out, e.tileId - (i > 0 ? entries[i - 1]!.tileId : 0)));
  for (const e of entries) varint(out, e.runLength);
  for (const e of entries) varint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    varint(out, prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out));
}

/**
 * The root directory and the leaf directories after it. The root alone when
 * it fits the first fetch with the header; otherwise the entries go to
 * leaves of `leafSize` (doubled until the root of leaf pointers fits), each
 * pointed at by a root entry of run length 0, offset counted from the first
 * leaf: the layout go-pmtiles writes, which the reader walks.
 */
export function directories(entries: readonly Entry[], rootLimit = FIRST_FETCH - HEADER_BYTES, leafSize = 4096): { root: Uint8Array; leaves: Uint8Array } {
  const root = directoryBytes(entries);
  if (root.byteLength <= rootLimit) return { root, leaves: new Uint8Array(0) };
  for (let size = leafSize; ; size *= 2) {
    const leaves: Uint8Array[] = [];
    const pointers: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += size) {
      const leaf = directoryBytes(entries.slice(i, i + size));
      pointers.push({ tileId: entries[i]!.tileId, offset, length: leaf.byteLength, runLength: 0 });
      leaves.push(leaf);
      offset += leaf.byteLength;
    }
    const pointerRoot = directoryBytes(pointers);
    if (pointerRoot.byteLength <= rootLimit || pointers.length === 1) return { root: pointerRoot, leaves: Buffer.concat(leaves) };
  }
}
