import type { RangeResponse, Source } from 'pmtiles';

/** An archive in memory as the pmtiles reader reads any source: by byte ranges. Records the ranges asked for. */
export function archiveSource(bytes: Uint8Array, key = 'test.pmtiles'): Source & { asked: [number, number][] } {
  const asked: [number, number][] = [];
  return {
    asked,
    getKey: () => key,
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => {
      asked.push([offset, length]);
      const slice = bytes.slice(offset, offset + length);
      return { data: slice.buffer.slice(slice.byteOffset, slice.byteOffset + slice.byteLength) as ArrayBuffer };
    },
  };
}
