import type { MultiPolygon, Position } from 'geojson';

export type Box = readonly [number, number, number, number];

const inBox = ([x, y]: Position, [w, s, e, n]: Box) => (x as number) >= w && (x as number) <= e && (y as number) >= s && (y as number) <= n;

/**
 * Snaps every vertex outside `keep` to a grid of `step` degrees and drops the
 * repeats: far from the region a ~1 km outline is all the map can show, and
 * it costs a tenth of the bytes. Vertices inside `keep` stay exact, so the
 * detailed and the coarse parts meet without a seam. Two countries' shared
 * vertices snap to the same point, so neighbours still meet without slivers,
 * which a per-country line simplifier would open up.
 */
export function coarsen(polys: Position[][][], keep: Box, step: number): Position[][][] {
  // Divided by the cells per degree, not multiplied by the step: 41 / 100 is 0.41, 41 * 0.01 is not.
  const perDegree = Math.round(1 / step);
  const grid = (v: number) => Math.round(v * perDegree) / perDegree;
  const snap = (p: Position): Position => (inBox(p, keep) ? p : [grid(p[0] as number), grid(p[1] as number)]);
  const ring = (r: Position[]): Position[] => {
    const out: Position[] = [];
    for (const p of r.map(snap)) {
      const last = out.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    // Rings that collapsed to a line or a point (islets, specks) are gone at this scale.
    return out.length >= 4 ? out : [];
  };
  return polys
    .map(([outer, ...holes]) => [ring(outer ?? []), ...holes.map(ring).filter((h) => h.length > 0)])
    .filter(([outer]) => (outer?.length ?? 0) > 0);
}

/** Vertex count of a multipolygon, for the build's report of what it wrote. */
export function vertexCount(g: MultiPolygon): number {
  return g.coordinates.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
}
