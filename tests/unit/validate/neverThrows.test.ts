import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../../src/validate/validateFiles.ts';
import { describeProblem, type ProblemCode } from '../../../src/validate/Problem.ts';
import type { FileReport } from '../../../src/validate/FileReport.ts';
import type { ValidationContext } from '../../../src/validate/ValidationContext.ts';
import { demoContext } from './demoContext.ts';

const dir = 'tests/fixtures/in/bad';
const bytes = (text: string) => new TextEncoder().encode(text);

let ctx: ValidationContext;
beforeAll(async () => {
  ctx = await demoContext();
});

function check(name: string, data: Uint8Array = readFileSync(`${dir}/${name}`)): FileReport {
  return validateFiles([{ name, bytes: data }], ctx)[0]!;
}

/** The English sentence of the first problem of that code. */
function said(r: FileReport, code: ProblemCode): string {
  const p = r.problems.find((x) => x.code === code);
  expect(p, `${code} in ${r.problems.map((x) => x.code).join(', ')}`).toBeDefined();
  return describeProblem(p!, 'en');
}

/** A station whose `properties.x` holds a value nested `depth` arrays deep, written as text: building it as an object would overflow JSON.stringify. */
function deepStation(depth: number, where: 'properties' | 'coordinates' | 'top'): string {
  const deep = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  const coords = where === 'coordinates' ? deep : '[103.25, 22.55]';
  const extra = where === 'properties' ? `, "x": ${deep}` : '';
  const feature = `{"type": "Feature", "properties": {"id": "test-station-1", "name": "Đồn", "kind": "station"${extra}}, "geometry": {"type": "Point", "coordinates": ${coords}}}`;
  const ok = '{"type": "Feature", "properties": {"id": "test-station-2", "name": "Đồn 2", "kind": "station"}, "geometry": {"type": "Point", "coordinates": [103.25, 22.55]}}';
  return `{"type": "FeatureCollection"${where === 'top' ? `, "meta": ${deep}` : ''}, "features": [${feature}, ${ok}]}`;
}

describe('a file that used to crash the validator gives a report instead', () => {
  it('a feature whose properties is a number or a string is reported, not thrown, and its geometry still judged', () => {
    const r = check('properties-not-object.geojson');
    expect(said(r, 'properties-not-object')).toBe('properties-not-object.geojson, feature 0, properties: expected a JSON object (or null) as "properties", found the number 5.');
    expect(r.problems.filter((p) => p.code === 'properties-not-object').map((p) => p.index)).toEqual([0, 1]);
    expect(r.problems.find((p) => p.index === 1)?.bbox).toEqual([103.25, 22.55, 103.25, 22.55]);
    expect(r.valid).toHaveLength(1);
  });

  it('a property nested 5,000 deep is reported with its depth and path, and the other features load', () => {
    const r = check('deep.geojson', bytes(deepStation(5000, 'properties')));
    expect(said(r, 'too-deep')).toBe('deep.geojson, feature 0 (id "test-station-1"), properties.x[0]×62: expected values nested at most 64 levels deep, found values nested 5002 levels deep.');
    expect(r.valid.map((v) => v.id)).toEqual(['test-station-2']);
  });

  it('coordinates nested 5,000 deep are reported, not thrown', () => {
    const r = check('deep-coordinates.geojson', bytes(deepStation(5000, 'coordinates')));
    expect(r.problems.find((p) => p.index === 0)?.code).toBe('too-deep');
    expect(r.valid).toHaveLength(1);
  });

  it('a value nested 5,000 deep inside a polygon\'s position or in place of a ring is reported, not thrown', () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const ring = (extra: string) => `[[103.2, 22.5], [103.3, 22.5], [103.3, 22.6]${extra}, [103.2, 22.5]]`;
    const commune = (id: string, coordinates: string) => `{"type": "Feature", "properties": {"id": "${id}", "name": "Xã", "provinceId": "12"}, "geometry": {"type": "Polygon", "coordinates": ${coordinates}}}`;
    const text = `{"type": "FeatureCollection", "features": [${commune('99001', `[${ring(`, [103.25, 22.55, ${deep}]`)}]`)}, ${commune('99002', `[${ring('')}, ${deep}]`)}, ${commune('99003', `[${ring('')}]`)}]}`;
    const r = check('deep-polygons.geojson', bytes(text));
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.index, p.code])).toEqual([[0, 'too-deep'], [1, 'too-deep']]);
    expect(r.valid.map((v) => v.id)).toEqual(['99003']);
  });

  it('a member of the collection nested 5,000 deep is reported for the whole file', () => {
    const r = check('deep-top.geojson', bytes(deepStation(5000, 'top')));
    expect(said(r, 'too-deep')).toMatch(/^deep-top\.geojson, meta\[0\]×\d+: expected values nested at most 64 levels deep, found values nested 5001 levels deep\.$/);
    expect(r.valid).toHaveLength(0);
  });

  it('a file the checks cannot finish is reported as internal, naming the file, and the other files still get their reports', () => {
    // The first progress report throws, as any check that meets a case no rule foresaw might.
    let calls = 0;
    const progress = () => {
      if (calls++ === 0) throw new RangeError('Maximum call stack size exceeded');
    };
    const inputs = [{ name: 'broken.geojson', bytes: readFileSync(`${dir}/wrong-type.geojson`) }, { name: 'ok.geojson', bytes: readFileSync(`${dir}/duplicate-id.geojson`) }];
    const [bad, good] = validateFiles(inputs, ctx, progress);
    expect(said(bad!, 'internal')).toBe('broken.geojson: expected a file the checker can finish, found an unexpected failure of the checker, to be reported to its developers (RangeError: Maximum call stack size exceeded).');
    expect(bad!.problems[0]!.severity).toBe('error');
    expect(good!.valid).toHaveLength(1);
  });
});

