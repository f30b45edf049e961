import KDBush from 'kdbush';
import type { BorderPieces } from './borderPieces.ts';
import { haversineKm } from './haversineKm.ts';
import { kmBox } from './kmBox.ts';
import type { Station } from './Station.ts';

/**
 * For each piece of border, the stations that can matter to it, with their
 * distances to the piece's ends: piece i's are entries offsets[i] to
 * offsets[i + 1], in station order. Flat typed arrays, so a worker can hand
 * them to the page as they are.
 */
export interface StationReach {
  /** No radius asked of the model may exceed it, km (Infinity: every station is listed for every piece). */
  cutoffKm: number;
  offsets: Int32Array;
  station: Int32Array;
  d0: Float64Array;
  d1: Float64Array;
}

/**
 * Lists, per piece, every station that comes within `cutoffKm` of it (all
 * that any radius up to the cut-off can use), found through an index of the
 * stations instead of measuring from every station to every piece. A piece
 * whose nearest station may lie beyond the cut-off lists every station, so
 * that sectors (which give each stretch to its nearest station, however
 * far) come out exactly as with no cut-off.
 */
export function stationReach(p: BorderPieces, stations: readonly Station[], cutoffKm: number): StationReach {
  const n = stations.length;
  const index = Number.isFinite(cutoffKm) && n > 0 ? new KDBush(n) : null;
  if (index) {
    for (const s of stations) index.add(s.lon, s.lat);
    index.finish();
  }
  const offsets = new Int32Array(p.count + 1);
  const station: number[] = [];
  const d0: number[] = [];
  const d1: number[] = [];
  for (let i = 0; i < p.count; i++) {
    const half = p.km[i]! / 2;
    const start = station.length;
    let best = Infinity;
    const take = (s: number, everyOne: boolean) => {
      const st = stations[s]!;
      const a = haversineKm(p.lon0[i]!, p.lat0[i]!, st.lon, st.lat);
      const b = haversineKm(p.lon1[i]!, p.lat1[i]!, st.lon, st.lat);
      // No point of a straight piece is further than half its length from both ends.
      if (!everyOne && Math.min(a, b) - half > cutoffKm) return;
      station.push(s);
      d0.push(a);
      d1.push(b);
      best = Math.min(best, Math.max(a, b));
    };
    if (index) {
      const mLon = (p.lon0[i]! + p.lon1[i]!) / 2;
      const mLat = (p.lat0[i]! + p.lat1[i]!) / 2;
      const found = index.range(...kmBox(mLon, mLat, mLon, mLat, cutoffKm + 2 * half)).sort((a, b) => a - b);
      for (const s of found) take(s, false);
    }
    // Some station beyond the cut-off could be this piece's nearest somewhere: list them all.
    if (!index || best > cutoffKm - half) {
      station.length = d0.length = d1.length = start;
      for (let s = 0; s < n; s++) take(s, true);
    }
    offsets[i + 1] = station.length;
  }
  return { cutoffKm, offsets, station: Int32Array.from(station), d0: Float64Array.from(d0), d1: Float64Array.from(d1) };
}
