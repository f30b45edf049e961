import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

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

/** How close to the true farthest point a label's point need be: about 200 m, finer than a name's letters at any zoom. */
const PRECISION = 0.002;

/**
 * The point farthest from every edge and that distance, x scaled to ground
 * distance at the area's middle latitude (polylabel's pole of inaccessibility,
 * a well-kept search that discards cells which cannot beat the best so far:
 * a 17-by-17 grid refined three times measured every edge 867 times, ~650 ms
 * of a national start-up's main thread); null for an area with no room
 * inside `within`.
 */
function openestPoint<P>(area: Feature<Polygon | MultiPolygon, P>, within?: Box): { at: Position; room: number } | null {
  const f = { type: 'Feature', properties: {}, geometry: area.geometry } as Feature<Polygon | MultiPolygon>;
  const clipped = within ? (bboxClip(f, [...within]) as Feature<Polygon | MultiPolygon>) : f;
  // A label needs no more detail than a couple of kilometres: thinning the rings keeps this quick on a detailed coast.
  const polys = polygonsOf(clipped)
    .map((p) => p.map((r) => thin(r, 0.02)))
    // An outline too small to keep four points has no room for a name; a hole that small is none to go round.
    .filter((p) => p[0] !== undefined && p[0].length >= 4)
    .map((p) => p.filter((r) => r.length >= 4));
  if (polys.length === 0) return null;
  const ys = polys.flatMap((p) => p[0]!.map((q) => q[1] as number));
  const kx = Math.cos((((Math.min(...ys) + Math.max(...ys)) / 2) * Math.PI) / 180);
  let best: { at: Position; room: number } | null = null;
  for (const poly of polys) {
    const pole = polylabel(poly.map((r) => r.map((q) => [(q[0] as number) * kx, q[1] as number])), PRECISION);
    if (pole.distance > 0 && (!best || pole.distance > best.room)) best = { at: [pole[0]! / kx, pole[1]!], room: pole.distance };
  }
  return best;
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
