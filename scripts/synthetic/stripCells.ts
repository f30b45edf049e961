import { Delaunay } from 'd3-delaunay';
import type { Position } from 'geojson';
import type { BorderCurve } from './borderCurve.ts';

/** Depth of the strip of communes, km across the line. */
export const STRIP_KM = 40;
/** Step at which the border is sampled, km along it. */
export const BORDER_STEP_KM = 0.5;

/** One commune's cell: its centre and outline in strip km (s along, d across) and on the globe. */
export interface StripCell {
  s: number;
  d: number;
  /** Closed ring, counter-clockwise, rounded to 5 decimals. */
  ring: Position[];
  /** Km of its outline on the border line (d = 0), 0 for an inland cell. */
  borderKm: number;
}

export interface StripCells {
  cells: StripCell[];
  /** Every s at which some cell's outline has a vertex on the border, sorted: the border line passes through them all. */
  borderStops: number[];
  /** Index of the cell holding a strip point. */
  find(s: number, d: number): number;
}

const snap = (v: number) => Math.round(v * 1e9) / 1e9;
export const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

/**
 * Voronoi cells of seeded centres on a jittered grid over the strip
 * [0, length] × [0, STRIP_KM], mapped onto the globe by the curve. Cells
 * share their vertices exactly (the same strip point maps to the same
 * rounded position), so provinces dissolve from them as a tiling.
 */
export function stripCells(curve: BorderCurve, count: number, random: () => number): StripCells {
  const length = curve.lengthKm;
  const spacing = Math.sqrt((length * STRIP_KM) / count);
  const rows = Math.max(1, Math.round(STRIP_KM / spacing));
  const cols = Math.ceil(count / rows);
  const points = new Float64Array(2 * count);
  // Column by column along the line, so ids grow along it.
  for (let i = 0; i < count; i++) {
    const col = Math.floor(i / rows);
    const row = i % rows;
    points[2 * i] = ((col + 0.5 + (random() - 0.5) * 0.7) * length) / cols;
    points[2 * i + 1] = ((row + 0.5 + (random() - 0.5) * 0.7) * STRIP_KM) / rows;
  }
  const delaunay = new Delaunay(points);
  const voronoi = delaunay.voronoi([0, 0, length, STRIP_KM]);
  const stops = new Set<number>([0, length]);
  for (let k = 1; k * BORDER_STEP_KM < length; k++) stops.add(k * BORDER_STEP_KM);
  const cells: StripCell[] = [];
  for (let i = 0; i < count; i++) {
    const raw = voronoi.cellPolygon(i) as [number, number][] | null;
    if (!raw) throw new Error(`synthetic communes: centre ${i} has no cell (two centres coincide)`);
    // Neighbours clip their shared edge each on their own: snapped, the two ends agree to the last bit.
    const polygon = raw.map(([s, d]): [number, number] => [snap(s), snap(d)]);
    const strip: [number, number][] = [];
    let borderKm = 0;
    for (let k = 0; k + 1 < polygon.length; k++) {
      const [a, b] = [polygon[k]!, polygon[k + 1]!];
      strip.push(a);
      if (a[1] !== 0 || b[1] !== 0) continue;
      // Along the border the outline follows the line's meander: sampled at the line's own stops.
      borderKm += Math.abs(b[0] - a[0]);
      stops.add(a[0]).add(b[0]);
      const [lo, hi] = a[0] < b[0] ? [a[0], b[0]] : [b[0], a[0]];
      const between: number[] = [];
      for (let m = Math.floor(lo / BORDER_STEP_KM) + 1; m * BORDER_STEP_KM < hi; m++) between.push(m * BORDER_STEP_KM);
      if (a[0] > b[0]) between.reverse();
      for (const s of between) strip.push([s, 0]);
    }
    const ring: Position[] = [];
    for (const [s, d] of strip) {
      const [lon, lat] = curve.at(s, d);
      const p = [round5(lon), round5(lat)];
      const last = ring[ring.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    }
    if (ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1]) ring.pop();
    if (signedArea(ring) < 0) ring.reverse();
    ring.push(ring[0]!);
    cells.push({ s: points[2 * i]!, d: points[2 * i + 1]!, ring, borderKm });
  }
  let last = 0;
  return {
    cells,
    borderStops: [...stops].sort((x, y) => x - y),
    // Walking from the last answer: stations and twin pairs are looked up in order along the line.
    find: (s, d) => (last = delaunay.find(s, d, last)),
  };
}

export function signedArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    a += p[0]! * q[1]! - q[0]! * p[1]!;
  }
  return a / 2;
}
