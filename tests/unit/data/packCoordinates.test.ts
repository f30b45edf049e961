import { describe, expect, it } from 'vitest';
import { packCoordinates } from '../../../src/data/packCoordinates.ts';
import { PositionPool } from '../../../src/data/PositionPool.ts';

const square = (x: number, y: number) => ({
  type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
});
const ring = (f: ReturnType<typeof square>) => f.geometry.coordinates[0]!;

describe('packCoordinates(features, pool)', () => {
  it('keeps every position’s value and every ring’s order', () => {
    const features = [square(102.25367, 22.40417), square(-1e-9, 1e300)];
    const expected = structuredClone(features);
    expect(packCoordinates(features)).toEqual(expected);
  });

  it('makes equal positions one array: a vertex two neighbours share, and a ring’s closing position', () => {
    const [a, b] = packCoordinates([square(0, 0), square(1, 0)]);
    expect(ring(a!)[1]).toBe(ring(b!)[0]);
    expect(ring(a!)[2]).toBe(ring(b!)[3]);
    expect(ring(a!)[4]).toBe(ring(a!)[0]);
    expect(ring(a!)[1]).not.toBe(ring(a!)[2]);
  });

  it('shares positions across layers given one pool, and tells positions apart that differ in the last bit', () => {
    const pool = new PositionPool();
    const [commune] = packCoordinates([square(0.1, 0.2)], pool);
    const [station] = packCoordinates([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0.1, 0.2] } }], pool);
    expect(station!.geometry.coordinates).toBe(ring(commune!)[0]);
    const next = 0.1 + Number.EPSILON / 8;
    expect(next).not.toBe(0.1);
    const [near] = packCoordinates([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [next, 0.2] } }], pool);
    expect(near!.geometry.coordinates).toEqual([next, 0.2]);
    expect(near!.geometry.coordinates).not.toBe(ring(commune!)[0]);
  });

  it('finds every position again after the table grows past its first size', () => {
    const pool = new PositionPool();
    const made = Array.from({ length: 100_000 }, (_, i) => pool.position(100 + (i % 317) / 1000, 20 + Math.floor(i / 317) / 1000));
    expect(pool.size).toBe(100_000);
    expect(made.every((p) => pool.position(p[0], p[1]) === p)).toBe(true);
    expect(pool.size).toBe(100_000);
  });

  it('keeps a position with a third number (an altitude) as it is', () => {
    const [f] = packCoordinates([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2, 300] } }]);
    expect(f!.geometry.coordinates).toEqual([1, 2, 300]);
  });
});

describe('packCoordinates(features not yet checked)', () => {
  it('goes only as deep as the geometry type holds positions, so a hostile nesting costs nothing', () => {
    let deep: unknown = [0, 0];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const features = [
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: deep } },
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: 'here' } },
      { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [] } },
      null,
    ];
    expect(() => packCoordinates(features)).not.toThrow();
    expect(features[1]!.geometry.coordinates).toBe('here');
  });

  it('leaves a ring’s items that are not positions as they are, and packs the positions beside them', () => {
    const [f] = packCoordinates([{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[1, 2], 'x', [1, 'y'], [1, 2]] } }]);
    const line = f!.geometry.coordinates as unknown[];
    expect(line).toEqual([[1, 2], 'x', [1, 'y'], [1, 2]]);
    expect(line[0]).toBe(line[3]);
  });
});
