import { describe, expect, it } from 'vitest';
import { CHOROPLETH, COVERAGE_CLASSES, PALETTE } from '../../../src/style/palette.ts';
import { deltaE2000, difference, simulate, VISIONS, worstDifference } from '../../../src/style/colourVision.ts';
import { FACILITY_SYMBOLS } from '../../../src/style/symbols.ts';

const coverage = Object.entries(COVERAGE_CLASSES);
const ramp = [...CHOROPLETH, PALETTE.communeNoData];

describe('the colour-vision check', () => {
  it('measures CIEDE2000 as Sharma, Wu and Dalal\'s test pairs give it', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });

  it('makes red and green alike for a deutan reader and leaves greys alone', () => {
    expect(difference('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(difference('#d62728', '#2ca02c', 'normal') / 5);
    for (const v of VISIONS) expect(simulate('#808080', v).map((c) => c.toFixed(2))).toEqual(simulate('#808080', 'normal').map((c) => c.toFixed(2)));
  });
});

describe('the coverage colours', () => {
  it('stay apart from each other for every reader, colour-blind or not (CIEDE2000 at least 20)', () => {
    for (let i = 0; i < coverage.length; i++) {
      for (let j = i + 1; j < coverage.length; j++) {
        const [[a, ca], [b, cb]] = [coverage[i]!, coverage[j]!];
        expect(worstDifference(ca, cb).deltaE, `${a} / ${b}`).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('stay apart from every choropleth class they are drawn over (at least 15), on a white casing besides', () => {
    for (const [name, c] of coverage) for (const fill of ramp) expect(worstDifference(c, fill).deltaE, `${name} / ${fill}`).toBeGreaterThanOrEqual(15);
  });

  it('are never the colour of a station, post or gate symbol, so a gap is not read as a gate', () => {
    for (const [name, c] of [['uncovered', PALETTE.uncovered], ['flagged', PALETTE.flagged]] as const) {
      for (const [kind, s] of Object.entries(FACILITY_SYMBOLS)) expect(worstDifference(c, s.color).deltaE, `${name} / ${kind}`).toBeGreaterThanOrEqual(20);
    }
  });
});
