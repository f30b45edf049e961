import type { Problem } from './Problem.ts';
import { decodeBytes } from './decodeBytes.ts';
import { parseJsonText } from './parseJsonText.ts';
import { readActivityCsv } from './readActivityTable.ts';
import type { InputLayer } from './layerSpecs.ts';

/**
 * A file's bytes as a value, from its whole text: JSON, or an activity table
 * in CSV (by its name, or by its look when read as activity). The text is
 * let go as soon as it is parsed (this is a function of its own for that),
 * not held while every feature is checked. A FeatureCollection is read a
 * batch of features at a time before this (readFeatureBatches), and comes
 * here only when it cannot be read plainly that way.
 */
export function readFileValue(input: { name: string; bytes: Uint8Array; layer?: InputLayer | null; maxBytes?: number }): { value: unknown; problems: Problem[] } {
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
