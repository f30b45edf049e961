import type { FileReport } from '../validate/FileReport.ts';
import type { FileInput } from '../validate/validateFile.ts';
import { decodeBytes, MAX_FILE_BYTES } from '../validate/decodeBytes.ts';
import { parseJsonText } from '../validate/parseJsonText.ts';
import { featuresOf } from '../validate/fileShape.ts';
import { shareStrings } from './shareStrings.ts';
import { packCoordinates } from './packCoordinates.ts';
import type { PositionPool } from './PositionPool.ts';

/**
 * Files up to this size the page reads itself while a worker checks them
 * (a national dataset's layers: 6.7 MB): past it, reading on the page's
 * thread would hold it too long, and the checker sends the features.
 */
const READ_HERE_MAX = 16 * 1024 * 1024;

/**
 * Whether the page reads a dataset's layer file itself while it is checked:
 * a JSON layer file of moderate size. The checker then only says which
 * features are valid; packing the features in the worker, sending them and
 * rebuilding them on the page cost a national start-up ~100 ms after the
 * checks, and the page's thread has nothing else to do while they run.
 */
export function readsHere(input: FileInput): boolean {
  return input.layer !== 'activity' && !/\.csv$/i.test(input.name) && input.bytes.byteLength <= Math.min(READ_HERE_MAX, input.maxBytes ?? MAX_FILE_BYTES);
}

/**
 * A layer file's features as the checker reads them (the decoding and the
 * parser of readFileValue for a JSON file, the same list), their texts
 * shared and positions packed into `pool`; null when it holds no list of
 * features (the checker says why). Nothing here trusts the features: they
 * are used only as the checker picks them.
 */
export function readFeatures(input: FileInput, pool: PositionPool): unknown[] | null {
  const decoded = decodeBytes(input.name, input.bytes, input.maxBytes);
  if (decoded.text === null) return null;
  const features = featuresOf(parseJsonText(input.name, decoded.text).value);
  if (!Array.isArray(features)) return null;
  return packCoordinates(shareStrings(features), pool);
}

/**
 * A report as the loader uses it: a checker's `picked` features (see
 * pickedReport) taken from the page's own reading, with the properties the
 * checks rewrote; a report with its features already is returned as it is.
 * Null when the reading lacks a feature the checker found valid: the same
 * bytes read by the same code should never differ, and the loader then
 * checks the files again on the page rather than load less than they hold.
 */
export function withPicked(report: FileReport, features: unknown[] | null | undefined): FileReport | null {
  const { picked, ...rest } = report;
  if (!picked) return report;
  if (!features || picked.some(({ index }) => !features[index] || typeof features[index] !== 'object')) return null;
  const valid = picked.map(({ index, id, bbox, properties }) => {
    const feature = features[index] as Record<string, unknown>;
    const value = feature as unknown as FileReport['valid'][number]['value'];
    if (!properties) return { index, id, bbox, value };
    feature.properties = properties;
    return { index, id, bbox, value, rewritten: true as const };
  });
  return { ...rest, valid };
}
