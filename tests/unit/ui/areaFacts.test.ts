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

  it('lists every commune fact for a commune the dataset lacks, "not recorded" where its file says nothing', () => {
    const d = tinyDataset();
    const bare = { type: 'Feature', properties: { id: '99999', name: 'Xã mới', provinceId: '12', geometryQuality: 'approximate', district: '', successor2025: null, borderStatus: 'computed', borderDistanceKm: 0.4 }, geometry: d.communes.features[0]!.geometry } as unknown as CommuneFeature;
    const facts = Object.fromEntries(areaFacts(d, { layer: 'communes', feature: bare }, 'en').map((f) => [f.label, f.text]));
    expect(facts).toMatchObject({
      'District (before 2025)': 'not recorded',
      'Border commune by': 'computed from the map: its outline comes within 0.4 km of the border line as drawn (threshold 1 km)',
      'Unit from 1 July 2025': 'not recorded',
    });
  });

  it('says an inland commune is not a border commune and why, and leaves it out of its province’s border communes', () => {
    const d = tinyDataset();
    const c = d.communes.features[0]!;
    const inland = { ...c, properties: { ...c.properties, id: '99998', name: 'Xã trong', borderStatus: 'inland', borderDistanceKm: null } } as CommuneFeature;
    const withInland: Dataset = { ...d, communes: { ...d.communes, features: [...d.communes.features, inland] } };
    const own = areaFacts(withInland, { layer: 'communes', feature: inland }, 'en');
    expect(own.find((f) => f.label === 'Border commune')?.text).toBe('no: its outline stays more than 1 km from the border line as drawn (computed from the map)');
    expect(own.some((f) => f.label === 'Border length (estimated)')).toBe(false);
    const province = areaFacts(withInland, { layer: 'provinces', feature: d.provinces.features[0]! }, 'en');
    expect(province.find((f) => f.label === 'Border communes')?.links?.map((l) => l.id)).toEqual(['03451', '03448']);
    expect(province.find((f) => f.label === 'Inland communes (computed from the map)')?.text).toBe('1');
  });

  it('shows a neighbour country or geometry quality it has no words for as written, instead of failing', () => {
    const d: Dataset = tinyDataset();
    const p = d.provinces.features[0]!;
    const odd = { ...p, properties: { ...p.properties, neighbourCountry: 'XX', geometryQuality: 'weird' } } as unknown as ProvinceFeature;
    const facts = areaFacts(d, { layer: 'provinces', feature: odd }, 'vi');
    expect(facts[0]?.text).toMatch(/^XX/);
  });
});
