import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { labelPoints } from '../../../src/map/labelPoints.ts';
import { insideRings } from '../../../src/geo/planar.ts';

const area = (id: string, geometry: Polygon | MultiPolygon) => ({ type: 'Feature' as const, properties: { id }, geometry });
const areas = (...features: ReturnType<typeof area>[]): FeatureCollection<Polygon | MultiPolygon, { id: string }> => ({ type: 'FeatureCollection', features });
const ring = (...points: [number, number][]): Position[] => [...points, points[0]!];
const rect = (w: number, s: number, e: number, n: number) => ring([w, s], [e, s], [e, n], [w, n]);
/** Distance in degrees (x scaled to the ground at that latitude) from p to the nearest edge of the rings. */
const room = (p: Position, rings: Position[][]) => {
  const k = Math.cos(((p[1] as number) * Math.PI) / 180);
  let d = Infinity;
  for (const r of rings) for (let i = 1; i < r.length; i++) {
    const [ax, ay] = [(r[i - 1]![0] as number) * k, r[i - 1]![1] as number];
    const [bx, by] = [(r[i]![0] as number) * k, r[i]![1] as number];
    const [px, py] = [(p[0] as number) * k, p[1] as number];
    const len = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len));
    d = Math.min(d, Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay)));
  }
  return d;
};

describe('labelPoints(areas, within?)', () => {
  it('names a rectangle at its middle, and keeps each area\'s properties', () => {
    const [p] = labelPoints(areas(area('a', { type: 'Polygon', coordinates: [rect(102, 20, 104, 21)] }))).features;
    expect(p!.properties).toEqual({ id: 'a' });
    // The middle line of a wide rectangle: any point along it has the most room; half a degree from the long edges.
    expect(p!.geometry.coordinates[1]).toBeCloseTo(20.5, 2);
    expect(p!.geometry.coordinates[0]).toBeGreaterThan(102.45);
    expect(p!.geometry.coordinates[0]).toBeLessThan(103.55);
  });

  it('names an L-shaped area inside an arm, half an arm\'s width from its edges, never in the notch the arms wrap', () => {
    // Arms 1 degree wide: no point has more room than half a degree; the middle of the L's box lies in the notch, outside it.
    const l = ring([102, 20], [106, 20], [106, 21], [103, 21], [103, 24], [102, 24]);
    const [p] = labelPoints(areas(area('l', { type: 'Polygon', coordinates: [l] }))).features;
    const at = p!.geometry.coordinates;
    expect(insideRings(at[0] as number, at[1] as number, [l])).toBe(true);
    expect(room(at, [l])).toBeGreaterThan(0.45);
  });

  it('names an area with a lake around the lake, never on it', () => {
    const outer = rect(102, 20, 104, 22);
    const lake = rect(102.6, 20.6, 103.4, 21.4);
    const [p] = labelPoints(areas(area('h', { type: 'Polygon', coordinates: [outer, lake] }))).features;
    const at = p!.geometry.coordinates;
    expect(insideRings(at[0] as number, at[1] as number, [outer, lake])).toBe(true);
    expect(room(at, [outer, lake])).toBeGreaterThan(0.25);
  });

  it('names a country of islands on its largest island', () => {
    const islands: MultiPolygon = { type: 'MultiPolygon', coordinates: [[rect(102, 20, 102.3, 20.3)], [rect(103, 20, 105, 22)], [rect(106, 20, 106.5, 20.5)]] };
    const [p] = labelPoints(areas(area('m', islands))).features;
    const [x, y] = p!.geometry.coordinates as [number, number];
    expect(x).toBeGreaterThan(103.6);
    expect(x).toBeLessThan(104.4);
    expect(y).toBeGreaterThan(20.6);
    expect(y).toBeLessThan(21.4);
  });

  it('names an area inside the part of it within the box, or at its own middle when that part is a sliver', () => {
    const big = area('big', { type: 'Polygon', coordinates: [rect(100, 20, 110, 30)] });
    const [inBox] = labelPoints(areas(big), [102, 21, 104, 23]).features;
    const [x, y] = inBox!.geometry.coordinates as [number, number];
    expect(x > 102 && x < 104 && y > 21 && y < 23).toBe(true);
    expect(room([x, y], [rect(102, 21, 104, 23)])).toBeGreaterThan(0.8);
    // Only 0.05 degrees of it lies in the box: too little room for a name there.
    const [sliver] = labelPoints(areas(big), [109.95, 21, 112, 23]).features;
    expect(sliver!.geometry.coordinates[0]).toBeLessThan(109);
  });

  it('leaves out an area with no room inside it at all (a flat outline)', () => {
    const flat = area('flat', { type: 'Polygon', coordinates: [ring([102, 20], [103, 20], [104, 20])] });
    expect(labelPoints(areas(flat)).features).toEqual([]);
  });
});
