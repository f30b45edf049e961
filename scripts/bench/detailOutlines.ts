import { readFileSync, writeFileSync } from 'node:fs';

type Ring = number[][];

/**
 * Rewrites a communes file with every ring edge cut into `parts` (fewer for
 * an edge under a few km: no piece shorter than ~100 m), each new vertex
 * nudged by up to ~5 m: outlines about as detailed as surveyed
 * boundaries, where the synthetic Voronoi cells have a handful of vertices.
 * The nudge depends only on the vertex's place and an edge is cut from its
 * lesser end whichever way a ring runs along it, so neighbours still share
 * every vertex and the areas stay a tiling.
 */
export function detailOutlines(file: string, parts: number): void {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: unknown; geometry: { type: string; coordinates: unknown } }[] };
  for (const f of fc.features) {
    const g = f.geometry;
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
    const detailed = polys.map((p) => p.map((r) => ring(r, parts)));
    g.coordinates = g.type === 'Polygon' ? detailed[0] : detailed;
  }
  writeFileSync(file, `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;
const nudge = (x: number, y: number) => {
  const h = Math.sin(x * 12.9898 + y * 78.233) * 43758.5453;
  return (h - Math.floor(h) - 0.5) * 0.0001;
};

function ring(r: Ring, parts: number): Ring {
  const out: Ring = [];
  for (let i = 0; i < r.length - 1; i++) {
    const a = r[i]!;
    const b = r[i + 1]!;
    const flip = a[0]! > b[0]! || (a[0] === b[0] && a[1]! > b[1]!);
    const [p, q] = flip ? [b, a] : [a, b];
    const mids: Ring = [];
    const n = Math.max(1, Math.min(parts, Math.floor(Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!) / 0.001)));
    for (let k = 1; k < n; k++) {
      const x = round(p[0]! + ((q[0]! - p[0]!) * k) / n);
      const y = round(p[1]! + ((q[1]! - p[1]!) * k) / n);
      mids.push([round(x + nudge(x, y)), round(y + nudge(y, x))]);
    }
    out.push(a, ...(flip ? mids.reverse() : mids));
  }
  out.push(r.at(-1)!);
  return out;
}
