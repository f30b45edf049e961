import { describe, expect, it } from 'vitest';
import { inPeriod, periodOf } from '../../../src/stats/inPeriod.ts';
import { periodShown, statPeriods } from '../../../src/stats/statPeriods.ts';
import { communeFigures, communeValues } from '../../../src/stats/communeValues.ts';
import { buildChoropleth } from '../../../src/stats/buildChoropleth.ts';
import { legendModel } from '../../../src/ui/legendModel.ts';
import { record, tinyDataset } from '../tinyDataset.ts';

const H1: [string, string] = ['2024-01-01', '2024-06-30'];
const Y2024: [string, string] = ['2024-01-01', '2024-12-31'];
const Y2021: [string, string] = ['2021-01-01', '2021-12-31'];
const H1_KEY = '2024-01-01--2024-06-30';
const Y2021_KEY = '2021-01-01--2021-12-31';

/** Lai Châu's communes report outreach for the first half of 2024, Nghệ An's for 2021, as in the demo. */
const outreach = () => tinyDataset({
  activity: [
    record('03451', 'outreach_sessions', 12, H1),
    record('03451', 'outreach_sessions', 5, Y2021),
    record('03448', 'outreach_sessions', 20, H1),
    record('16816', 'outreach_sessions', 7, Y2021),
    record('12', 'outreach_sessions', 650, H1),
    record('12', 'outreach_sessions', 900, Y2024),
    record('03451', 'patrols', 3, H1),
  ],
});

describe('inPeriod(records, period)', () => {
  it('keeps the figures over exactly the chosen period: not the year that holds a half-year', () => {
    const rs = outreach().activity;
    expect(inPeriod(rs, H1_KEY).map((r) => [r.areaId, r.value])).toEqual([['03451', 12], ['03448', 20], ['12', 650], ['03451', 3]]);
    expect(inPeriod(rs, '2024-01-01--2024-12-31').map((r) => r.value)).toEqual([900]);
  });

  it('keeps every figure for all periods (null), and none for a period no figure has', () => {
    const rs = outreach().activity;
    expect(inPeriod(rs, null)).toEqual(rs);
    expect(inPeriod(rs, '1999-01-01--1999-12-31')).toEqual([]);
  });

  it('names a period by its first and last day, as the URL carries it', () => {
    expect(periodOf(record('12', 'patrols', 1, H1))).toBe(H1_KEY);
  });
});

describe('statPeriods(dataset, stat)', () => {
  it("lists the periods a statistic has among the communes, newest first, leaving out provinces' periods", () => {
    expect(statPeriods(outreach(), 'outreach_sessions')).toEqual([H1_KEY, Y2021_KEY]);
    expect(statPeriods(outreach(), 'patrols')).toEqual([H1_KEY]);
  });

  it('gives border length, a fixed estimate, no periods', () => {
    expect(statPeriods(outreach(), 'borderKmEst')).toEqual([]);
  });
});

describe('periodShown(periods, asked)', () => {
  it('shows the period asked for when the statistic has it, else all periods', () => {
    expect(periodShown([H1_KEY, Y2021_KEY], Y2021_KEY)).toBe(Y2021_KEY);
    expect(periodShown([H1_KEY], Y2021_KEY)).toBeNull();
    expect(periodShown([], H1_KEY)).toBeNull();
    expect(periodShown([H1_KEY], null)).toBeNull();
  });
});

describe('communeFigures(dataset, stat, period)', () => {
  it('colours by the chosen period only: a commune without a figure for it has no value, never 0', () => {
    expect(communeValues(outreach(), 'outreach_sessions', Y2021_KEY)).toEqual({ '03451': 5, '03448': null, '16816': 7 });
    expect(communeFigures(outreach(), 'outreach_sessions', H1_KEY)).toEqual({ values: { '03451': 12, '03448': 20, '16816': null }, periods: [H1_KEY] });
  });

  it("with all periods takes each commune's latest and says which periods the map mixes", () => {
    expect(communeFigures(outreach(), 'outreach_sessions', null)).toEqual({ values: { '03451': 12, '03448': 20, '16816': 7 }, periods: [H1_KEY, Y2021_KEY] });
    expect(communeFigures(outreach(), 'borderKmEst', null).periods).toEqual([]);
  });
});

describe('the legend of a choropleth over periods', () => {
  it('names the chosen period in its title, and says a commune without a figure has no data for this period', () => {
    const c = buildChoropleth(outreach(), 'outreach_sessions', Y2021_KEY);
    expect(c.period).toBe(Y2021_KEY);
    const en = legendModel('en', c, { schematic: 3, total: 3 }, false);
    expect(en.title).toBe('Outreach sessions — 2021');
    expect(en.classes.at(-1)!.label).toBe('No data for this period');
    expect(legendModel('vi', c, { schematic: 3, total: 3 }, false).title).toMatch(/ — Năm 2021$/);
  });

  it('with all periods over figures of several, says the map shows each commune its latest, naming the periods', () => {
    const m = legendModel('en', buildChoropleth(outreach(), 'outreach_sessions'), { schematic: 3, total: 3 }, false);
    expect(m.title).toBe("Outreach sessions — each commune's latest period: H1 2024, 2021");
    expect(m.classes.at(-1)!.label).toBe('No data');
  });

  it('names the one period all figures share, and none for border length', () => {
    expect(legendModel('en', buildChoropleth(outreach(), 'patrols'), { schematic: 3, total: 3 }, false).title).toBe('Patrols — H1 2024');
    expect(legendModel('en', buildChoropleth(outreach(), 'borderKmEst'), { schematic: 3, total: 3 }, false).title).toBe('Border length (estimated, km)');
  });
});
