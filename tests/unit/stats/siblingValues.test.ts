import { describe, expect, it } from 'vitest';
import { CHART_MAX, siblingsThatMatter, type SiblingValue } from '../../../src/stats/siblingValues.ts';

/** n siblings ranked by value, largest first, as siblingValues gives them. */
const ranked = (n: number): SiblingValue[] =>
  Array.from({ length: n }, (_, i) => ({ areaId: `c${i + 1}`, name: `Xã ${i + 1}`, value: 1000 - i, status: 'illustrative' as const, rank: i + 1 }));

describe('siblingsThatMatter(values, self)', () => {
  it('keeps every sibling when there are few', () => {
    expect(siblingsThatMatter(ranked(CHART_MAX), 'c3')).toHaveLength(CHART_MAX);
  });

  it('in a province of 400 communes, charts the top five, the bottom three and the commune itself with two either side, in rank order', () => {
    const shown = siblingsThatMatter(ranked(400), 'c200');
    expect(shown.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5, 198, 199, 200, 201, 202, 398, 399, 400]);
    expect(shown.length).toBeLessThanOrEqual(CHART_MAX);
  });

  it('never leaves out the selected area, at the top, the bottom or next to either', () => {
    for (const self of [1, 4, 6, 7, 395, 397, 400]) {
      const shown = siblingsThatMatter(ranked(400), `c${self}`);
      expect(shown.map((s) => s.areaId)).toContain(`c${self}`);
      expect(shown.length).toBeLessThanOrEqual(CHART_MAX);
    }
  });
});
