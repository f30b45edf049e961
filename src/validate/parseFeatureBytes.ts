/** `"features"` as bytes: the member whose elements are parsed one by one. */
const FEATURES = [...'"features"'].map((c) => c.charCodeAt(0));
const [QUOTE, BACKSLASH, COMMA, COLON] = [0x22, 0x5c, 0x2c, 0x3a];
const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY] = [0x7b, 0x7d, 0x5b, 0x5d];

const BATCH_BYTES = 1 << 20;
/** Bytes that open or close nothing and part nothing (digits, letters, spaces): passed over with one look-up, being nearly all of a file. */
const PLAIN = new Uint8Array(256).fill(1);
for (const b of [QUOTE, COMMA, OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY]) PLAIN[b] = 0;

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * A FeatureCollection parsed feature by feature, straight from its bytes:
 * each feature's bytes decoded and parsed on their own, so the whole file is
 * never held as one text beside its parsed value (a text as large as the
 * file, twice that when a name has a letter beyond Latin-1). The value is
 * the one JSON.parse gives the whole text. Anything this does not read
 * plainly (no top-level "features" array, the member named twice or with an
 * escape, a feature that does not parse, bytes that are not UTF-8) gives
 * null: the caller then decodes and parses the whole text, which says
 * exactly what is wrong, as before.
 */
export function parseFeatureBytes(input: Uint8Array): Record<string, unknown> | null {
  // A plain view of the same memory: reading a Node Buffer (a subclass) byte by byte is several times slower.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  let i = 0;
  while (isSpace(bytes[i])) i++;
  if (bytes[i] !== OPEN_OBJECT) return null;
  const bounds: number[] = []; // where each feature starts and ends, by pairs
  let [open, close] = [-1, -1]; // the features array's brackets
  let depth = 0;
  let backslash = 0; // the next backslash at or after the text being read, -1 for none
  for (; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (PLAIN[b] === 1) continue;
    if (b === QUOTE) {
      const start = i;
      let escaped = false;
      // Where the text ends, found natively; walked byte by byte only when a backslash comes first.
      if (backslash >= 0 && backslash < i) backslash = bytes.indexOf(BACKSLASH, i);
      i = bytes.indexOf(QUOTE, i + 1);
      if (i < 0) return null;
      if (backslash >= 0 && backslash < i) {
        for (i = start + 1; i < bytes.length && bytes[i] !== QUOTE; i++) {
          if (bytes[i] === BACKSLASH) {
            escaped = true;
            i++;
          }
        }
      }
      if (depth !== 1) continue;
      if (escaped) return null; // a member name JSON.parse may read as "features"
      if (!sameBytes(bytes, start, FEATURES)) continue;
      let k = i + 1;
      while (isSpace(bytes[k])) k++;
      if (bytes[k] !== COLON) continue;
      if (open >= 0) return null; // named twice: JSON.parse keeps the last
      for (k++; isSpace(bytes[k]); k++);
      if (bytes[k] !== OPEN_ARRAY) return null;
      open = k;
      bounds.push(k + 1);
      i = k;
      depth = 2;
    } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
      depth++;
    } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
      depth--;
      if (depth === 1 && open >= 0 && close < 0) {
        close = i;
        bounds.push(i);
      }
    } else if (b === COMMA && depth === 2 && open >= 0 && close < 0) {
      bounds.push(i, i + 1);
    }
  }
  if (open < 0 || close < 0) return null;
  // ignoreBOM: a byte-order mark inside the file is kept as a character, as it is when the whole text is decoded.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    const skeleton = new Uint8Array(bytes.length - (close - open - 1));
    skeleton.set(bytes.subarray(0, open + 1));
    skeleton.set(bytes.subarray(close), open + 1);
    const value = JSON.parse(decoder.decode(skeleton)) as Record<string, unknown>;
    const features: unknown[] = [];
    // "[ ]" is an empty array; an empty element anywhere else ("[1,,2]", "[1,]") is not JSON, and fails below.
    const empty = bounds.length === 2 && isBlank(bytes, bounds[0]!, bounds[1]!);
    // Features a megabyte at a time, commas and all, as one array: fewer calls than one per feature, little text held.
    for (let k = 0; k < bounds.length && !empty; ) {
      let m = k + 1;
      while (m + 2 < bounds.length && bounds[m]! - bounds[k]! < BATCH_BYTES) m += 2;
      const batch = JSON.parse(`[${decoder.decode(bytes.subarray(bounds[k], bounds[m]))}]`) as unknown[];
      for (const f of batch) features.push(f);
      k = m + 1;
    }
    value.features = features;
    return value;
  } catch {
    return null;
  }
}

function sameBytes(bytes: Uint8Array, at: number, what: readonly number[]): boolean {
  for (let k = 0; k < what.length; k++) if (bytes[at + k] !== what[k]) return false;
  return true;
}

function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isSpace(bytes[k])) return false;
  return true;
}
