import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { destination } from '@turf/turf';
import { runCoverage } from '../../../scripts/coverage/runCoverage.ts';
import { expectGolden } from '../golden.ts';

const IN = 'tests/fixtures/in/coverage';

/** The three tables of the output, each as rows of cells. */
const tables = (csv: string) => csv.trim().split('\n\n').map((t) => csvParseRows(t));

describe('npm run coverage', () => {
  it('prints a row per station, the overall figures and the gaps, for a 100 km line with a station at each end', () => {
    const r = runCoverage(['--border', `${IN}/border-100km.geojson`, '--stations', `${IN}/stations-ends.geojson`, '--radius', '20']);
    expect(r.code).toBe(0);
    const [stations, summary, gaps] = tables(r.stdout);
    expect(stations).toEqual([
      ['station_id', 'station_name', 'sector_km', 'covered_km'],
      ['south', 'Đồn Nam', '50.000', '20.000'],
      ['north', 'Đồn Bắc', '50.000', '20.000'],
    ]);
    expect(summary?.[1]).toEqual(['all', '20', '100.000', '40.000', '40.0']);
    // The gap runs from 20 km to 80 km north of the origin; its middle is 50 km from both stations.
    const [rank, lon0, lat0, lon1, lat1, km, nearest, nearestKm, farthestKm] = gaps![1]!;
    expect([rank, lon0, lon1, km, nearest, nearestKm, farthestKm]).toEqual(['1', '105.000000', '105.000000', '60.000', 'south', '20.000', '50.000']);
    expect(Number(lat0)).toBeCloseTo(destination([105, 20], 20, 0).geometry.coordinates[1]!, 5);
    expect(Number(lat1)).toBeCloseTo(destination([105, 20], 80, 0).geometry.coordinates[1]!, 5);
    // The station with a broken position is left out, and said so.
    expect(r.stderr).toContain(`${IN}/stations-ends.geojson, feature 2, geometry.coordinates[0]: expected a finite number, found null; skipped.`);
  });

  it('gives the demo dataset\'s tables at 10 km as recorded', () => {
    const r = runCoverage(['--border', 'data/demo/border-line.geojson', '--stations', 'data/demo/facilities.geojson', '--radius', '10']);
    expect(r.code).toBe(0);
    expectGolden('coverage/demo-10km.json', tables(r.stdout));
  });

  it('says what is wrong with its arguments or files, with no stack trace', () => {
    expect(runCoverage([]).stderr).toContain('Usage: npm run coverage');
    expect(runCoverage(['--border', 'a', '--stations', 'b', '--radius', 'far']).stderr).toContain('--radius: expected a number of km above 0, got "far"');
    const missing = runCoverage(['--border', 'no/such.geojson', '--stations', `${IN}/stations-ends.geojson`, '--radius', '5']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('no/such.geojson: expected a file, found nothing at that path.\n');
    const notJson = runCoverage(['--border', 'tests/fixtures/in/bad/not-json.geojson', '--stations', `${IN}/stations-ends.geojson`, '--radius', '5']);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/not-json\.geojson: expected JSON/);
  });
});
