import type { GeometryCheck } from './checkGeometry.ts';

/** The smallest coordinates geojson-validation accepts for each geometry type. */
const NOTHING_TO_SAY: Record<string, unknown> = {
  Point: [0, 0], MultiPoint: [], LineString: [[0, 0], [0, 0]], MultiLineString: [], Polygon: [], MultiPolygon: [],
};

/**
 * What to hand geojson-validation for a feature: the feature itself, or,
 * when our own geometry checks passed and found coordinates it would accept
 * too (positions of numbers, lines of two, closed rings of four), the same
 * members with stand-in coordinates. Its messages are the same either way;
 * walking every position a second time, with an array of messages per
 * position, took a tenth of the time spent on a large file.
 */
export function libraryProbe(feature: Record<string, unknown>, geometry: GeometryCheck): Record<string, unknown> {
  const g = feature.geometry as Record<string, unknown> | null | undefined;
  if (!geometry.coordinatesClean || !g || typeof g.type !== 'string' || !(g.type in NOTHING_TO_SAY)) return feature;
  const stand: Record<string, unknown> = { type: g.type, coordinates: NOTHING_TO_SAY[g.type] };
  if ('bbox' in g) stand.bbox = g.bbox;
  const probe: Record<string, unknown> = { type: feature.type, geometry: stand };
  for (const member of ['bbox', 'properties']) if (member in feature) probe[member] = feature[member];
  return probe;
}
