import { LAYER_SPECS } from '../../src/validate/layerSpecs.ts';
import type { PropertyMapping } from '../../src/validate/propertyAliases.ts';

/** Every property our format has, in any layer: what `--map` may name on the left. */
const OURS = new Set(Object.values(LAYER_SPECS).flatMap((specs) => specs.map((s) => s.key)));

/**
 * `--map id=ma_xa,name=ten_xa`: our property, "=", the file's property,
 * comma-separated. Returns the mapping, or why the text is not one.
 */
export function parseMapArg(text: string | undefined): PropertyMapping | string {
  if (text === undefined || text.startsWith('--')) return '--map: expected our property = the file\'s property, such as "id=ma_xa,name=ten_xa".';
  const mapping: Record<string, string> = {};
  for (const entry of text.split(',')) {
    const m = /^\s*([^=\s]+)\s*=\s*([^=]*?)\s*$/.exec(entry);
    if (!m || m[2] === '') return `--map: expected our property = the file's property, such as "id=ma_xa", got ${JSON.stringify(entry)}.`;
    const [, ours, theirs] = m as unknown as [string, string, string];
    if (!OURS.has(ours)) return `--map: ${JSON.stringify(ours)} is not a property of the data format (docs/data-format.md).`;
    if (Object.hasOwn(mapping, ours)) return `--map: ${JSON.stringify(ours)} is given twice.`;
    mapping[ours] = theirs;
  }
  return mapping;
}
