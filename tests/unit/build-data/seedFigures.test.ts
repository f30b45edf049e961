import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActivityRecord, Dataset, Manifest } from '../../../src/data/types.ts';
import { LAYER_KEYS } from '../../../src/data/types.ts';
import { readCsv } from '../../../scripts/build-data/readCsv.ts';
import { PROVINCE_IDS } from '../../../scripts/build-data/communes.ts';
import { SPLIT_METRICS, splitExactly } from '../../../scripts/build-data/activity.ts';

const dir = 'data/demo';
const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Manifest;
const layer = <K extends (typeof LAYER_KEYS)[number]>(k: K) => JSON.parse(readFileSync(`${dir}/${manifest.layers[k]}`, 'utf8')) as Dataset[K];
const activity = JSON.parse(readFileSync(`${dir}/${manifest.activity}`, 'utf8')) as ActivityRecord[];
const gazetteer = (name: string) => readCsv(`data/sources/gazetteer/${name}`);
/** The reports as they came, beside the repository (CI clones main with ../shared next to it). */
const seedText = (file: string) => readFileSync(`../shared/seeds/${file}`, 'utf8');
const vi = (v: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 }).format(v);

describe('the demo figures against the gazetteer and the reports', () => {
  const rows = gazetteer('activity.csv');

  it('carries every gazetteer figure with its value, unit, period, place, qualifier and seed report', () => {
    const sourced = activity.filter((r) => r.status === 'sourced');
    expect(sourced).toHaveLength(rows.length);
    for (const row of rows) {
      const seed = `seed-${row.source_seed?.slice(0, 3)}`;
      const match = sourced.filter((r) => r.metric === row.metric && r.periodStart === row.period_start && r.periodEnd === row.period_end && r.areaId === PROVINCE_IDS[row.province ?? '']);
      expect(match, `${row.province} ${row.metric} ${row.period_start}`).toHaveLength(1);
      expect(match[0]).toMatchObject({ value: Number(row.value), unit: row.unit, sourceId: seed });
      expect(match[0]!.qualifier).toBe(row.qualifier || undefined);
    }
  });

  it('finds every figure in the text of its report, as written there ("37.732", "0,128"), or as the sum of the parts its note lists', () => {
    for (const row of rows) {
      const text = seedText(row.source_seed ?? '');
      const value = Number(row.value);
      const parts = (row.note ?? '').match(/\b\d+\b/g)?.map(Number) ?? [];
      const summed = row.category === 'recognition';
      if (summed) expect(parts.reduce((a, b) => a + b, 0), `${row.metric} ${row.period_start}`).toBe(value);
      else expect(text, `${row.metric} in ${row.source_seed}`).toContain(vi(value));
    }
  });

  it('keeps the reports\' "nearly 500" and "over 12,300" as qualifiers', () => {
    const lc = activity.filter((r) => r.areaId === '12');
    expect(lc.find((r) => r.metric === 'households_supported')).toMatchObject({ value: 500, qualifier: 'approx' });
    expect(lc.find((r) => r.metric === 'workdays')).toMatchObject({ value: 12300, qualifier: 'over' });
    expect(seedText('003_02264c39715f7c29.txt')).toContain('gần 500 hộ');
    expect(seedText('003_02264c39715f7c29.txt')).toContain('trên 12.300 ngày công');
  });

  it('counts 136 individual awards for 2019–2024 and 22 border communes in Lai Châu', () => {
    const awards = activity.find((r) => r.areaId === '12' && r.metric === 'individual_awards' && r.periodStart === '2019-01-01');
    expect(awards?.value).toBe(136);
    const lc = layer('provinces').features.find((f) => f.properties.id === '12')!.properties;
    expect(lc.published.find((f) => f.key === 'borderCommuneCount')).toMatchObject({ value: 22, sourceIds: ['seed-003'] });
    expect(layer('communes').features.filter((f) => f.properties.provinceId === '12')).toHaveLength(22);
  });

  it('carries every province fact of the gazetteer with its date and sources', () => {
    const provinces = layer('provinces').features.map((f) => f.properties);
    for (const row of gazetteer('province-facts.csv')) {
      const p = provinces.find((x) => x.name === row.province)!;
      expect(p.published.find((f) => f.key === row.fact), `${row.province} ${row.fact}`).toEqual({
        key: row.fact, value: Number(row.value), ...(row.qualifier ? { qualifier: row.qualifier } : {}), date: row.date || null, sourceIds: (row.source_ids ?? '').split(' '),
      });
    }
  });

  it('splits each province total exactly among its communes, and again among its stations, as illustrative figures', () => {
    const facilities = layer('facilities').features.map((f) => f.properties);
    const communes = layer('communes').features.map((f) => f.properties);
    const totals = activity.filter((r) => r.status === 'sourced' && SPLIT_METRICS.includes(r.metric));
    expect(totals.length).toBeGreaterThan(0);
    for (const total of totals) {
      const same = (ids: string[]) => activity.filter((r) => ids.includes(r.areaId) && r.metric === total.metric && r.periodStart === total.periodStart && r.periodEnd === total.periodEnd);
      for (const ids of [communes.filter((c) => c.provinceId === total.areaId).map((c) => c.id), facilities.filter((f) => f.provinceId === total.areaId && f.kind !== 'gate').map((f) => f.id)]) {
        const parts = same(ids);
        expect(parts).toHaveLength(ids.length);
        expect(parts.every((r) => r.status === 'illustrative' && r.sourceId === 'illustrative-demo')).toBe(true);
        expect(parts.reduce((a, r) => a + r.value, 0), `${total.areaId} ${total.metric}`).toBe(total.value);
      }
    }
    // No published patrol total for Nghệ An: nothing made up to split.
    expect(activity.some((r) => r.metric === 'patrols' && r.status === 'illustrative' && communes.find((c) => c.id === r.areaId)?.provinceId === '40')).toBe(false);
  });

  it('resolves every source id a feature or figure cites, and names each report\'s outlet where it was found', () => {
    const ids = new Set(manifest.sources.map((s) => s.id));
    const cited = [
      ...activity.map((r) => r.sourceId),
      ...LAYER_KEYS.filter((k) => k !== 'countries').flatMap((k) => layer(k).features.flatMap((f) => (f.properties as { sourceIds?: string[] }).sourceIds ?? [])),
      ...layer('provinces').features.flatMap((f) => f.properties.published.flatMap((p) => p.sourceIds)),
    ];
    for (const id of cited) expect(ids.has(id), id).toBe(true);
    expect(manifest.sources.find((s) => s.id === 'seed-003')).toMatchObject({ kind: 'report', outlet: 'Báo Tiền Phong', date: '2024-02-28' });
    for (const s of manifest.sources) expect(s.title ?? s.outlet ?? s.kind, s.id).toBeTruthy();
  });
});

describe('splitExactly(total, weights)', () => {
  it('gives whole numbers in proportion to the weights that add up to the total', () => {
    expect(splitExactly(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitExactly(224, [0.3, 1.2, 0.9, 1]).reduce((a, b) => a + b, 0)).toBe(224);
    expect(splitExactly(0, [1, 2])).toEqual([0, 0]);
  });
});
