import type { Position } from 'geojson';

/**
 * The segments that two or more areas' rings have in common, each once:
 * land borders between countries, without the coasts and without the edges
 * an area was clipped along (no other area shares those). Outlines that share
 * vertices, as OpenStreetMap's countries do, share these segments exactly.
 *
 * Vertices are numbered first, so a segment's key is a number made of its
 * two ends' numbers: building two strings per segment made this one of the
 * page's longest steps before its first style (~80 ms at national size).
 */
export function sharedSegments(areas: readonly Position[][][][]): Position[][] {
  const byX = new Map<number, Map<number, number>>();
  let count = 0;
  const vertexId = (p: Position): number => {
    const x = p[0] as number;
    const y = p[1] as number;
    let byY = byX.get(x);
    if (!byY) byX.set(x, (byY = new Map()));
    let id = byY.get(y);
    if (id === undefined) byY.set(y, (id = count++));
    return id;
  };
  const rings = areas.map((polys) => polys.flat().map((ring) => ({ ring, ids: ring.map(vertexId) })));
  // Below 2^26 vertices, min * 2^26 + max is exact in a double.
  const SPAN = 2 ** 26;
  if (count >= SPAN) throw new Error(`sharedSegments: expected fewer than ${SPAN} distinct vertices, got ${count}`);
  const key = (a: number, b: number) => (a < b ? a * SPAN + b : b * SPAN + a);
  const owners = new Map<number, number>();
  rings.forEach((area, i) => {
    for (const { ids } of area) {
      for (let k = 1; k < ids.length; k++) {
        const id = key(ids[k - 1]!, ids[k]!);
        const had = owners.get(id);
        // -1 marks a segment two different areas have.
        owners.set(id, had === undefined ? i : had === i || had === -1 ? had : -1);
      }
    }
  });
  const out: Position[][] = [];
  const seen = new Set<number>();
  for (const area of rings) {
    for (const { ring, ids } of area) {
      for (let k = 1; k < ids.length; k++) {
        const id = key(ids[k - 1]!, ids[k]!);
        if (owners.get(id) === -1 && !seen.has(id)) {
          seen.add(id);
          out.push([ring[k - 1]!, ring[k]!]);
        }
      }
    }
  }
  return out;
}
