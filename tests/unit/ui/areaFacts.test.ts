import { describe, expect, it } from 'vitest';
import type { CommuneFeature, Dataset, ProvinceFeature } from '../../../src/data/types.ts';
import { areaFacts } from '../../../src/ui/areaFacts.ts';
import { tinyDataset } from '../tinyDataset.ts';

describe('areaFacts(dataset, area, lang)', () => {
  it('gives a commune opened from a file with only id, name and province its facts, "not estimated" where the file says nothing', () => {
    const d = tinyDataset();
    const bare = { type: 'Feature', properties: { id: '99999', name: 'Xã mới', provinceId: '12', geometryQuality: 'approximate' }, geometry: d.communes.features[0]!.geometry } as unknown as CommuneFeature;
    const facts = areaFacts(d, { layer: 'communes', feature: bare }, 'en');
    expect(facts.find((f) => f.label === 'Border length (estimated)')?.text).toBe('not estimated');
    expect(facts.some((f) => f.text === undefined && f.links === undefined)).toBe(false);
  });

  it('shows a neighbour country or geometry quality it has no words for as written, instead of failing', () => {
    const d: Dataset = tinyDataset();
    const p = d.provinces.features[0]!;
    const odd = { ...p, properties: { ...p.properties, neighbourCountry: 'XX', geometryQuality: 'weird' } } as unknown as ProvinceFeature;
    const facts = areaFacts(d, { layer: 'provinces', feature: odd }, 'vi');
    expect(facts[0]?.text).toMatch(/^XX/);
  });
});
