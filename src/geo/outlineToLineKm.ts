import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { crosses, insideRings } from './planar.ts';

/** A border line cut into segments once, and bucketed, so each commune looks only at the segments near it. */
export interface LineSegments {
  /** [lon1, lat1, lon2, lat2] per segment. */
  segs: Float64Array;
  count: number;
  /** Segment numbers by grid cell of CELL_DEG degrees (see cellKey). */
  cells: Map<number, number[]>;
}

/** About 10 km: a commune covers a few cells, and a national border's 50,000 segments spread over thousands. */
const CELL_DEG = 0.1;
const cellOf = (v: number) => Math.floor(v / CELL_DEG);
const cellKey = (cx: number, cy: number) => (cx + 2000) * 4000 + (cy + 1000);

export function lineSegments(lines: readonly (LineString | MultiLineString)[]): LineSegments {
  const parts = lines.flatMap((g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates));
  const count = parts.reduce((n, p) => n + Math.max(0, p.length - 1), 0);
  const segs = new Float64Array(count * 4);
  const cells = new Map<number, number[]>();
  let k = 0;
  for (const part of parts) {
    for (let i = 1; i < part.length; i++) {
      const [x1, y1, x2, y2] = [part[i - 1]![0]!, part[i - 1]![1]!, part[i]![0]!, part[i]![1]!];
      segs.set([x1, y1, x2, y2], k * 4);
      for (let cx = cellOf(Math.min(x1, x2)); cx <= cellOf(Math.max(x1, x2)); cx++) {
        for (let cy = cellOf(Math.min(y1, y2)); cy <= cellOf(Math.max(y1, y2)); cy++) {
          const list = cells.get(cellKey(cx, cy));
          if (list) list.push(k);
          else cells.set(cellKey(cx, cy), [k]);
        }
      }
      k++;
    }
  }
  return { segs, count, cells };
}

// WGS84 degree lengths at the equator: a degree of latitude, a degree of longitude.
const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON = 111.32;

/**
 * Shortest distance in km from a polygon (its outline or its inside) to a
 * line, or Infinity when nothing of the line comes within `maxKm`. Measured
 * on a plane tangent at the polygon's latitude: over the few km that decide
 * whether a commune meets the border, that is within metres of the geodesic.
 */
export function outlineToLineKm(poly: Polygon | MultiPolygon, line: LineSegments, maxKm: number): number {
  const rings = poly.type === 'Polygon' ? poly.coordinates : poly.coordinates.flat();
  // Plain loops: this runs for every commune of a file that gives no border status, 10,000 at national size, most far from the line.
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const x = ring[i]![0]!, y = ring[i]![1]!;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  if (!Number.isFinite(w)) return Infinity;
  const kx = KM_PER_DEG_LON * Math.cos((((s + n) / 2) * Math.PI) / 180);
  const ky = KM_PER_DEG_LAT;
  const dx = maxKm / kx, dy = maxKm / ky;
  const lists: number[][] = [];
  for (let cx = cellOf(w - dx); cx <= cellOf(e + dx); cx++) {
    for (let cy = cellOf(s - dy); cy <= cellOf(n + dy); cy++) {
      const list = line.cells.get(cellKey(cx, cy));
      if (list) lists.push(list);
    }
  }
  if (lists.length === 0) return Infinity;
  // Segments within reach, in km on the plane, origin at the polygon's south-west corner.
  const near: number[] = [];
  const { segs } = line;
  const seen = new Set<number>();
  for (const list of lists) for (const k of list) seen.add(k);
  for (const k of [...seen].sort((a, b) => a - b)) {
    const i = k * 4;
    const [x1, y1, x2, y2] = [segs[i]!, segs[i + 1]!, segs[i + 2]!, segs[i + 3]!];
    if (Math.max(x1, x2) < w - dx || Math.min(x1, x2) > e + dx || Math.max(y1, y2) < s - dy || Math.min(y1, y2) > n + dy) continue;
    near.push((x1 - w) * kx, (y1 - s) * ky, (x2 - w) * kx, (y2 - s) * ky);
  }
  if (near.length === 0) return Infinity;
  // One vertex of the line inside means the line enters the polygon; the edge test below finds every other meeting.
  const local = rings.map((ring) => ring.map(([x, y]) => [(x! - w) * kx, (y! - s) * ky] as Position));
  if ((poly.type === 'Polygon' ? [local] : groupByPolygon(poly, local)).some((p) => insideRings(near[0]!, near[1]!, p))) return 0;
  let best = Infinity;
  for (const ring of local) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1] as [number, number];
      const [bx, by] = ring[i] as [number, number];
      for (let j = 0; j < near.length; j += 4) {
        best = Math.min(best, segmentDistance(ax, ay, bx, by, near[j]!, near[j + 1]!, near[j + 2]!, near[j + 3]!));
        if (best === 0) return 0;
      }
    }
  }
  return best <= maxKm ? best : Infinity;
}

function groupByPolygon(poly: MultiPolygon, local: Position[][]): Position[][][] {
  const out: Position[][][] = [];
  let k = 0;
  for (const p of poly.coordinates) {
    out.push(local.slice(k, k + p.length));
    k += p.length;
  }
  return out;
}

function segmentDistance(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): number {
  if (crosses(ax, ay, bx, by, cx, cy, dx, dy)) return 0;
  return Math.min(pointToSegment(ax, ay, cx, cy, dx, dy), pointToSegment(bx, by, cx, cy, dx, dy), pointToSegment(cx, cy, ax, ay, bx, by), pointToSegment(dx, dy, ax, ay, bx, by));
}

function pointToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const [vx, vy] = [bx - ax, by - ay];
  const len2 = vx * vx + vy * vy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2));
  return Math.hypot(px - ax - t * vx, py - ay - t * vy);
}
