import { describe, expect, it } from 'vitest';
import { slideFigures } from '../../../src/stats/slideFigures.ts';
import { record, tinyDataset } from '../tinyDataset.ts';

const H1: [string, string] = ['2024-01-01', '2024-06-30'];
const Y2023: [string, string] = ['2023-01-01', '2023-12-31'];

describe('slideFigures(dataset, areaId, stat)', () => {
  it('leads with the slide’s statistic for its area, latest period, then the province’s published facts', () => {
    const ds = tinyDataset({ activity: [record('12', 'patrols', 100, Y2023), record('12', 'patrols', 224, H1), record('12', 'drug_cases', 25, H1, { category: 'enforcement' })] });
    ds.provinces.features[0]!.properties.published = [
      { key: 'borderMarkers', value: 101, date: '2023-03-04', sourceIds: ['s'] },
      { key: 'borderKm', value: 265.165, date: '2023-03-04', sourceIds: ['s'] },
      { key: 'stationCount', value: 13, qualifier: 'approx', date: null, sourceIds: ['s'] },
    ];
    const figures = slideFigures(ds, '12', 'patrols');
    expect(figures.map((f) => [f.key, f.value])).toEqual([['patrols', 224], ['borderKm', 265.165], ['stationCount', 13]]);
    expect(figures[0]).toMatchObject({ from: 'activity', unit: 'sessions', periodStart: '2024-01-01', periodEnd: '2024-06-30', sourceIds: ['s'], illustrative: false });
    expect(figures[1]).toMatchObject({ from: 'published', unit: 'km', periodEnd: '2023-03-04' });
    // A qualified figure keeps its qualifier, so "≈ 13" is never shown as an exact 13.
    expect(figures[2]).toMatchObject({ qualifier: 'approx', unit: null });
  });

  it('never gives more than three figures, nor one twice', () => {
    const ds = tinyDataset({ activity: ['a', 'b', 'c', 'd'].map((m) => record('03451', m, 1, H1)) });
    const figures = slideFigures(ds, '03451', 'a');
    expect(figures.length).toBe(3);
    expect(new Set(figures.map((f) => f.key)).size).toBe(3);
  });

  it('shows a commune’s estimated border length as an estimate without a source, not as a published figure', () => {
    const figures = slideFigures(tinyDataset(), '03451', 'borderKmEst');
    expect(figures).toEqual([{ key: 'borderKmEst', from: 'estimate', value: 11.9, unit: 'km', periodStart: null, periodEnd: null, sourceIds: [], illustrative: false }]);
  });

  it('marks illustrative figures and puts published ones before them', () => {
    const ds = tinyDataset({ activity: [record('03451', 'patrols', 7, H1, { status: 'illustrative' }), record('03451', 'workdays', 40, Y2023, { category: 'community' })] });
    const figures = slideFigures(ds, '03451', 'borderKmEst');
    expect(figures.map((f) => [f.key, f.illustrative])).toEqual([['borderKmEst', false], ['workdays', false], ['patrols', true]]);
  });

  it('gives nothing for a slide without an area, or naming an area the dataset lacks', () => {
    expect(slideFigures(tinyDataset(), null, 'patrols')).toEqual([]);
    expect(slideFigures(tinyDataset(), 'nowhere', 'patrols')).toEqual([]);
  });
});
