import { describe, expect, it } from 'vitest';
import { scaleValue } from '../../../src/map/projectorStyle.ts';

describe('scaleValue(value, factor)', () => {
  it('scales plain numbers and the outputs of expressions, never their conditions or stops', () => {
    expect(scaleValue(2, 2)).toBe(4);
    expect(scaleValue(['case', ['boolean', ['feature-state', 'selected'], false], 4, ['boolean', ['feature-state', 'hover'], false], 3, 2], 2))
      .toEqual(['case', ['boolean', ['feature-state', 'selected'], false], 8, ['boolean', ['feature-state', 'hover'], false], 6, 4]);
    expect(scaleValue(['interpolate', ['linear'], ['zoom'], 5, 1, 10, 3], 2)).toEqual(['interpolate', ['linear'], ['zoom'], 5, 2, 10, 6]);
    expect(scaleValue(['step', ['zoom'], 1, 8, 2], 2)).toEqual(['step', ['zoom'], 2, 8, 4]);
    expect(scaleValue(['match', ['get', 'kind'], 'gate', 5, 3], 2)).toEqual(['match', ['get', 'kind'], 'gate', 10, 6]);
    expect(scaleValue(['get', 'size'], 2)).toEqual(['get', 'size']);
  });
});
