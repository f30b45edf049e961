import { describe, expect, it } from 'vitest';
import { destination } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { prepareCoverage } from '../../../src/coverage/prepareCoverage.ts';
import type { Station } from '../../../src/coverage/Station.ts';

// Fixtures are laid out in km east and north of an origin, then placed on the
// globe geodesically, so the expected figures below are worked out by hand on paper.
const ORIGIN: Position = [105, 20];
const at = (east: number, north: number): [number, number] => {
  const up = north === 0 ? ORIGIN : destination(ORIGIN, Math.abs(north), north > 0 ? 0 : 180).geometry.coordinates;
  const p = east === 0 ? up : destination(up, Math.abs(east), east > 0 ? 90 : -90).geometry.coordinates;
  return [p[0]!, p[1]!];
};
const line = (...pts: [number, number][]): Feature<LineString> => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: pts.map(([e, n]) => at(e, n)) } });
const station = (id: string, east: number, north: number): Station => {
  const [lon, lat] = at(east, north);
  return { id, name: id, lon, lat };
};
const NORTH_100 = line([0, 0], [0, 100]);

describe('prepareCoverage(border, stations).at(radius)', () => {
  it('a straight 100 km line with a station at each end and radius 20 km covers 40 km', () => {
    const r = prepareCoverage([NORTH_100], [station('a', 0, 0), station('b', 0, 100)]).at(20);
    expect(r.totalKm).toBeCloseTo(100, 1);
    expect(r.coveredKm).toBeCloseTo(40, 1);
    expect(r.gaps).toHaveLength(1);
    expect(r.gaps[0]!.km).toBeCloseTo(60, 1);
    expect(r.gaps[0]!.nearestKm).toBeCloseTo(20, 1);
    // The middle of the gap is the point furthest from both stations.
    expect(r.gaps[0]!.farthestKm).toBeCloseTo(50, 1);
  });

  it('a station 15 km off the line with radius 10 km covers nothing', () => {
    const r = prepareCoverage([NORTH_100], [station('a', 15, 50)]).at(10);
    expect(r.coveredKm).toBe(0);
    expect(r.gaps.map((g) => g.km)).toEqual([expect.closeTo(100, 1)]);
    expect(r.gaps[0]!.nearestKm).toBeCloseTo(15, 1);
    expect(r.gaps[0]!.farthestKm).toBeCloseTo(Math.hypot(50, 15), 1);
  });

  it('two stations split the line at the point equally far from both', () => {
    // (x − 30)² + 10² = (x − 70)² + 20² gives x = 53.75.
    const model = prepareCoverage([NORTH_100], [station('a', 10, 30), station('b', 20, 70)]);
    const r = model.at(50);
    expect(r.stations.map((s) => s.sectorKm)).toEqual([expect.closeTo(53.75, 1), expect.closeTo(46.25, 1)]);
    // Within 50 km: a covers x in [30 − √2400, 30 + √2400] = [0, 78.99], b covers [70 − √2100, 100] = [24.17, 100].
    expect(r.coveredKm).toBeCloseTo(100, 1);
    expect(r.stations[0]!.coveredKm).toBeCloseTo(53.75, 1);
  });

  it('adds up the parts of a MultiLineString border, and lists their gaps longest first', () => {
    const multi: Feature<MultiLineString> = {
      type: 'Feature', properties: {},
      geometry: { type: 'MultiLineString', coordinates: [NORTH_100.geometry.coordinates, [at(200, 0), at(200, 80)]] },
    };
    const r = prepareCoverage([multi], [station('a', 0, 100)]).at(20);
    expect(r.totalKm).toBeCloseTo(180, 1);
    expect(r.coveredKm).toBeCloseTo(20, 1);
    expect(r.gaps.map((g) => [g.line, g.km])).toEqual([[0, expect.closeTo(80, 1)], [1, expect.closeTo(80, 1)]]);
  });

  it('counts a station beyond the end of the line only for the border within its reach', () => {
    const r = prepareCoverage([NORTH_100], [station('a', 0, 105)]).at(20);
    expect(r.coveredKm).toBeCloseTo(15, 1);
    expect(r.stations[0]!.sectorKm).toBeCloseTo(100, 1);
  });

  it('a border that doubles back on itself, as a river loop does, is counted once per stretch', () => {
    // Up 50 km, 1 km east, back down: 101 km. From (0, 0), 20 km reaches 20 km up the first leg and
    // √(20² − 1) = 19.975 km up the second; from (0.5, 50), 50 − √(20² − 0.25) = 30.006 km upward on both legs and the top.
    const loop = line([0, 0], [0, 50], [1, 50], [1, 0]);
    const one = prepareCoverage([loop], [station('a', 0, 0)]).at(20);
    expect(one.totalKm).toBeCloseTo(101, 1);
    expect(one.coveredKm).toBeCloseTo(20 + 19.975, 1);
    const two = prepareCoverage([loop], [station('a', 0, 0), station('b', 0.5, 50)]).at(20);
    expect(two.coveredKm).toBeCloseTo(20 + 19.994 + 1 + 19.994 + 19.975, 1);
    expect(two.gaps.map((g) => g.km)).toEqual([expect.closeTo(10.031, 1), expect.closeTo(10.006, 1)]);
    expect(two.stations.reduce((s, x) => s + x.sectorKm, 0)).toBeCloseTo(101, 1);
  });

  it('gives every stretch of border to exactly one sector, and more radius never covers less', () => {
    const model = prepareCoverage([line([0, 0], [30, 40], [10, 90])], [station('a', 5, 5), station('b', 40, 45), station('c', -5, 80)]);
    let last = -1;
    for (const radius of [1, 5, 10, 20, 35, 50]) {
      const r = model.at(radius);
      expect(r.stations.reduce((s, x) => s + x.sectorKm, 0)).toBeCloseTo(r.totalKm, 6);
      expect(r.stations.reduce((s, x) => s + x.coveredKm, 0)).toBeCloseTo(r.coveredKm, 6);
      expect(r.coveredKm + r.gaps.reduce((s, g) => s + g.km, 0)).toBeCloseTo(r.totalKm, 6);
      expect(r.coveredKm).toBeGreaterThanOrEqual(last);
      last = r.coveredKm;
    }
  });
});
