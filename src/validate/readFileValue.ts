import type { Problem } from './Problem.ts';
import { decodeBytes, MAX_FILE_BYTES } from './decodeBytes.ts';
import { parseFeatureBytes } from './parseFeatureBytes.ts';
import { parseJsonText } from './parseJsonText.ts';
import { readActivityCsv } from './readActivityTable.ts';
import type { InputLayer } from './layerSpecs.ts';

/**
 * Files from this size are parsed from their bytes: below it the whole text
 * costs at most twice as much, and decoding it in one go is faster (100,000
 * stations, 19 MB: 1.1–1.3 s whole, 1.5–1.7 s from the bytes, whose scan is
 * JavaScript); above it the text held beside the parsed value is what takes a
 * check past 4× the file's size (78 MB of polygons: 5.2× whole, 4.3× from
 * the bytes, in about the same time).
 */
const BYTE_PARSE_FROM = 32 * 1024 * 1024;

/**
 * A file's bytes as a value: JSON, or an activity table in CSV (by its name,
 * or by its look when read as activity). A large FeatureCollection is read
 * feature by feature when it can be (parseFeatureBytes); otherwise the text is
 * decoded whole, and let go as soon as it is parsed (this is a function of its
 * own for that), not held while every feature is checked.
 */
export function readFileValue(input: { name: string; bytes: Uint8Array; layer?: InputLayer | null; maxBytes?: number }): { value: unknown; problems: Problem[] } {
  const size = input.bytes.byteLength;
  if (!/\.csv$/i.test(input.name) && size >= BYTE_PARSE_FROM && size <= (input.maxBytes ?? MAX_FILE_BYTES)) {
    const value = parseFeatureBytes(input.bytes);
    if (value) return { value, problems: [] };
  }
  const decoded = decodeBytes(input.name, input.bytes, input.maxBytes);
  const problems = decoded.problems;
  if (decoded.text === null) return { value: undefined, problems };
  if (/\.csv$/i.test(input.name) || (!/^\s*[[{]/.test(decoded.text) && input.layer === 'activity')) {
    const table = readActivityCsv(input.name, decoded.text);
    return { value: table.records ?? undefined, problems: [...problems, ...table.problems] };
  }
  const parsed = parseJsonText(input.name, decoded.text);
  return { value: parsed.value, problems: [...problems, ...parsed.problems] };
}
