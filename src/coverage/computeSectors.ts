import type { BorderPieces } from './borderPieces.ts';
import { bisect, distanceAt } from './distanceAlong.ts';
import type { Station } from './Station.ts';
import type { StationReach } from './stationReach.ts';

/** A stretch of one piece, from t0 to t1 of its length, whose nearest station is `station`. */
export interface SectorRun {
  piece: number;
  t0: number;
  t1: number;
  station: number;
}

/**
 * Each stretch of border to its nearest station. Along a straight piece the
 * difference of squared distances to two stations is linear, so the nearest
 * station changes at most once per pair: found by bisection on geodesic
 * distances, at the point equally far from both. `reach` lists the stations
 * that can be nearest on each piece, with their distances to its ends.
 */
export function computeSectors(p: BorderPieces, stations: readonly Station[], reach: StationReach): SectorRun[] {
  const runs: SectorRun[] = [];
  if (stations.length === 0) return runs;
  const { offsets, station, d0, d1 } = reach;
  for (let i = 0; i < p.count; i++) {
    const from = offsets[i]!;
    const to = offsets[i + 1]!;
    // Only stations that could be nearest somewhere on the piece: within a piece's length of the best.
    let best = Infinity;
    for (let k = from; k < to; k++) best = Math.min(best, Math.max(d0[k]!, d1[k]!));
    const candidates: number[] = [];
    for (let k = from; k < to; k++) if (Math.min(d0[k]!, d1[k]!) <= best + p.km[i]!) candidates.push(station[k]!);
    const d = (s: number, t: number) => distanceAt(p, i, t, stations[s]!.lon, stations[s]!.lat);
    let t = 0;
    let current = candidates.reduce((a, b) => (d(b, 0) < d(a, 0) ? b : a));
    // Each candidate takes over at most once per piece; the bound only guards against rounding at ties.
    for (let guard = 0; t < 1 && guard <= 2 * candidates.length; guard++) {
      let next = 1;
      let takeover = -1;
      for (const c of candidates) {
        if (c === current) continue;
        const f = (u: number) => d(current, u) - d(c, u);
        if (f(1) <= 0) continue; // never closer before the piece ends
        const at = f(t) > 0 ? t : bisect(f, t, 1);
        if (at < next) {
          next = at;
          takeover = c;
        }
      }
      if (next > t) runs.push({ piece: i, t0: t, t1: next, station: current });
      if (takeover < 0) break;
      t = next;
      current = takeover;
    }
  }
  return runs;
}
