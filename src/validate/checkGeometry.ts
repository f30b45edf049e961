import type { LayerKey } from '../data/types.ts';
import { LAYER_GEOMETRIES } from './layerSpecs.ts';
import { findSelfIntersection } from './findSelfIntersection.ts';
import type { Bbox, FeatureIssue } from './FeatureIssue.ts';
import { describeValue } from './describeValue.ts';
import { phrase, position } from './Phrase.ts';
import { holeCrossingFinder } from './findHoleCrossing.ts';
import { farFromExtent } from './farFromExtent.ts';

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'];
/** How deep positions sit in each type's coordinates array. */
const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

export interface GeometryCheck {
  /** Problems that drop the feature. */
  issues: FeatureIssue[];
  /** Problems that keep it. */
  warnings: FeatureIssue[];
  /** Extent of the geometry's positions, when they are all usable. */
  bbox: Bbox | null;
  /**
   * No problem found, and none geojson-validation would find in the
   * coordinates either: it also compares a ring's ends in their third value.
   */
  coordinatesClean?: boolean;
}

/**
 * Our own geometry rules, in the order a maintainer fixes them: a geometry
 * at all, a type the layer can draw, positions that are finite [lon, lat]
 * pairs in range (with a hint when they look swapped), closed rings, and
 * polygons that do not cross themselves.
 */
export function checkGeometry(geometry: unknown, layer: LayerKey, extent: Bbox | null): GeometryCheck {
  if (geometry === null || geometry === undefined) {
    return fail({ code: 'null-geometry', property: 'geometry', expected: phrase('expected.geometry', { types: LAYER_GEOMETRIES[layer] }), found: describeValue(geometry) });
  }
  if (typeof geometry !== 'object' || Array.isArray(geometry)) {
    return fail({ code: 'invalid-geojson', property: 'geometry', expected: phrase('expected.geometryObject'), found: describeValue(geometry) });
  }
  const g = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (typeof g.type !== 'string' || !GEOMETRY_TYPES.includes(g.type)) {
    return fail({ code: 'unknown-geometry', property: 'geometry.type', expected: phrase('expected.oneOf', { values: GEOMETRY_TYPES }), found: describeValue(g.type) });
  }
  if (g.type === 'GeometryCollection') {
    const nested = Array.isArray(g.geometries) && g.geometries.some((m) => (m as { type?: unknown })?.type === 'GeometryCollection');
    return fail({
      code: 'geometry-collection', property: 'geometry.type',
      expected: phrase('expected.splitCollection', { types: LAYER_GEOMETRIES[layer] }),
      found: phrase(nested ? 'found.nestedCollection' : 'found.collection'),
    });
  }
  if (!LAYER_GEOMETRIES[layer].includes(g.type)) {
    return fail({ code: 'wrong-geometry', property: 'geometry.type', expected: phrase('expected.layerGeometry', { types: LAYER_GEOMETRIES[layer], layer: phrase(`layer.${layer}`) }), found: phrase('found.value', { value: g.type }) });
  }
  const walk = walkPositions(g.coordinates, DEPTH[g.type] ?? 0, 'geometry.coordinates');
  if (walk.issue) return fail(walk.issue);
  const box = walk.bbox;
  const warnings: FeatureIssue[] = [];
  if (extent && box && !overlaps(box, extent)) {
    const swapped: Bbox = [box[1], box[0], box[3], box[2]];
    if (overlaps(swapped, extent)) {
      return fail({ code: 'swapped-coordinates', property: 'geometry.coordinates', expected: phrase('expected.lonLat'), found: phrase('found.swappedArea', { at: position(box[0], box[1]) }) });
    }
    const far = farFromExtent(box, extent);
    if (far) warnings.push(far);
  }
  // A Polygon is read as the one polygon of a MultiPolygon, without wrapping it in an array.
  const single = g.type === 'Polygon';
  const polygons = single ? 1 : g.type === 'MultiPolygon' ? (g.coordinates as number[][][][]).length : 0;
  let coordinatesClean = true;
  for (let pi = 0; pi < polygons; pi++) {
    const polygon = single ? (g.coordinates as number[][][]) : (g.coordinates as number[][][][])[pi]!;
    const holeCrossing = polygon.length > 1 ? holeCrossingFinder(polygon[0]!) : null;
    for (let ri = 0; ri < polygon.length; ri++) {
      const ring = polygon[ri]!;
      if (ring.length < 4) return { issues: [{ code: 'too-few-positions', property: ringPath(single, pi, ri), expected: phrase('expected.ringSize'), found: phrase('found.positionCount', { n: ring.length }) }], warnings, bbox: box };
      const a = ring[0]!;
      const b = ring[ring.length - 1]!;
      if (a[0] !== b[0] || a[1] !== b[1]) {
        return { issues: [{ code: 'ring-not-closed', property: ringPath(single, pi, ri), expected: phrase('expected.closedRing'), found: phrase('found.ringEnds', { first: position(a[0]!, a[1]!), last: position(b[0]!, b[1]!) }) }], warnings, bbox: box };
      }
      if (a.length !== b.length || a[2] !== b[2]) coordinatesClean = false;
      const hole = ri > 0 && holeCrossing ? holeCrossing(ring) : null;
      if (hole) {
        const at = `[${hole.at[0].toFixed(5)}, ${hole.at[1].toFixed(5)}]`;
        const found = hole.kind === 'outside' ? phrase('found.holeOutside', { at }) : phrase('found.holeCrossing', { a: hole.edges[0], b: hole.edges[1], at });
        return { issues: [{ code: 'hole-crossing', property: ringPath(single, pi, ri), expected: phrase('expected.holeInside'), found }], warnings, bbox: box };
      }
      const crossing = findSelfIntersection(ring);
      if (!crossing) continue;
      const near = { a: crossing.edges[0], b: crossing.edges[1], at: `[${crossing.at[0].toFixed(5)}, ${crossing.at[1].toFixed(5)}]` };
      if (crossing.kind === 'cross') {
        return { issues: [{ code: 'self-intersection', property: ringPath(single, pi, ri), expected: phrase('expected.noCrossing'), found: phrase('found.crossing', near) }], warnings, bbox: box };
      }
      if (!warnings.some((w) => w.code === 'self-touch')) {
        warnings.push({ code: 'self-touch', property: ringPath(single, pi, ri), expected: phrase('expected.noTouch'), found: phrase('found.touching', near) });
      }
    }
  }
  if ((g.type === 'LineString' || g.type === 'MultiLineString')) {
    const lines = g.type === 'LineString' ? [g.coordinates as number[][]] : (g.coordinates as number[][][]);
    const short = lines.findIndex((l) => l.length < 2);
    if (short >= 0) return { issues: [{ code: 'too-few-positions', property: 'geometry.coordinates', expected: phrase('expected.lineSize'), found: phrase('found.lineOf', { n: lines[short]!.length }) }], warnings, bbox: box };
  }
  return { issues: [], warnings, bbox: box, coordinatesClean };
}

