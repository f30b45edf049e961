import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/**
 * One label point per area, inside the area, so a label is drawn once
 * rather than once per tile the polygon crosses.
 */
export function labelPoints<P>(areas: FeatureCollection<Polygon | MultiPolygon, P>): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: areas.features.map((f) => ({ ...largestPart(f), geometry: pointOnFeature(largestPart(f) as Feature<Polygon>).geometry })),
  };
}

/** The largest polygon of a MultiPolygon: a country's label belongs on its mainland, not an islet. */
function largestPart<P>(f: Feature<Polygon | MultiPolygon, P>): Feature<Polygon, P> {
  if (f.geometry.type === 'Polygon') return f as Feature<Polygon, P>;
  let best = f.geometry.coordinates[0] ?? [];
  let bestArea = -1;
  for (const poly of f.geometry.coordinates) {
    const ring = poly[0] ?? [];
    let a = 0;
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1] as [number, number];
      const [x1, y1] = ring[i] as [number, number];
      a += x0 * y1 - x1 * y0;
    }
    if (Math.abs(a) > bestArea) { bestArea = Math.abs(a); best = poly; }
  }
  return { ...f, geometry: { type: 'Polygon', coordinates: best } };
}
