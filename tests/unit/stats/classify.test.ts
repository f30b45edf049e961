import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/stats/classify.ts';

describe('classify(values, classes)', () => {
  it('cuts evenly spread values into the asked number of classes at their quantiles', () => {
    expect(classify([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 5)).toEqual([20, 40, 60, 80]);
  });

  it('ignores null, NaN and missing values', () => {
    expect(classify([null, 1, Number.NaN, 2, 3, 4, null], 2)).toEqual([2.5]);
  });

  it('gives fewer classes rather than empty ones when values repeat', () => {
    expect(classify([5, 5, 5, 5, 9], 5)).toEqual([5.8]);
    expect(classify([1, 1, 1, 2, 2, 2], 3)).toEqual([2]);
  });

  it('gives no breaks for no values or a single value', () => {
    expect(classify([], 5)).toEqual([]);
    expect(classify([null, 7], 5)).toEqual([]);
  });

  it('rounds breaks to two significant figures so the legend reads cleanly', () => {
    const breaks = classify([0.123, 1.234, 12.345, 123.45, 1234.5], 3);
    for (const b of breaks) expect(String(b).replace(/^0\.0*|\./g, '').replace(/0+$/, '').length).toBeLessThanOrEqual(2);
  });
});
