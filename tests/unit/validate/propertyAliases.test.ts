import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import type { Dataset } from '../../../src/data/types.ts';
import { mergeImports } from '../../../src/data/mergeImports.ts';
import { applyAliases, provinceKey } from '../../../src/validate/propertyAliases.ts';
import { renderPhrase } from '../../../src/validate/Phrase.ts';
import { validateFiles } from '../../../src/validate/validateFiles.ts';
import { contextFromDataset } from '../../../src/validate/ValidationContext.ts';
import { demoDataset } from './demoContext.ts';

const square = (x: number, y: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + 0.02, y], [x + 0.02, y + 0.02], [x, y + 0.02], [x, y]]] });
const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

describe('applyAliases(layer, feature, provinceIds)', () => {
  const provinces = new Map([['lai châu', '12']]);

  it('reads ma_xa, ten_xa and ten_tinh as id, name and province, and the Feature id when properties have none', () => {
    expect(applyAliases('communes', { properties: { MA_XA: '03451', Ten_Xa: 'Mù Cả', ten_tinh: 'Tỉnh Lai Châu' } }, provinces)).toEqual({
      props: { MA_XA: '03451', Ten_Xa: 'Mù Cả', ten_tinh: 'Tỉnh Lai Châu', id: '03451', name: 'Mù Cả', provinceName: 'Tỉnh Lai Châu', provinceId: '12' },
      used: [{ to: 'id', from: 'MA_XA' }, { to: 'name', from: 'Ten_Xa' }, { to: 'provinceName', from: 'ten_tinh' }, { to: 'provinceId', from: 'provinceName' }],
    });
    expect(applyAliases('communes', { id: 3451, properties: { ten: 'Mù Cả', ma_tinh: 12 } }, provinces).props).toMatchObject({ id: 3451, name: 'Mù Cả', provinceId: '12' });
  });

  it('leaves properties the file gives under our names, and anything that is not an object, alone', () => {
    expect(applyAliases('communes', { properties: { id: 'a', ma_xa: 'b', name: 'N' } }, provinces)).toEqual({ props: { id: 'a', ma_xa: 'b', name: 'N' }, used: [] });
    expect(applyAliases('communes', { properties: 5 }, provinces)).toEqual({ props: 5, used: [] });
  });

  it('finds a province by name with or without "Tỉnh", in any case', () => {
    expect(provinceKey('Tỉnh Nghệ An')).toBe(provinceKey('nghệ an'));
  });
});

describe('a commune file as GIS exports write it', () => {
  let demo: Dataset;
  beforeAll(async () => {
    demo = await demoDataset();
  }, 30_000);

  it('loads with ma_xa / ten_xa / ten_tinh, says once per property what it read, and replaces the schematic outline by code', () => {
    const features = [
      { type: 'Feature', properties: { ma_xa: 3451, ten_xa: 'Mù Cả', ten_tinh: 'Lai Châu' }, geometry: square(102.45, 22.47) },
      { type: 'Feature', id: '03448', properties: { ten_xa: 'Pa Vệ Sủ', ten_tinh: 'Tỉnh Lai Châu' }, geometry: square(102.83, 22.51) },
    ];
    const [r] = validateFiles([{ name: 'xa.geojson', bytes: bytes({ type: 'FeatureCollection', features }), layer: 'communes' }], contextFromDataset(demo));
    expect(r!.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r!.valid.map((v) => v.id)).toEqual(['03451', '03448']);
    const mapped = r!.problems.filter((p) => p.code === 'property-mapped').map((p) => `${p.property}: ${renderPhrase(p.found, 'en')}`);
    expect(mapped).toEqual([
      'properties.id: none, read from the file’s "ma_xa" in 1 feature(s)',
      'properties.name: none, read from the file’s "ten_xa" in 2 feature(s)',
      'properties.provinceName: none, read from the file’s "ten_tinh" in 2 feature(s)',
      'properties.provinceId: none, read from the file’s "provinceName" in 2 feature(s)',
      'properties.id: none, read from the file’s "Feature.id" in 1 feature(s)',
    ]);
    const merged = mergeImports(demo, [{ file: 'xa.geojson', layer: 'communes', items: r!.valid.map((v) => v.value as Feature) }]);
    const muCa = merged.communes.features.find((f) => f.properties.id === '03451')!;
    expect(muCa.geometry).toEqual(square(102.45, 22.47));
    expect(muCa.properties.geometryMethod).toBe('opened-file');
    expect(merged.communes.features).toHaveLength(demo.communes.features.length);
  });
});
