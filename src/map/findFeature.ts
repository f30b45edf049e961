import { bbox } from '@turf/turf';
import type { Dataset } from '../data/types.ts';

const SOURCES = ['provinces', 'communes', 'facilities', 'twinPairs', 'markers'] as const;

/** Which map source holds a feature id, and its extent. */
export function findFeature(dataset: Dataset, id: string): { source: string; bbox: [number, number, number, number] | null } | null {
  for (const source of SOURCES) {
    const f = (dataset[source].features as { properties: { id: string } }[]).find((x) => x.properties.id === id);
    if (f) {
      const b = bbox(f as unknown as Parameters<typeof bbox>[0]);
      return { source, bbox: [b[0], b[1], b[2], b[3]] };
    }
  }
  return null;
}