/** A ring's path, written only for a problem: checks run for every ring of a file. */
function ringPath(single: boolean, polygon: number, ring: number): string {
  return single ? `geometry.coordinates[${ring}]` : `geometry.coordinates[${polygon}][${ring}]`;
}

function fail(issue: FeatureIssue): GeometryCheck {
  return { issues: [issue], warnings: [], bbox: null };
}

type Walk = { issue: FeatureIssue | null; bbox: Bbox | null };

function walkPositions(coords: unknown, depth: number, path: string): Walk {
  // Module-level functions and one state object, not closures made per geometry: this runs for every feature.
  AT.length = 0;
  const w: WalkState = { box: [Infinity, Infinity, -Infinity, -Infinity], at: AT, path };
  const issue = visit(w, coords, depth);
  if (!issue && depth > 0 && Array.isArray(coords) && coords.length === 0) {
    return { issue: { code: 'too-few-positions', property: path, expected: phrase('expected.somePosition'), found: phrase('found.emptyArray') }, bbox: null };
  }
  return { issue, bbox: issue || w.box[0] === Infinity ? null : w.box };
}

/** The indexes of the position being walked, shared: walks do not nest, and every feature makes one. */
const AT: number[] = [];

interface WalkState {
  box: Bbox;
  /** Indexes down to the position being looked at: its path is written only when something is wrong there. */
  at: number[];
  path: string;
}

function pathOf(w: WalkState): string {
  return w.path + w.at.map((i) => `[${i}]`).join('');
}

function visit(w: WalkState, c: unknown, d: number): FeatureIssue | null {
  if (!Array.isArray(c)) return { code: 'invalid-geojson', property: pathOf(w), expected: phrase(d === 0 ? 'expected.position' : 'expected.array'), found: describeValue(c) };
  if (d > 0) {
    const level = w.at.length;
    for (let i = 0; i < c.length; i++) {
      w.at[level] = i;
      const issue = visit(w, c[i], d - 1);
      if (issue) return issue;
    }
    w.at.length = level;
    return null;
  }
  if (c.length < 2 || c.length > 3) return { code: 'bad-coordinate', property: pathOf(w), expected: phrase('expected.positionSize'), found: phrase('found.valueCount', { n: c.length }) };
  for (let i = 0; i < c.length; i++) {
    const v = c[i] as unknown;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      return { code: 'bad-coordinate', property: `${pathOf(w)}[${i}]`, expected: phrase('expected.finiteNumber'), found: describeValue(v) };
    }
  }
  // Read one by one: taking them apart as an array ([lon, lat] = c) made an iterator per position.
  const lon = c[0] as number;
  const lat = c[1] as number;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    const swapped = Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
    return swapped
      ? { code: 'swapped-coordinates', property: pathOf(w), expected: phrase('expected.lonLat'), found: phrase('found.swappedPosition', { at: position(lon, lat) }) }
      : { code: 'out-of-range', property: pathOf(w), expected: phrase('expected.inRange'), found: phrase('found.value', { value: position(lon, lat) }) };
  }
  if (lon < w.box[0]) w.box[0] = lon;
  if (lat < w.box[1]) w.box[1] = lat;
  if (lon > w.box[2]) w.box[2] = lon;
  if (lat > w.box[3]) w.box[3] = lat;
  return null;
}

function overlaps(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}
