import { describe, expect, it } from 'vitest';
import { CLEAR_MARGIN, clearPadding } from '../../../src/geo/clearPadding.ts';

const M = CLEAR_MARGIN;
const map = { left: 0, top: 50, right: 1000, bottom: 850 };

describe('the padding a fitted view keeps clear of overlays', () => {
  it('with nothing over the map, keeps only the margin on every side', () => {
    expect(clearPadding(map, [])).toEqual({ top: M, right: M, bottom: M, left: M });
  });

  it('a tall drawer on the left pads the left by its right edge, not the top', () => {
    const drawer = { left: 10, top: 60, right: 270, bottom: 500 };
    expect(clearPadding(map, [drawer])).toEqual({ top: M, right: M, bottom: M, left: 270 + M });
  });

  it('a wide sheet along the bottom pads the bottom by its height', () => {
    const sheet = { left: 0, top: 600, right: 1000, bottom: 850 };
    expect(clearPadding(map, [sheet])).toEqual({ top: M, right: M, bottom: 250 + M, left: M });
  });

  it('a small button in the top corner pads the top, which costs the map less than the left would', () => {
    const button = { left: 10, top: 60, right: 200, bottom: 96 };
    expect(clearPadding(map, [button]).top).toBe(46 + M);
    expect(clearPadding(map, [button]).left).toBe(M);
  });

  it('two overlays on one side pad it by the larger', () => {
    const controls = { left: 10, top: 60, right: 270, bottom: 400 };
    const legend = { left: 10, top: 500, right: 300, bottom: 840 };
    expect(clearPadding(map, [controls, legend]).left).toBe(300 + M);
  });

  it('counts only the part of an overlay that lies over the map, and nothing for one beside it', () => {
    const toolbar = { left: 0, top: 0, right: 1000, bottom: 50 };
    const side = { left: 1000, top: 50, right: 1380, bottom: 850 };
    const notice = { left: 300, top: 30, right: 700, bottom: 90 };
    expect(clearPadding(map, [toolbar, side, notice])).toEqual({ top: 40 + M, right: M, bottom: M, left: M });
  });

  it('never pads an axis by more than three quarters of the map, so the map can still fit a view', () => {
    const left = { left: 0, top: 50, right: 600, bottom: 850 };
    const right = { left: 500, top: 50, right: 1000, bottom: 850 };
    const pad = clearPadding(map, [left, right]);
    expect(pad.left + pad.right).toBeLessThanOrEqual(750);
    expect(pad.left).toBeGreaterThan(pad.right);
  });

  it('gives a zero padding for a map not laid out yet', () => {
    expect(clearPadding({ left: 0, top: 0, right: 0, bottom: 0 }, [{ left: 0, top: 0, right: 10, bottom: 10 }])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });
});
