import { describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../heavy.ts';
import { findSelfIntersection } from '../../../src/validate/findSelfIntersection.ts';

/** A closed ring of n positions round a circle, optionally with one position moved. */
function circle(n: number): number[][] {
  const ring = Array.from({ length: n }, (_, i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
  return [...ring, ring[0]!];
}

/** A ring of petals all leaving from and returning to [0, 0]: the ring meets itself there once per petal. */
function petals(n: number): number[][] {
  const half = Math.PI / n / 2;
  const ring = Array.from({ length: n }, (_, i) => (2 * Math.PI * i) / n).flatMap((a) => [[0, 0], [Math.cos(a - half), Math.sin(a - half)], [Math.cos(a + half), Math.sin(a + half)]]);
  return [...ring, [0, 0]];
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

  it('compares a near-linear number of edge pairs on a ring of 8,000 petals pinched at one vertex, and calls the pinch a touch', () => {
    const work = { pairs: 0 };
    const ring = petals(8_000);
    expect(ring).toHaveLength(24_001);
    expect(findSelfIntersection(ring, work)?.kind).toBe('touch');
    // Every pair would be 288 million; the bound allows about 40 per edge.
    expect(work.pairs).toBeLessThan(40 * ring.length);
  }, HEAVY_MS);

  it('finds a crossing among 8,000 pinched petals: one petal stretched through the tip of the next', () => {
    const ring = petals(8_000);
    const next = (2 * Math.PI * 101) / 8_000;
    ring[301] = [1.5 * Math.cos(next), 1.5 * Math.sin(next)]; // petal 100's first tip, moved out beyond petal 101's
    const c = findSelfIntersection(ring);
    expect(c?.kind).toBe('cross');
    expect(c?.edges).toContain(304); // petal 101's tip edge
  }, HEAVY_MS);

  it('reports the first crossing in edge order in a small ring crossed twice', () => {
    // Edges 0 and 2 cross, and so do edges 4 and 6.
    const ring = [[0, 0], [2, 2], [2, 0], [0, 2], [-2, 2], [-4, 0], [-2, 0], [-4, 2], [-6, 4], [0, 4], [0, 0]];
    expect(findSelfIntersection(ring)).toMatchObject({ kind: 'cross', edges: [0, 2] });
  });

  it('reports the first crossing in edge order in an outline of 2,000 positions crossed in two places', () => {
    const ring = circle(2_000);
    ring[500] = [0, -1.5]; // from the top of the circle to below its bottom: edges 499 and 500 cross the bottom
    ring[1200] = [0.2, 1.5]; // from the bottom to above the top: edges 1199 and 1200 cross the top
    expect(findSelfIntersection(ring)).toMatchObject({ kind: 'cross', edges: [499, 1500] });
  });

  it('stays quick on a ring of many short edges closed by one long diagonal edge', () => {
    const n = 200_000;
    const ring = Array.from({ length: n + 1 }, (_, i) => [i / n, 0]);
    ring.push([0, 1], ring[0]!); // one diagonal edge back across the whole extent
    expect(findSelfIntersection(ring)).toBeNull();
  }, HEAVY_MS);
});
