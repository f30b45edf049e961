import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bbox as bboxOf, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Position } from 'geojson';
import type { BasemapProps, Manifest } from '../../../src/data/types.ts';
import { viewLimits } from '../../../src/map/viewLimits.ts';
import { coarsen } from '../../../scripts/build-data/coarsen.ts';
import { sharedSegments } from '../../../src/geo/sharedSegments.ts';

const manifest = JSON.parse(readFileSync('data/demo/manifest.json', 'utf8')) as Manifest;
const basemap = JSON.parse(readFileSync(`data/demo/${manifest.basemap}`, 'utf8')) as FeatureCollection<MultiPolygon, BasemapProps>;
const countries = JSON.parse(readFileSync('data/demo/countries.geojson', 'utf8')) as FeatureCollection<MultiPolygon>;
const land = basemap.features.filter((f) => f.properties.layer === 'land');

describe('the demo basemap', () => {
  it('has land, exact or ~1 km, at every point of the furthest view the map allows that the region\'s countries cover', () => {
    const [w, s, e, n] = viewLimits(manifest.bbox);
    const countryLand = land.filter((f) => f.properties.iso);
    const [lw, ls, le, ln] = bboxOf({ type: 'FeatureCollection', features: [...countryLand, ...countries.features] });
    expect([lw <= w, ls <= s, le >= e, ln >= n]).toEqual([true, true, true, true]);
    // Hà Nội, Vientiane, Bangkok's delta and Hainan: land at the edges of the view, outside the exact region.
    for (const p of [[105.85, 21.03], [102.6, 17.97], [100.5, 14.5], [109.0, 19.3]]) {
      expect([...countryLand, ...countries.features].some((f) => booleanPointInPolygon(p, f)), `land at ${p}`).toBe(true);
    }
  });

  it('carries the world beyond in a coarse layer, so no zoom or export shows a cut edge', () => {
    const world = land.filter((f) => !f.properties.iso);
    expect(world).toHaveLength(1);
    expect(booleanPointInPolygon([2.35, 48.85], world[0]!)).toBe(true);
    expect(booleanPointInPolygon([104.9, 21], world[0]!)).toBe(false);
  });

  it('names main towns as GeoNames does, Vietnamese with its diacritics, and credits every source', () => {
    const towns = basemap.features.filter((f) => f.properties.layer === 'town').map((f) => f.properties.name);
    expect(towns).toEqual(expect.arrayContaining(['Lai Châu', 'Vinh', 'Sơn La', 'Luang Prabang']));
    expect(manifest.attribution.join(' ')).toMatch(/OpenStreetMap.*GeoNames.*Natural Earth/s);
  });

  it('stays small enough to load with the page: under 300 kB of countries and 500 kB of basemap', () => {
    expect(statSync('data/demo/countries.geojson').size).toBeLessThan(300_000);
    expect(statSync(`data/demo/${manifest.basemap}`).size).toBeLessThan(500_000);
  });
});

describe('coarsen(polygons, keep, step)', () => {
  it('keeps vertices inside the kept box exact, snaps the rest to the grid and drops what collapses', () => {
    const ring = [[0.123, 0.456], [2.3456, 0.41], [2.3471, 0.413], [2.36, 2.31], [0.123, 0.456]];
    const speck = [[3.001, 3.001], [3.002, 3.001], [3.002, 3.002], [3.001, 3.001]];
    expect(coarsen([[ring], [speck]], [0, 0, 1, 1], 0.01)).toEqual([[[[0.123, 0.456], [2.35, 0.41], [2.36, 2.31], [0.123, 0.456]]]]);
  });
});

describe('sharedSegments(areas)', () => {
  it('returns the border two areas share, once, and not their coasts', () => {
    const a = [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]];
    const b = [[[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]]];
    expect(sharedSegments([a, b])).toEqual([[[1, 0], [1, 1]]]);
  });

  it('on the demo\'s countries, returns exactly the segments found in two countries\' rings, each once, whichever way round', () => {
    const areas = countries.features.map((f) => f.geometry.coordinates);
    const text = (a: Position, b: Position) => [String(a), String(b)].sort().join(' ');
    const countriesOf = new Map<string, Set<number>>();
    areas.forEach((polys, i) => polys.flat().forEach((ring) => ring.slice(1).forEach((p, k) => {
      const t = text(ring[k]!, p);
      countriesOf.set(t, (countriesOf.get(t) ?? new Set()).add(i));
    })));
    const expected = [...countriesOf].filter(([, owners]) => owners.size > 1).map(([t]) => t).sort();
    const got = sharedSegments(areas).map(([a, b]) => text(a!, b!));
    expect(got.length).toBeGreaterThan(1000);
    expect([...got].sort()).toEqual(expected);
  });
});
