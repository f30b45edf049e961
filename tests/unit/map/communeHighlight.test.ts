import { describe, expect, it } from 'vitest';
import { communeHighlight } from '../../../src/map/communeHighlight.ts';
import { commune, tinyDataset } from '../tinyDataset.ts';

describe('communeHighlight(dataset, selected, hovered)', () => {
  it('holds the hovered and the selected commune, each with its outline and state, the selection last (drawn on top), and nothing else', () => {
    const ds = tinyDataset();
    const h = communeHighlight(ds, '03451', '16816');
    expect(h.features.map((f) => f.properties)).toEqual([
      { id: '16816', selected: false, hover: true },
      { id: '03451', selected: true, hover: false },
    ]);
    expect(h.features[1]!.geometry).toBe(ds.communes.features[0]!.geometry);
  });

  it('draws a commune both selected and hovered once, with both states', () => {
    expect(communeHighlight(tinyDataset(), '03448', '03448').features.map((f) => f.properties)).toEqual([{ id: '03448', selected: true, hover: true }]);
  });

  it('is empty when nothing is selected or hovered, and leaves out a station, a province and an unknown id', () => {
    const ds = tinyDataset();
    expect(communeHighlight(ds, null, null).features).toEqual([]);
    expect(communeHighlight(ds, 'station-a', 'nope').features).toEqual([]);
    expect(communeHighlight(ds, '12', null).features).toEqual([]);
  });

  it('finds a commune numbered as a province: the province does not stand in for it', () => {
    const ds = tinyDataset({ communes: { type: 'FeatureCollection', features: [commune('12', '40', null)] } });
    expect(communeHighlight(ds, null, '12').features.map((f) => f.properties.id)).toEqual(['12']);
  });

  it('is empty for a tiled dataset, whose page holds boxes, not outlines: its tiles are highlighted by feature state', () => {
    const ds = tinyDataset();
    const tiled = { ...ds, manifest: { ...ds.manifest, tiles: { communes: { format: 'pbf' as const, url: 'tiles/{z}/{x}/{y}.pbf', sourceLayer: 'communes', minzoom: 4, maxzoom: 10, bounds: [102, 22, 103, 23] as [number, number, number, number], attributes: 'a.json' } } } };
    expect(communeHighlight(tiled, '03451', '03448').features).toEqual([]);
  });
});
