import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { isFeatureCollection } from 'geojson-validation';
import type { FeatureCollection } from 'geojson';
import type { ActivityRecord, BaseProps, CommuneFeature, Manifest } from '../../../src/data/types.ts';
import { LAYER_KEYS } from '../../../src/data/types.ts';
import { readCsv } from '../../../scripts/build-data/readCsv.ts';

const dir = 'data/demo';
const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Manifest;
const layers = Object.fromEntries(LAYER_KEYS.map((k) => [k, JSON.parse(readFileSync(`${dir}/${manifest.layers[k]}`, 'utf8')) as FeatureCollection]));
const activity = JSON.parse(readFileSync(`${dir}/${manifest.activity}`, 'utf8')) as ActivityRecord[];
const featuresWithIds = LAYER_KEYS.filter((k) => k !== 'countries').flatMap((k) => layers[k]?.features ?? []);
const gazetteer = (name: string) => readCsv(`data/sources/gazetteer/${name}`);

describe('the demo dataset', () => {
  it('is valid GeoJSON in every layer', () => {
    for (const k of LAYER_KEYS) expect(isFeatureCollection(layers[k], true)).toEqual([]);
  });

  it('has the 49 border communes the gazetteer flags: 22 in Lai Châu and 27 in Nghệ An, as published, and no Ma Li Chải (merged in 2020)', () => {
    const communes = layers.communes?.features as CommuneFeature[];
    const border = gazetteer('communes.csv').filter((r) => r.is_border_commune === 'true');
    expect(communes).toHaveLength(border.length);
    expect(communes.filter((c) => c.properties.provinceId === '12')).toHaveLength(22);
    expect(communes.filter((c) => c.properties.provinceId === '40')).toHaveLength(27);
    expect(communes.map((c) => c.properties.id)).toContain('03451');
    expect(communes.map((c) => c.properties.name)).not.toContain('Ma Li Chải');
  });

  it('gives every feature a unique id and a geometry quality; communes and twin pairs say they are schematic', () => {
    const ids = featuresWithIds.map((f) => (f.properties as BaseProps).id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of featuresWithIds) expect(['official', 'approximate', 'schematic']).toContain((f.properties as BaseProps).geometryQuality);
    for (const k of ['communes', 'twinPairs', 'provinces'] as const) {
      for (const f of layers[k]?.features ?? []) expect((f.properties as BaseProps).geometryQuality).toBe('schematic');
    }
  });

  it('every commune area contains its centre', () => {
    for (const c of layers.communes?.features as CommuneFeature[]) expect(booleanPointInPolygon(c.properties.centre, c)).toBe(true);
  });

  it('carries every figure of the gazetteer as sourced, at province level, with the seed it came from', () => {
    const rows = gazetteer('activity.csv');
    const sourced = activity.filter((r) => r.status === 'sourced');
    expect(sourced).toHaveLength(rows.length);
    for (const r of sourced) expect(['12', '40']).toContain(r.areaId);
    const patrols = sourced.find((r) => r.areaId === '12' && r.metric === 'patrols' && r.periodStart === '2024-01-01' && r.periodEnd === '2024-06-30');
    expect(patrols?.value).toBe(224);
    expect(patrols?.sourceId).toBe('seed-002');
  });

  it('marks every figure below province level as illustrative', () => {
    for (const r of activity) if (r.areaId !== '12' && r.areaId !== '40') expect(r.status).toBe('illustrative');
  });

  it('resolves every activity area and every source', () => {
    const ids = new Set(featuresWithIds.map((f) => (f.properties as BaseProps).id));
    const sources = new Set(manifest.sources.map((s) => s.id));
    for (const r of activity) {
      expect(ids.has(r.areaId)).toBe(true);
      expect(sources.has(r.sourceId)).toBe(true);
    }
  });

  it('credits OpenStreetMap for the boundaries', () => {
    expect(manifest.attribution.join(' ')).toContain('OpenStreetMap');
  });
});

describe('readCsv(file)', () => {
  it('reads quoted fields with commas, as the gazetteer has them', () => {
    const row = gazetteer('twin-pairs.csv')[0];
    expect(row?.partner_admin).toBe('thị trấn Kim Thủy Hà, huyện Kim Bình, Vân Nam');
    expect(row?.partner_village).toBe('Bạch Thạch Nham');
  });
});
