/**
 * How far the map may pan and zoom out from a dataset's extent: the extent
 * grown by its own width and height on every side. The basemap is built to
 * cover this, so no edge of it can come into view (scripts/build-data/basemap.ts).
 */
export function viewLimits([w, s, e, n]: readonly [number, number, number, number]): [number, number, number, number] {
  const dx = e - w;
  const dy = n - s;
  return [w - dx, s - dy, e + dx, n + dy];
}
