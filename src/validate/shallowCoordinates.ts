/** How deep positions sit in each geometry type's coordinates: the levels of arrays above them. */
const LEVELS: Readonly<Record<string, number>> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/**
 * A feature's geometry coordinates when they are arrays nested as its type
 * says, with no object or array inside a position: a value that cannot be
 * too deep, which the depth check then need not enter. Anything else gives
 * undefined, and the depth check walks it as before.
 *
 * Why this exists: the depth check reads every array's elements at one place
 * in its code, so the optimising compiler sees both arrays of arrays and
 * positions (arrays of unboxed numbers) there, and makes the access one kind
 * by converting every position it meets to an array of boxed numbers. That
 * conversion is kept with the feature: 100,000 polygons of 32 positions held
 * 371 MB instead of 255 MB. Here each level of nesting is read at its own
 * place (arrays of arrays above, positions at the bottom), so a position's
 * numbers stay unboxed.
 */
export function shallowCoordinates(feature: unknown): unknown {
  if (feature === null || typeof feature !== 'object') return undefined;
  const geometry = (feature as { geometry?: unknown }).geometry;
  if (geometry === null || typeof geometry !== 'object') return undefined;
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (typeof type !== 'string') return undefined;
  const levels = LEVELS[type];
  if (levels === undefined || !Array.isArray(coordinates)) return undefined;
  return nested(coordinates, levels) ? coordinates : undefined;
}

/** Whether `c` is `levels` arrays deep over positions holding no object. */
function nested(c: unknown[], levels: number): boolean {
  if (levels === 0) return flat(c);
  for (let i = 0; i < c.length; i++) {
    const inner: unknown = c[i];
    if (!Array.isArray(inner) || !nested(inner, levels - 1)) return false;
  }
  return true;
}

/** Whether a position holds no object or array: read here only, so this read sees positions and nothing else. */
function flat(position: unknown[]): boolean {
  for (let i = 0; i < position.length; i++) {
    const v: unknown = position[i];
    if (v !== null && typeof v === 'object') return false;
  }
  return true;
}
