import type { Feature } from 'geojson';

/** How many features of a layer have schematic geometry, of how many: the legend says so. */
export function countSchematic(features: readonly Feature[]): { schematic: number; total: number } {
  return { schematic: features.filter((f) => f.properties?.geometryQuality === 'schematic').length, total: features.length };
}
