import type { Feature, LineString, Position } from 'geojson';

/**
 * A twin pair drawn as an arc rather than a straight line, so it reads as a
 * link between two places and not as a road or a border. A quadratic curve
 * bowed to the left of the direction of travel by `bow` of the chord length.
 */
export function twinArc<P>(pair: Feature<LineString, P>, bow = 0.25, steps = 16): Feature<LineString, P> {
  const coords = pair.geometry.coordinates;
  const a = coords[0] as Position;
  const b = coords[coords.length - 1] as Position;
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const cx = (ax + bx) / 2 - (by - ay) * bow;
  const cy = (ay + by) / 2 + (bx - ax) * bow;
  const out: Position[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push([u * u * ax + 2 * u * t * cx + t * t * bx, u * u * ay + 2 * u * t * cy + t * t * by]);
  }
  return { ...pair, geometry: { type: 'LineString', coordinates: out } };
}
