import { describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../heavy.ts';
import { findSelfIntersection } from '../../../src/validate/findSelfIntersection.ts';

/** A closed ring of n positions round a circle, optionally with one position moved. */
function circle(n: number): number[][] {
  const ring = Array.from({ length: n }, (_, i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
  return [...ring, ring[0]!];
}

describe('findSelfIntersection(ring)', () => {
  it('finds nothing in a square', () => {
    expect(findSelfIntersection([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])).toBeNull();
  });

  it('finds the crossing of a bow tie', () => {
    const c = findSelfIntersection([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]);
    expect(c?.kind).toBe('cross');
    expect(c?.edges).toEqual([0, 2]);
  });

  it('tells a pinch (a ring meeting itself at a vertex) from a crossing', () => {
    const pinch = [[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1], [0, 0]];
    expect(findSelfIntersection(pinch)?.kind).toBe('touch');
  });

  it('ignores repeated positions, which are not crossings', () => {
    expect(findSelfIntersection([[0, 0], [1, 0], [1, 0], [1, 1], [0, 1], [0, 1], [0, 0]])).toBeNull();
  });

  it('checks a ring of a million positions, and finds one position pulled across the far side', () => {
    const ring = circle(1_000_000);
    expect(findSelfIntersection(ring)).toBeNull();
    ring[250_000] = [0, -1.5]; // from the top of the circle to below its bottom
    expect(findSelfIntersection(ring)?.kind).toBe('cross');
  }, HEAVY_MS);

  it('stays quick on a ring of many short edges closed by one long diagonal edge', () => {
    const n = 200_000;
    const ring = Array.from({ length: n + 1 }, (_, i) => [i / n, 0]);
    ring.push([0, 1], ring[0]!); // one diagonal edge back across the whole extent
    expect(findSelfIntersection(ring)).toBeNull();
  }, HEAVY_MS);
});
