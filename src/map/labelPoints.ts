import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { insideRings } from '../geo/planar.ts';

type Box = readonly [number, number, number, number];

/**
 * One label point per area, at the point of the area (inside `within`, when
 * given) farthest from its edges: a name sits in the open middle, clear of
 * the border where stations and gates stand, and, for a neighbouring country
 * that runs far off screen, inside the part of it the map opens on.
 */
export function labelPoints<P>(areas: FeatureCollection<Polygon | MultiPolygon, P>, within?: Box): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: areas.features.flatMap((f) => {
      const inside = within ? openestPoint(f, within) : null;
      // A sliver inside the extent (a neighbour's corner) would crowd the name against its edges: then the whole area's middle.
      const point = inside && inside.room >= MIN_ROOM ? inside : openestPoint(f);
      return point ? [{ ...f, geometry: { type: 'Point' as const, coordinates: point.at } }] : [];
    }),
  };
}

/** Degrees (about 15 km) a name needs around its point inside the extent, or it goes to the area's middle. */
const MIN_ROOM = 0.15;

/** The point farthest from every edge and that distance, found on a grid refined around the best cell; null for an area with nothing inside `within`. */
function openestPoint<P>(area: Feature<Polygon | MultiPolygon, P>, within?: Box): { at: Position; room: number } | null {
  const f = { type: 'Feature', properties: {}, geometry: area.geometry } as Feature<Polygon | MultiPolygon>;
  const clipped = within ? (bboxClip(f, [...within]) as Feature<Polygon | MultiPolygon>) : f;
  const rings = polygonsOf(clipped).flat().filter((r) => r.length >= 4);
  if (rings.length === 0) return null;
  // A label needs no more detail than a couple of kilometres: thinning the rings keeps this quick on a detailed coast.
  const polys = polygonsOf(clipped).map((p) => p.map((r) => thin(r, 0.02)).filter((r) => r.length >= 4)).filter((p) => p.length > 0);
  const xs = rings.flat().map((p) => p[0] as number);
  const ys = rings.flat().map((p) => p[1] as number);
  let [w, s, e, n] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  let best: { p: Position; d: number } | null = null;
  for (let round = 0; round < 3; round++) {
    const steps = 16;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const p = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
        const d = insideDistance(p, polys, kx);
        if (d > 0 && (!best || d > best.d)) best = { p, d };
      }
    }
    if (!best) break;
    const [cx, cy] = best.p as [number, number];
    const hw = (e - w) / steps;
    const hh = (n - s) / steps;
    [w, s, e, n] = [cx - hw, cy - hh, cx + hw, cy + hh];
  }
  return best ? { at: best.p, room: best.d } : null;
}

/** The ring with every vertex closer than `step` to the last one kept dropped; first and last kept, so it stays closed. */
function thin(ring: Position[], step: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as Position;
    const last = out.at(-1);
    if (!last || i === ring.length - 1 || Math.abs((p[0] as number) - (last[0] as number)) + Math.abs((p[1] as number) - (last[1] as number)) >= step) out.push(p);
  }
  return out;
}

function polygonsOf(f: Feature<Polygon | MultiPolygon>): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** Distance from p to the nearest edge of the polygon it lies in (x scaled to ground distance), or 0 outside every polygon. */
function insideDistance(p: Position, polys: Position[][][], kx: number): number {
  const [x, y] = p as [number, number];
  for (const poly of polys) {
    // Inside first, on the rings alone: the distances are measured only for the polygon that holds the point.
    if (!insideRings(x, y, poly)) continue;
    let d = Infinity;
    for (const ring of poly) {
      for (let i = 1; i < ring.length; i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[i - 1] as [number, number];
        d = Math.min(d, segmentDistance(x * kx, y, xi * kx, yi, xj * kx, yj));
      }
    }
    return d;
  }
  return 0;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
