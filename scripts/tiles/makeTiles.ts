import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface TileOptions {
  /** Name of the layer inside each tile (the style's `source-layer`). */
  sourceLayer: string;
  minzoom: number;
  maxzoom: number;
  /** Properties the tiles carry: what the style filters on and the picking reads; the rest stays in the attribute table. */
  keep: readonly string[];
}

export interface Tile {
  z: number;
  x: number;
  y: number;
  /** An uncompressed Mapbox Vector Tile (version 2): any static host serves it as it is. */
  bytes: Uint8Array;
}

const EXTENT = 4096;

/**
 * Every tile over a layer's extent from minzoom to maxzoom (and that extent), cut and simplified
 * by geojson-vt and encoded by vt-pbf, the code MapLibre itself runs on a
 * GeoJSON source: the tiles draw as the GeoJSON would. In z, x, y order, so
 * the same features give the same files.
 */
export function makeTiles(fc: FeatureCollection<Geometry, Record<string, unknown>>, o: TileOptions): { tiles: Tile[]; bounds: [number, number, number, number] | null } {
  const slim: FeatureCollection = {
    type: 'FeatureCollection',
    features: fc.features.map((f): Feature => ({ type: 'Feature', properties: pick(f.properties, o.keep), geometry: f.geometry })),
  };
  const index = new GeoJSONVT(slim, { maxZoom: o.maxzoom, indexMaxZoom: Math.min(5, o.maxzoom), extent: EXTENT, buffer: 64, tolerance: 3 });
  const box = extentOf(fc);
  const tiles: Tile[] = [];
  if (!box) return { tiles, bounds: null };
  for (let z = o.minzoom; z <= o.maxzoom; z++) {
    const [x0, y0] = tileAt(box[0], box[3], z);
    const [x1, y1] = tileAt(box[2], box[1], z);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const tile = index.getTile(z, x, y);
        // An empty tile inside the layer's bounds is an empty file, not a missing one: the map asks for every
        // tile in its bounds, and a host answering 404 fills consoles and logs with errors that are none.
        const empty = !tile || tile.features.length === 0;
        tiles.push({ z, x, y, bytes: empty ? new Uint8Array(0) : fromGeojsonVt({ [o.sourceLayer]: tile }, { version: 2, extent: EXTENT }) });
      }
    }
  }
  return { tiles, bounds: box };
}

function pick(props: Record<string, unknown>, keep: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keep) if (props[k] !== undefined && props[k] !== null) out[k] = props[k];
  return out;
}

/** The web-mercator tile holding a position at a zoom level. */
export function tileAt(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

/** [west, south, east, north] of a geometry's positions, or null for none. */
export function bboxOf(g: Geometry): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y];
      return;
    }
    for (const p of c) walk(p);
  };
  if (g.type === 'GeometryCollection') for (const part of g.geometries) walk('coordinates' in part ? part.coordinates : []);
  else walk(g.coordinates);
  return box;
}

function extentOf(fc: FeatureCollection): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  for (const f of fc.features) {
    const b = f.geometry ? bboxOf(f.geometry) : null;
    if (b) box = box ? [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])] : b;
  }
  return box;
}
