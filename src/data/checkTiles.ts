import { TILE_FORMATS, TILED_LAYER_KEYS, type TileFormat, type TiledLayer, type TiledLayerKey } from './types.ts';
import { phrase, type Phrase } from '../validate/Phrase.ts';

type Fail = (property: string, expected: Phrase, found: unknown) => Error;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isZoom = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 22;

/**
 * An address the page may fetch: relative to the manifest and inside the
 * dataset's folder, so the tiles come from where the dataset comes from and
 * the page's Content-Security-Policy (connect-src 'self') lets them in.
 */
const insideFolder = (v: string) => !/^[a-z][a-z0-9+.-]*:/i.test(v) && !v.startsWith('/') && !v.split('/').includes('..');

/** A folder's tile template: one file per {z}/{x}/{y}. */
function isTileUrl(v: unknown): v is string {
  return typeof v === 'string' && ['{z}', '{x}', '{y}'].every((p) => v.includes(p)) && insideFolder(v);
}

/** An archive's file: one name, no template, read by byte ranges. */
function isArchiveUrl(v: unknown): v is string {
  return typeof v === 'string' && /[^/]\.pmtiles$/.test(v) && !/[{}?#]/.test(v) && insideFolder(v);
}

/** The manifest's `tiles` entry, each layer's fields checked; the first wrong one stops the load, as for the rest of the manifest. */
export function checkTiles(tiles: unknown, fail: Fail): Partial<Record<TiledLayerKey, TiledLayer>> | undefined {
  if (tiles === undefined) return undefined;
  const keys = [...TILED_LAYER_KEYS];
  if (!isObject(tiles) || !Object.keys(tiles).every((k) => (keys as string[]).includes(k))) throw fail('tiles', phrase('expected.tiledLayers', { layers: keys }), tiles);
  const out: Partial<Record<TiledLayerKey, TiledLayer>> = {};
  for (const key of TILED_LAYER_KEYS) {
    const t = tiles[key];
    if (t === undefined) continue;
    const at = `tiles.${key}`;
    if (!isObject(t)) throw fail(at, phrase('expected.tiledLayers', { layers: keys }), t);
    const format = t.format;
    if (!(TILE_FORMATS as readonly unknown[]).includes(format)) throw fail(`${at}.format`, phrase('expected.oneOf', { values: [...TILE_FORMATS] }), format);
    if (format === 'pmtiles' ? !isArchiveUrl(t.url) : !isTileUrl(t.url)) throw fail(`${at}.url`, phrase(format === 'pmtiles' ? 'expected.archiveUrl' : 'expected.tileUrl'), t.url);
    for (const k of ['sourceLayer', 'attributes'] as const) if (typeof t[k] !== 'string' || t[k] === '') throw fail(`${at}.${k}`, phrase(k === 'attributes' ? 'expected.fileName' : 'expected.text'), t[k]);
    if (!isZoom(t.minzoom)) throw fail(`${at}.minzoom`, phrase('expected.zoomRange'), t.minzoom);
    if (!isZoom(t.maxzoom) || t.maxzoom < t.minzoom) throw fail(`${at}.maxzoom`, phrase('expected.zoomRange'), t.maxzoom);
    const b = t.bounds;
    if (!Array.isArray(b) || b.length !== 4 || !b.every((n) => typeof n === 'number' && Number.isFinite(n)) || b[0] > b[2] || b[1] > b[3]) throw fail(`${at}.bounds`, phrase('expected.manifestBbox'), b);
    out[key] = { format: format as TileFormat, url: t.url as string, sourceLayer: t.sourceLayer as string, minzoom: t.minzoom, maxzoom: t.maxzoom, bounds: b as TiledLayer['bounds'], attributes: t.attributes as string };
  }
  return out;
}

/** The file the app loads for a layer: a tiled layer's attribute table, or the layer's GeoJSON. */
export function layerFile(manifest: { layers: Record<string, string>; tiles?: Partial<Record<TiledLayerKey, TiledLayer>> }, layer: string): string {
  return manifest.tiles?.[layer as TiledLayerKey]?.attributes ?? manifest.layers[layer]!;
}

/** The manifest with each tile address (and the tiled layer's GeoJSON file) made relative to the page, as the layers' file names are by the loader. */
export function withTileFolder<M extends { layers: Record<string, string>; tiles?: Partial<Record<TiledLayerKey, TiledLayer>> }>(manifest: M, folder: string): M {
  if (!manifest.tiles) return manifest;
  const tiles = Object.fromEntries(Object.entries(manifest.tiles).map(([k, t]) => [k, { ...t, url: `${folder}${t.url}`, outlines: `${folder}${manifest.layers[k]}` }]));
  return { ...manifest, tiles };
}
