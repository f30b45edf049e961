import { describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../heavy.ts';
import { holeCrossingFinder } from '../../../src/validate/findHoleCrossing.ts';
import { checkGeometry } from '../../../src/validate/checkGeometry.ts';
import { validateFiles } from '../../../src/validate/validateFiles.ts';
import { emptyContext } from '../../../src/validate/ValidationContext.ts';

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

/** A round outer ring of n positions, radius 1, closed. */
function circle(n: number): number[][] {
  const ring = Array.from({ length: n }, (_, i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
  return [...ring, ring[0]!];
}

/** A 60 × 60 grid of small square holes inside the unit circle, 3,600 of them. */
function holes(): number[][][] {
  const out: number[][][] = [];
  for (let i = 0; i < 60; i++) for (let j = 0; j < 60; j++) {
    const [x, y] = [-0.6 + i * 0.02, -0.6 + j * 0.02];
    out.push([[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]);
  }
  return out;
}

describe('checking large shapes and batches takes about linear work', () => {
  it('tests each of 3,600 small holes against the few outer edges near it, not the whole 20,000-position outer ring', () => {
    const outer = circle(20_000);
    const find = holeCrossingFinder(outer);
    const work = { pairs: 0 };
    for (const hole of holes()) expect(find(hole, work)).toBeNull();
    expect(work.pairs).toBe(0); // every hole lies far inside: no outer edge is near enough to test
    const across = [[0.99, -0.005], [1.05, -0.005], [1.05, 0.005], [0.99, 0.005], [0.99, -0.005]];
    // Its top side crosses outer edge 15, the first in ring order of the 32 near it.
    expect(find(across, work)?.edges).toEqual([15, 2]);
    expect(work.pairs).toBeLessThan(32 * 4);
  });

  it('tells a hole wholly outside its outer ring from one inside or touching it at a vertex, looking only along one row of the grid', () => {
    const find = holeCrossingFinder(circle(20_000));
    expect(find([[1.2, 0], [1.3, 0], [1.3, 0.1], [1.2, 0.1], [1.2, 0]])).toMatchObject({ kind: 'outside', at: [1.2, 0] });
    // Inside the outer ring's box but outside the circle: only the ray along its row can tell.
    expect(find([[0.9, 0.9], [0.95, 0.9], [0.95, 0.95], [0.9, 0.95], [0.9, 0.9]])).toMatchObject({ kind: 'outside' });
    expect(find([[0.5, 0.5], [0.6, 0.5], [0.6, 0.6], [0.5, 0.6], [0.5, 0.5]])).toBeNull();
    const square = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    expect(holeCrossingFinder(square)([[0, 0], [1, 0.5], [0.5, 1], [0, 0]])).toBeNull();
    expect(holeCrossingFinder(square)([[3, 3], [4, 3], [4, 4], [3, 3]])).toMatchObject({ kind: 'outside' });
  });

  it('reports the one hole of 3,600 that crosses its outer ring, naming the ring', () => {
    const polygon = [circle(20_000), ...holes(), [[0.99, -0.005], [1.05, -0.005], [1.05, 0.005], [0.99, 0.005], [0.99, -0.005]]];
    const check = checkGeometry({ type: 'Polygon', coordinates: polygon }, 'communes', null);
    expect(check.issues).toMatchObject([{ code: 'hole-crossing', property: 'geometry.coordinates[3601]' }]);
  }, HEAVY_MS);

  it('resolves 100,000 activity records against 10,000 communes and names the one record whose area is unknown', () => {
    const communes = Array.from({ length: 10_000 }, (_, i) => String(10_000 + i));
    const ctx = { ...emptyContext(), ids: { communes: new Set(communes) }, sourceIds: new Set(['s1']) };
    const records = Array.from({ length: 100_000 }, (_, i) => ({
      areaId: i === 54_321 ? '99999' : communes[i % communes.length], periodStart: '2025-01-01', periodEnd: '2025-06-30',
      metric: 'patrols', value: i % 50, unit: 'sessions', status: 'sourced', sourceId: 's1',
    }));
    const [report] = validateFiles([{ name: 'activity.json', bytes: json(records), layer: 'activity' }], ctx);
    expect(report!.valid).toHaveLength(99_999);
    expect(report!.problems).toMatchObject([{ code: 'unresolved-reference', index: 54_321, property: 'areaId' }]);
  }, HEAVY_MS);
});
