import type { Feature, LineString, MultiLineString } from 'geojson';
import { haversineKm } from './haversineKm.ts';

/** Longest piece, km: short enough that a piece is straight for every distance we take along it. */
export const MAX_PIECE_KM = 1;

/**
 * The border cut into short straight pieces, in flat arrays: piece i runs
 * from (lon0[i], lat0[i]) to (lon1[i], lat1[i]), is km[i] long, belongs to
 * line[i] (one per LineString, in order) and starts startKm[i] from that
 * line's start.
 */
export interface BorderPieces {
  count: number;
  lon0: Float64Array;
  lat0: Float64Array;
  lon1: Float64Array;
  lat1: Float64Array;
  km: Float64Array;
  line: Int32Array;
  startKm: Float64Array;
  /** Total length of each line, km. */
  lineKm: number[];
  /** The index of the border feature each line came from (a MultiLineString gives several lines). */
  lineFeature: number[];
}

export function borderPieces(border: readonly Feature<LineString | MultiLineString>[]): BorderPieces {
  const lines = border.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
  const lineFeature = border.flatMap((f, fi) => (f.geometry.type === 'LineString' ? [fi] : f.geometry.coordinates.map(() => fi)));
  const out = { lon0: [] as number[], lat0: [] as number[], lon1: [] as number[], lat1: [] as number[], km: [] as number[], line: [] as number[], startKm: [] as number[] };
  const lineKm: number[] = [];
  lines.forEach((coords, li) => {
    let along = 0;
    for (let i = 0; i + 1 < coords.length; i++) {
      const [ax = 0, ay = 0] = coords[i]!;
      const [bx = 0, by = 0] = coords[i + 1]!;
      const len = haversineKm(ax, ay, bx, by);
      if (len === 0) continue;
      // Long segments are split evenly; within 1 km, straight in lon/lat is the geodesic to a metre.
      const parts = Math.ceil(len / MAX_PIECE_KM);
      for (let k = 0; k < parts; k++) {
        out.lon0.push(ax + ((bx - ax) * k) / parts);
        out.lat0.push(ay + ((by - ay) * k) / parts);
        out.lon1.push(ax + ((bx - ax) * (k + 1)) / parts);
        out.lat1.push(ay + ((by - ay) * (k + 1)) / parts);
        out.km.push(len / parts);
        out.line.push(li);
        out.startKm.push(along + (len * k) / parts);
      }
      along += len;
    }
    lineKm.push(along);
  });
  return {
    count: out.km.length,
    lon0: Float64Array.from(out.lon0), lat0: Float64Array.from(out.lat0),
    lon1: Float64Array.from(out.lon1), lat1: Float64Array.from(out.lat1),
    km: Float64Array.from(out.km), line: Int32Array.from(out.line), startKm: Float64Array.from(out.startKm),
    lineKm,
    lineFeature,
  };
}

/** A position t (0 to 1) of the way along piece i. */
export function pointOnPiece(p: BorderPieces, i: number, t: number): [number, number] {
  return [p.lon0[i]! + (p.lon1[i]! - p.lon0[i]!) * t, p.lat0[i]! + (p.lat1[i]! - p.lat0[i]!) * t];
}