describe('what the validator used to miss', () => {
  it('a Feature id that is an object is an error', () => {
    expect(said(check('feature-id-object.geojson'), 'feature-id-type')).toBe('feature-id-object.geojson, feature 0 (id "test-station-1"), id: expected a string or a number as the Feature\'s "id" (RFC 7946), found an object.');
  });

  it('a bbox holding a string is an error naming the value', () => {
    expect(said(check('bbox-with-text.geojson'), 'bad-bbox')).toBe('bbox-with-text.geojson, feature 0 (id "test-station-1"), bbox[1]: expected a finite number, found the text "22.55".');
  });

  it('coordinates on a Feature and properties on a Geometry are warnings (RFC 7946 §7.1), and both features load', () => {
    const r = check('foreign-members.geojson');
    expect(r.problems.map((p) => [p.code, p.severity, p.property])).toEqual([['foreign-member', 'warning', 'coordinates'], ['foreign-member', 'warning', 'geometry.properties']]);
    expect(said(r, 'foreign-member')).toBe('foreign-members.geojson, feature 0 (id "test-station-1"), coordinates: expected no "coordinates" member on a Feature (RFC 7946 §7.1), found a "coordinates" member, which is ignored.');
  });

  it('a hole crossing its outer ring is an error naming the edges', () => {
    expect(said(check('hole-crossing-outer-ring.geojson'), 'hole-crossing')).toBe('hole-crossing-outer-ring.geojson, feature 0 (id "03439"), geometry.coordinates[1]: expected holes (inner rings) inside their outer ring, found edge 0 of the hole crossing edge 1 of the outer ring near [103.30000, 22.54000].');
  });

  it('an id with spaces or slashes, or over 64 characters, is an error: ids travel in URLs', () => {
    const r = check('id-not-url-safe.geojson');
    expect(said(r, 'id-not-url-safe')).toBe('id-not-url-safe.geojson, feature 0 (id "đồn mù cả/1"), properties.id: expected an id of at most 64 characters, only "A–Z a–z 0–9 _ - ." (ids travel in URLs), found "đồn mù cả/1", which holds "đ" "ồ" " " "ù" "ả".');
    expect(describeProblem(r.problems.find((p) => p.index === 1)!, 'en')).toContain('found an id of 78 characters.');
  });

  it('a station far outside the dataset is a warning with the distance and the extent', () => {
    const r = check('far-from-dataset.geojson');
    expect(said(r, 'far-from-dataset')).toBe('far-from-dataset.geojson, feature 0 (id "test-station-1"), geometry.coordinates: expected a place within 150 km of the dataset\'s extent [102.13, 18.4, 105.45, 22.96], found [0, 22.6], 10208 km outside it.');
    expect(r.valid).toHaveLength(2);
  });

  it('a number such as 1e400, read as Infinity, is an error rather than a silent Infinity', () => {
    expect(said(check('number-overflow.geojson'), 'number-overflow')).toBe('number-overflow.geojson, feature 0 (id "border-test-1"), properties.drawnKm: expected a finite number, found a number too large to hold, read as Infinity.');
  });
});

describe('what the validator must not flag', () => {
  it('a lone Feature at the top of a file has "geometry" and "properties" as it should: no foreign-member', () => {
    const feature = readFileSync(`${dir}/duplicate-id.geojson`, 'utf8').replace(/^[^[]*\[/s, '').replace(/,\s*\{\s*"type": "Feature"[\s\S]*$/, '');
    const r = check('one-feature.geojson', bytes(feature));
    expect(r.problems.map((p) => p.code)).toEqual([]);
    expect(r.valid).toHaveLength(1);
  });

  it('a bbox on the collection that is not 4 numbers is only a warning: no feature depends on it', () => {
    const text = readFileSync(`${dir}/duplicate-id.geojson`, 'utf8').replace('"FeatureCollection",', '"FeatureCollection", "bbox": [103, 22],');
    const r = check('collection-bbox.geojson', bytes(text));
    expect(r.problems.filter((p) => p.code === 'bad-bbox').map((p) => [p.severity, p.index, describeProblem(p, 'en')])).toEqual([
      ['warning', null, 'collection-bbox.geojson, bbox: expected a bbox of 4 (or 6) numbers: west, south, east, north, found 2 value(s).'],
    ]);
  });
});
