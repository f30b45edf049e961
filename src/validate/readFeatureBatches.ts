const [QUOTE, BACKSLASH, COMMA, COLON] = [0x22, 0x5c, 0x2c, 0x3a];
const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY] = [0x7b, 0x7d, 0x5b, 0x5d];
/** `"features"` as bytes, without its quotes: the member whose elements are parsed a batch at a time. */
const FEATURES = [...'features'].map((c) => c.charCodeAt(0));

/**
 * Bytes of features decoded and parsed at once. Their text (twice the bytes
 * when a name has a letter beyond Latin-1) must stay under the size V8
 * allocates among young objects (128 KB): a larger one goes to the large-
 * object space, and decoding and parsing 100,000 stations took twice as
 * long (0.55–0.63 s against 0.24–0.32 s in 32–64 KB batches). The text and
 * what is not kept of its parse then die young, between two scavenges.
 */
const BATCH_BYTES = 48 * 1024;

/** What each byte is to the scan: most (digits, letters, spaces) are nothing, and are passed over with one look-up. */
const [PLAIN, TEXT, OPEN, CLOSE, SEPARATOR] = [0, 1, 2, 3, 4];
const KIND = new Uint8Array(256);
KIND[QUOTE] = TEXT;
KIND[OPEN_OBJECT] = KIND[OPEN_ARRAY] = OPEN;
KIND[CLOSE_OBJECT] = KIND[CLOSE_ARRAY] = CLOSE;
KIND[COMMA] = SEPARATOR;

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** A batch of features that is not JSON: the whole text must be read instead, to say what is wrong. */
export class NotPlainJson extends Error {}

/** A FeatureCollection read a batch of features at a time. */
export interface FeatureBatches {
  /** Its members, `features` holding the first batch only. */
  value: Record<string, unknown>;
  /** How many features the file has. */
  count: number;
  /** The first batch's features, then each next batch's, then null; throws NotPlainJson where a batch is not JSON. */
  next(): unknown[] | null;
}

/**
 * A FeatureCollection read from its bytes a batch of features at a time:
 * each batch's bytes decoded and parsed on their own, so the whole file is
 * never held as one text, nor all its features as one array, and a batch's
 * text (twice its bytes when a name has a letter beyond Latin-1) is let go
 * as soon as it is parsed. Together the batches give the value JSON.parse
 * gives the whole text. The first batch holds at least `firstAtLeast`
 * features (or all), parsed here. Anything this does not read plainly (no
 * top-level "features" array, the member named twice or with an escape,
 * members or a first batch that do not parse, bytes that are not UTF-8)
 * gives null, and a later batch that does not parse throws NotPlainJson:
 * the caller then decodes and parses the whole text, which says exactly
 * what is wrong, as before.
 */
export function readFeatureBatches(input: Uint8Array, firstAtLeast = 0): FeatureBatches | null {
  // A plain view of the same memory: reading a Node Buffer (a subclass) byte by byte is several times slower.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const scan = scanFeatures(bytes, firstAtLeast);
  if (!scan) return null;
  const { open, close, cuts, count } = scan;
  // ignoreBOM: a byte-order mark inside the file is kept as a character, as it is when the whole text is decoded.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  // A batch is the bytes between two separators, framed as an array: "[" f, f, … "]".
  const frame = new Uint8Array(Math.min(bytes.length, maxGap(cuts) + 1));
  const parseBatch = (k: number): unknown[] => {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
    frame[0] = OPEN_ARRAY;
    frame.set(bytes.subarray(from + 1, to), 1);
    frame[to - from] = CLOSE_ARRAY;
    return JSON.parse(decoder.decode(frame.subarray(0, to - from + 1))) as unknown[];
  };
  let value: Record<string, unknown>;
  let first: unknown[];
  try {
    const skeleton = new Uint8Array(bytes.length - (close - open - 1));
    skeleton.set(bytes.subarray(0, open + 1));
    skeleton.set(bytes.subarray(close), open + 1);
    const parsed: unknown = JSON.parse(decoder.decode(skeleton));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    value = parsed as Record<string, unknown>;
    first = count === 0 ? [] : parseBatch(0);
  } catch {
    return null;
  }
  value.features = first;
  let k = 0;
  return {
    value,
    count,
    next() {
      if (count === 0 || k >= cuts.length - 1) return null;
      if (k === 0) {
        k++;
        return first;
      }
      try {
        return parseBatch(k++);
      } catch (err) {
        throw new NotPlainJson(err instanceof Error ? err.message : String(err));
      }
    },
  };
}

interface Scan {
  /** The features array's brackets. */
  open: number;
  close: number;
  /** Where batches part: the opening bracket, commas between features, the closing bracket. */
  cuts: number[];
  count: number;
}

/**
 * Finds the top-level "features" array and the commas between its elements,
 * without decoding: the bytes of JSON's structure are all ASCII, and UTF-8
 * never uses an ASCII byte inside a longer character.
 */
function scanFeatures(bytes: Uint8Array, firstAtLeast: number): Scan | null {
  const n = bytes.length;
  let i = 0;
  while (isSpace(bytes[i])) i++;
  if (bytes[i] !== OPEN_OBJECT) return null;
  let [open, close] = [-1, -1];
  const cuts: number[] = [];
  let count = 0;
  let depth = 0;
  for (; i < n; i++) {
    const kind = KIND[bytes[i]!];
    if (kind === PLAIN) continue;
    if (kind === TEXT) {
      const start = i;
      let escaped = false;
      for (i++; i < n; i++) {
        const b = bytes[i];
        if (b === QUOTE) break;
        if (b === BACKSLASH) {
          escaped = true;
          i++;
        }
      }
      if (i >= n) return null;
      if (depth !== 1) continue;
      if (escaped) return null; // a member name JSON.parse may read as "features"
      if (i - start - 1 !== FEATURES.length || !sameBytes(bytes, start + 1, FEATURES)) continue;
      let k = i + 1;
      while (isSpace(bytes[k])) k++;
      if (bytes[k] !== COLON) continue;
      if (open >= 0) return null; // named twice: JSON.parse keeps the last
      for (k++; isSpace(bytes[k]); k++);
      if (bytes[k] !== OPEN_ARRAY) return null;
      open = k;
      cuts.push(k);
      i = k;
      depth = 2;
    } else if (kind === OPEN) {
      depth++;
    } else if (kind === CLOSE) {
      depth--;
      if (depth === 1 && open >= 0 && close < 0) {
        close = i;
        cuts.push(i);
      }
    } else if (depth === 2 && open >= 0 && close < 0) {
      count++;
      // A batch ends at the first comma past its size, and the first one not before `firstAtLeast` features.
      if (i - cuts[cuts.length - 1]! >= BATCH_BYTES && (cuts.length > 1 || count >= firstAtLeast)) cuts.push(i);
    }
  }
  if (open < 0 || close < 0) return null;
  // "[ ]" is an empty array; an empty element anywhere else ("[1,,2]", "[1,]") is not JSON, and fails to parse.
  if (count === 0 && isBlank(bytes, open + 1, close)) return { open, close, cuts, count: 0 };
  return { open, close, cuts, count: count + 1 };
}

function maxGap(cuts: readonly number[]): number {
  let gap = 0;
  for (let k = 1; k < cuts.length; k++) gap = Math.max(gap, cuts[k]! - cuts[k - 1]!);
  return gap;
}

function sameBytes(bytes: Uint8Array, at: number, what: readonly number[]): boolean {
  for (let k = 0; k < what.length; k++) if (bytes[at + k] !== what[k]) return false;
  return true;
}

function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isSpace(bytes[k])) return false;
  return true;
}
