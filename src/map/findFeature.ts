import { bbox } from '@turf/turf';
import type { Dataset } from '../data/types.ts';
import { findArea } from '../stats/findArea.ts';

/** Which map source holds a feature id, and its extent: through the areas' index, as a national dataset's 10,000 communes would make a scan cost a click 3 ms. */
export function findFeature(dataset: Dataset, id: string): { source: string; bbox: [number, number, number, number] | null } | null {
  const area = findArea(dataset, id);
  if (!area) return null;
  const b = bbox(area.feature as unknown as Parameters<typeof bbox>[0]);
  return { source: area.layer, bbox: [b[0], b[1], b[2], b[3]] };
}
