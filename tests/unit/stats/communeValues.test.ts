import { describe, expect, it } from 'vitest';
import { communeValues, statOptions } from '../../../src/stats/communeValues.ts';
import { buildChoropleth } from '../../../src/stats/buildChoropleth.ts';
import { record, tinyDataset } from '../tinyDataset.ts';

const H1: [string, string] = ['2024-01-01', '2024-06-30'];
const Y2021: [string, string] = ['2021-01-01', '2021-12-31'];

describe('communeValues(dataset, stat)', () => {
  it('reads borderKmEst from each commune, null where not estimated', () => {
    expect(communeValues(tinyDataset(), 'borderKmEst')).toEqual({ '03451': 11.9, '03448': 28.5, '16816': null });
  });

  it("takes each commune's latest period of an activity metric; a commune without records has no value", () => {
    const ds = tinyDataset({
      activity: [record('03451', 'patrols', 5, Y2021), record('03451', 'patrols', 12, H1), record('16816', 'patrols', 7, Y2021), record('12', 'patrols', 224, H1)],
    });
    expect(communeValues(ds, 'patrols')).toEqual({ '03451': 12, '03448': null, '16816': 7 });
  });
});

describe('statOptions(dataset)', () => {
  it('offers border length first, then each metric recorded per commune, marking illustrative ones', () => {
    const ds = tinyDataset({
      activity: [record('03451', 'patrols', 5, H1, { status: 'illustrative' }), record('03451', 'drug_cases', 1, H1), record('12', 'outreach_audience', 37732, H1)],
    });
    expect(statOptions(ds)).toEqual([
      { stat: 'borderKmEst', illustrative: false },
      { stat: 'patrols', illustrative: true },
      { stat: 'drug_cases', illustrative: false },
    ]);
  });
});

describe('buildChoropleth(dataset, stat)', () => {
  it('has one colour more than breaks, running from the lightest to the darkest class', () => {
    const c = buildChoropleth(tinyDataset(), 'borderKmEst');
    expect(c.colors.length).toBe(c.breaks.length + 1);
    expect(c.illustrative).toBe(false);
  });
});
