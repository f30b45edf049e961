import { describe, expect, it } from 'vitest';
import { periodSeries } from '../../../src/stats/periodSeries.ts';
import { activityGroups, periodsOnly } from '../../../src/stats/activityGroups.ts';
import { record } from '../tinyDataset.ts';

const H1: [string, string] = ['2024-01-01', '2024-06-30'];
const H2: [string, string] = ['2024-07-01', '2024-12-31'];
const Y2024: [string, string] = ['2024-01-01', '2024-12-31'];
const P5: [string, string] = ['2019-01-01', '2024-02-28'];

describe('periodSeries(records): a metric given over more than one period, side by side', () => {
  it('pairs a metric’s figures across periods, newest first, and says when the periods differ in length', () => {
    const series = periodSeries([
      record('12', 'individual_awards', 136, P5, { category: 'recognition', qualifier: 'over' }),
      record('12', 'individual_awards', 8, Y2024, { category: 'recognition' }),
      record('12', 'patrols', 224, H1),
    ]);
    expect(series).toEqual([{
      metric: 'individual_awards', sameLength: false,
      points: [
        { periodStart: '2024-01-01', periodEnd: '2024-12-31', value: 8, status: 'sourced' },
        { periodStart: '2019-01-01', periodEnd: '2024-02-28', value: 136, status: 'sourced', qualifier: 'over' },
      ],
    }]);
  });

  it('two half-years of the same length compare like for like', () => {
    const [s] = periodSeries([record('12', 'patrols', 224, H1), record('12', 'patrols', 230, H2)]);
    expect(s?.sameLength).toBe(true);
    expect(s?.points.map((p) => p.value)).toEqual([230, 224]);
  });

  it('a metric over one period only has no comparison', () => {
    expect(periodSeries([record('12', 'patrols', 224, H1), record('12', 'drug_cases', 25, H1)])).toEqual([]);
  });
});

describe('periodsOnly(groups): few figures listed by period, with no category heading to repeat the metric', () => {
  it('merges categories within a period, newest period first, keeping category order', () => {
    const groups = activityGroups([
      record('03451', 'outreach_sessions', 34, H1, { category: 'outreach' }),
      record('03451', 'patrols', 15, H1),
      record('03451', 'workdays', 9, P5, { category: 'community' }),
    ], '03451');
    const periods = periodsOnly(groups);
    expect(periods.map((p) => [p.periodEnd, p.records.map((r) => r.metric)])).toEqual([
      ['2024-06-30', ['patrols', 'outreach_sessions']],
      ['2024-02-28', ['workdays']],
    ]);
  });
});
