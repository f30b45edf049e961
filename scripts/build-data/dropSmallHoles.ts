import { area, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Removes holes smaller than `minKm2` (reservoirs, river islands' water) from
 * land polygons: at the zooms we show they read as specks, and inside a
 * commune's schematic area they would read as territory it does not have.
 */
export function dropSmallHoles<P>(f: Feature<Polygon | MultiPolygon, P>, minKm2: number): Feature<MultiPolygon, P> {
  const polys: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const kept = polys
    .filter((p) => (p[0]?.length ?? 0) >= 4)
    .map(([outer, ...holes]) => [outer as Position[], ...holes.filter((h) => area(polygon([h])) > minKm2 * 1e6)]);
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: kept } };
}
