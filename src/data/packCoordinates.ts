import { PositionPool } from './PositionPool.ts';

/** How many arrays hold a type's positions: a Polygon's coordinates are rings of positions. */
const LEVELS: Readonly<Record<string, number>> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/**
 * Remakes each position of the features' geometries as an array of two
 * plain doubles, one array for all equal positions. A worker's results
 * reach the page as generic arrays in which every coordinate is a number
 * object of its own (about 56 bytes a position instead of 40), and
 * neighbouring areas repeat each vertex of the boundary they share: a
 * national communes file of 78,000 positions has 30,000 distinct ones
 * (3.6 MB less heap once shared). Nothing in the app writes to a position,
 * so sharing them is safe. Pass one `pool` for several layers to share
 * their positions too (a province's outline runs along its communes').
 * Changes the geometries in place (the caller's fresh copies) and returns
 * the features.
 *
 * Only as deep as the geometry's type holds positions, so features not yet
 * checked (a file the page reads while the checker works) can come here:
 * whatever lies elsewhere or deeper is left as it is.
 */
export function packCoordinates<T>(features: T[], pool: PositionPool = new PositionPool()): T[] {
  const pack = (c: unknown, levels: number): unknown => {
    if (!Array.isArray(c)) return c;
    if (levels > 0) return c.map((x) => pack(x, levels - 1));
    return c.length === 2 && typeof c[0] === 'number' && typeof c[1] === 'number' ? pool.position(c[0], c[1]) : c.slice();
  };
  for (const f of features) {
    const g = (f as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
    const levels = typeof g?.type === 'string' ? LEVELS[g.type] : undefined;
    if (g && levels !== undefined && Array.isArray(g.coordinates)) g.coordinates = pack(g.coordinates, levels);
  }
  return features;
}
