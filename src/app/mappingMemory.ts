import { LAYER_SPECS, type InputLayer } from '../validate/layerSpecs.ts';
import type { PropertyMapping } from '../validate/propertyAliases.ts';

/** The part of localStorage the memory uses, so tests can hand it a Map. */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const PREFIX = 'border-atlas:mapping:';

/**
 * The storage key for files of one shape: the layer and the sorted set of
 * their property names. A planner's monthly export has the same columns
 * each month, so a choice made once applies to the next month's file.
 */
export function shapeKey(layer: InputLayer, fieldNames: readonly string[]): string {
  return `${PREFIX}${JSON.stringify([layer, [...new Set(fieldNames)].sort()])}`;
}

/**
 * A stored mapping, checked: the text may come from another version or be
 * written by hand, so only our layer's properties mapped to names the file
 * has survive. Anything else reads as no mapping.
 */
export function parseStoredMapping(text: string | null, layer: InputLayer, fieldNames: readonly string[]): PropertyMapping | null {
  if (text === null || text.length > 10_000) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const ours = new Set(LAYER_SPECS[layer].map((s) => s.key));
  const theirs = new Set(fieldNames);
  const mapping: Record<string, string> = {};
  for (const [to, from] of Object.entries(value)) {
    if (ours.has(to) && typeof from === 'string' && theirs.has(from)) mapping[to] = from;
  }
  return Object.keys(mapping).length > 0 ? mapping : null;
}

/**
 * Choices of which file property to read as ours, kept in the browser per
 * file shape. Storage may be missing (private modes, sandboxed frames) or
 * throw (quota, a denied origin): then nothing is remembered, and nothing
 * breaks.
 */
export class MappingMemory {
  constructor(private storage: KeyValue | null) {}

  recall(layer: InputLayer, fieldNames: readonly string[]): PropertyMapping | null {
    if (!this.storage || fieldNames.length === 0) return null;
    try {
      return parseStoredMapping(this.storage.getItem(shapeKey(layer, fieldNames)), layer, fieldNames);
    } catch {
      return null;
    }
  }

  remember(layer: InputLayer, fieldNames: readonly string[], mapping: PropertyMapping): void {
    if (!this.storage || fieldNames.length === 0) return;
    try {
      this.storage.setItem(shapeKey(layer, fieldNames), JSON.stringify(mapping));
    } catch {
      // Full or refused: the choice still applies to this file, it is only not kept.
    }
  }
}
