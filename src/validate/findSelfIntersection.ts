import { segmentsMeet, smallRing, sweptRing, type Crossing, type SearchWork } from './ringEdges.ts';

export type { Crossing, SearchWork };

/** A cell with this many edges or fewer compares them pair by pair. */
const LEAF = 16;
/** Past this many halvings a cell is compared pair by pair anyway: its edges all meet at one point. */
const MAX_LEVEL = 24;
/**
 * Entries in all cells, per edge, past which the cells left are compared pair
 * by pair: a guard for shapes splitting cannot part. A ring pinched thousands
 * of times at one vertex needs about 5 × log2(edges).
 */
const budget = (n: number) => 16 * (2 + Math.log2(n)) * n;

// Positions of the ring being checked, reused from one ring to the next: a file's every ring comes through here.
let X = new Float64Array(1024);
let Y = new Float64Array(1024);

/**
 * A pair of non-adjacent edges of a closed ring that cross, or failing that
 * that touch: touches are common in real data and draw fine, crossings do not.
 * A ring gets the first crossing (else touch) in edge order, as comparing
 * every pair would find, from the pairs of edges that overlap in x. Where
 * those are too many (more than 8 per edge, or a ring of over 50,000 edges),
 * it is split into quarters instead, recursively, and gets the first found:
 * until each cell holds a few edges or edges that all end at one position
 * (which can touch but not cross): near-linear for long rings and for rings
 * pinched many times at one vertex, where testing every pair (as @turf/kinks
 * does) or a uniform grid is quadratic.
 */
export function findSelfIntersection(ring: readonly (readonly number[])[], work: SearchWork = UNCOUNTED): Crossing | null {
  if (X.length < ring.length) [X, Y] = [new Float64Array(ring.length * 2), new Float64Array(ring.length * 2)];
  // Repeated positions make zero-length edges that would "touch" their neighbours' neighbours.
  let m = 0;
  for (let k = 0; k < ring.length; k++) {
    const p = ring[k]!;
    const x = p[0] ?? NaN;
    const y = p[1] ?? NaN;
    if (m > 0 && x === X[m - 1] && y === Y[m - 1]) continue;
    X[m] = x;
    Y[m] = y;
    m++;
  }
  const n = m - 1; // edges in a closed ring
  if (n < 4) return null;
  // The usual ring, every ring of a large file: nothing made for it but what it finds.
  if (n <= 64) return smallRing(X, Y, n, work);
  // A country's or a province's outline: its edges sorted once and swept, which checked the national dataset's
  // outlines in half the cells' time, cold (~50 ms less); the cells take over where edges overlap in x by the thousand.
  if (n <= SWEEP_MAX) {
    const found = sweptRing(X, Y, n, work, SWEEP_PAIRS * n);
    if (found !== undefined) return found;
  }
  return largeRing(n, work);
}

/** Rings up to this many edges are swept first: sorting more costs more than the cells. */
const SWEEP_MAX = 50_000;
/** Pairs per edge the sweep may reach before the cells take over. */
const SWEEP_PAIRS = 8;

/** The count of a search nobody asked to count. */
const UNCOUNTED: SearchWork = { pairs: 0 };

/** A ring of more than 64 edges, held in X and Y, split into cells. */
function largeRing(n: number, work: SearchWork): Crossing | null {
  let touch: Crossing | null = null;
  // Returns only crossings; the first touch is kept aside in case no crossing follows.
  const test = (i: number, j: number): Crossing | null => {
    if (Math.abs(i - j) <= 1 || Math.abs(i - j) === n - 1) return null;
    work.pairs++;
    const kind = segmentsMeet(X, Y, i, j);
    if (kind === null || (kind === 'touch' && touch)) return null;
    const k = Math.min(i, j);
    const found: Crossing = { kind, edges: [k, Math.max(i, j)], at: [(X[k]! + X[k + 1]!) / 2, (Y[k]! + Y[k + 1]!) / 2] };
    if (kind === 'cross') return found;
    touch = found;
    return null;
  };
  const pairs = (edges: readonly number[]): Crossing | null => {
    for (let a = 0; a < edges.length; a++) for (let b = a + 1; b < edges.length; b++) {
      const c = test(edges[a]!, edges[b]!);
      if (c) return c;
    }
    return null;
  };
  const all = Array.from({ length: n }, (_, i) => i);
  const cells = [{ edges: all, box: extent(n), level: 0 }];
  let entries = n;
  for (let cell = cells.pop(); cell; cell = cells.pop()) {
    const { edges, box, level } = cell;
    if (edges.length <= LEAF || level === MAX_LEVEL || entries > budget(n)) {
      const c = pairs(edges);
      if (c) return c;
      continue;
    }
    if (sharedEnd(edges)) {
      // Edges that end at one position meet there and nowhere else they could cross: one touch says it.
      for (let a = 1; a < edges.length && !touch; a++) test(edges[0]!, edges[a]!);
      continue;
    }
    const [w, s, e, north] = box;
    const [cx, cy] = [(w + e) / 2, (s + north) / 2];
    const quarters = ([[w, s, cx, cy], [cx, s, e, cy], [w, cy, cx, north], [cx, cy, e, north]] as const).map((q) => ({
      // Closed cells: a meeting point on a cell's side is in both cells, so the two edges meet in one of them.
      edges: edges.filter((i) => Math.max(X[i]!, X[i + 1]!) >= q[0] && Math.min(X[i]!, X[i + 1]!) <= q[2] && Math.max(Y[i]!, Y[i + 1]!) >= q[1] && Math.min(Y[i]!, Y[i + 1]!) <= q[3]),
      box: q, level: level + 1,
    }));
    const filled = quarters.filter((q) => q.edges.length > 0);
    if (filled.length > 1 && filled.every((q) => q.edges.length === edges.length)) {
      // Splitting parts nothing (edges lying along one another): compared here, rather than in ever more cells.
      const c = pairs(edges);
      if (c) return c;
      continue;
    }
    for (const q of filled) {
      entries += q.edges.length;
      cells.push(q);
    }
  }
  return touch;
}

function extent(n: number): readonly [number, number, number, number] {
  let [w, s, e, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i <= n; i++) {
    w = Math.min(w, X[i]!);
    e = Math.max(e, X[i]!);
    s = Math.min(s, Y[i]!);
    north = Math.max(north, Y[i]!);
  }
  return [w, s, e, north];
}

/** Whether every edge listed has an end at one same position (one of the first edge's two ends). */
function sharedEnd(edges: readonly number[]): boolean {
  const first = edges[0]!;
  for (const v of [first, first + 1]) {
    const [x, y] = [X[v]!, Y[v]!];
    if (edges.every((i) => (X[i] === x && Y[i] === y) || (X[i + 1] === x && Y[i + 1] === y))) return true;
  }
  return false;
}
