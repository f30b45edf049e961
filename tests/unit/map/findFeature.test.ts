import { describe, expect, it } from 'vitest';
import { findFeature } from '../../../src/map/findFeature.ts';
import { commune, tinyDataset } from '../tinyDataset.ts';

describe('findFeature(dataset, id)', () => {
  it('names the map source holding an id and the feature’s extent, and null for an unknown id', () => {
    const ds = tinyDataset();
    expect(findFeature(ds, '03451')).toEqual({ source: 'communes', bbox: [102, 22, 102.1, 22.1] });
    expect(findFeature(ds, 'station-a')).toEqual({ source: 'facilities', bbox: [102.05, 22.05, 102.05, 22.05] });
    expect(findFeature(ds, 'nope')).toBeNull();
  });

  it('gives a shared id to the earlier layer, as the panel does: a commune numbered as a province opens the province', () => {
    const ds = tinyDataset({ communes: { type: 'FeatureCollection', features: [commune('12', '40', null)] } });
    expect(findFeature(ds, '12')?.source).toBe('provinces');
  });

  it('sees a layer replaced by opened files: the index follows the new features', () => {
    const ds = tinyDataset();
    const opened = { ...ds, communes: { type: 'FeatureCollection' as const, features: [commune('99999', '12', null)] } };
    expect(findFeature(ds, '99999')).toBeNull();
    expect(findFeature(opened, '99999')?.source).toBe('communes');
    expect(findFeature(opened, '03451')).toBeNull();
  });
});
