// Edges of a ring held as two arrays of positions: edge i runs from position i to i + 1.

/** Where two edges of a ring meet. */
export interface Crossing {
  /** 'cross': edges pass through each other; 'touch': they only meet (a pinch, a spike, a vertex on an edge). */
  kind: 'cross' | 'touch';
  /** Indexes of the two edges (edge i runs from position i to i + 1, repeated positions skipped). */
  edges: [number, number];
  /** Roughly where: the midpoint of the first edge. */
  at: [number, number];
}

/** Work done, for tests that must tell near-linear from quadratic without timing anything. */
export interface SearchWork {
  /** Pairs of edges compared. */
  pairs: number;
}

/** Edges of a small ring in order of their west ends; reused, as every ring of a file comes through. */
const ORDER = new Int32Array(64);
/** The west end of each edge of the small ring being checked, read many times by the sort and the sweep. */
const WEST = new Float64Array(64);

/**
 * What comparing every pair in edge order finds, the first crossing or else
 * the first touch, found by comparing only edges whose x-ranges overlap
 * (in order of their west ends): a few per edge in a ring of the usual kind.
 */
export function smallRing(X: Float64Array, Y: Float64Array, n: number, work: SearchWork): Crossing | null {
  for (let i = 0; i < n; i++) {
    const w = Math.min(X[i]!, X[i + 1]!);
    WEST[i] = w;
    let k = i;
    for (; k > 0 && WEST[ORDER[k - 1]!]! > w; k--) ORDER[k] = ORDER[k - 1]!;
    ORDER[k] = i;
  }
  return sweep(X, Y, n, ORDER, WEST, work, Infinity)!;
}

/**
 * The same search for a larger ring, its edges sorted by their west ends;
 * undefined once it has reached `limit` pairs: edges that overlap in x
 * by the thousand (a ring pinched many times at one vertex) need cells.
 */
export function sweptRing(X: Float64Array, Y: Float64Array, n: number, work: SearchWork, limit: number): Crossing | null | undefined {
  const west = new Float64Array(n);
  for (let i = 0; i < n; i++) west[i] = Math.min(X[i]!, X[i + 1]!);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => west[a]! - west[b]!);
  return sweep(X, Y, n, order, west, work, limit);
}

function sweep(X: Float64Array, Y: Float64Array, n: number, order: Int32Array, west: Float64Array, work: SearchWork, limit: number): Crossing | null | undefined {
  let [cross, touch] = [-1, -1]; // best pairs, as i * n + j with i < j: smaller is earlier in edge order
  let reached = 0;
  for (let a = 0; a < n; a++) {
    const i = order[a]!;
    const east = Math.max(X[i]!, X[i + 1]!);
    for (let b = a + 1; b < n && west[order[b]!]! <= east; b++) {
      // Every pair the sweep reaches counts, those it passes over too: once a crossing is found, pairs after it
      // in edge order are skipped, and a ring pinched at one vertex would still have the sweep reach them all.
      if (++reached > limit) return undefined;
      const j = order[b]!;
      const d = Math.abs(i - j);
      if (d <= 1 || d === n - 1) continue;
      const key = Math.min(i, j) * n + Math.max(i, j);
      if (cross >= 0 && key > cross) continue;
      work.pairs++;
      const kind = segmentsMeet(X, Y, i, j);
      if (kind === 'cross') cross = key;
      else if (kind === 'touch' && (touch < 0 || key < touch)) touch = key;
    }
  }
  const key = cross >= 0 ? cross : touch;
  if (key < 0) return null;
  const [i, j] = [Math.floor(key / n), key % n];
  return { kind: cross >= 0 ? 'cross' : 'touch', edges: [i, j], at: [(X[i]! + X[i + 1]!) / 2, (Y[i]! + Y[i + 1]!) / 2] };
}

/** Whether edge i and edge j pass through each other, only meet, or neither. */
export function segmentsMeet(X: Float64Array, Y: Float64Array, i: number, j: number): 'cross' | 'touch' | null {
  const ax = X[i]!, ay = Y[i]!, bx = X[i + 1]!, by = Y[i + 1]!;
  const cx = X[j]!, cy = Y[j]!, dx = X[j + 1]!, dy = Y[j + 1]!;
  // Most pairs lie apart: their boxes tell, before any orientation test.
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return null;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return null;
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return 'cross';
  const meet = (d1 === 0 && within(cx, cy, dx, dy, ax, ay)) || (d2 === 0 && within(cx, cy, dx, dy, bx, by))
    || (d3 === 0 && within(ax, ay, bx, by, cx, cy)) || (d4 === 0 && within(ax, ay, bx, by, dx, dy));
  return meet ? 'touch' : null;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

function within(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
}
