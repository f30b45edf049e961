import type { MultiPolygon, Polygon, Position } from 'geojson';
import { crossingEdges } from './crossingEdges.ts';
import { insideRings } from './planar.ts';

/**
 * The union of polygons that tile a region, as official outlines of
 * neighbouring units do: each shared edge appears once in each direction
 * and cancels, and what is left chains into the union's rings. Linear in
 * the number of vertices, where a general polygon union of a province's few
 * hundred real commune outlines takes seconds. Returns null when the
 * polygons do not tile (they overlap, or neighbours' edges do not share
 * their vertices): the caller then needs a general union.
 */
export function dissolveTiling(polygons: readonly (Polygon | MultiPolygon)[]): Polygon | MultiPolygon | null {
  const edges = new Map<string, number>();
  let partsArea = 0;
  for (const g of polygons) {
    for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
      rings.forEach((ring, k) => {
        const area = ringArea(ring);
        // Outer rings counter-clockwise and holes clockwise, so a shared edge runs opposite ways in its two polygons.
        const flip = k === 0 ? area < 0 : area > 0;
        partsArea += k === 0 ? Math.abs(area) : -Math.abs(area);
        for (let i = 1; i < ring.length; i++) {
          const [a, b] = flip ? [ring[i]!, ring[i - 1]!] : [ring[i - 1]!, ring[i]!];
          if (a[0] === b[0] && a[1] === b[1]) continue;
          const reverse = `${key(b)}>${key(a)}`;
          const left = edges.get(reverse);
          if (left) {
            if (left === 1) edges.delete(reverse);
            else edges.set(reverse, left - 1);
          } else {
            const fwd = `${key(a)}>${key(b)}`;
            edges.set(fwd, (edges.get(fwd) ?? 0) + 1);
          }
        }
      });
    }
  }
  const rings = chain(edges);
  if (rings === null || crossingEdges(rings)) return null;
  const outers = rings.filter((r) => ringArea(r) > 0);
  const holes = rings.filter((r) => ringArea(r) <= 0);
  const total = [...outers, ...holes].reduce((s, r) => s + ringArea(r), 0);
  // Parts inside one another count twice in the parts' sum but once in a true union: the two must agree.
  if (outers.length === 0 || Math.abs(total - partsArea) > 1e-6 * Math.abs(partsArea)) return null;
  const polys: Position[][][] = outers.map((o) => [o]);
  for (const h of holes) {
    const owner = polys.find((p) => insideRings(h[0]![0]!, h[0]![1]!, [p[0]!]));
    if (!owner) return null;
    owner.push(h);
  }
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

const key = (p: Position) => `${p[0]},${p[1]}`;
const point = (k: string): Position => k.split(',').map(Number);

/** Edges left after cancelling, walked into closed rings; null when some edge leads nowhere. */
function chain(edges: Map<string, number>): Position[][] | null {
  const out = new Map<string, string[]>();
  for (const [edge, count] of edges) {
    const [from, to] = edge.split('>') as [string, string];
    for (let i = 0; i < count; i++) out.set(from, [...(out.get(from) ?? []), to]);
  }
  const rings: Position[][] = [];
  for (const start of [...out.keys()]) {
    while ((out.get(start)?.length ?? 0) > 0) {
      const ring: Position[] = [point(start)];
      let at = start;
      do {
        const next = out.get(at)?.pop();
        if (next === undefined) return null;
        ring.push(point(next));
        at = next;
      } while (at !== start);
      rings.push(ring);
    }
  }
  return rings;
}

/** Signed area in square degrees: positive counter-clockwise. Enough to orient rings and compare sums. */
function ringArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return s / 2;
}
