import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { pointToLineDistance, lineString } from '@turf/turf';
import { lineSegments, outlineToLineKm } from '../../../src/geo/outlineToLineKm.ts';

// A border running north along 103° E near 22° N; 0.01° of longitude there is about 1.03 km.
const line = lineSegments([{ type: 'LineString', coordinates: [[103, 21.8], [103, 22.2]] }]);
const square = (west: number, size = 0.05): Polygon => ({ type: 'Polygon', coordinates: [[[west, 22], [west + size, 22], [west + size, 22 + size], [west, 22 + size], [west, 22]]] });

describe('outlineToLineKm(polygon, line, maxKm)', () => {
  it('is 0 for an outline the line crosses', () => {
    expect(outlineToLineKm(square(102.98), line, 1)).toBe(0);
  });

  it('is 0 for a polygon holding the whole line inside it', () => {
    expect(outlineToLineKm({ type: 'Polygon', coordinates: [[[102.9, 21.7], [103.1, 21.7], [103.1, 22.3], [102.9, 22.3], [102.9, 21.7]]] }, line, 1)).toBe(0);
  });

  it('agrees with the geodesic distance to within 1% for an outline 0.5 km from the line', () => {
    const west = 103 + 0.5 / 103.2;
    const geodesic = pointToLineDistance([west, 22.025], lineString([[103, 21.8], [103, 22.2]]), { units: 'kilometers' });
    expect(outlineToLineKm(square(west), line, 1)).toBeCloseTo(geodesic, 2);
  });

  it('is Infinity for an outline farther than maxKm, and for a polygon with no positions', () => {
    expect(outlineToLineKm(square(103.05), line, 1)).toBe(Infinity);
    expect(outlineToLineKm({ type: 'Polygon', coordinates: [] }, line, 1)).toBe(Infinity);
  });

  it('measures from a hole’s edge when the line runs through the hole', () => {
    const ring = [[102.9, 21.7], [103.1, 21.7], [103.1, 22.3], [102.9, 22.3], [102.9, 21.7]];
    const hole = [[102.98, 21.75], [102.98, 22.25], [103.02, 22.25], [103.02, 21.75], [102.98, 21.75]];
    // The line lies in the hole, 0.02° (about 2 km) from the hole's sides: outside the polygon.
    const km = outlineToLineKm({ type: 'Polygon', coordinates: [ring, hole] }, line, 5);
    expect(km).toBeGreaterThan(1.9);
    expect(km).toBeLessThan(2.2);
  });
});
