import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { mergeImports } from '../../../src/data/mergeImports.ts';
import { commune, station, tinyDataset } from '../tinyDataset.ts';

const official = (id: string, props: Record<string, unknown> = {}): Feature => ({
  type: 'Feature', properties: { id, name: 'Xã chính thức', ...props },
  geometry: { type: 'Polygon', coordinates: [[[102.2, 22.2], [102.4, 22.2], [102.4, 22.4], [102.2, 22.4], [102.2, 22.2]]] },
});

describe('mergeImports(dataset, files)', () => {
  it('replaces a commune\'s schematic area by id, keeps its other facts, and does not call the new outline official unless the file does', () => {
    const base = tinyDataset({ communes: { type: 'FeatureCollection', features: [commune('03439', '12', 7), commune('03451', '12', 3)] } });
    const merged = mergeImports(base, [{ file: 'ranh-gioi.geojson', layer: 'communes', items: [official('03439')] }]);
    const c = merged.communes.features.find((f) => f.properties.id === '03439')!;
    expect(c.geometry.coordinates[0]![0]).toEqual([102.2, 22.2]);
    expect(c.properties).toMatchObject({ name: 'Xã chính thức', borderKmEst: 7, provinceId: '12', geometryQuality: 'approximate', geometryMethod: 'opened-file' });
    expect(merged.manifest.sources.find((s) => s.id === c.properties.sourceIds?.[0])).toMatchObject({ kind: 'file', title: 'ranh-gioi.geojson' });
    expect(merged.communes.features).toHaveLength(2);
    // The dataset as loaded is left as it was.
    expect(base.communes.features[0]!.properties.geometryQuality).toBe('schematic');
    const declared = mergeImports(base, [{ file: 'f', layer: 'communes', items: [official('03439', { geometryQuality: 'official' })] }]);
    expect(declared.communes.features[0]!.properties.geometryQuality).toBe('official');
  });

  it('keeps a layer\'s own object when a file for it has no valid feature, so the map is not sent the layer again', () => {
    const base = tinyDataset({ facilities: { type: 'FeatureCollection', features: [station('a', '12', null)] } });
    const merged = mergeImports(base, [{ file: 'hong.geojson', layer: 'facilities', items: [] }, { file: 'rong.csv', layer: 'activity', items: [] }]);
    expect(merged.facilities).toBe(base.facilities);
    expect(merged.activity).toEqual(base.activity);
    expect(merged.manifest.sources).toEqual(base.manifest.sources);
    const added = mergeImports(base, [{ file: 'don.geojson', layer: 'facilities', items: [station('b', '12', null)] }]);
    expect(added.facilities).not.toBe(base.facilities);
  });

  it('adds a new station with "not published" in place of the facts its file does not give', () => {
    const base = tinyDataset({ facilities: { type: 'FeatureCollection', features: [station('a', '12', null)] } });
    const added: Feature = { type: 'Feature', properties: { id: 'b', name: 'Đồn B', kind: 'station' }, geometry: { type: 'Point', coordinates: [102.1, 22.1] } };
    const merged = mergeImports(base, [{ file: 'don.geojson', layer: 'facilities', items: [added] }]);
    expect(merged.facilities.features.map((f) => f.properties.id)).toEqual(['a', 'b']);
    expect(merged.facilities.features[1]!.properties).toMatchObject({ borderKm: null, markers: null, hostCommuneId: null, note: null });
    const cited = merged.facilities.features[1]!.properties.sourceIds ?? [];
    expect(merged.manifest.sources.filter((s) => cited.includes(s.id))).toMatchObject([{ kind: 'file', title: 'don.geojson' }]);
  });

  it('adds activity records, turning a free-text source into a source the panel can cite', () => {
    const base = tinyDataset();
    const rec = { areaId: '12', periodStart: '2025-01-01', periodEnd: '2025-06-30', metric: 'patrols', value: 3, unit: 'sessions', status: 'sourced', source: 'Báo cáo đồn' };
    const merged = mergeImports(base, [{ file: 'bang.csv', layer: 'activity', items: [rec, { ...rec, value: 4 }] }]);
    const added = merged.activity.slice(base.activity.length);
    expect(added.map((r) => r.value)).toEqual([3, 4]);
    expect(new Set(added.map((r) => r.sourceId)).size).toBe(1);
    expect(merged.manifest.sources.find((s) => s.id === added[0]!.sourceId)).toMatchObject({ kind: 'file', title: 'Báo cáo đồn', outlet: 'bang.csv' });
    expect(base.manifest.sources).toHaveLength(1);
  });

  it('keeps a figure\'s qualifier ("nearly", "over") from an activity table', () => {
    const rec = { areaId: '12', periodStart: '2025-01-01', periodEnd: '2025-06-30', metric: 'workdays', value: 12300, unit: 'workdays', status: 'sourced', sourceId: 's', qualifier: 'over' };
    const merged = mergeImports(tinyDataset(), [{ file: 'bang.json', layer: 'activity', items: [rec] }]);
    expect(merged.activity.at(-1)).toMatchObject({ value: 12300, qualifier: 'over' });
  });
});
