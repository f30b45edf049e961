import type { Dataset } from '../data/types.ts';
import type { Units } from '../state/schema.ts';
import { unitOf2025 } from './unitOf2025.ts';

/**
 * The selection carried across a switch of units: a commune selected before
 * 1 July 2025 becomes the unit it merged into; a merged unit becomes the
 * first commune it was merged from. Anything else stays selected.
 */
export function selectIn(d: Dataset, select: string | null, units: Units): string | null {
  if (select === null) return null;
  const communes = d.communes.features.map((f) => f.properties);
  if (units === 'post2025') {
    const c = communes.find((p) => p.id === select);
    return (c && unitOf2025(c)?.id) ?? select;
  }
  return communes.find((p) => unitOf2025(p)?.id === select)?.id ?? select;
}
