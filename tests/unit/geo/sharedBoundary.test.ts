import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { sharedBoundary } from '../../../src/geo/sharedBoundary.ts';
import { readInput } from '../golden.ts';

const [a, b] = readInput<FeatureCollection<Polygon>>('geo/two-countries.geojson').features as [Feature<Polygon>, Feature<Polygon>];

describe('sharedBoundary(a, b)', () => {
  it('returns the run of vertices both outlines share, as one line', () => {
    expect(sharedBoundary(a, b).geometry.coordinates).toEqual([[[1, 0], [1, 0.5], [1, 1]]]);
  });

  it('does not split a shared run that crosses the seam where the ring starts', () => {
    const rotated: Feature<Polygon> = { ...a, geometry: { type: 'Polygon', coordinates: [[[1, 0.5], [1, 1], [0, 1], [0, 0], [1, 0], [1, 0.5]]] } };
    const lines = sharedBoundary(rotated, b).geometry.coordinates;
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveLength(3);
  });

  it('returns no line for outlines that only touch at one vertex', () => {
    const corner: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] } };
    expect(sharedBoundary(a, corner).geometry.coordinates).toEqual([]);
  });
});
