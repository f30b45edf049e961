import { lineString, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';

/** Shortest geodesic distance in km from a point to a LineString or any part of a MultiLineString. */
export function distanceToLine(p: Position, line: Feature<LineString | MultiLineString> | LineString | MultiLineString): number {
  const g = 'geometry' in line ? line.geometry : line;
  const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  let best = Infinity;
  for (const part of parts) {
    if (part.length < 2) continue;
    best = Math.min(best, pointToLineDistance(p, lineString(part), { units: 'kilometers' }));
  }
  return best;
}
