import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, Manifest } from '../../../src/data/types.ts';
import { drawnVsPublished } from '../../../src/stats/drawnVsPublished.ts';

const manifest = JSON.parse(readFileSync('data/demo/manifest.json', 'utf8')) as Manifest;
const read = (file: string) => JSON.parse(readFileSync(`data/demo/${file}`, 'utf8')) as unknown;
const demo = {
  manifest,
  provinces: read(manifest.layers.provinces), facilities: read(manifest.layers.facilities),
  borderLine: read(manifest.layers.borderLine), twinPairs: read(manifest.layers.twinPairs),
} as Dataset;
const province = (id: string) => demo.provinces.features.find((f) => f.properties.id === id)!.properties;

describe('drawnVsPublished(dataset, province)', () => {
  it('sets Lai Châu\'s drawn line beside its published 265.165 km, and its 10 placed stations beside the 13 published', () => {
    const lc = drawnVsPublished(demo, province('12'));
    expect(lc.borderKm.published?.value).toBe(265.165);
    expect(lc.borderKm.drawnKm).toBeCloseTo(245.8, 1);
    expect(lc.borderKm.sourceIds).toEqual(['osm-geo-maps']);
    expect(lc.stations).toMatchObject({ published: { value: 13 }, notPlaced: 3, coastal: [] });
    expect(lc.stations.placed).toHaveLength(10);
  });

  it('counts twin pairs drawn per kind against the published counts: 2 of 6 cluster pairs and 0 of 5 station–post pairs in Lai Châu', () => {
    const rows = drawnVsPublished(demo, province('12')).twins.map((r) => [r.kind, r.drawn.length, r.published?.value ?? null]);
    expect(rows).toEqual([['station-post', 0, 5], ['cluster', 2, 6]]);
  });

  it('leaves Nghệ An\'s coastal station out of the placed ones and says no station count is published', () => {
    const na = drawnVsPublished(demo, province('40'));
    expect(na.stations.published).toBeNull();
    expect(na.stations.notPlaced).toBeNull();
    expect(na.stations.coastal.map((s) => s.name)).toEqual(['Đồn BP Quỳnh Phương']);
    expect(na.stations.placed.map((s) => s.name)).not.toContain('Đồn BP Quỳnh Phương');
    expect(na.twins.map((r) => [r.kind, r.drawn.length, r.published])).toEqual([['village', 7, null]]);
  });
});
