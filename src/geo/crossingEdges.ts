import type { Position } from 'geojson';
import { crosses, orient } from './planar.ts';

/**
 * Whether any two edges of the rings cross or run along each other: rings
 * left from polygons that overlap, or from neighbours whose shared edge has
 * vertices on one side only. Edges are bucketed in a grid, so the test stays
 * near-linear for outlines of a few hundred thousand vertices.
 */
export function crossingEdges(rings: readonly Position[][]): boolean {
  const edges: number[][] = [];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1] as [number, number];
      const [bx, by] = ring[i] as [number, number];
      edges.push([ax, ay, bx, by]);
      [w, s, e, n] = [Math.min(w, ax, bx), Math.min(s, ay, by), Math.max(e, ax, bx), Math.max(n, ay, by)];
    }
  }
  const side = Math.max(1, Math.ceil(Math.sqrt(edges.length)));
  const [cw, ch] = [(e - w) / side || 1, (n - s) / side || 1];
  const cell = (v: number, lo: number, size: number) => Math.min(side - 1, Math.floor((v - lo) / size));
  const grid = new Map<number, number[]>();
  for (const [k, [ax, ay, bx, by]] of edges.entries()) {
    for (let x = cell(Math.min(ax!, bx!), w, cw); x <= cell(Math.max(ax!, bx!), w, cw); x++) {
      for (let y = cell(Math.min(ay!, by!), s, ch); y <= cell(Math.max(ay!, by!), s, ch); y++) {
        const bucket = grid.get(x * side + y);
        if (bucket) {
          for (const other of bucket) if (meet(edges[k]!, edges[other]!)) return true;
          bucket.push(k);
        } else grid.set(x * side + y, [k]);
      }
    }
  }
  return false;
}

/** A proper crossing, or a stretch of one edge lying on the other; meeting at a shared end is neither. */
function meet([ax, ay, bx, by]: number[], [cx, cy, dx, dy]: number[]): boolean {
  if (crosses(ax!, ay!, bx!, by!, cx!, cy!, dx!, dy!)) return true;
  if (orient(cx!, cy!, dx!, dy!, ax!, ay!) !== 0 || orient(cx!, cy!, dx!, dy!, bx!, by!) !== 0) return false;
  // Collinear: they overlap when their extents along the line share more than a point.
  const along = Math.abs(bx! - ax!) >= Math.abs(by! - ay!) ? 0 : 1;
  const [p, q] = along === 0 ? [[ax!, bx!], [cx!, dx!]] : [[ay!, by!], [cy!, dy!]];
  return Math.min(Math.max(...p), Math.max(...q)) - Math.max(Math.min(...p), Math.min(...q)) > 0;
}
