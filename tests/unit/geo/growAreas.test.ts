import { describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon, intersect, featureCollection, booleanWithin } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { growAreas, type Site } from '../../../src/geo/growAreas.ts';
import { expectGolden, readInput } from '../golden.ts';

const input = readInput<{ clip: Feature<Polygon>; grow: string[]; sites: Site[] }>('geo/sites.json');
const areas = growAreas(input.sites, new Set(input.grow), input.clip);
const round = (v: unknown): unknown => (typeof v === 'number' ? Math.round(v * 1e5) / 1e5 : Array.isArray(v) ? v.map(round) : v);

describe('growAreas(sites, grow, clip)', () => {
  it('grows one area for each site asked for, and none for the others', () => {
    expect([...areas.keys()].sort()).toEqual(['a', 'b', 'c']);
  });

  it('every area contains its own centre', () => {
    for (const s of input.sites.filter((x) => input.grow.includes(x.id))) {
      expect(booleanPointInPolygon(s.centre, areas.get(s.id) as Feature<Polygon>)).toBe(true);
    }
  });

  it('areas do not overlap', () => {
    const list = [...areas.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const both = intersect(featureCollection([list[i] as Feature<Polygon>, list[j] as Feature<Polygon>]));
        expect(both === null ? 0 : area(both)).toBeLessThan(1);
      }
    }
  });

  it('areas stay inside the clip polygon', () => {
    for (const a of areas.values()) expect(booleanWithin(a, input.clip)).toBe(true);
  });

  it('a small reach keeps an area inside its disc', () => {
    const tiny = growAreas([{ id: 'x', centre: [102.2, 22.2], reachKm: 2 }], new Set(['x']), input.clip).get('x');
    // A 2 km disc is about 12.6 km²; the 64-gon is a little smaller.
    expect(area(tiny as Feature<Polygon>) / 1e6).toBeGreaterThan(12);
    expect(area(tiny as Feature<Polygon>) / 1e6).toBeLessThan(12.6);
  });

  it('matches the golden output', () => {
    expectGolden('geo/grown-areas.json', Object.fromEntries([...areas].map(([id, f]) => [id, { type: f.geometry.type, coordinates: round(f.geometry.coordinates) }])));
  });
});
