import { bbox as bboxOf, length, pointToLineDistance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { BorderLineFeature, CountryCode } from '../../src/data/types.ts';

/**
 * The stretch of a shared boundary that runs along a province: the segments
 * whose midpoint lies within `nearKm` of one of its border communes' areas.
 */
export function alongAreas(
  shared: Feature<MultiLineString>,
  areas: Feature<Polygon | MultiPolygon>[],
  nearKm: number,
): Position[][] {
  const pad = nearKm / 100; // degrees, generous at these latitudes
  const boxes = areas.map((a) => {
    const [w, s, e, n] = bboxOf(a);
    return [w - pad, s - pad, e + pad, n + pad] as const;
  });
  const near = (p: Position) =>
    areas.some((a, i) => {
      const [w, s, e, n] = boxes[i] as readonly [number, number, number, number];
      const [x, y] = p as [number, number];
      return x >= w && x <= e && y >= s && y <= n && pointToPolygonDistance(p, a, { units: 'kilometers' }) <= nearKm;
    });
  const out: Position[][] = [];
  for (const line of shared.geometry.coordinates) {
    let run: Position[] = [];
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1] as Position;
      const b = line[i] as Position;
      const mid = [((a[0] as number) + (b[0] as number)) / 2, ((a[1] as number) + (b[1] as number)) / 2];
      if (near(mid)) {
        if (run.length === 0) run.push(a);
        run.push(b);
      } else if (run.length > 0) {
        out.push(run);
        run = [];
      }
    }
    if (run.length > 0) out.push(run);
  }
  return out;
}

export function borderLineFeature(id: string, name: string, neighbour: CountryCode, provinceId: string, parts: Position[][]): BorderLineFeature {
  const geometry: MultiLineString = { type: 'MultiLineString', coordinates: parts };
  return {
    type: 'Feature',
    properties: {
      id,
      name,
      kind: 'border',
      geometryQuality: 'approximate',
      geometryMethod: 'shared-boundary',
      countries: ['VN', neighbour],
      provinceId,
      drawnKm: Math.round(length({ type: 'Feature', properties: {}, geometry }, { units: 'kilometers' }) * 10) / 10,
      sourceIds: ['osm-geo-maps'],
    },
    geometry,
  };
}

/**
 * Drops the runs that pass within `toleranceKm` of an excluded point: a
 * stretch the schematic areas reach but that belongs to a province the
 * gazetteer has no communes of (border-exclusions.csv says which and why).
 */
export function dropRunsThrough(parts: Position[][], points: Position[], toleranceKm = 0.5): Position[][] {
  return parts.filter((run) => !points.some((p) =>
    pointToLineDistance(p, { type: 'LineString', coordinates: run }, { units: 'kilometers' }) <= toleranceKm));
}
