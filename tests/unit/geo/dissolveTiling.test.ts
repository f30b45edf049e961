import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { area, polygon } from '@turf/turf';
import { dissolveTiling } from '../../../src/geo/dissolveTiling.ts';

const box = (x: number, y: number, w = 1, h = 1): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]] });

describe('dissolveTiling(polygons)', () => {
  it('joins neighbours that share an edge into one outline with no inner edges', () => {
    const out = dissolveTiling([box(0, 0), box(1, 0), box(0, 1), box(1, 1)]);
    expect(out?.type).toBe('Polygon');
    expect(area(polygon((out as Polygon).coordinates))).toBeCloseTo(area(polygon(box(0, 0, 2, 2).coordinates)), -3);
    // Only the outline's corners and the midpoints of its sides remain: 8 vertices and the closing one.
    expect((out as Polygon).coordinates).toHaveLength(1);
    expect((out as Polygon).coordinates[0]).toHaveLength(9);
  });

  it('joins tiles drawn clockwise and counter-clockwise alike', () => {
    const cw = { type: 'Polygon' as const, coordinates: [box(1, 0).coordinates[0]!.slice().reverse()] };
    expect(dissolveTiling([box(0, 0), cw])?.type).toBe('Polygon');
  });

  it('keeps a ring of tiles around an empty middle as a polygon with a hole', () => {
    const ring = [0, 1, 2].flatMap((x) => [0, 1, 2].map((y) => [x, y] as const)).filter(([x, y]) => !(x === 1 && y === 1)).map(([x, y]) => box(x, y));
    const out = dissolveTiling(ring) as Polygon;
    expect(out.type).toBe('Polygon');
    expect(out.coordinates).toHaveLength(2);
  });

  it('returns separate parts for tiles that do not touch', () => {
    expect(dissolveTiling([box(0, 0), box(5, 5)])?.type).toBe('MultiPolygon');
  });

  it('returns null for overlapping polygons, which need a general union', () => {
    expect(dissolveTiling([box(0, 0), box(0.5, 0)])).toBeNull();
  });
});

describe('dissolveTiling(polygons) on neighbours that do not share vertices', () => {
  it('returns null when one side of a shared edge has a vertex the other lacks', () => {
    const split: Polygon = { type: 'Polygon', coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0.5], [1, 0]]] };
    expect(dissolveTiling([box(0, 0), split])).toBeNull();
  });
});
