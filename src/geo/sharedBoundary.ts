import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The stretches where two countries' outlines share vertices, as lines.
 * Boundary packages built from one topology (OpenStreetMap via
 * @geo-maps) store a common border with identical vertices on both sides, so
 * matching vertices exactly finds the border without any tolerance to tune.
 */
export function sharedBoundary(
  a: Feature<Polygon | MultiPolygon>,
  b: Feature<Polygon | MultiPolygon>,
): Feature<MultiLineString, Record<string, never>> {
  const inB = new Set(rings(b).flatMap((ring) => ring.map(key)));
  const lines: Position[][] = [];
  for (const ring of rings(a)) {
    const n = ring.length - 1; // closed ring: last vertex repeats the first
    if (n < 2) continue;
    const shared = ring.slice(0, n).map((p) => inB.has(key(p)));
    // Start walking just after a non-shared vertex so no run is split at the ring's seam.
    const start = shared.indexOf(false);
    if (start === -1) {
      lines.push(ring.slice());
      continue;
    }
    let run: Position[] = [];
    for (let k = 1; k <= n; k++) {
      const i = (start + k) % n;
      const p = ring[i] as Position;
      if (shared[i]) run.push(p);
      else {
        if (run.length >= 2) lines.push(run);
        run = [];
      }
    }
    if (run.length >= 2) lines.push(run);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } };
}

function rings(f: Feature<Polygon | MultiPolygon>): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

function key(p: Position): string {
  return `${p[0]},${p[1]}`;
}
