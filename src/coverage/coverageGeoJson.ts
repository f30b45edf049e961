import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { pointOnPiece, type BorderPieces } from './borderPieces.ts';
import { EARTH_RADIUS_KM } from './haversineKm.ts';
import { memoByObject } from '../data/memoByObject.ts';
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
  const ends = endsOf(p);
  const at = (i: number, t: number) => (t === 0 ? ends.start[i]! : t === 1 ? ends.end[i]! : pointOnPiece(p, i, t));
  for (let i = 0; i < p.count; i++) {
    let t = 0;
    const line = p.line[i]!;
    for (const [a, b] of r.covered[i]!) {
      if (a > t) push(false, line, at(i, t), at(i, a));
      if (b > a) push(true, line, at(i, a), at(i, b));
      t = Math.max(t, b);
    }
    if (t < 1) push(false, line, at(i, t), at(i, 1));
  }
  const last = run as { covered: boolean; coords: [number, number][] } | null;
  if (last) border.push({ type: 'Feature', properties: { covered: last.covered }, geometry: { type: 'LineString', coordinates: last.coords } });
  const rings = model.stations.map((s) => ({ type: 'Feature' as const, properties: { id: s.id }, geometry: { type: 'Polygon' as const, coordinates: [ring(s.lon, s.lat, r.radiusKm)] } }));
  return {
    border: { type: 'FeatureCollection', features: border },
    rings: { type: 'FeatureCollection', features: rings },
    // The same object at every radius: the map sends it to its worker once.
    splits: splitsOf(model),
  };
}

const STEPS = 64;
const RAD = Math.PI / 180;

/**
 * A geodesic circle of 64 steps, clockwise from north, as turf's circle()
 * draws it, by the same spherical formula without a feature per vertex: the
 * map gets 300 of them at every step of the radius slider.
 */
function ring(lon: number, lat: number, km: number): [number, number][] {
  const out: [number, number][] = [];
  const lat1 = lat * RAD;
  const lon1 = lon * RAD;
  const d = km / EARTH_RADIUS_KM;
  const [sinLat, cosLat, sinD, cosD] = [Math.sin(lat1), Math.cos(lat1), Math.sin(d), Math.cos(d)];
  for (let i = 0; i < STEPS; i++) {
    const bearing = (((i * -360) / STEPS) % 360) * RAD;
    const lat2 = Math.asin(sinLat * cosD + cosLat * sinD * Math.cos(bearing));
    const lon2 = lon1 + Math.atan2(Math.sin(bearing) * sinD * cosLat, cosD - sinLat * Math.sin(lat2));
    out.push([((lon2 % (2 * Math.PI)) * 180) / Math.PI, ((lat2 % (2 * Math.PI)) * 180) / Math.PI]);
  }
  out.push(out[0]!);
  return out;
}

const splitsOf = memoByObject((model: CoverageModel): CoverageLayers['splits'] => ({
  type: 'FeatureCollection',
  features: model.splits.map((c) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: c } })),
}));

/** Each piece's two ends as positions, made once per border: most steps of the slider draw whole pieces. */
const endsOf = memoByObject((p: BorderPieces): { start: [number, number][]; end: [number, number][] } => {
  const ends = { start: [] as [number, number][], end: [] as [number, number][] };
  for (let i = 0; i < p.count; i++) {
    ends.start.push(pointOnPiece(p, i, 0));
    ends.end.push(pointOnPiece(p, i, 1));
  }
  return ends;
});
