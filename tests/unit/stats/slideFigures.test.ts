import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../../src/stats/keyFigures.ts';
import { slideFigures } from '../../../src/stats/slideFigures.ts';
import { record, tinyDataset } from '../tinyDataset.ts';

const H1: [string, string] = ['2024-01-01', '2024-06-30'];
const Y2023: [string, string] = ['2023-01-01', '2023-12-31'];

describe('slideFigures(dataset, areaId, stat, period)', () => {
  it('shows the area panel’s key figures, with the slide’s statistic moved first', () => {
    const ds = tinyDataset({ activity: [record('12', 'patrols', 100, Y2023), record('12', 'patrols', 224, H1), record('12', 'drug_cases', 25, H1, { category: 'enforcement' })] });
    ds.provinces.features[0]!.properties.published = [
      { key: 'borderKm', value: 265.165, date: '2023-03-04', sourceIds: ['s'] },
      { key: 'borderCommuneCount', value: 13, qualifier: 'approx', date: null, sourceIds: ['s'] },
    ];
    const panel = keyFigures(ds, '12');
    const slide = slideFigures(ds, '12', 'drug_cases');
    expect(slide.map((f) => f.key)).toEqual(['drug_cases', ...panel.map((f) => f.key).filter((k) => k !== 'drug_cases')].slice(0, 3));
    expect(slide[0]).toMatchObject({ from: 'activity', value: 25, period: { start: '2024-01-01', end: '2024-06-30' }, sourceIds: ['s'], illustrative: false });
    // A qualified figure keeps its qualifier, so "≈ 13" is never shown as an exact 13.
    expect(slide.find((f) => f.key === 'borderCommuneCount')).toMatchObject({ qualifier: 'approx', unit: null });
  });

  it('keeps to the slide’s period: a figure of another period is never shown as the slide’s', () => {
    const ds = tinyDataset({ activity: [record('12', 'patrols', 100, Y2023), record('12', 'patrols', 224, H1)] });
    expect(slideFigures(ds, '12', 'patrols').find((f) => f.key === 'patrols')?.value).toBe(224);
    expect(slideFigures(ds, '12', 'patrols', '2023-01-01--2023-12-31').find((f) => f.key === 'patrols')?.value).toBe(100);
  });

  it('never gives more than three figures, nor one twice', () => {
    const ds = tinyDataset({ activity: ['a', 'b', 'c', 'd'].map((m) => record('03451', m, 1, H1)) });
    const figures = slideFigures(ds, '03451', 'd');
    expect(figures.length).toBe(3);
    expect(figures[0]?.key).toBe('d');
    expect(new Set(figures.map((f) => f.key)).size).toBe(3);
  });

  it('shows a commune’s estimated border length as an estimate without a source, not as a published figure', () => {
    const figures = slideFigures(tinyDataset(), '03451', 'borderKmEst');
    expect(figures).toEqual([{ key: 'borderKmEst', from: 'estimate', value: 11.9, unit: 'km', sourceIds: [], illustrative: false }]);
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
