import { describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import type { BorderLineFeature, CommuneFeature, Dataset } from '../../../src/data/types.ts';
import { withDerivedFacts } from '../../../src/geo/withDerivedFacts.ts';
import { BORDER_NEAR_KM } from '../../../src/geo/deriveBorderStatus.ts';
import { isBorderCommune } from '../../../src/data/isBorderCommune.ts';
import { commune, tinyDataset } from '../tinyDataset.ts';

// The line runs north along 102.3° E. Opened communes are 0.1° squares at known distances west of it.
const line: BorderLineFeature = {
  type: 'Feature', geometry: { type: 'LineString', coordinates: [[102.3, 21.5], [102.3, 22.5]] },
  properties: { id: 'line', name: 'Biên giới', kind: 'border', geometryQuality: 'approximate', provinceId: '12' } as BorderLineFeature['properties'],
};
const at = (id: string, west: number, given?: string): CommuneFeature => {
  const c = commune(id, '12', null);
  const props = { ...c.properties, provinceName: '', district: '' } as CommuneFeature['properties'];
  if (given) props.borderStatus = given as CommuneFeature['properties']['borderStatus'];
  else delete (props as Partial<typeof props>).borderStatus;
  return { ...c, properties: props, geometry: { type: 'Polygon', coordinates: [[[west, 22], [west + 0.1, 22], [west + 0.1, 22.1], [west, 22.1], [west, 22]]] } };
};

function opened(communes: CommuneFeature[]): Dataset {
  const d = tinyDataset({ communes: { type: 'FeatureCollection', features: communes } });
  const provinces = d.provinces.features.map((p) => ({ ...p, properties: { ...p.properties, geometryMethod: 'province-union' as const } }));
  return { ...d, provinces: { ...d.provinces, features: provinces }, borderLine: { type: 'FeatureCollection', features: [line] } };
}

describe('withDerivedFacts(dataset, openedCommuneIds)', () => {
  // Touching: its east side is the line. Near: 0.5 km short of it. Far: two squares behind.
  const touching = at('00001', 102.2);
  const near = at('00002', 102.2 - 0.5 / 103.2);
  const far = at('00003', 102.0);
  const given = at('00004', 102.0, 'sourced');
  const d = withDerivedFacts(opened([touching, near, far, given]), new Set(['00001', '00002', '00003', '00004']));
  const status = (id: string) => d.communes.features.find((c) => c.properties.id === id)!.properties;

  it(`counts a commune without a border status as a border commune when its outline comes within ${BORDER_NEAR_KM} km of the line, and says it was computed`, () => {
    expect(status('00001')).toMatchObject({ borderStatus: 'computed', borderDistanceKm: 0 });
    expect(status('00002').borderStatus).toBe('computed');
    expect(status('00002').borderDistanceKm).toBeCloseTo(0.5, 1);
  });

  it('marks a commune farther from the line inland, and leaves it out of the border communes', () => {
    expect(status('00003')).toMatchObject({ borderStatus: 'inland', borderDistanceKm: null });
    expect(d.communes.features.filter((c) => isBorderCommune(c.properties)).map((c) => c.properties.id)).toEqual(['00001', '00002', '00004']);
  });

  it('keeps a border status the data gives, however far the outline lies', () => {
    expect(status('00004').borderStatus).toBe('sourced');
  });

  it('names a new commune’s province from the dataset', () => {
    expect(status('00003').provinceName).toBe('Lai Châu');
  });

  it('redraws a province whose communes were opened as the union of its communes, with no slivers', () => {
    const province = d.provinces.features.find((p) => p.properties.id === '12')!;
    expect(province.properties.geometryMethod).toBe('opened-union');
    // 00001 and 00002 overlap, 00003 and 00004 coincide: the union's area is the covered ground, counted once.
    const strip = { type: 'Polygon' as const, coordinates: [[[102.0, 22], [102.1, 22], [102.1, 22.1], [102.0, 22.1], [102.0, 22]]] };
    const east = { type: 'Polygon' as const, coordinates: [[[102.2 - 0.5 / 103.2, 22], [102.3, 22], [102.3, 22.1], [102.2 - 0.5 / 103.2, 22.1], [102.2 - 0.5 / 103.2, 22]]] };
    expect(area(province)).toBeCloseTo(area(strip) + area(east), -4);
  });

  it('leaves a dataset whose communes all give their border status as it is', () => {
    const base = opened([at('00005', 102.2, 'sourced')]);
    expect(withDerivedFacts(base, new Set())).toBe(base);
  });

  it('gives a dataset folder\'s communes without a status one from their outlines, and leaves its provinces as drawn', () => {
    const d2 = withDerivedFacts(opened([touching, far]), new Set());
    expect(d2.communes.features.map((c) => c.properties.borderStatus)).toEqual(['computed', 'inland']);
    expect(d2.provinces.features.every((p) => p.properties.geometryMethod === 'province-union')).toBe(true);
  });

  it('leaves a province no opened commune belongs to as it was', () => {
    expect(d.provinces.features.find((p) => p.properties.id === '40')!.properties.geometryMethod).toBe('province-union');
  });
});
