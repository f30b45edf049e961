import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types.ts';
import { keyFigures } from '../../../src/stats/keyFigures.ts';
import { keyFigureText } from '../../../src/i18n/keyFigureText.ts';
import { commune, record, station, tinyDataset } from '../tinyDataset.ts';

const H1: [string, string] = ['2024-01-01', '2024-06-30'];
const Y2024: [string, string] = ['2024-01-01', '2024-12-31'];
const P5: [string, string] = ['2019-01-01', '2024-02-28'];

/** Lai Châu with its published border length and border communes, as the demo has them. */
function withPublished(d: Dataset): Dataset {
  const [lc, ...rest] = d.provinces.features;
  const published = [
    { key: 'borderKm', value: 265.165, date: '2023-03-04', sourceIds: ['s'] },
    { key: 'borderMarkers', value: 101, date: null, sourceIds: ['s'] },
    { key: 'borderCommuneCount', value: 22, date: '2024-02-28', sourceIds: ['s'] },
  ];
  return { ...d, provinces: { ...d.provinces, features: [{ ...lc!, properties: { ...lc!.properties, published } }, ...rest] } };
}

describe('keyFigures(dataset, areaId): the two or three figures a headline shows', () => {
  it('a province leads with its published border length and border communes, then its patrols, each with its sources', () => {
    const d = withPublished(tinyDataset({ activity: [record('12', 'outreach_sessions', 650, H1, { category: 'outreach' }), record('12', 'patrols', 224, H1)] }));
    const figures = keyFigures(d, '12');
    expect(figures.map((f) => [f.key, f.value])).toEqual([['borderKm', 265.165], ['borderCommuneCount', 22], ['patrols', 224]]);
    expect(figures.every((f) => f.sourceIds.includes('s'))).toBe(true);
    expect(figures[0]).toMatchObject({ from: 'published', unit: 'km', date: '2023-03-04' });
    expect(figures[2]).toMatchObject({ from: 'activity', unit: 'sessions', period: { start: '2024-01-01', end: '2024-06-30' }, illustrative: false });
  });

  it('a commune gives its estimated border length, unsourced, then illustrative figures marked as such', () => {
    const d = tinyDataset({ activity: [record('03451', 'outreach_audience', 824, H1, { category: 'outreach', unit: 'person-times', status: 'illustrative' }), record('03451', 'patrols', 15, H1, { status: 'illustrative' })] });
    const figures = keyFigures(d, '03451');
    expect(figures.map((f) => f.key)).toEqual(['borderKmEst', 'patrols', 'outreach_audience']);
    expect(figures[0]).toMatchObject({ from: 'estimate', value: 11.9, sourceIds: [], illustrative: false });
    expect(figures.slice(1).every((f) => f.illustrative)).toBe(true);
  });

  it('published activity figures come before illustrative ones, and a metric shows once, over its latest period', () => {
    const d = tinyDataset({
      activity: [
        record('12', 'individual_awards', 136, P5, { category: 'recognition' }),
        record('12', 'individual_awards', 8, Y2024, { category: 'recognition' }),
        record('12', 'patrols', 99, H1, { status: 'illustrative' }),
      ],
    });
    const figures = keyFigures(d, '12', d.activity, 3).filter((f) => f.from === 'activity');
    expect(figures.map((f) => [f.key, f.value])).toEqual([['individual_awards', 8], ['patrols', 99]]);
  });

  it('a station gives its border length and markers as its sources do; an unknown id gives nothing', () => {
    const s = station('station-x', '12', null);
    const d = tinyDataset({ facilities: { type: 'FeatureCollection', features: [{ ...s, properties: { ...s.properties, borderKm: 31.56, markerCount: 7 } }] } });
    expect(keyFigures(d, 'station-x').map((f) => [f.key, f.from, f.value])).toEqual([['borderKm', 'sourced', 31.56], ['markerCount', 'sourced', 7]]);
    expect(keyFigures(d, 'nowhere')).toEqual([]);
  });

  it('an inland commune has no border length to show; the activity passed in (one period, say) is all it looks at', () => {
    const c = commune('99', '12', 4);
    const d = tinyDataset({ communes: { type: 'FeatureCollection', features: [{ ...c, properties: { ...c.properties, borderStatus: 'inland' } }] }, activity: [record('99', 'patrols', 3, H1)] });
    expect(keyFigures(d, '99').map((f) => f.key)).toEqual(['patrols']);
    expect(keyFigures(d, '99', [])).toEqual([]);
  });
});

describe('keyFigureText(lang, figure)', () => {
  it('words a figure in either language: value with qualifier, unit, label, period', () => {
    const d = tinyDataset({ activity: [record('12', 'workdays', 12300, P5, { category: 'community', unit: 'workdays', qualifier: 'over' })] });
    const [f] = keyFigures(d, '12').filter((x) => x.from === 'activity');
    expect(keyFigureText('vi', f!)).toEqual({ value: '> 12.300', unit: 'ngày công', label: 'Ngày công giúp dân', when: '01/01/2019 – 28/02/2024' });
    expect(keyFigureText('en', f!)).toMatchObject({ value: '> 12,300', unit: 'workdays', label: 'Workdays helping residents' });
  });

  it('gives a measured length to 0.1 km as the facts do, a published one as published', () => {
    const est = keyFigures(tinyDataset(), '03448')[0]!;
    expect(keyFigureText('vi', { ...est, value: 28.54 })).toMatchObject({ value: '28,5', unit: 'km', label: 'Chiều dài biên giới (ước tính)', when: null });
    const pub = keyFigures(withPublished(tinyDataset()), '12')[0]!;
    expect(keyFigureText('en', pub)).toMatchObject({ value: '265.165', unit: 'km', label: 'Border length (published)' });
  });
});
