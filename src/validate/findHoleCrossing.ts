import { crosses, orient } from '../geo/planar.ts';

type Ring = readonly (readonly number[])[];

export interface HoleCrossing {
  /** 'outside': the hole lies wholly outside its outer ring, crossing nothing. */
  kind: 'crossing' | 'outside';
  /** Edge of the outer ring and edge of the hole (edge i runs from position i to i + 1); -1 for an outer edge when the hole lies outside. */
  edges: [number, number];
  at: [number, number];
}

/** Finds, for each hole in turn, an edge of it that passes through an edge of the outer ring. */
export type HoleCrossingFinder = (hole: Ring, work?: { pairs: number }) => HoleCrossing | null;

/**
 * An edge of a hole that passes through an edge of its outer ring. Meeting
 * at a point is allowed (RFC 7946 defers to Simple Features, which allows
 * it); crossing is not: part of the hole would lie outside the polygon.
 * The outer ring's edges are bucketed once, in a grid of about as many cells
 * as edges, and a hole is tested only against the edges in the cells its box
 * covers: a polygon of thousands of small holes in a long boundary costs
 * about the boundary plus the holes, not their product. The pair reported is
 * the first outer edge, in ring order, that a hole edge crosses.
 */
export function holeCrossingFinder(outer: Ring): HoleCrossingFinder {
  const n = Math.max(0, outer.length - 1);
  let [w, s, e, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of outer) [w, s, e, north] = [Math.min(w, p[0]!), Math.min(s, p[1]!), Math.max(e, p[0]!), Math.max(north, p[1]!)];
  let cell = Math.max(e - w, north - s) / Math.max(1, Math.ceil(Math.sqrt(n))) || 1;
  const col = (x: number) => Math.max(0, Math.floor((x - w) / cell));
  const row = (y: number) => Math.max(0, Math.floor((y - s) / cell));
  const box = (i: number) => {
    const [a, b] = [outer[i]!, outer[i + 1]!];
    return [col(Math.min(a[0]!, b[0]!)), row(Math.min(a[1]!, b[1]!)), col(Math.max(a[0]!, b[0]!)), row(Math.max(a[1]!, b[1]!))] as const;
  };
  // Long edges each cover many cells: coarsen until the grid holds a few entries per edge.
  for (;;) {
    let entries = 0;
    for (let i = 0; i < n && entries <= 16 * n + 16; i++) {
      const [c0, r0, c1, r1] = box(i);
      entries += (c1 - c0 + 1) * (r1 - r0 + 1);
    }
    if (entries <= 16 * n + 16) break;
    cell *= 2;
  }
  const side = col(e) + 1;
  const cells = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const [c0, r0, c1, r1] = box(i);
    for (let c = c0; c <= c1; c++) for (let r = r0; r <= r1; r++) {
      const list = cells.get(r * side + c);
      if (list) list.push(i);
      else cells.set(r * side + c, [i]);
    }
  }
  return (hole, work = { pairs: 0 }) => {
    let [hw, hs, he, hn] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of hole) [hw, hs, he, hn] = [Math.min(hw, p[0]!), Math.min(hs, p[1]!), Math.max(he, p[0]!), Math.max(hn, p[1]!)];
    const near = new Set<number>();
    // A hole's box may reach past the outer ring's: clamped to the grid, whose edge cells hold whatever lies there.
    const [c0, r0] = [col(hw), row(hs)];
    const [c1, r1] = [Math.min(col(he), side - 1), Math.min(row(hn), row(north))];
    for (let c = c0; c <= c1; c++) for (let r = r0; r <= r1; r++) {
      for (const i of cells.get(r * side + c) ?? []) {
        const [a, b] = [outer[i]!, outer[i + 1]!];
        if (Math.max(a[0]!, b[0]!) < hw || Math.min(a[0]!, b[0]!) > he || Math.max(a[1]!, b[1]!) < hs || Math.min(a[1]!, b[1]!) > hn) continue;
        near.add(i);
      }
    }
    for (const i of [...near].sort((x, y) => x - y)) {
      for (let j = 0; j + 1 < hole.length; j++) {
        work.pairs++;
        const [a, b, c, d] = [outer[i]!, outer[i + 1]!, hole[j]!, hole[j + 1]!];
        if (crosses(a[0]!, a[1]!, b[0]!, b[1]!, c[0]!, c[1]!, d[0]!, d[1]!)) {
          return { kind: 'crossing', edges: [i, j], at: [(c[0]! + d[0]!) / 2, (c[1]! + d[1]!) / 2] };
        }
      }
    }
    // Crossing nothing, the hole is wholly inside or wholly outside: one of its positions off the outer ring tells which.
    const p = hole.find((q) => !onOuter(q));
    if (!p || inside(p)) return null;
    return { kind: 'outside', edges: [-1, 0], at: [p[0]!, p[1]!] };
  };

  /** Whether a position lies on an edge of the outer ring: such a position cannot tell inside from outside. */
  function onOuter(q: readonly number[]): boolean {
    if (q[0]! < w || q[0]! > e || q[1]! < s || q[1]! > north) return false;
    for (const i of cells.get(row(q[1]!) * side + Math.min(col(q[0]!), side - 1)) ?? []) {
      const [a, b] = [outer[i]!, outer[i + 1]!];
      if (orient(a[0]!, a[1]!, b[0]!, b[1]!, q[0]!, q[1]!) === 0 && q[0]! >= Math.min(a[0]!, b[0]!) && q[0]! <= Math.max(a[0]!, b[0]!) && q[1]! >= Math.min(a[1]!, b[1]!) && q[1]! <= Math.max(a[1]!, b[1]!)) return true;
    }
    return false;
  }

  /** Even-odd along a ray to the east, over the cells of the position's row only: every edge the ray crosses lies in one of them. */
  function inside(q: readonly number[]): boolean {
    if (q[0]! < w || q[0]! > e || q[1]! < s || q[1]! > north) return false;
    const seen = new Set<number>();
    let odd = false;
    const r = row(q[1]!);
    for (let c = Math.min(col(q[0]!), side - 1); c < side; c++) {
      for (const i of cells.get(r * side + c) ?? []) {
        if (seen.has(i)) continue;
        seen.add(i);
        const [a, b] = [outer[i]!, outer[i + 1]!];
        if (a[1]! > q[1]! !== b[1]! > q[1]! && q[0]! < a[0]! + ((q[1]! - a[1]!) * (b[0]! - a[0]!)) / (b[1]! - a[1]!)) odd = !odd;
      }
    }
    return odd;
  }
}

/** One hole against its outer ring. */
export function findHoleCrossing(outer: Ring, hole: Ring): HoleCrossing | null {
  return holeCrossingFinder(outer)(hole);
}
