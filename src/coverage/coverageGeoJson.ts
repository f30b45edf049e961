import { circle } from '@turf/turf';
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { pointOnPiece } from './borderPieces.ts';
import type { CoverageModel, CoverageResult } from './prepareCoverage.ts';

export interface CoverageLayers {
  /** The border in stretches, each covered or not. */
  border: FeatureCollection<LineString, { covered: boolean }>;
  /** A ring of the radius around each station. */
  rings: FeatureCollection<Polygon, { id: string }>;
  /** Where one station's sector gives way to the next. */
  splits: FeatureCollection<Point, Record<string, never>>;
}

/** What the map draws of a coverage result. */
export function coverageGeoJson(model: CoverageModel, r: CoverageResult): CoverageLayers {
  const p = model.pieces;
  const border: CoverageLayers['border']['features'] = [];
  // Consecutive pieces with the same state are joined, so the map draws a few hundred lines, not thousands.
  let run: { covered: boolean; coords: [number, number][]; line: number } | null = null;
  const push = (covered: boolean, line: number, from: [number, number], to: [number, number]) => {
    const last = run?.coords[run.coords.length - 1];
    if (run && run.covered === covered && run.line === line && last && last[0] === from[0] && last[1] === from[1]) {
      run.coords.push(to);
      return;
    }
    if (run) border.push({ type: 'Feature', properties: { covered: run.covered }, geometry: { type: 'LineString', coordinates: run.coords } });
    run = { covered, line, coords: [from, to] };
  };
  for (let i = 0; i < p.count; i++) {
    let t = 0;
    for (const [a, b] of [...r.covered[i]!, [1, 1] as [number, number]]) {
      if (a > t) push(false, p.line[i]!, pointOnPiece(p, i, t), pointOnPiece(p, i, a));
      if (b > a) push(true, p.line[i]!, pointOnPiece(p, i, a), pointOnPiece(p, i, b));
      t = Math.max(t, b);
    }
  }
  const last = run as { covered: boolean; coords: [number, number][] } | null;
  if (last) border.push({ type: 'Feature', properties: { covered: last.covered }, geometry: { type: 'LineString', coordinates: last.coords } });
  const rings = model.stations.map((s) => ({ ...circle([s.lon, s.lat], r.radiusKm, { steps: 64, units: 'kilometers' }), properties: { id: s.id } }));
  const splits = model.splits.map((c) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: c } }));
  return {
    border: { type: 'FeatureCollection', features: border },
    rings: { type: 'FeatureCollection', features: rings },
    splits: { type: 'FeatureCollection', features: splits },
  };
}
