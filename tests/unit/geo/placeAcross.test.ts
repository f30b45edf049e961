import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import { placeAcross } from '../../../src/geo/placeAcross.ts';
import { distanceToLine } from '../../../src/geo/distanceToLine.ts';
import { readInput } from '../golden.ts';

const [, b] = readInput<FeatureCollection<Polygon>>('geo/two-countries.geojson').features as [Feature<Polygon>, Feature<Polygon>];
const line: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[1, 0], [1, 0.5], [1, 1]] } };

describe('placeAcross(from, line, across, km)', () => {
  it('puts the partner in the other country, km beyond the nearest point of the line', () => {
    const { border, partner } = placeAcross([0.8, 0.5], line, b, 5);
    expect(border[0]).toBeCloseTo(1, 6);
    expect(border[1]).toBeCloseTo(0.5, 3);
    expect(booleanPointInPolygon(partner, b)).toBe(true);
    expect(distance(border, partner)).toBeCloseTo(5, 3);
  });

  it('turns fan several partners of one place apart', () => {
    const straight = placeAcross([0.8, 0.5], line, b, 5).partner;
    const turned = placeAcross([0.8, 0.5], line, b, 5, 25).partner;
    expect(distance(straight, turned)).toBeGreaterThan(1);
    expect(booleanPointInPolygon(turned, b)).toBe(true);
  });

  it('says where it failed when no point across lies in the other country', () => {
    const far: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[5, 5], [6, 5], [6, 6], [5, 5]]] } };
    expect(() => placeAcross([0.8, 0.5], line, far, 5)).toThrow(/no point within 20 km beyond the line from \[0.8, 0.5\]/);
  });
});

describe('distanceToLine(point, line)', () => {
  it('is the geodesic distance to the nearest part of a MultiLineString', () => {
    const multi = { type: 'MultiLineString' as const, coordinates: [[[0, 0], [0, 1]], [[1, 0], [1, 1]]] };
    // 0.1° of longitude at 0.5° N is about 11.1 km.
    expect(distanceToLine([0.9, 0.5], multi)).toBeCloseTo(11.12, 1);
    expect(distanceToLine([0.9, 0.5], line)).toBeCloseTo(distanceToLine([0.9, 0.5], multi), 6);
  });
});
