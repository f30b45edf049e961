import type { Position } from 'geojson';

/**
 * The segments that two or more areas' rings have in common, each once:
 * land borders between countries, without the coasts and without the edges
 * an area was clipped along (no other area shares those). Outlines that share
 * vertices, as OpenStreetMap's countries do, share these segments exactly.
 */
export function sharedSegments(areas: readonly Position[][][][]): Position[][] {
  const owners = new Map<string, number>();
  const key = (a: Position, b: Position) => {
    const ka = `${a[0]},${a[1]}`;
    const kb = `${b[0]},${b[1]}`;
    return ka < kb ? `${ka};${kb}` : `${kb};${ka}`;
  };
  areas.forEach((polys, i) => {
    for (const ring of polys.flat()) {
      for (let k = 1; k < ring.length; k++) {
        const id = key(ring[k - 1]!, ring[k]!);
        const had = owners.get(id);
        // -1 marks a segment two different areas have.
        owners.set(id, had === undefined ? i : had === i || had === -1 ? had : -1);
      }
    }
  });
  const out: Position[][] = [];
  const seen = new Set<string>();
  for (const polys of areas) {
    for (const ring of polys.flat()) {
      for (let k = 1; k < ring.length; k++) {
        const id = key(ring[k - 1]!, ring[k]!);
        if (owners.get(id) === -1 && !seen.has(id)) {
          seen.add(id);
          out.push([ring[k - 1]!, ring[k]!]);
        }
      }
    }
  }
  return out;
}
