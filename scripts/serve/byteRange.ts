/** Bytes `start` to `end` of a file, both included, as HTTP counts them. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * The one byte range a Range header asks of a file of `size` bytes
 * ("bytes=a-b", "bytes=a-", "bytes=-n"), clipped to the file. Null for no
 * header, several ranges or one that does not parse: the whole file is then
 * the answer, as RFC 9110 allows. "unsatisfiable" for a range that starts
 * past the end: a 416. One range is all a PMTiles reader asks for.
 */
export function byteRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const m = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    return suffix === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const last = m[2] === '' ? size - 1 : Number(m[2]);
  if (last < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(last, size - 1) };
}
