import { type BorderPieces, pointOnPiece } from './borderPieces.ts';
import { haversineKm } from './haversineKm.ts';

const RAD = Math.PI / 180;

/** Geodesic distance, km, from a station to the point t of the way along piece i. */
export function distanceAt(p: BorderPieces, i: number, t: number, sLon: number, sLat: number): number {
  const [lon, lat] = pointOnPiece(p, i, t);
  return haversineKm(lon, lat, sLon, sLat);
}

/**
 * Where along piece i a station is closest (t from 0 to 1), from a flat
 * projection centred on the piece: exact enough to split the piece into the
 * two stretches on which the geodesic distance only falls, then only rises.
 */
export function closestT(p: BorderPieces, i: number, sLon: number, sLat: number): number {
  const k = Math.cos(((p.lat0[i]! + p.lat1[i]!) / 2) * RAD);
  const dx = (p.lon1[i]! - p.lon0[i]!) * k;
  const dy = p.lat1[i]! - p.lat0[i]!;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return 0;
  const t = ((sLon - p.lon0[i]!) * k * dx + (sLat - p.lat0[i]!) * dy) / len2;
  return Math.max(0, Math.min(1, t));
}

/** The t in [a, b] where f changes sign (f(a) and f(b) on opposite sides of 0), to 1e-9 of the piece. */
export function bisect(f: (t: number) => number, a: number, b: number): number {
  let fa = f(a);
  for (let n = 0; n < 40 && b - a > 1e-9; n++) {
    const m = (a + b) / 2;
    const fm = f(m);
    if (fm === 0) return m;
    if ((fm < 0) === (fa < 0)) {
      a = m;
      fa = fm;
    } else {
      b = m;
    }
  }
  return (a + b) / 2;
}
