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
    // A border without provinceId has one summary row, for all of it.
    expect(summary).toEqual([['area', 'radius_km', 'drawn_border_km', 'covered_km', 'covered_pct'], ['all', '20', '100.000', '40.000', '40.0']]);
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

  // Two lines due north, 30 km (provinceId 12) and 20 km (provinceId 40), 100 km apart, each with a "don" at its
  // south end; the file also holds two gates and a post about 50 km from both lines. At 10 km each don covers the
  // first 10 km of its own line.
  const twoProvinces = (...more: string[]) =>
    runCoverage(['--border', `${IN}/border-two-provinces.geojson`, '--stations', `${IN}/facilities-own-kinds.geojson`, '--radius', '10', ...more]);

  it('exits 1 and names the kinds it found when no feature is a station, still printing the tables', () => {
    const r = twoProvinces();
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `warning: ${IN}/facilities-own-kinds.geojson: no station counted: no feature has kind "station"; ` +
        'kinds found: gate (2), don (2), post (1); use --kind to name the stations\' kind.\n',
    );
    const [stations, summary] = tables(r.stdout);
    expect(stations).toEqual([['station_id', 'station_name', 'sector_km', 'covered_km']]);
    expect(summary?.[1]).toEqual(['all', '10', '50.000', '0.000', '0.0']);
  });

  it('--kind counts the features of the kind named', () => {
    const r = twoProvinces('--kind', 'don');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(tables(r.stdout)[0]).toEqual([
      ['station_id', 'station_name', 'sector_km', 'covered_km'],
      ['don-12', 'Đồn 12', '30.000', '10.000'],
      ['don-40', 'Đồn 40', '20.000', '10.000'],
    ]);
  });

  it('--kind takes several kinds, repeated or comma-separated', () => {
    const ids = (csv: string) => tables(csv)[0]!.slice(1).map((row) => row[0]);
    expect(ids(twoProvinces('--kind', 'don', '--kind', 'post').stdout)).toEqual(['don-12', 'post-a', 'don-40']);
    expect(ids(twoProvinces('--kind', 'don,post').stdout)).toEqual(['don-12', 'post-a', 'don-40']);
  });

  it('gives a row per province when the border features carry provinceId, adding up to the "all" row', () => {
    expect(tables(twoProvinces('--kind', 'don').stdout)[1]).toEqual([
      ['area', 'radius_km', 'drawn_border_km', 'covered_km', 'covered_pct'],
      ['all', '10', '50.000', '20.000', '40.0'],
      ['12', '10', '30.000', '10.000', '33.3'],
      ['40', '10', '20.000', '10.000', '50.0'],
    ]);
  });

  it('counts a border feature without provinceId in the "all" row only, and names it', () => {
    const r = runCoverage(['--border', `${IN}/border-one-without-province.geojson`, '--stations', `${IN}/facilities-own-kinds.geojson`, '--radius', '10', '--kind', 'don']);
    expect(r.code).toBe(0);
    expect(tables(r.stdout)[1]!.slice(1)).toEqual([['all', '10', '50.000', '20.000', '40.0'], ['12', '10', '30.000', '10.000', '33.3']]);
    expect(r.stderr).toBe(`warning: ${IN}/border-one-without-province.geojson, feature 1 (line-40), provinceId: expected a value to group by, found none; its km count in the "all" row only.\n`);
  });

  it('--group-by groups the rows by another property of the border features, and warns when none has it', () => {
    expect(tables(twoProvinces('--kind', 'don', '--group-by', 'countries').stdout)[1]!.slice(2)).toEqual([
      ['VN-CN', '10', '30.000', '10.000', '33.3'],
      ['VN-LA', '10', '20.000', '10.000', '50.0'],
    ]);
    const none = twoProvinces('--kind', 'don', '--group-by', 'district');
    expect(none.code).toBe(0);
    expect(tables(none.stdout)[1]).toHaveLength(2);
    expect(none.stderr).toContain(`${IN}/border-two-provinces.geojson, --group-by district: expected line features with that property, found none`);
  });

  it('says what is wrong with its arguments or files, with no stack trace', () => {
    expect(runCoverage([]).stderr).toContain('Usage: npm run coverage');
    expect(runCoverage(['--border', 'a', '--stations', 'b', '--radius', 'far']).stderr).toContain('--radius: expected a number of km above 0, got "far"');
    expect(runCoverage(['--border', 'a', '--stations', 'b', '--radius', '5', '--kind', 'don,']).stderr).toContain('--kind: expected kinds separated by commas, such as "don,tram", got "don,"');
    expect(runCoverage(['--border', 'a', '--border', 'b']).stderr).toContain('--border: expected once, got "a" and "b"');
    expect(runCoverage(['--border', 'a', '--stations', 'b', '--radius', '5', '--kind']).code).toBe(2);
    const missing = runCoverage(['--border', 'no/such.geojson', '--stations', `${IN}/stations-ends.geojson`, '--radius', '5']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('no/such.geojson: expected a file, found nothing at that path.\n');
    const notJson = runCoverage(['--border', 'tests/fixtures/in/bad/not-json.geojson', '--stations', `${IN}/stations-ends.geojson`, '--radius', '5']);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/not-json\.geojson: expected JSON/);
  });
});
