import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../heavy.ts';
import { validateFiles } from '../../../src/validate/validateFiles.ts';
import { validateFile } from '../../../src/validate/validateFile.ts';
import { emptyContext, type ValidationContext } from '../../../src/validate/ValidationContext.ts';
import { LAYER_KEYS, type Manifest } from '../../../src/data/types.ts';
import { demoContext } from './demoContext.ts';

const text = (s: string) => new TextEncoder().encode(s);
const json = (v: unknown) => text(JSON.stringify(v));
const point = (id: string, props: Record<string, unknown>, coords = [103.25, 22.55]) =>
  ({ type: 'Feature', properties: { id, name: id, ...props }, geometry: { type: 'Point', coordinates: coords } });
const square = (x: number, y: number) => [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]];

let demo: ValidationContext;
beforeAll(async () => {
  demo = await demoContext();
});

describe('validateFiles(files, context)', () => {
  it('finds no error in any file of the demo dataset, each detected as its own layer', () => {
    const manifest = JSON.parse(readFileSync('data/demo/manifest.json', 'utf8')) as Manifest;
    const files = [...LAYER_KEYS.map((k) => manifest.layers[k]), manifest.activity];
    const reports = validateFiles(files.map((f) => ({ name: f, bytes: readFileSync(`data/demo/${f}`) })), demo);
    expect(reports.flatMap((r) => r.problems.filter((p) => p.severity === 'error'))).toEqual([]);
    expect(reports.map((r) => r.layer)).toEqual([...LAYER_KEYS, 'activity']);
    for (const r of reports) expect(r.valid).toHaveLength(r.total);
  });

  it('resolves a station\'s commune in another file given with it, and reports one that resolves nowhere', () => {
    const communes = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: '99001', name: 'Xã mới', provinceId: '12' }, geometry: { type: 'Polygon', coordinates: square(103, 22) } }] };
    const stations = { type: 'FeatureCollection', features: [point('s1', { kind: 'station', hostCommuneId: '99001' }), point('s2', { kind: 'station', hostCommuneId: '99002' })] };
    const [c, s] = validateFiles([{ name: 'c.geojson', bytes: json(communes) }, { name: 's.geojson', bytes: json(stations) }], demo);
    expect(c!.valid).toHaveLength(1);
    expect(s!.valid.map((v) => v.id)).toEqual(['s1']);
    expect(s!.problems).toMatchObject([{ code: 'unresolved-reference', index: 1, id: 's2', property: 'hostCommuneId', severity: 'error' }]);
  });

  it('needs only id and name to replace a commune the dataset has, but a province for a new one', () => {
    const fc = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { id: '03439', name: 'Ma Li Pho' }, geometry: { type: 'Polygon', coordinates: square(102.5, 22.6) } },
      { type: 'Feature', properties: { id: '99003', name: 'Xã mới' }, geometry: { type: 'Polygon', coordinates: square(102.7, 22.6) } },
    ] };
    const [r] = validateFiles([{ name: 'official.geojson', bytes: json(fc) }], demo);
    expect(r!.valid.map((v) => v.id)).toEqual(['03439']);
    expect(r!.problems).toMatchObject([{ code: 'missing-property', property: 'properties.provinceId', id: '99003' }]);
  });

  it('hints at swapped coordinates when the positions are valid but land in the dataset\'s area only read as [lat, lon]', () => {
    const fc = { type: 'FeatureCollection', features: [point('m1', { number: '1' }, [22.55, 83.25])] };
    const r = validateFile({ name: 'm.geojson', bytes: json(fc), layer: 'markers' }, { ...emptyContext(), extent: [82, 21, 84, 23] });
    expect(r.problems.map((p) => p.code)).toEqual(['swapped-coordinates']);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const r = validateFile({ name: 'big.geojson', bytes: text('{"type":"FeatureCollection","features":[]}'), maxBytes: 10 }, emptyContext());
    expect(r.problems).toMatchObject([{ code: 'too-large', severity: 'error' }]);
  });

  it('checks twin pairs\' sides against Vietnam in a countries file of the same batch, once that outline is valid', () => {
    const country = (iso: string, coordinates: number[][][]) => ({ type: 'Feature', properties: { iso, nameVi: iso, nameEn: iso }, geometry: { type: 'Polygon', coordinates } });
    const vn = [[[102, 22], [103, 22], [103, 23], [102, 23], [102, 22]]];
    // A bow tie: the same extent, crossing itself.
    const broken = [[[102, 22], [103, 23], [103, 22], [102, 23], [102, 22]]];
    const pair = { type: 'Feature', properties: { id: 't1', vnVillage: 'bản A', partnerVillage: 'bản B' }, geometry: { type: 'LineString', coordinates: [[103.5, 22.5], [102.5, 22.5]] } };
    const batch = (outline: number[][][]) => validateFiles([
      { name: 'countries.geojson', bytes: json({ type: 'FeatureCollection', features: [country('VN', outline), country('CN', square(104, 22))] }), layer: 'countries' },
      { name: 'twins.geojson', bytes: json({ type: 'FeatureCollection', features: [pair] }), layer: 'twinPairs' },
    ], emptyContext());
    const [, twins] = batch(vn);
    expect(twins!.valid).toEqual([]);
    expect(twins!.problems.map((p) => [p.code, p.property])).toEqual([['twin-same-side', 'geometry.coordinates[0]'], ['twin-same-side', 'geometry.coordinates[1]']]);
    const [countries, unjudged] = batch(broken);
    expect(countries!.valid.map((v) => (v.value as { properties: { iso: string } }).properties.iso)).toEqual(['CN']);
    expect(unjudged!.valid).toHaveLength(1);
  });

  it('says which references it could not check when a file comes alone', () => {
    const fc = { type: 'FeatureCollection', features: [point('s1', { kind: 'station', hostCommuneId: '03439' })] };
    const [r] = validateFiles([{ name: 's.geojson', bytes: json(fc) }], emptyContext());
    expect(r!.valid).toHaveLength(1);
    expect(r!.problems).toMatchObject([{ code: 'references-not-checked', severity: 'warning' }]);
  });

  it('loads a commune of a million vertices', () => {
    const n = 1_000_000;
    const ring = Array.from({ length: n }, (_, i) => [103 + 0.1 * Math.cos((2 * Math.PI * i) / n), 22.5 + 0.1 * Math.sin((2 * Math.PI * i) / n)]);
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: '03439', name: 'Ma Li Pho' }, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } }] };
    const [r] = validateFiles([{ name: 'dense.geojson', bytes: json(fc) }], demo);
    expect(r!.problems).toEqual([]);
    expect(r!.valid).toHaveLength(1);
  }, HEAVY_MS);
});
