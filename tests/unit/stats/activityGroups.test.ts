import { describe, expect, it } from 'vitest';
import { activityGroups } from '../../../src/stats/activityGroups.ts';
import { siblingValues } from '../../../src/stats/siblingValues.ts';
import { findArea } from '../../../src/stats/findArea.ts';
import { record, tinyDataset } from '../tinyDataset.ts';

const H1: [string, string] = ['2024-01-01', '2024-06-30'];
const Y2024: [string, string] = ['2024-01-01', '2024-12-31'];
const P5: [string, string] = ['2019-01-01', '2024-02-28'];

describe('activityGroups(activity, areaId)', () => {
  it('groups an area’s records by category in reading order, then by period newest first', () => {
    const groups = activityGroups([
      record('12', 'workdays', 12300, P5, { category: 'community' }),
      record('12', 'patrols', 224, H1),
      record('12', 'relief_personnel', 467, Y2024, { category: 'relief' }),
      record('12', 'individual_awards', 132, P5, { category: 'recognition' }),
      record('12', 'individual_awards', 8, Y2024, { category: 'recognition' }),
      record('40', 'patrols', 1, H1),
    ], '12');
    expect(groups.map((g) => g.category)).toEqual(['patrol', 'relief', 'community', 'recognition']);
    expect(groups[3]?.periods.map((p) => p.periodEnd)).toEqual(['2024-12-31', '2024-02-28']);
    expect(groups[0]?.periods[0]?.records.map((r) => r.value)).toEqual([224]);
  });

  it('returns nothing for an area with no records', () => {
    expect(activityGroups([record('12', 'patrols', 224, H1)], '40')).toEqual([]);
  });
});

describe('siblingValues(dataset, record)', () => {
  it('compares a commune with the communes of its own province over exactly the same period', () => {
    const ds = tinyDataset({
      activity: [
        record('03451', 'patrols', 12, H1), record('03448', 'patrols', 20, H1), record('16816', 'patrols', 99, H1),
        record('03448', 'patrols', 50, Y2024),
      ],
    });
    const mine = ds.activity[0];
    if (!mine) throw new Error('fixture');
    expect(siblingValues(ds, mine).map((s) => [s.areaId, s.value])).toEqual([['03448', 20], ['03451', 12]]);
  });

  it('compares a station with the stations of its province', () => {
    const ds = tinyDataset({ activity: [record('station-a', 'patrols', 3, H1), record('station-b', 'patrols', 4, H1), record('station-c', 'patrols', 5, H1)] });
    const mine = ds.activity[0];
    if (!mine) throw new Error('fixture');
    expect(siblingValues(ds, mine).map((s) => s.areaId)).toEqual(['station-b', 'station-a']);
  });
});

describe('findArea(dataset, id)', () => {
  it('finds provinces, communes and facilities by id, and nothing for an unknown id', () => {
    const ds = tinyDataset();
    expect(findArea(ds, '12')?.layer).toBe('provinces');
    expect(findArea(ds, '03451')?.layer).toBe('communes');
    expect(findArea(ds, 'station-a')?.layer).toBe('facilities');
    expect(findArea(ds, 'nope')).toBeNull();
  });
});
