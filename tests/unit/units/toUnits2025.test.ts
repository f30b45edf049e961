import { describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import { toUnits2025 } from '../../../src/units/toUnits2025.ts';
import { unitOf2025 } from '../../../src/units/unitOf2025.ts';
import { commune, record, station, tinyDataset } from '../tinyDataset.ts';
import { demoDataset } from '../validate/demoContext.ts';

const moved = (id: string, successor: string | null, x: number) => {
  const c = commune(id, '12', 2);
  const ring = [[x, 22], [x + 0.1, 22], [x + 0.1, 22.1], [x, 22.1], [x, 22]];
  return { ...c, properties: { ...c.properties, successor2025: successor }, geometry: { type: 'Polygon' as const, coordinates: [ring] } };
};

describe('toUnits2025(dataset)', () => {
  const base = tinyDataset({
    communes: { type: 'FeatureCollection', features: [moved('a', 'xã Thu Lũm', 102), moved('b', 'xã Thu Lũm', 102.1), moved('c', 'xã Mù Cả (unchanged)', 102.5), moved('d', null, 102.8)] },
    facilities: { type: 'FeatureCollection', features: [station('s', '12', 'b')] },
    activity: [
      record('a', 'patrols', 3, ['2024-01-01', '2024-06-30'], { status: 'illustrative' }),
      record('b', 'patrols', 4, ['2024-01-01', '2024-06-30']),
      record('12', 'patrols', 224, ['2024-01-01', '2024-06-30']),
    ],
  });
  const after = toUnits2025(base);
  const unit = after.communes.features.find((f) => f.properties.name === 'Thu Lũm')!;

  it('merges the communes that became one unit, dissolving their areas and adding their border km', () => {
    expect(after.communes.features.map((f) => f.properties.name)).toEqual(['Thu Lũm', 'Mù Cả', 'Xã d']);
    expect(unit.properties.id).toBe(unitOf2025({ provinceId: '12', successor2025: 'xã Thu Lũm' })!.id);
    expect(area(unit)).toBeCloseTo(area(base.communes.features[0]!) + area(base.communes.features[1]!), -3);
    expect(unit.geometry.type).toBe('Polygon');
    expect(unit.properties.borderKmEst).toBe(4);
    expect(unit.properties.mergedFrom).toEqual(['Xã a', 'Xã b']);
    expect(unit.properties.geometryMethod).toBe('merged-2025');
  });

  it('keeps a commune whose successor is not known, and says so', () => {
    expect(after.communes.features.find((f) => f.properties.id === 'd')?.properties.geometryMethod).toBe('unit-2025-unknown');
  });

  it('moves a station to its commune\'s new unit, and adds commune figures per unit: illustrative if any part is', () => {
    expect(after.facilities.features[0]!.properties.hostCommuneId).toBe(unit.properties.id);
    const sums = after.activity.filter((r) => r.areaId === unit.properties.id);
    expect(sums).toMatchObject([{ value: 7, status: 'illustrative' }]);
    expect(after.activity.find((r) => r.areaId === '12')).toMatchObject({ value: 224, status: 'sourced' });
  });

  it('turns the demo\'s 50 border communes into one unit per successor, plus those with none known', async () => {
    const demo = await demoDataset();
    const successors = new Set(demo.communes.features.map((c) => unitOf2025(c.properties)?.id).filter(Boolean));
    const unknown = demo.communes.features.filter((c) => unitOf2025(c.properties) === null).length;
    const units = toUnits2025(demo);
    expect(units.communes.features).toHaveLength(successors.size + unknown);
    expect(units.communes.features.length).toBeLessThan(demo.communes.features.length);
    // Every reference still resolves.
    const ids = new Set(units.communes.features.map((c) => c.properties.id));
    for (const f of units.facilities.features) if (f.properties.hostCommuneId) expect(ids).toContain(f.properties.hostCommuneId);
  });
});
