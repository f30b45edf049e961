export interface Crossing {
  /** 'cross': edges pass through each other; 'touch': they only meet (a pinch, a spike, a vertex on an edge). */
  kind: 'cross' | 'touch';
  /** Indexes of the two edges (edge i runs from position i to i + 1, repeated positions skipped). */
  edges: [number, number];
  /** Roughly where: the midpoint of the first edge. */
  at: [number, number];
}

/**
 * A pair of non-adjacent edges of a closed ring that cross, or failing that
 * that touch: touches are common in real data and draw fine, crossings do not.
 * Edges are bucketed in a grid, so a ring of a million positions is
 * checked in about linear time, not the quadratic time of testing every
 * pair (as @turf/kinks does).
 */
export function findSelfIntersection(ring: readonly (readonly number[])[]): Crossing | null {
  // Repeated positions make zero-length edges that would "touch" their neighbours' neighbours.
  const X = new Float64Array(ring.length);
  const Y = new Float64Array(ring.length);
  let m = 0;
  for (const p of ring) {
    const x = p[0] ?? NaN;
    const y = p[1] ?? NaN;
    if (m > 0 && x === X[m - 1] && y === Y[m - 1]) continue;
    X[m] = x;
    Y[m] = y;
    m++;
  }
  const n = m - 1; // edges in a closed ring
  if (n < 4) return null;
  let touch: Crossing | null = null;
  // Returns only crossings; the first touch is kept aside in case no crossing follows.
  const test = (i: number, j: number): Crossing | null => {
    if (Math.abs(i - j) <= 1 || Math.abs(i - j) === n - 1) return null;
    const kind = segmentsMeet(X, Y, i, j);
    if (kind === null) return null;
    const k = Math.min(i, j);
    const found: Crossing = { kind, edges: [k, Math.max(i, j)], at: [(X[k]! + X[k + 1]!) / 2, (Y[k]! + Y[k + 1]!) / 2] };
    if (kind === 'cross') return found;
    touch ??= found;
    return null;
  };
  if (n <= 64) {
    for (let i = 0; i < n; i++) for (let j = i + 2; j < n; j++) {
      const c = test(i, j);
      if (c) return c;
    }
    return touch;
  }
  let [w, s, e, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i <= n; i++) {
    w = Math.min(w, X[i]!);
    e = Math.max(e, X[i]!);
    s = Math.min(s, Y[i]!);
    north = Math.max(north, Y[i]!);
  }
  // Cells about as wide as the mean edge: each edge lands in a few cells, each cell holds a few edges,
  // whatever the ring's shape (a grid sized to the extent crowds a thin or round ring into few cells).
  let length = 0;
  for (let i = 0; i < n; i++) length += Math.abs(X[i + 1]! - X[i]!) + Math.abs(Y[i + 1]! - Y[i]!);
  let cell = Math.max((1.5 * length) / n, (e - w + north - s) / 1e7) || 1;
  const col = (x: number) => Math.floor((x - w) / cell);
  const row = (y: number) => Math.floor((y - s) / cell);
  const span = (i: number) =>
    (Math.abs(col(X[i + 1]!) - col(X[i]!)) + 1) * (Math.abs(row(Y[i + 1]!) - row(Y[i]!)) + 1);
  // A few long diagonal edges would each cover a square of cells: coarsen until the grid stays linear.
  for (;;) {
    let cells = 0;
    for (let i = 0; i < n && cells <= 16 * n; i++) cells += span(i);
    if (cells <= 16 * n) break;
    cell *= 2;
  }
  const side = Math.ceil((e - w) / cell) + 1;
  const cells = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const [c0, c1] = [col(Math.min(X[i]!, X[i + 1]!)), col(Math.max(X[i]!, X[i + 1]!))];
    const [r0, r1] = [row(Math.min(Y[i]!, Y[i + 1]!)), row(Math.max(Y[i]!, Y[i + 1]!))];
    for (let c = c0; c <= c1; c++) for (let r = r0; r <= r1; r++) {
      const key = r * side + c;
      const list = cells.get(key);
      if (!list) {
        cells.set(key, [i]);
        continue;
      }
      for (const j of list) {
        const crossing = test(j, i);
        if (crossing) return crossing;
      }
      list.push(i);
    }
  }
  return touch;
}

/** Whether edge i and edge j pass through each other, only meet, or neither. */
function segmentsMeet(X: Float64Array, Y: Float64Array, i: number, j: number): 'cross' | 'touch' | null {
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
