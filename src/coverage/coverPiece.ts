import type { BorderPieces } from './borderPieces.ts';
import { bisect, closestT, distanceAt } from './distanceAlong.ts';

/**
 * The stretch [a, b] of piece i within r km of a station, or null. Distance
 * along a straight piece falls, then rises: the crossings are found by
 * bisection on each side of the closest point, on geodesic distances.
 */
export function coverPiece(p: BorderPieces, i: number, lon: number, lat: number, r: number, d0: number, d1: number): [number, number] | null {
  if (d0 <= r && d1 <= r) return [0, 1];
  const tMin = closestT(p, i, lon, lat);
  const f = (t: number) => distanceAt(p, i, t, lon, lat) - r;
  if (f(tMin) > 0) return null;
  const a = d0 <= r ? 0 : bisect(f, 0, tMin);
  const b = d1 <= r ? 1 : bisect(f, tMin, 1);
  return b > a ? [a, b] : null;
}

/** Union of intervals within [0, 1], sorted and merged. */
export function mergeIntervals(list: [number, number][]): [number, number][] {
  list.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of list) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
