import type { Geometry, Position } from 'geojson';

/** Five decimals is about 1 m: finer than any source here, and it keeps files small and diffs stable. */
export function roundCoords<G extends Geometry>(g: G): G {
  const r = (p: Position): Position => p.map((v) => Math.round(v * 1e5) / 1e5);
  const walk = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? r(c as Position) : (c as unknown[]).map(walk));
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(roundCoords) };
  return { ...g, coordinates: walk((g as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates) } as G;
}
