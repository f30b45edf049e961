import { type BorderPieces, pointOnPiece } from './borderPieces.ts';
import type { SectorRun } from './computeSectors.ts';
import { closestT, distanceAt } from './distanceAlong.ts';
import type { Station } from './Station.ts';
import type { StationReach } from './stationReach.ts';
import { haversineKm } from './haversineKm.ts';

/** A stretch of border no station covers. */
export interface Gap {
  /** Index of the border line it lies on, and where along it, km from the line's start. */
  line: number;
  startKm: number;
  endKm: number;
  km: number;
  start: [number, number];
  end: [number, number];
  /** The stretch as drawn, for the map and for zooming to it. */
  coordinates: [number, number][];
  /** Index of the station nearest to the stretch (-1 when there is none), and how far, km. */
  nearest: number;
  nearestKm: number;
  /** The point of the stretch furthest from any station: how far it is from its nearest one, km. */
  farthestKm: number;
  /** The parts of pieces it spans, for tags such as the communes it crosses. */
  spans: { piece: number; t0: number; t1: number }[];
}

const EPS = 1e-9;

/** The uncovered stretches, joined across pieces, longest first. */
export function findGaps(
  p: BorderPieces, covered: readonly [number, number][][], stations: readonly Station[],
  reach: StationReach, runsByPiece: readonly SectorRun[][],
): Gap[] {
  const gaps: Gap[] = [];
  let open: Gap | null = null;
  // Whether the open gap runs to the end of piece `lastPiece`, so the next piece can extend it.
  let reachesEnd = false;
  let lastPiece = -1;
  for (let i = 0; i < p.count; i++) {
    const follows = lastPiece >= 0 && p.line[i] === p.line[lastPiece] && Math.abs(p.startKm[i]! - p.startKm[lastPiece]! - p.km[lastPiece]!) < 1e-6;
    for (const [a, b] of uncovered(covered[i]!)) {
      if (!(open && reachesEnd && follows && a <= EPS)) {
        if (open) gaps.push(finish(open, p, stations, reach, runsByPiece));
        const start = pointOnPiece(p, i, a);
        open = { line: p.line[i]!, startKm: p.startKm[i]! + p.km[i]! * a, endKm: 0, km: 0, start, end: start, coordinates: [start], nearest: -1, nearestKm: Infinity, farthestKm: 0, spans: [] };
      }
      open.spans.push({ piece: i, t0: a, t1: b });
      open.end = pointOnPiece(p, i, b);
      open.endKm = p.startKm[i]! + p.km[i]! * b;
      open.coordinates.push(open.end);
      reachesEnd = b >= 1 - EPS;
    }
    if (covered[i]!.some(([, b]) => b >= 1 - EPS)) reachesEnd = false;
    lastPiece = i;
  }
  if (open) gaps.push(finish(open, p, stations, reach, runsByPiece));
  return gaps.sort((x, y) => y.km - x.km);
}

/** The parts of [0, 1] outside merged, sorted intervals. */
function uncovered(covered: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let t = 0;
  for (const [a, b] of covered) {
    if (a > t + EPS) out.push([t, a]);
    t = Math.max(t, b);
  }
  if (t < 1 - EPS) out.push([t, 1]);
  return out;
}

function finish(g: Gap, p: BorderPieces, stations: readonly Station[], reach: StationReach, runsByPiece: readonly SectorRun[][]): Gap {
  let nearest = -1;
  let nearestKm = Infinity;
  let farthestKm = 0;
  const consider = (i: number, t0: number, t1: number, s: number, a: number, b: number) => {
    if (Math.min(a, b) - p.km[i]! / 2 >= nearestKm) return;
    const st = stations[s]!;
    // Distance along a straight piece is convex: its least on [t0, t1] is at the clamped closest point.
    const t = Math.min(t1, Math.max(t0, closestT(p, i, st.lon, st.lat)));
    const d = distanceAt(p, i, t, st.lon, st.lat);
    if (d < nearestKm) {
      nearestKm = d;
      nearest = s;
    }
  };
  for (const { piece: i, t0, t1 } of g.spans) {
    for (let k = reach.offsets[i]!; k < reach.offsets[i + 1]!; k++) consider(i, t0, t1, reach.station[k]!, reach.d0[k]!, reach.d1[k]!);
  }
  // The pieces list only the stations within the cut-off: one nearer than every listed one may still lie beyond it.
  if (nearestKm > reach.cutoffKm) {
    for (const { piece: i, t0, t1 } of g.spans) {
      for (let s = 0; s < stations.length; s++) {
        const st = stations[s]!;
        consider(i, t0, t1, s, haversineKm(p.lon0[i]!, p.lat0[i]!, st.lon, st.lat), haversineKm(p.lon1[i]!, p.lat1[i]!, st.lon, st.lat));
      }
    }
  }
  for (const { piece: i, t0, t1 } of g.spans) {
    // Within one sector run the distance to its station is convex too: the furthest points are run or span ends.
    for (const run of runsByPiece[i] ?? []) {
      const a = Math.max(t0, run.t0);
      const b = Math.min(t1, run.t1);
      if (b < a) continue;
      const st = stations[run.station]!;
      farthestKm = Math.max(farthestKm, distanceAt(p, i, a, st.lon, st.lat), distanceAt(p, i, b, st.lon, st.lat));
    }
  }
  return { ...g, km: g.endKm - g.startKm, nearest, nearestKm, farthestKm };
}
